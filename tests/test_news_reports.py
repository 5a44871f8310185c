"""A newspaper or a news agency that says what an actor did, does or will do carries news: no comment of its own on
the actor (commentsOn, CAMEO 010), where a minister saying the same comments on it. Sentences and names of our
own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


@pytest.mark.parametrize(("sentence", "paper"), [
    ("{} said Caldera Mining would sell its port arm next year.", "The Norland Times"),
    ("{} said Arvo Pellik had left the talks early.", "Reuters"),
    ("Arvo Pellik would resign in the spring, {} said.", "the Kestrel Daily Courier"),
])
def test_a_newspaper_reporting_an_act_comments_on_no_one(sentence, paper):
    reported = extract(sentence.format(paper))
    assert not any(r.relation == "commentsOn" for r in reported), reported
    said = extract(sentence.format("Minister Tomas Reyes"))
    assert any(r.subject.label == "Tomas Reyes" and r.relation == "commentsOn" for r in said), said
