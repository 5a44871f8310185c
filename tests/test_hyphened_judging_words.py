"""Judging words the tokenizer splits at a hyphen are read whole: "over-reacted" as the cue "overreact", "ill-judged",
"short-sighted", "ill-advised" as written in kg:Disapproval; voiced of an actor they criticize it (X criticizes Y),
after a copula, as a verb, on a thing of the actor's own or named with a verb of naming. A hyphened word that is no
cue judges no one. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, facts, triples


@pytest.mark.parametrize(("text", "target"), [
    ("Anna Kiel said the Harbour Party had over-reacted to the ferry strike.", "Harbour Party"),
    ("\"The Harbour Party has over-reacted to the leak at the pier,\" Anna Kiel said.", "Harbour Party"),
    ("Anna Kiel said Tom Vosper's toll plan was ill-judged.", "Tom Vosper"),
    ("Anna Kiel said Tom Vosper was short-sighted about the ferries.", "Tom Vosper"),
    ("Anna Kiel said it was an ill-advised remark by Tom Vosper.", "Tom Vosper"),
    ("Anna Kiel said Tom Vosper's plan for the pier was \"ill-advised\".", "Tom Vosper"),
    ("Anna Kiel described Tom Vosper as short-sighted.", "Tom Vosper"),
])
def test_a_hyphened_judging_word_voiced_of_an_actor_criticizes_it(text, target):
    assert ("Anna Kiel", "criticizes", target) in triples(extract(text))


def test_the_judging_words_are_given_as_written():
    found = [r.verb for r in extract("Anna Kiel said the Harbour Party had over-reacted to the ferry strike.")
             if r.relation == "criticizes"]
    assert found == ["over-reacted"]


@pytest.mark.parametrize("text", [
    "Anna Kiel said Tom Vosper's toll plan was well-judged.",
    "Anna Kiel said Tom Vosper's toll plan was long-awaited.",
    "Anna Kiel said the Harbour Party had not over-reacted to the ferry strike.",
])
def test_a_hyphened_word_of_no_blame_or_denied_criticizes_no_one(text):
    assert not [(s, o) for s, r, o, negated, modality in facts(text)
                if r == "criticizes" and not negated and modality == "asserted"]
