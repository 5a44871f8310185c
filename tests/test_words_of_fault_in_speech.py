"""Adjectives of an actor's fault (kg:Disapproval) that reported speech or a quotation says of an actor after a
copula, or of a thing of its own (kg:JudgedThing): an outdated, evasive, negligent or unprofessional actor, a
shoddy plan (X criticizes Y). Denied or hedged by a modal they judge nobody. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


@pytest.mark.parametrize("text", [
    "Minister Arvo Pellik said Tomas Varga's harbour plan was an outdated scheme.",
    "\"Tomas Varga has been evasive and unprofessional,\" said Arvo Pellik.",
    "Arvo Pellik said Tomas Varga was negligent in the matter of the ferry contracts.",
    "Arvo Pellik said Tomas Varga's plan for the Caldera bridge was shoddy and unaffordable.",
    "Arvo Pellik told reporters that Tomas Varga had been smug about the port accounts.",
])
def test_a_fault_said_of_an_actor_criticizes_it(text):
    assert ("Arvo Pellik", "criticizes", "Tomas Varga", False, "asserted") in facts(text)


@pytest.mark.parametrize("text", [
    "Arvo Pellik said Tomas Varga was not evasive about the ferry contracts.",
    "Arvo Pellik said Tomas Varga's plan for the Caldera bridge might be unaffordable.",
])
def test_a_fault_denied_or_hedged_criticizes_no_one(text):
    assert not any(relation == "criticizes" for _, relation, _, _, _ in facts(text))
