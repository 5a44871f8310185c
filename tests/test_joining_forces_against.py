"""Joining forces against an armed group is fighting it, as uniting against it is (states, governments and armed
actors, senses_fight.yaml); a people uniting or joining forces against an armed group opposes it, as actors do
against a state or a party (criticizes, CAMEO 110). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

FIGHTS = [
    ("Kenya and Uganda joined forces against the Red Hand Brigade.", {"Kenya", "Uganda"}, "Red Hand Brigade"),
    ("Kenya joined forces with Uganda against the Red Hand Brigade.", {"Kenya"}, "Red Hand Brigade"),
]


@pytest.mark.parametrize(("sentence", "fighters", "enemy"), FIGHTS, ids=[s for s, _, _ in FIGHTS])
def test_joining_forces_against_an_armed_group_fights_it(sentence, fighters, enemy):
    found = {(r.subject.label, r.object.label, r.cameo_code) for r in extract(sentence)
             if r.relation == "attacks" and r.asserted}
    assert {(fighter, enemy, "190") for fighter in fighters} <= found, found


@pytest.mark.parametrize(("sentence", "opponent"), [
    ("Chileans united against the Red Hand Brigade.", "Chileans"),
    ("Chilean civilians joined forces against the Red Hand Brigade.", "civilians of Chile"),
])
def test_a_people_against_an_armed_group_opposes_it(sentence, opponent):
    found = {(r.subject.label, r.relation, r.object.label, r.cameo_code) for r in extract(sentence)}
    assert (opponent, "criticizes", "Red Hand Brigade", "110") in found, found
    assert not any(rel == "attacks" for _, rel, _, _ in found), found


def test_joining_forces_against_a_party_opposes_it():
    found = {(r.subject.label, r.relation, r.object.label, r.cameo_code) for r in extract(
        "The Greens joined forces against the Conservatives in the council.")}
    assert ("Greens", "criticizes", "Conservative Party", "110") in found, found


def test_a_people_uniting_against_a_state_opposes_it():
    """A guard (passes on main too): no fight."""
    found = {(r.subject.label, r.relation, r.object.label) for r in extract("Chileans united against Peru.")}
    assert ("Chileans", "criticizes", "Peru") in found and not any(rel == "attacks" for _, rel, _ in found), found
