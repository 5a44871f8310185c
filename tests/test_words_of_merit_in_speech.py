"""Adjectives of an actor's merit (kg:Approval) that reported speech or a quotation says of an actor after a copula
(X praises Y: "a shrewd negotiator", "an astute engineer"); denied, the merit is criticism ("not a shrewd
negotiator"), as a merit of kg:Merit denied is ("Y's statement did not clear up the questions"). Sentences and
names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


@pytest.mark.parametrize("text", [
    "Arvo Pellik said Tomas Varga was a shrewd negotiator and a wise mayor.",
    "\"Tomas Varga is an astute and skilful engineer,\" said Arvo Pellik.",
    "Arvo Pellik said Tomas Varga had been a gifted mayor during the floods in Norland.",
])
def test_a_merit_said_of_an_actor_praises_it(text):
    assert ("Arvo Pellik", "praises", "Tomas Varga", False, "asserted") in facts(text)


@pytest.mark.parametrize("text", [
    "Arvo Pellik said Tomas Varga was not a shrewd negotiator.",
    "Arvo Pellik said Tomas Varga's statement on the ferry fares did not clear up the questions.",
])
def test_a_merit_denied_criticizes(text):
    found = facts(text)
    assert ("Arvo Pellik", "criticizes", "Tomas Varga", False, "asserted") in found, found
    assert not any(relation == "praises" for _, relation, _, _, _ in found), found
