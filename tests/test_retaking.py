"""An armed actor that retakes a town occupies it and fights whoever it takes it from (occupies, CAMEO 192 and 190),
also in the past tense, whose lemma the small model gets wrong ("retook"), and its noun ("A's retaking of B"); a party
retaking a seat fights nobody.
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import FIGHTS, extract, triples

RETAKEN = [
    ("Chilean troops retook the town of Arica in May.", ("armed forces of Chile", "occupies", "Arica")),
    ("The Red Hand Brigade retook Arica last week.", ("Red Hand Brigade", "occupies", "Arica")),
    ("The Red Hand Brigade retook the port from the Chilean army in May.",
     ("Red Hand Brigade", "attacks", "army of Chile")),
    # the noun of the verb: "A's retaking of B", "the retaking of B by A"
    ("The Red Hand Brigade's retaking of Arica surprised the army.", ("Red Hand Brigade", "occupies", "Arica")),
    ("The retaking of Arica by Chilean troops took a week.", ("armed forces of Chile", "occupies", "Arica")),
]


@pytest.mark.parametrize(("sentence", "expected"), RETAKEN, ids=[s for s, _ in RETAKEN])
def test_an_armed_actor_that_retook_a_town_took_it(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found


@pytest.mark.parametrize("sentence", ["Labour retook the seat of Arica from the Conservatives.",
                                      "Labour retook Bolton in 2005.",
                                      "Labour's retaking of Bolton surprised the Tories."])
def test_a_party_that_retook_a_seat_fought_nobody(sentence):
    assert not [r for r in extract(sentence) if r.relation in FIGHTS]
