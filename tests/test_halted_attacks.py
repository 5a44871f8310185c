"""A state, government or armed actor that halts, ceases, stops, suspends or calls off force used on B de-escalates
the fight with B (CAMEO 087, yieldsTo): "halted its airstrikes against B", "called off the offensive against B".
Not a politician's or party's attacks, which are words, nor a place, which yields to no one. Sentences and names of
our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

FOUND = [
    ("Peru halted its airstrikes against the Red Hand Brigade in May.", ("Peru", "yieldsTo", "Red Hand Brigade")),
    ("Chile called off the offensive against the Red Hand Brigade.", ("Chile", "yieldsTo", "Red Hand Brigade")),
    ("Chile stopped the shelling of Peru on Friday.", ("Chile", "yieldsTo", "Peru")),
]

NOT_FOUND = [
    "Labour ended its attacks on the Tories.",
    "Kenya ceased the shelling of Arica.",
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[s for s, _ in FOUND])
def test_halting_force_yields(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found


@pytest.mark.parametrize("sentence", NOT_FOUND)
def test_words_and_places_yield_nothing(sentence):
    found = triples(extract(sentence), asserted_only=False)
    assert not any(relation == "yieldsTo" for _, relation, _ in found), found
