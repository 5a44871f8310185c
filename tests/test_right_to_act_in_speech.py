"""Praise of an act done rightly in reported speech (extract/tone.py ``credited``, ontology/lexicon/tone.yaml
``right_words``): a speaker who says an actor was right to act praises it; a denied remark ("was not right to"), one
with a modal ("would be right to"), a question, "right" about a fact ("right about the weather") and right to feel
("right to be worried") are no praise. Sentences and names of our own."""

from __future__ import annotations

from tests.conftest import extract

RIGHT = "Senator Ilse Varga said the Caldera Party was right to raise the bridge tolls."


def _kinds(text: str, target: str = "Caldera Party") -> set[str]:
    """The asserted relations from Ilse Varga to the target."""
    return {r.relation for r in extract(text)
            if r.subject.label == "Ilse Varga" and r.object.label == target and r.asserted}


def test_right_to_act_praises_the_target():
    assert _kinds(RIGHT) == {"praises"}


def test_right_denied_with_a_modal_asked_or_about_a_fact_is_no_praise():
    assert _kinds(RIGHT) == {"praises"}  # the rule these cases bound
    for text in [RIGHT.replace("was right", "was not right"),
                 RIGHT.replace("was right", "would be right"),
                 '"Was the Caldera Party right to raise the bridge tolls?" Senator Ilse Varga asked.',
                 "Senator Ilse Varga said the Caldera Party was right about the weather.",
                 "Senator Ilse Varga said the Caldera Party was right to be worried about the storms."]:
        assert "praises" not in _kinds(text), text
