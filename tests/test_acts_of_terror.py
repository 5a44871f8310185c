"""Acts of terror (or terrorist acts) against B are force used on B by whoever commits or carries them out, or owns
them ("A's acts of terror against B"); an act against a rival, a law or the unions with no violent word is none.
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

FOUND = [
    ("The Red Hand Brigade's acts of terror against Peruvian civilians shocked the region.",
     ("Red Hand Brigade", "attacks", "civilians of Peru")),
    ("The Red Hand Brigade committed terrorist acts against Peru.", ("Red Hand Brigade", "attacks", "Peru")),
    ("The Red Hand Brigade carried out acts of terror against Chilean troops.",
     ("Red Hand Brigade", "attacks", "armed forces of Chile")),
]

NOT_FOUND = [
    ("Labour's act against the unions angered voters.", ("Labour Party", "attacks", "unions")),
    ("The Tories said the bill was an act against Labour.", ("Conservative Party", "attacks", "Labour Party")),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[s for s, _ in FOUND])
def test_acts_of_terror_against_an_actor_are_force(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found


@pytest.mark.parametrize(("sentence", "unexpected"), NOT_FOUND, ids=[s for s, _ in NOT_FOUND])
def test_an_act_without_violence_is_no_force(sentence, unexpected):
    assert unexpected not in triples(extract(sentence), asserted_only=False)
