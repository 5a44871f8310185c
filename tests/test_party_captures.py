"""The capture, seizure or conquest of a town by a state or an armed actor occupies it (occupies, CAMEO 192); a
party's "capture" of a town is an election won, no fight. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import FIGHTS, extract, triples

TAKEN = [
    ("The Red Hand Brigade's capture of Arica surprised the army.", ("Red Hand Brigade", "occupies", "Arica")),
    ("The capture of Arica by the Red Hand Brigade took a week.", ("Red Hand Brigade", "occupies", "Arica")),
]

WON = [
    "Labour's capture of Bolton surprised the Tories.",
    "Labour's recapture of Bolton surprised the Tories.",
    "The Liberal Democrats' seizure of Bolton surprised the Tories.",
    "Labour's conquest of Bolton surprised the Tories.",
]


@pytest.mark.parametrize(("sentence", "expected"), TAKEN, ids=[s for s, _ in TAKEN])
def test_an_armed_actors_capture_of_a_town_occupies_it(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found


@pytest.mark.parametrize("sentence", WON)
def test_a_partys_capture_of_a_town_is_no_fight(sentence):
    assert not [r for r in extract(sentence) if r.relation in FIGHTS]
