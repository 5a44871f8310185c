"""A reflexive of the gender the document does not give the speaker is someone else's, not the speaker's own: "Dana
Holm said Tomas Varga and himself had built the ferry line", of a Holm the document calls "she", comments on Varga;
"herself" of her, or "himself" of a speaker whose gender nothing states, joins Varga with the speaker (no comment).
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


@pytest.mark.parametrize(("text", "commented"), [
    ("Dana Holm said Tomas Varga and himself had built the ferry line. She thanked the crews.", True),
    ("Mrs Dana Holm said Tomas Varga and himself had built the ferry line.", True),
    ("Dana Holm said Tomas Varga and herself had built the ferry line. She thanked the crews.", False),
    ("Dana Holm said Tomas Varga and himself had built the ferry line.", False),
])
def test_a_reflexive_of_another_gender_is_no_speaker(text, commented):
    found = facts(text)
    assert (("Dana Holm", "commentsOn", "Tomas Varga", False, "asserted") in found) == commented, found


@pytest.mark.parametrize("text", [
    "Arvo Pellik said Dana Holm and himself had built the ferry line. His wife, Mrs Pellik, thanked the crews.",
    "Mr and Mrs Pellik were at the launch. Arvo Pellik said Dana Holm and himself had built the ferry line.",
])
def test_a_title_on_a_relatives_surname_gives_the_speaker_no_gender(text):
    """"Mrs Pellik" beside Arvo Pellik may be his wife: her title says nothing of his gender, so "himself" stays his."""
    found = facts(text)
    assert not any(f[:3] == ("Arvo Pellik", "commentsOn", "Dana Holm") for f in found), found
