"""An adverb of rarity, of coming near or of an end (kg:UnmakingAdverb: "seldom", "almost", "nearly", "rarely", "no
longer") on the verb or copula of an idiom of criticism or praise makes it no judgement: the remark stays a comment,
and is never read as denied (no praise turned into criticism). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


@pytest.mark.parametrize("text", [
    "Mara Voss said Arvo Pellik seldom kept his word.",
    "Mara Voss said Arvo Pellik had almost kept his promise.",
    "Mara Voss said Arvo Pellik was no longer soft on crime.",
    "Mara Voss said Arvo Pellik nearly ran out of ideas.",
    "Mara Voss said Arvo Pellik had rarely been out of touch.",
])
def test_an_unmaking_adverb_leaves_a_comment(text):
    found = facts(text)
    assert not any(relation in ("criticizes", "praises") for _, relation, _, _, _ in found), found
    assert ("Mara Voss", "commentsOn", "Arvo Pellik", False, "asserted") in found, found


def test_without_it_the_idiom_judges():
    text = "Mara Voss said Arvo Pellik kept his word."
    assert ("Mara Voss", "praises", "Arvo Pellik", False, "asserted") in facts(text), facts(text)
