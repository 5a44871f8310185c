"""A noun of intent states no fact: "Chile's determination to defeat X", "its commitment to defeating X" intend the
fight (kg:Intended cue lemmas), and whoever holds the noun of intent is the one who intends it; a noun of opposition
gives nobody the act. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def fights(sentence):
    return [(r.subject.label, r.object.label, r.modality) for r in extract(sentence) if r.relation == "attacks"]


@pytest.mark.parametrize("sentence", [
    "Chile's determination to defeat the Red Hand Brigade is clear.",
    "The raids stiffened the resolve of Chile in its determination to defeat the Red Hand Brigade.",
    "Chile reaffirmed its commitment to defeating the Red Hand Brigade.",
    "Peru welcomed Chile's commitment to defeating the Red Hand Brigade.",
])
def test_a_noun_of_intent_intends_the_fight(sentence):
    assert fights(sentence) == [("Chile", "Red Hand Brigade", "intended")]


def test_a_noun_of_opposition_gives_nobody_the_act():
    assert not fights("France's opposition to attacking the Red Hand Brigade is well known.")
