"""Actors who unite, band together or close ranks against a state or a party oppose it (criticizes, CAMEO 110);
against an armed group states fight (no opposition record), and teams against a rival play. Sentences and names of
our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


@pytest.mark.parametrize(("text", "opponents", "opposed"), [
    ("Norway and Iceland united against Denmark over the herring quotas.", {"Norway", "Iceland"}, "Denmark"),
    ("The Greens closed ranks against the Labour Party on the port levy.", {"Greens"}, "Labour Party"),
    ("Chile and Peru banded together against Bolivia at the river talks.", {"Chile", "Peru"}, "Bolivia"),
])
def test_uniting_against_a_state_or_a_party_opposes_it(text, opponents, opposed):
    found = {(r.subject.label, r.object.label, r.cameo_code) for r in extract(text) if r.relation == "criticizes"}
    assert {(opponent, opposed, "110") for opponent in opponents} <= found, found


@pytest.mark.parametrize("text", [
    "Kenya and Uganda united against the Black Lotus militia in the hills.",
    "Rovers and United united against City in the title race.",
])
def test_uniting_against_an_armed_group_or_a_rival_team_is_no_opposition(text):
    """Guards (pass on main too)."""
    assert not [r for r in extract(text) if r.relation == "criticizes"]
