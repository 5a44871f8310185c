"""Holding a person is detaining them when a state, a government or an armed actor holds them (coerces, CAMEO 173:
"has held X for two years", "X has been held by Y since May"); a family's ``plain: true`` keeps what the object is
held to be or how it is regarded out ("held X responsible", "held X in high esteem", "held X to account"), and
asks for an object named itself ("held X's passport" holds no X); a party holding a seat or a person holding
another in regard detains no one. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def found(sentence):
    return {(r.subject.label, r.relation, r.object.label, r.cameo_code) for r in extract(sentence, date="2026-01-05")}


@pytest.mark.parametrize(("sentence", "held"), [
    ("Belarus has held the journalist Ola Varga for two years without trial.", ["Ola Varga"]),
    ("Ola Varga has been held by Belarus since May.", ["Ola Varga"]),
    ("Ola Varga, from Minsk, and Tomas Reyes, from Brest, have been held by Belarus for almost a year.",
     ["Ola Varga", "Tomas Reyes"]),
])
def test_a_state_holding_a_person_detains_them(sentence, held):
    records = found(sentence)
    for person in held:
        assert ("Belarus", "coerces", person, "173") in records, records


@pytest.mark.parametrize("sentence", [
    "Ola Varga was held responsible by Belarus for the attack.",
    "Ola Varga was held liable by the Belarus government for the losses.",
    "Tomas Reyes was held in high esteem by the Belarus government.",
    "Tomas Reyes was held to account by the government for the delays.",
    "Ola Varga held Tomas Reyes in high esteem.",
    "The Harbour Party held the seat of Eastport until 1997.",
    "Belarus has held Ola Varga's passport since May.",
])
def test_holding_to_a_judgement_or_in_regard_detains_no_one(sentence):
    assert not [r for r in found(sentence) if r[1] == "coerces"]
