"""The tone of a rank in reported speech (extract/tone.py ``_ranked``, ontology/lexicon/tone.yaml ``ranks``): "Y is
one of the best governors" praises Y as "Y is a good governor" does, "one of the worst" criticizes it; a denied rank
("was not one of the best"), whose denial VADER would not reach, and a plain one ("one of the governors of the
region") stay a comment. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

BEST = "Minister Arvo Pellik said Governor Tom Hale was one of the best governors Norland ever had."


def _kinds(text: str, target: str = "Tom Hale") -> set[str]:
    """The asserted relations from Arvo Pellik to the target."""
    return {r.relation for r in extract(text)
            if r.subject.label == "Arvo Pellik" and r.object.label == target and r.asserted}


@pytest.mark.parametrize(("text", "kind"), [
    (BEST, "praises"),
    (BEST.replace("the best", "the worst"), "criticizes"),
])
def test_a_rank_among_the_best_or_the_worst_judges_the_actor(text, kind):
    assert _kinds(text) == {kind}


def test_a_denied_or_plain_rank_stays_a_comment():
    assert _kinds(BEST) == {"praises"}  # the rule these cases bound
    assert _kinds(BEST.replace("was one", "was not one")) == {"commentsOn"}
    assert _kinds("Minister Arvo Pellik said Governor Tom Hale was one of the governors of the region.") == \
        {"commentsOn"}
