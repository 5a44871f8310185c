"""A unit named as one is an armed actor for the senses of fighting: "the Democratic Forces", "the 9th Coastal
Brigade" defeat and liberate from an armed group; a party they beat in an election is still no fight. Sentences and
names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

FIGHTS = [
    ("The Baltic Democratic Forces liberated the town of Kuldiga from the Red Crescent Army.",
     ("Baltic Democratic Forces", "attacks", "Red Crescent Army")),
    ("Elsewhere in the campaign to defeat the Red Crescent Army, the Baltic Democratic Forces took three villages.",
     ("Baltic Democratic Forces", "attacks", "Red Crescent Army")),
]


@pytest.mark.parametrize(("sentence", "expected"), FIGHTS, ids=[s for s, _ in FIGHTS])
def test_a_named_unit_fights(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found


def test_a_named_unit_beating_a_party_is_no_fight():
    found = triples(extract("The Baltic Democratic Forces defeated the Green Party in the election."),
                    asserted_only=False)
    assert not any(rel == "attacks" for _, rel, _ in found), found
