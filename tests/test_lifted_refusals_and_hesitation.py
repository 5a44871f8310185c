"""A refusal or a hesitation that no longer stands: a hesitation denied by a word above it does the act with that
word's modality ("is not going to hesitate to attack Y": a future attack, not a denied one); a refusal held no longer
("no longer refuses to meet Y") leaves the act open now, not denied in the past; a noun of refusal a verb of denial
takes ("denied its refusal to meet Y") leaves the act open; a denied rejection ("denied rejecting talks with Y") is no
rejection, and leaves the talks open, not held. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


@pytest.mark.parametrize(("text", "modality"), [
    ("The Norland army is not going to hesitate to attack Caldera.", "future"),
    ("The Norland army does not intend to hesitate to attack Caldera.", "intended"),
    ("Minister Arvo Pellik said Norland was not going to hesitate to attack Caldera.", "future"),
])
def test_a_hesitation_denied_above_does_the_act(text, modality):
    found = [f for f in facts(text) if f[1] == "attacks" and f[2] == "Caldera"]
    assert found and all(f[3:] == (False, modality) for f in found), found


@pytest.mark.parametrize("text", [
    "Norland no longer refuses to meet Caldera.",
    "Norland is no longer unwilling to meet Caldera.",
])
def test_a_refusal_held_no_longer_leaves_the_act_open(text):
    found = [f for f in facts(text) if f[1] == "meets" and f[2] == "Caldera"]
    assert found and all(f[3:] == (False, "possible") for f in found), found


@pytest.mark.parametrize("text", [
    "Norland denied its refusal to meet Caldera.",
    "Norland denied any refusal to meet Caldera.",
])
def test_a_noun_of_refusal_denied_leaves_the_act_open(text):
    found = [f for f in facts(text) if f[1] == "meets" and f[2] == "Caldera"]
    assert found and all(f[3:] == (False, "possible") for f in found), found


def test_a_denied_rejection_is_none_and_leaves_the_talks_open():
    found = facts("Norland denied rejecting talks with Caldera.")
    assert ("Norland", "rejects", "Caldera", True, "asserted") in found, found
    talks = [f for f in found if f[1] == "meets"]
    assert talks and all(f[3:] == (False, "possible") for f in talks), found
