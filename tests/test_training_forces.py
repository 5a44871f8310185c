"""Training an armed actor's soldiers is military aid (CAMEO 072, supports): "A train B", "A's training of B" with an
armed B. Training anyone else (officials, candidates, a team) is none. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

FOUND = [
    ("Chilean instructors trained Peruvian troops near the border.", ("Chile", "supports", "armed forces of Peru")),
    ("Chile's training of Peruvian troops continues.", ("Chile", "supports", "armed forces of Peru")),
]

NOT_FOUND = [
    "Chile trained Peruvian officials in customs law.",
    "The Harbour Party trained its candidates.",
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[s for s, _ in FOUND])
def test_training_soldiers_is_military_aid(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found


@pytest.mark.parametrize("sentence", NOT_FOUND)
def test_training_others_is_none(sentence):
    found = triples(extract(sentence), asserted_only=False)
    assert not any(relation == "supports" for _, relation, _ in found), found
