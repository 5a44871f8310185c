"""A word for a kind of body or its members ("Ministers", "Officials") that the model takes for a person's name,
capitalised where a headline ran into the text, names no person: no record has a person of that name. Sentences
and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


@pytest.mark.parametrize("text", [
    "Ferry levy to stay, says minister Ministers will keep the ferry levy for two more years, Harbour Secretary "
    "Tom Reed said.",
])
def test_a_body_word_after_a_headline_is_no_person(text):
    persons = {end.label for r in extract(text) for end in (r.subject, r.object) if end.type == "Person"}
    assert persons <= {"Tom Reed"}
