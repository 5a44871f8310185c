"""What a word of refusal, avoidance or hesitation makes of the act under it, and what its denial makes of it:
a refusal denied by a verb of denial above it leaves the act open ("denied refusing to meet Y": possible, no meeting
asserted); "avoided criticising Y" denies the criticism and "did not avoid criticising Y" asserts it; "hesitated to
attack Y" leaves the attack open and "did not hesitate to attack Y" asserts it, with the verb's own modality
("would not hesitate to": hypothetical); a "not" a focus adverb opens ("did not just refuse to accept Y's plan", "is
not merely credible") denies nothing. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


@pytest.mark.parametrize("text", [
    "Norland denied declining to meet Caldera.",
    "Norland denied refusing to meet Caldera.",
    "Norland denied that it had refused to meet Caldera.",
])
def test_a_refusal_denied_above_leaves_the_act_open(text):
    found = facts(text)
    assert ("Norland", "meets", "Caldera", False, "possible") in found, found
    assert not any(r == "meets" and modality == "asserted" for _, r, _, _, modality in found), found


def test_an_avoided_act_is_denied_and_one_not_avoided_done():
    avoided = facts("Minister Arvo Pellik avoided criticising the Harbour Council.")
    assert ("Arvo Pellik", "criticizes", "Harbour Council", True, "asserted") in avoided, avoided
    for text in ("Minister Arvo Pellik did not avoid criticising the Harbour Council.",
                 "Minister Arvo Pellik did not avoid a quarrel with the Harbour Council."):
        found = facts(text)
        assert ("Arvo Pellik", "criticizes", "Harbour Council", False, "asserted") in found, found
        assert not any(negated for _, r, _, negated, _ in found if r == "criticizes"), found


@pytest.mark.parametrize(("text", "modality"), [
    ("The Norland army hesitated to attack Caldera.", "possible"),
    ("The Norland army did not hesitate to attack Caldera.", "asserted"),
    ("The Norland army never hesitated to shell Caldera.", "asserted"),
    ("The Norland army would not hesitate to attack Caldera.", "hypothetical"),
])
def test_hesitation_leaves_the_act_open_and_its_denial_does_it(text, modality):
    found = facts(text)
    attacks = {(negated, m) for _, r, o, negated, m in found if r == "attacks" and o == "Caldera"}
    assert attacks == {(False, modality)}, found


def test_a_refusal_a_focus_adverb_opens_still_rejects():
    found = facts("Minister Arvo Pellik did not just refuse to accept the Green Party's plan, he mocked it.")
    assert ("Arvo Pellik", "rejects", "Green Party", False, "asserted") in found, found


@pytest.mark.parametrize("adverb", ["merely", "just"])
def test_a_merit_a_focus_adverb_opens_is_no_criticism(adverb):
    found = facts(f"Minister Arvo Pellik is not {adverb} credible, Senator Ilse Varga said.")
    assert not any(r == "criticizes" for _, r, _, _, _ in found), found
    assert ("Ilse Varga", "commentsOn", "Arvo Pellik", False, "asserted") in found, found


@pytest.mark.parametrize(("text", "relation", "negated", "modality"), [
    ("Minister Arvo Pellik did not merely avoid criticising the Harbour Council, he praised it.", "criticizes",
     True, "asserted"),
    ("The Norland army did not just avoid a war with Caldera, it signed a pact with Caldera.", "attacks", True,
     "asserted"),
    ("The Norland army did not just hesitate to attack Caldera.", "attacks", False, "possible"),
])
def test_a_focus_on_avoiding_or_hesitating_keeps_the_word(text, relation, negated, modality):
    """"did not just avoid Y" avoided Y (and more), "did not just hesitate" hesitated: the focus denies neither."""
    found = [f for f in facts(text) if f[1] == relation]
    assert found and all(f[3:] == (negated, modality) for f in found), found


def test_a_focus_under_a_modal_denies_the_refusal():
    """"should not simply refuse to accept Y's plan": what the modal rules out is the refusal, so no rejection."""
    found = facts("Norland should not simply refuse to accept Caldera's plan.")
    assert not any(r == "rejects" and not negated for _, r, _, negated, _ in found), found
