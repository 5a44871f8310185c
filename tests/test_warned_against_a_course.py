"""Warning or advising someone against a course ("warned Y against raising the tolls") bids it not to take it: an
appeal (appealsTo, 020), no threat; a warning against a hostile act (noun class hostile of senses.yaml: "against any
incursion") or with nothing of what it is about stays a threat. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def relations(sentence: str) -> list[tuple[str, str, str]]:
    return [(r.subject.label, r.relation, r.object.label) for r in extract(sentence)
            if r.relation in ("threatens", "briefs", "appealsTo")]


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Senator Ida Brandt warned Carl Moe against raising the ferry tolls.", ("Ida Brandt", "Carl Moe")),
    ("Paraguay cautioned Bolivia against any hasty move on the river.", ("Paraguay", "Bolivia")),
    ("The Harbour Party warned the Valley Union against complacency.", ("Harbour Party", "Valley Union")),
    ("Senator Ida Brandt advised Carl Moe against a deal with the Valley Union.", ("Ida Brandt", "Carl Moe")),
])
def test_warned_against_a_course_is_an_appeal_no_threat(sentence, pair):
    assert relations(sentence) == [(pair[0], "appealsTo", pair[1])]


@pytest.mark.parametrize("sentence", [
    "Paraguay warned Bolivia over the dam on the river.",
    "Paraguay warned Bolivia against any incursion across the river.",
    "Paraguay warned Bolivia against aggression on the river.",
    "Paraguay warned Bolivia against occupying the islands in the river.",
    "Paraguay warned Bolivia against deploying soldiers along the river.",
])
def test_a_bare_warning_or_one_against_a_hostile_act_is_still_a_threat(sentence):
    assert relations(sentence) == [("Paraguay", "threatens", "Bolivia")]
