"""An organisation named in full and then by the last words of its name ("the Sunday Courier ... the Courier") is
one actor, whatever the model took the short name for (it tagged "Chronicle" a person's); and a weekday that opens
a paper's name ("by Sunday Courier journalist X") is part of the name, though the model took it for a date ("Courier"
was the employer). A day that a word of time opens is a date; a place named as the tail of a body's name stays the
place. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def records(text):
    return extract(text, date="2026-01-05")


def sources(text):
    return {r.attributed_to.label for r in records(text) if r.attributed_to}


def labels(text):
    return {side.label for r in records(text) for side in (r.subject, r.object)}


@pytest.mark.parametrize(("text", "body"), [
    ("The Sunday Courier reported that Tom Varrick had resigned. The Courier said Tom Varrick criticised the mayor, "
     "Ann Polder.", "Sunday Courier"),
    ("Tom Varrick told the Harbury Chronicle that he had resigned. The Chronicle said Tom Varrick criticised the "
     "mayor, Ann Polder.", "Harbury Chronicle"),
])
def test_the_short_name_of_a_body_named_in_full_is_that_body(text, body):
    assert sources(text) == {body}


@pytest.mark.parametrize("text", [
    "The book, by Sunday Courier journalist Ron Pettifer, criticised the mayor, Ann Polder.",
    "Ron Pettifer, a Sunday Gazette journalist, criticised the mayor, Ann Polder.",
])
def test_a_weekday_opening_a_papers_name_is_in_the_name(text):
    employers = {r.object.label for r in records(text) if r.relation == "employedBy"}
    assert employers and all(label.startswith("Sunday ") for label in employers)


def test_a_day_after_a_word_of_time_is_no_part_of_a_name():
    text = "The Kelby Courier criticised Ann Polder. On Sunday Tom Varrick praised Ann Polder."
    assert {"Kelby Courier", "Tom Varrick"} <= labels(text)
    assert not any(label.startswith("Sunday") for label in labels(text))
