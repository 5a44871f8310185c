"""A membership that names no title ("his party", "X, of the Y Trust") of an organisation the same document says
its member leads ("Harbour Party leader Tom Hale") says that lead: leaderOf, not the weaker memberOf beside it. A
title that is no lead leaves the membership as it is. Documents and names of our own."""

from __future__ import annotations

import pytest

from graph_builder import extract


def _relations(text: str, verb: str) -> set[str]:
    return {r.relation for r in extract(text, date="2005-03-01") if r.verb == verb}


@pytest.mark.parametrize(("text", "verb"), [
    ("Harbour Party leader Tom Hale spoke in Caldera on Monday. Mr Hale says his party's coming manifesto will "
     "promise cheaper ferries.", "his party"),
    ("Green Party leader Ann Reed visited Norland. Ms Reed is touring rural seats, where her party hopes to make "
     "gains.", "her party"),
])
def test_his_party_of_its_leader_is_led(text, verb):
    assert _relations(text, verb) == {"leaderOf"}


def test_a_membership_of_one_with_a_title_that_is_no_lead_stays():
    text = ("Harbour Party MP Tom Hale spoke in Caldera on Monday. Mr Hale says his party's coming manifesto will "
            "promise cheaper ferries.")
    assert _relations(text, "his party") == {"memberOf"}
