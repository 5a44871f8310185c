"""A doer joined by a hyphen to a participle before a noun is the agent of a passive: "X-held B" is "B held by X",
"X-backed B" is "B backed by X". The verb's patterns and senses apply as in any other voice (an armed holder
occupies a town, a party holds a seat and fights nobody). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import FIGHTS, extract, triples

HELD = [
    "Shells fell on Red Hand Brigade-held Arica on Monday.",
    "Fighting continued in the Red Hand Brigade-controlled town of Arica.",
    "The Red Hand Brigade holds Arica.",
    "The Coastal Army shelled Arica, held by the Red Hand Brigade.",
]


@pytest.mark.parametrize("sentence", HELD)
def test_an_armed_holder_joined_by_a_hyphen_or_holding_a_town_occupies_it(sentence):
    found = [r for r in extract(sentence) if r.relation in FIGHTS and r.subject.label == "Red Hand Brigade"]
    assert found and found[0].object.label == "Arica" and found[0].cameo_code == "192", found
    assert found[0].asserted


@pytest.mark.parametrize("sentence", [
    "Labour-held Arica voted for the Greens in May.",
    "The Labour Party holds Arica.",
])
def test_a_party_holding_a_seat_is_no_fight(sentence):
    assert not [r for r in extract(sentence) if r.relation in FIGHTS]


def test_a_hyphenated_backer_supports_the_group():
    found = triples(extract("The Chilean-backed Red Hand Brigade shelled Tacna on Monday."))
    assert ("Chile", "supports", "Red Hand Brigade") in found, found
    assert ("Red Hand Brigade", "attacks", "Tacna") in found, found


def test_a_hyphen_inside_a_name_is_no_agent():
    """"Smith-Jones" is one surname: no participle, no agent."""
    assert not [r for r in extract("Anna Smith-Jones held talks with the Red Hand Brigade.")
                if r.relation in FIGHTS]
