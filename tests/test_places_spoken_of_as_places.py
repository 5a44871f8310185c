"""A place a statement speaks of as a place is no actor the speaker comments on: a facility ("the Carrow Bridge
would be shut") or a town said to be a kind of place ("Tolsey was a wonderful town"). A town that wants or suffers
something stands for its people or its council, and one with a plural verb for its team ("Tolsey were a hard
side"): those stay. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def comments(text):
    return {(r.subject.label, r.object.label) for r in extract(text, date="2026-01-05") if r.relation == "commentsOn"}


@pytest.mark.parametrize(("text", "place"), [
    ("Police said the Carrow Bridge would be shut during the march.", "Carrow Bridge"),
    ("Ann Colby grew up in Tolsey. Ann Colby said Tolsey was a wonderful town for families.", "Tolsey"),
    ('"Port Sarel is an important market for our phones," said Tom Varley.', "Port Sarel"),
])
def test_a_place_spoken_of_as_a_place_is_not_commented_on(text, place):
    assert not any(target == place for _, target in comments(text))


@pytest.mark.parametrize("text", [
    "Tom Varley grew up in Tolsey. Tom Varley said Tolsey wanted the festival.",
    "Tom Varley grew up in Tolsey. Tom Varley said Tolsey were a hard side to beat.",
])
def test_a_town_that_acts_or_fields_a_side_is_commented_on(text):
    assert ("Tom Varley", "Tolsey") in comments(text)
