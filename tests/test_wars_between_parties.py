"""War and fighting between states or armed actors, and a fight against one, is a fight (attacks, CAMEO 190); "the
war between Labour and the Tories", "the fighting between" two politicians or "Labour's fight against the Tories" is
a figure of speech, no fight. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

FIGHTS = [
    ("The war between Chile and Peru lasted two years.", ("Chile", "attacks", "Peru")),
    ("There has been heavy fighting between Chilean troops and the Red Hand Brigade.",
     ("armed forces of Chile", "attacks", "Red Hand Brigade")),
    ("The Red Hand Brigade's fight against Chile goes on.", ("Red Hand Brigade", "attacks", "Chile")),
]

FIGURES = [
    "The fighting between Labour and the Conservatives is over.",
    "The war between Labour and the Tories goes on.",
    "The fighting between Ana Ruiz and Tom Reyes worried the party.",
    "Labour's fight against the Conservatives is far from over.",
]


@pytest.mark.parametrize(("sentence", "expected"), FIGHTS, ids=[s for s, _ in FIGHTS])
def test_war_between_states_or_armed_sides_is_a_fight(sentence, expected):
    assert expected in triples(extract(sentence))


@pytest.mark.parametrize("sentence", FIGURES)
def test_war_between_parties_or_politicians_is_a_figure_of_speech(sentence):
    assert not [r for r in extract(sentence) if r.relation == "attacks"]
