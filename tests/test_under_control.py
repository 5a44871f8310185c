"""A town under the control of an armed actor is held by it (occupies, CAMEO 192), as "A controls B" is; a council
under a party's control or a budget under a government's is no occupation. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import FIGHTS, extract, triples

HELD = [
    "Arica has been under the control of the Red Hand Brigade since May.",
    "Arica came under the control of the Red Hand Brigade in May.",
    "Arica fell under the control of Red Hand Brigade fighters in May.",
]

NOT_HELD = [
    "Manchester City Council is under the control of the Green Party.",
    "The budget is under the control of the government.",
]


@pytest.mark.parametrize("sentence", HELD)
def test_a_town_under_an_armed_groups_control_is_held_by_it(sentence):
    found = triples(extract(sentence))
    assert ("Red Hand Brigade", "occupies", "Arica") in found, found


@pytest.mark.parametrize("sentence", NOT_HELD)
def test_a_council_or_a_budget_under_control_is_no_occupation(sentence):
    assert not [r for r in extract(sentence) if r.relation in FIGHTS]
