"""A refused acceptance, agreement or recognition rejects the other side ("refused to accept Y's denials", "his
refusal to accept Y's proposals", "did not accept Y's account", "does not recognise Y": rejects), and "did not agree
with Y" disagrees with Y (criticizes), both asserted; a failed or pending one ("failed to recognise Y", "has not yet
accepted Y's offer", "failed to agree with Y on the tolls") stays a denied cooperation.
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


@pytest.mark.parametrize(("text", "subject", "relation", "obj"), [
    ("The Norland government refuses to accept Caldera's denials that it funded the raid.",
     "Norland", "rejects", "Caldera"),
    ("Minister Arvo Pellik's refusal to accept the Green Party's proposals angered the Senate.",
     "Arvo Pellik", "rejects", "Green Party"),
    ("Arvo Pellik did not accept Caldera's account of the border talks.", "Arvo Pellik", "rejects", "Caldera"),
    ("Norland does not recognise Caldera.", "Norland", "rejects", "Caldera"),
    ("Senator Ilse Varga did not agree with the Harbour Council on the ferry fares.",
     "Ilse Varga", "criticizes", "Harbour Council"),
])
def test_refused_acceptance_rejects_the_other_side(text, subject, relation, obj):
    found = facts(text)
    assert any(subject in s and r == relation and obj in o and not negated and modality == "asserted"
               for s, r, o, negated, modality in found), found
    assert not any(r == "cooperatesWith" for _, r, _, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Norland failed to recognise Caldera.",
    "Norland has not yet accepted Caldera's offer.",
    "Norland failed to agree with Caldera on the tolls.",
])
def test_failed_or_pending_acceptance_stays_a_denied_cooperation(text):
    found = facts(text)
    assert any(r == "cooperatesWith" and negated for _, r, _, negated, _ in found), found
    assert not any(r in ("rejects", "criticizes") for _, r, _, _, _ in found), found
