"""Misdeeds of office (kg:MisdeedVerb) charged in reported speech: giving up a veto, bypassing parliament or the
cabinet (X criticizes Y); an intervention is a thing of the actor's own (kg:JudgedThing) that a judgement of it
judges ("Y's intervention was a disgrace"). Not a misdeed to come ("Y will bypass parliament"). Sentences and names
of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


@pytest.mark.parametrize("text", [
    "Arvo Pellik said Tomas Varga had surrendered the Norland veto on fishing quotas.",
    "Arvo Pellik said Tomas Varga had bypassed parliament over the Caldera bridge.",
    "Arvo Pellik said Tomas Varga's intervention in the ferry dispute was a disgrace.",
])
def test_a_misdeed_of_office_charged_criticizes(text):
    found = facts(text)
    assert ("Arvo Pellik", "criticizes", "Tomas Varga", False, "asserted") in found, found


def test_a_misdeed_to_come_is_no_criticism():
    found = facts("Arvo Pellik said Tomas Varga will bypass parliament over the Caldera bridge.")
    assert not any(r == "criticizes" and m == "asserted" for _, r, _, _, m in found), found
