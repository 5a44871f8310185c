"""Joining others in an action ("joined B in backing the claims", "in a call for", "in a loan deal": the class
action of senses.yaml, and any gerund so set) is taking part in it, no meeting; joining them at an event, on a
visit or in a performance still is one. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def meetings(sentence):
    return {(r.subject.label, r.object.label) for r in extract(sentence, date="2005-03-01") if r.relation == "meets"}


@pytest.mark.parametrize("sentence", [
    "Barry Hale joins Tom Reed and Ann Lee in achieving that target.",
    "Graeme Hale joined Tom Reed in backing the claims.",
    "Graeme Hale joined Tom Reed in a call for new elections.",
])
def test_joining_in_an_action_is_no_meeting(sentence):
    assert not meetings(sentence)


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Senator Ilse Varga joined Tomas Reyes at his harbour office.", ("Ilse Varga", "Tomas Reyes")),
    ("Jim Dale joined Tom Reed in a performance of the song.", ("Jim Dale", "Tom Reed")),
])
def test_joining_at_a_place_or_in_a_performance_is_a_meeting(sentence, pair):
    assert pair in meetings(sentence)
