"""An actor's work with another, as a noun with its owner, is working together, as the verb is ("A's work with B", the
working-together family of 05_diplomatic_cooperation.yaml); work with no actor ("work with children") is none.
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

FOUND = [
    ("Bolivia's work with the International Monetary Fund continues.",
     ("Bolivia", "cooperatesWith", "International Monetary Fund")),
    ("The loan reinforces Bolivia's work with other partners, including the Andean Fund, to implement reforms.",
     ("Bolivia", "cooperatesWith", "Andean Fund")),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[s for s, _ in FOUND])
def test_an_actors_work_with_another_is_cooperation(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found


def test_work_with_no_actor_is_none():
    assert not triples(extract("Bolivia's work with children is praised."), asserted_only=False)
