"""A definite role noun nobody is named with ("the secretary", "the commissioner") is the one office of that title
the article named before ("the home secretary" of the United Kingdom), else an office a node can stand for (an
owner, or one holder at a time: "the Queen"); a title many hold with no owner ("the organiser", "the analyst")
is no actor, not a vague node. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts

HOME = "Home Secretary of the United Kingdom"
TRANSPORT = "Transport Secretary of the United Kingdom"


@pytest.mark.parametrize(("text", "fact"), [
    ("The home secretary is to examine a complaint from the Green Party about the new rules. Green leader Tom "
     "Vardy wrote to the secretary on Monday, and the secretary criticised Tom Vardy.",
     (HOME, "criticizes", "Tom Vardy")),
    ("The transport secretary will study a letter from Tom Vardy about the ferry tolls. Mr Vardy urged the secretary "
     "to act.", ("Tom Vardy", "appealsTo", TRANSPORT)),
])
def test_a_bare_title_is_the_office_named_before(text, fact):
    found = {(s, r, o) for s, r, o, _, _ in facts(text)}
    assert fact in found, found


@pytest.mark.parametrize(("text", "vague"), [
    ("Anna Brill met the organiser in Dunmore on Friday. The organiser praised Anna Brill for her work.",
     "Organiser"),
    ("The analyst praised Peru's president, Ramon Ibarra, for the reform.", "Analyst"),
    ("Anna Brill urged the commissioner to stop the closure of the Dunmore mill.", "Commissioner"),
])
def test_a_title_many_hold_with_no_owner_is_no_actor(text, vague):
    found = facts(text)
    assert not any(vague in (s, o) for s, _, o, _, _ in found), found


def test_an_office_of_one_holder_stays_a_node_where_a_title_many_hold_goes():
    found = facts("The organiser praised Tom Vardy. Tom Vardy met the Queen in Windsor.")
    assert ("Tom Vardy", "meets", "Queen", False, "asserted") in found, found
    assert not any("Organiser" in (s, o) for s, _, o, _, _ in found), found
