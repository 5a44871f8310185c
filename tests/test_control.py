"""An armed actor holding a place or a country occupies it (attacks, CAMEO 192); a party controlling a council or a
government its budget is no fight. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

HELD = [
    "The Red Crescent Army has had control of Aleppo for two years.",
    "The Red Crescent Army controls Aleppo.",
    "The Red Crescent Army regained control of Aleppo in May.",
]

NOT_HELD = [
    ("The Green Party controls Manchester City Council.", "Green Party"),
    ("Labour has control of Manchester.", "Labour Party"),
    ("The government kept control of the budget.", "government"),
]


@pytest.mark.parametrize("sentence", HELD)
def test_an_armed_actor_holding_a_city_occupies_it(sentence):
    found = [r for r in extract(sentence) if r.relation == "attacks" and r.object.label == "Aleppo"]
    assert found and found[0].subject.label == "Red Crescent Army" and found[0].cameo_code == "192", found


@pytest.mark.parametrize(("sentence", "holder"), NOT_HELD, ids=[s for s, _ in NOT_HELD])
def test_control_by_a_party_or_a_government_is_no_fight(sentence, holder):
    assert not [r for r in extract(sentence) if r.relation == "attacks" and r.subject.label == holder]
