"""A view the speaker states as held in reported speech (kg:ViewVerb, extract/statements.py): "X said he believed Y
had misled voters", "X said she was sure Y's budget would hold", "they said they were glad Y had gone" make X
comment on Y (commentsOn, CAMEO 010), as "X said Y had misled voters" does. Only under the reported clause's own
pronoun subject: "X said Z feared Y would win" is Z's view, a statement about Z. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


@pytest.mark.parametrize(("text", "target"), [
    ("Senator Idris Kale said she believed Mara Toft had spent the winter in the valley towns.", "Mara Toft"),
    ("Senator Idris Kale said she suspected the Velorian Greens were trying to win the valley vote.",
     "Velorian Greens"),
    ("Senator Idris Kale said she understood Mara Toft had been signalling a change on the tolls.", "Mara Toft"),
    ("Senator Idris Kale said she was sure Mara Toft's budget would hold until the spring.", "Mara Toft"),
])
def test_a_view_the_speaker_holds_is_stated_about_its_subject(text, target):
    found = [r for r in extract(text) if r.relation == "commentsOn"]
    assert [(r.subject.label, r.object.label, r.asserted) for r in found] == [("Idris Kale", target, True)]


def test_a_view_of_another_actor_is_a_statement_about_that_actor():
    found = [r for r in extract("Senator Idris Kale said Mara Toft feared the Velorian Greens would win.")
             if r.relation == "commentsOn"]
    assert [(r.subject.label, r.object.label) for r in found] == [("Idris Kale", "Mara Toft")]
