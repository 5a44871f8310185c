"""A membership that names no title ("his party", "Velcorp's Mr Hale") stays a membership where the same document
says elsewhere that the member leads the organisation ("Harbour Party leader Tom Hale"): the possessive in its own
sentence is no evidence of a lead (issue 14, a blind reading of BBC records). The sentence with the title keeps its
lead. Documents and names of our own."""

from __future__ import annotations

import pytest

from graph_builder import extract

LEADERS = [
    ("Harbour Party leader Tom Hale spoke in Caldera on Monday. Mr Hale says his party's coming manifesto will "
     "promise cheaper ferries.", "his party"),
    ("Green Party leader Ann Reed visited Norland. Ms Reed is touring rural seats, where her party hopes to make "
     "gains.", "her party"),
]


def _relations(text: str, verb: str) -> set[str]:
    return {r.relation for r in extract(text, date="2005-03-01") if r.verb == verb}


@pytest.mark.parametrize(("text", "verb"), LEADERS)
def test_his_party_of_its_leader_is_a_membership(text, verb):
    assert _relations(text, verb) == {"memberOf"}


def test_the_title_of_the_leader_still_leads():
    text, _ = LEADERS[0]
    assert "leaderOf" in {r.relation for r in extract(text, date="2005-03-01") if r.object.label == "Harbour Party"
                          and r.role == "leader"}
