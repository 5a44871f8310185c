"""Troops maintaining their positions, or holding defensive ones, against an armed enemy show force
(kg:mobilizesAgainst, CAMEO 150), no attack; positions held against an attack or defended stay a fight
(tests/test_held_positions.py). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

POSTURES = [
    ("Chilean troops maintained their positions against Red Hand militants near the river crossing.",
     ("armed forces of Chile", "Red Hand")),
    ("Bolivian forces held defensive positions against Red Hand fighters north of the lake.",
     ("armed forces of Bolivia", "Red Hand")),
]


@pytest.mark.parametrize(("text", "pair"), POSTURES, ids=[t for t, _ in POSTURES])
def test_positions_maintained_or_defensive_are_a_posture_no_attack(text, pair):
    found = triples(extract(text))
    assert (pair[0], "mobilizesAgainst", pair[1]) in found, found
    assert (pair[0], "attacks", pair[1]) not in found, found
