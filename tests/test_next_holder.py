"""A title after a word of the future role (kg:FutureRole: "the next home secretary", "the incoming home secretary")
is another role than the plain title, as "former" or "deputy" make one: it is no mention of the holder the document
names with the plain title ("Home Secretary Ann Reed"). A name with it still holds it in the future. Sentences and
names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

NAMED = "Home Secretary Ann Reed visited Leeds on Monday. "


@pytest.mark.parametrize("sentence", [
    "Tom Hale said he would appoint the next home secretary.",
    "Tom Hale said the incoming home secretary must act.",
])
def test_the_next_holder_is_not_the_one_named(sentence):
    found = {(r.subject.label, r.relation, r.object.label) for r in extract(NAMED + sentence, date="2026-01-05")
             if r.evidence.sentence == sentence}
    assert not any("Ann Reed" in (s, o) for s, _, o in found), found


def test_a_name_with_the_next_title_holds_it_in_the_future():
    text = NAMED + "The next home secretary, Tom Hale, met Ann Reed."
    found = {(r.subject.label, r.relation, r.object.label, r.modality) for r in extract(text, date="2026-01-05")}
    assert ("Tom Hale", "memberOf", "government of the United Kingdom", "future") in found, found
