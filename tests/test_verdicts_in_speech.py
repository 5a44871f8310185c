"""What a reported remark says its target has or lacks (extract/tone.py ``verdict``, ontology/lexicon/tone.yaml): a
target said to have lost a good it needs ("lost the trust of voters", "lost touch") or to have run out of one ("run
out of ideas", "out of touch"), or that should have a virtue ("should have the courage to"), is criticized; one said
to have been right to act or to deserve credit is praised. A denied loss, a loss to come, a doubt the target holds
("lost confidence in the plan"), a question and "right" about a fact stay a comment. Sentences and names of our
own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def _kinds(text: str, target: str = "Caldera Party") -> set[str]:
    """The asserted relations from Ilse Varga to the target."""
    return {r.relation for r in extract(text)
            if r.subject.label == "Ilse Varga" and r.object.label == target and r.asserted}


@pytest.mark.parametrize(("text", "target"), [
    ("Senator Ilse Varga said the Norland government had run out of ideas for the harbour.",
     "government of Norland"),
    ('"The Caldera Party has lost the trust of the fishing towns," Senator Ilse Varga said.', "Caldera Party"),
    ("Senator Ilse Varga said the Caldera Party had lost touch with the valley farmers.", "Caldera Party"),
    ("Senator Ilse Varga said the Caldera Party was out of touch with the valley farmers.", "Caldera Party"),
])
def test_a_good_lost_or_run_out_of_criticizes_the_target(text, target):
    assert _kinds(text, target) == {"criticizes"}


def test_a_loss_denied_to_come_asked_or_of_the_targets_own_doubt_is_no_criticism():
    lost = "Senator Ilse Varga said the Caldera Party had lost touch with the valley farmers."
    assert _kinds(lost) == {"criticizes"}  # the rule these cases bound
    for text in ["Senator Ilse Varga said the Caldera Party had not lost touch with the valley farmers.",
                 "Senator Ilse Varga said the Caldera Party could lose the trust of the fishing towns.",
                 "Senator Ilse Varga said the Caldera Party had lost confidence in the harbour plan.",
                 '"Has the Caldera Party run out of ideas?" Senator Ilse Varga asked.']:
        assert "criticizes" not in _kinds(text), text


def test_a_virtue_the_target_should_have_criticizes_it():
    text = "Senator Ilse Varga said the Caldera Party should have the courage to say so to the valley farmers."
    assert _kinds(text) == {"criticizes"}


@pytest.mark.parametrize("text", [
    "Senator Ilse Varga said the Caldera Party was right to raise the bridge tolls.",
    "Senator Ilse Varga said the Caldera Party deserves credit for the new bridge at Tolsey.",
])
def test_right_to_act_or_deserving_credit_praises_the_target(text):
    assert _kinds(text) == {"praises"}


def test_right_denied_hedged_or_about_a_fact_is_no_praise():
    assert _kinds("Senator Ilse Varga said the Caldera Party was right to raise the bridge tolls.") == {"praises"}
    for text in ["Senator Ilse Varga said the Caldera Party was not right to raise the bridge tolls.",
                 "Senator Ilse Varga said the Caldera Party would deserve credit if the bridge opened on time.",
                 "Senator Ilse Varga said the Caldera Party was right about the weather."]:
        assert "praises" not in _kinds(text), text
