"""Harm done, voiced by a speaker: "X said Y's plan would undermine the health service", "Y was damaging the
economy", "Y had wrecked the talks", "Y's plan was rubbish" are X's criticism of Y (words of kg:Disapproval); a
denied harm, and harm done by no actor, judge nobody. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "target"), [
    ("Anna Kiel said the Greens' ferry scheme would undermine the harbour trust.", "Greens"),
    ("Anna Kiel argued that Labour was damaging the fishing fleet.", "Labour Party"),
    ("Anna Kiel said the Liberal Democrats had wrecked the harbour talks.", "Liberal Democrats"),
    ("\"Labour's toll plan is utter rubbish,\" said Anna Kiel.", "Labour Party"),
])
def test_harm_voiced_by_a_speaker_criticizes_who_does_it(text, target):
    assert ("Anna Kiel", "criticizes", target) in triples(extract(text))


@pytest.mark.parametrize("text", [
    "Anna Kiel said Labour had not damaged the fishing fleet.",
    "Anna Kiel said the storms would harm the fishing fleet.",
])
def test_denied_harm_or_harm_by_no_actor_judges_nobody(text):
    assert not [r for r in extract(text) if r.relation == "criticizes"]
