"""A judgement a modal of possibility hedges (tone.yaml's hedging_modals: "Y might be complacent", "Y's sums may
not add up", "Y may be a disgrace") is weighed, not made: a comment on Y, no criticism; "can" and "could not" still
judge ("Y could not be trusted"). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


@pytest.mark.parametrize("text", [
    "Arvo Pellik said Tomas Varga might be complacent about the floods.",
    "Arvo Pellik said Tomas Varga's harbour plan may be a disgrace.",
    "Arvo Pellik said Tomas Varga's plan may fail.",
])
def test_a_hedged_judgement_is_a_comment(text):
    found = facts(text)
    assert ("Arvo Pellik", "commentsOn", "Tomas Varga", False, "asserted") in found, found
    assert not any(relation == "criticizes" for _, relation, _, _, _ in found), found


def test_a_past_inability_still_judges():
    found = facts("Arvo Pellik said Tomas Varga could not be trusted with the harbour accounts.")
    assert ("Arvo Pellik", "criticizes", "Tomas Varga", False, "asserted") in found, found
