"""A collective noun joined with "and" to a bare noun that an "of" phrase follows shares its owner ("the
government and citizens of Ghana": the government of Ghana), instead of standing unowned. Sentences and names of
our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CASES = [
    ("Togo is working closely with the government and citizens of Ghana.",
     ("Togo", "cooperatesWith", "government of Ghana")),
    ("Ghana praised the army and police of Togo.", ("Ghana", "praises", "army of Togo")),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s for s, _ in CASES])
def test_the_shared_of_phrase_owns_the_first_noun_too(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found
