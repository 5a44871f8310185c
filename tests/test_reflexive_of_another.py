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
