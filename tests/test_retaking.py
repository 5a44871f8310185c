"""An armed actor that retakes a town occupies it and fights whoever it takes it from (attacks, CAMEO 192 and 190),
also in the past tense, whose lemma the small model gets wrong ("retook"); a party retaking a seat fights nobody.
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

RETAKEN = [
    ("Chilean troops retook the town of Arica in May.", ("armed forces of Chile", "attacks", "Arica")),
    ("The Red Hand Brigade retook Arica last week.", ("Red Hand Brigade", "attacks", "Arica")),
    ("The Red Hand Brigade retook the port from the Chilean army in May.",
     ("Red Hand Brigade", "attacks", "army of Chile")),
]


@pytest.mark.parametrize(("sentence", "expected"), RETAKEN, ids=[s for s, _ in RETAKEN])
def test_an_armed_actor_that_retook_a_town_took_it(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found


def test_a_party_that_retook_a_seat_fought_nobody():
    assert not [r for r in extract("Labour retook the seat of Arica from the Conservatives.")
                if r.relation == "attacks"]
