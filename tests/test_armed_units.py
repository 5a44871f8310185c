"""A unit named as one is an armed actor for the senses of fighting: "the Democratic Forces", "the 9th Coastal
Brigade" defeat and liberate from an armed group; a party they beat in an election is still no fight. Sentences and
names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

FIGHTS = [
    ("The Baltic Democratic Forces liberated the town of Kuldiga from the Red Crescent Army.",
     ("Baltic Democratic Forces", "attacks", "Red Crescent Army")),
    ("Meanwhile in the campaign to defeat the Red Crescent Army, the Baltic Democratic Forces seized two farms.",
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


@pytest.mark.parametrize(("sentence", "expected"), [
    # a number right after a unit's name or acronym is part of the name, even where the model read a date
    ("The Bordurians previously led CTF 70 last December.", ("Bordurians", "leaderOf", "CTF 70")),
    ("The frigate HMS Dauntless will operate as part of Task Force 70.",
     ("HMS Dauntless", "memberOf", "Task Force 70")),
    # the operation's name after a spaced dash is part of the unit's, up to a title (the unit's commander leads it)
    ("The Combined Joint Task Force – Northern Shield Commander, Lt. Gen. Tom Vale, provided a statement.",
     ("Tom Vale", "leaderOf", "Combined Joint Task Force – Northern Shield")),
])
def test_a_units_number_or_operation_is_part_of_its_name(sentence, expected):
    found = triples(extract(sentence), asserted_only=False)
    assert expected in found, found
