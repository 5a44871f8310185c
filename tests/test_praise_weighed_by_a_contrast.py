"""A word of merit (kg:Approval) in a clause that holds a clause of contrast about the one it praises is a mixed
remark, no praise ("Y was a gifted mayor, although he sacked the dockers"), as the tone of a clause weighs one; a
contrast about another leaves the praise ("although the town wants more"). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


@pytest.mark.parametrize("text", [
    "Arvo Pellik said Tomas Varga was a gifted mayor, although he sacked the dockers.",
    "\"Tomas Varga is a shrewd negotiator, though he lost the ferry vote,\" said Arvo Pellik.",
])
def test_praise_with_a_contrast_about_the_one_praised_is_a_comment(text):
    found = facts(text)
    assert ("Arvo Pellik", "commentsOn", "Tomas Varga", False, "asserted") in found, found
    assert not any(relation == "praises" for _, relation, _, _, _ in found), found
