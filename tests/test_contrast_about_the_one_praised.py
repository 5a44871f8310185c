"""A clause of contrast whose subject stands for the one praised, by name, by a role title the article gives no one
else, or as a thing his pronoun owns, weighs the praise as "although he sacked" does: a comment, no praise; a contrast
about another still leaves the praise. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts

_PRAISE = ("Mara Voss", "praises", "Arvo Pellik", False, "asserted")


@pytest.mark.parametrize("text", [
    "Mara Voss said Arvo Pellik was a gifted mayor, although Pellik sacked the dockers.",
    "Mara Voss said Arvo Pellik was a gifted mayor, although the mayor sacked the dockers.",
    "Mara Voss said Arvo Pellik was a gifted mayor, although his government sacked the dockers.",
])
def test_a_contrast_about_the_one_praised_leaves_a_comment(text):
    found = facts(text)
    assert _PRAISE not in found, found
    assert ("Mara Voss", "commentsOn", "Arvo Pellik", False, "asserted") in found, found


def test_a_contrast_about_another_leaves_the_praise():
    text = "Mara Voss said Arvo Pellik was a gifted mayor, although Norland sacked the dockers."
    assert _PRAISE in facts(text), facts(text)
