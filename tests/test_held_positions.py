"""Troops holding or defending their positions against an armed enemy are fighting it (maintaining them, or holding
defensive ones, is a force posture: tests/test_defensive_posture.py); a party, a minister or a state holding a
position (a stance) against a bill or a rival is no fight. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

FOUND = [
    ("Peruvian soldiers defended their positions against the rebels overnight.",
     ("armed forces of Peru", "attacks", "rebels")),
    ("Bolivian forces held their forward positions against Red Hand fighters until dawn.",
     ("armed forces of Bolivia", "attacks", "Red Hand")),
]

NOT_FOUND = [
    ("Labour held its position against the Conservatives on tuition fees.",
     ("Labour Party", "attacks", "Conservative Party")),
    ("Peru held its position against Chile in the border talks.", ("Peru", "attacks", "Chile")),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[s for s, _ in FOUND])
def test_positions_held_against_an_armed_enemy_are_a_fight(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found


@pytest.mark.parametrize(("sentence", "unexpected"), NOT_FOUND, ids=[s for s, _ in NOT_FOUND])
def test_a_stance_held_against_a_rival_is_no_fight(sentence, unexpected):
    assert unexpected not in triples(extract(sentence), asserted_only=False)
