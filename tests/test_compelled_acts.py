"""What being made to act makes of the act: "was forced to attack Y" told in the past did attack Y (asserted), "is
forced to" is required, "will be forced to" is to come, "may be forced to" possible, "was not forced to" leaves it
open. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


@pytest.mark.parametrize(("text", "negated", "modality"), [
    ("The Norland army was forced to attack Caldera.", False, "asserted"),
    ("The Norland army had been compelled to shell Caldera.", False, "asserted"),
    ("The Norland army is forced to attack Caldera.", False, "intended"),
    ("The Norland army will be forced to attack Caldera.", False, "future"),
    ("The Norland army may be forced to attack Caldera.", False, "possible"),
    ("The Norland army was not forced to attack Caldera.", False, "possible"),
])
def test_an_act_one_was_forced_to_is_as_real_as_the_forcing(text, negated, modality):
    found = facts(text)
    attacks = {f[3:] for f in found if f[1] == "attacks" and f[2] == "Caldera"}
    assert attacks == {(negated, modality)}, found


@pytest.mark.parametrize(("text", "fact"), [
    ("A decision was made by Norland to attack Caldera.", ("Norland", "attacks", "Caldera")),
    ("Efforts were made by Norland to meet Caldera.", ("Norland", "meets", "Caldera")),
    ("Plans were made by Norland to invade Caldera.", ("Norland", "attacks", "Caldera")),
    ("Arrangements have been made by Norland to meet Caldera next week.", ("Norland", "meets", "Caldera")),
])
def test_an_infinitive_of_a_noun_of_intent_made_is_intended(text, fact):
    """The passive "made" of a decision or a plan is no one made to act: the act stays intended, not done."""
    found = facts(text)
    assert {f[3:] for f in found if f[:3] == fact} == {(False, "intended")}, found


@pytest.mark.parametrize(("text", "modality"), [
    ("Norland was forced to choose whether to attack Caldera.", "hypothetical"),
    ("Norland was being forced to attack Caldera when the talks began.", "intended"),
    ("Norland was forced to attack Caldera but refused.", "intended"),
    ("Norland was forced to attack Caldera and refused to meet Varga.", "asserted"),
])
def test_an_act_forced_but_open_or_under_way_is_not_done(text, modality):
    """An act under "whether to" is an open question, and a forcing under way or refused has not made it done; a
    refusal of another act leaves it done."""
    found = facts(text)
    assert {f[3:] for f in found if f[:3] == ("Norland", "attacks", "Caldera")} == {(False, modality)}, found
