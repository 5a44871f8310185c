"""Judging words of kg:Disapproval, kg:Approval and kg:JudgedThing that reported speech and quotations use of an
actor: a verb of over-reacting, exaggerating, covering up or rigging, a bossy or meddling party, a faltering
campaign, an instinct called authoritarian, a disastrous style (X criticizes Y); a humane or valued person, also with
the word joined to another on the noun ("a fair and humane judge": X praises Y, kg:praises). Denied, said of the
speaker or the speaker's own side, on a condition or in no one's speech they judge nobody. Sentences and names of
our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, facts, triples


@pytest.mark.parametrize(("text", "target"), [
    ("Anna Kiel said the Harbour Party had overreacted to the ferry strike.", "Harbour Party"),
    ("\"I feel the Harbour Party have overreacted,\" Anna Kiel said.", "Harbour Party"),
    ("Anna Kiel said the Norland Post had exaggerated the toll report.", "Norland Post"),
    ("Anna Kiel said Tom Vosper had covered up the losses of the ferry company.", "Tom Vosper"),
    ("Anna Kiel said the Norland Office had sexed up the toll report.", "Norland Office"),
    ("Anna Kiel said the Harbour Party had rigged the valley ballot.", "Harbour Party"),
    ("\"The Harbour Party is a bossy, meddling party,\" Anna Kiel said.", "Harbour Party"),
    ("\"The Harbour Party's faltering campaign will not save the ferries,\" Anna Kiel said.", "Harbour Party"),
    ("Anna Kiel stated that the Norland government's first instinct was authoritarian.", "government of Norland"),
    ("\"Tom Vosper's style of leadership has been disastrous,\" Anna Kiel said.", "Tom Vosper"),
])
def test_a_judging_word_voiced_of_an_actor_criticizes_it(text, target):
    assert ("Anna Kiel", "criticizes", target) in triples(extract(text))


@pytest.mark.parametrize("text", [
    "Anna Kiel said Tom Vosper was a humane and sincere man.",
    "\"Tom Vosper has always been a valued colleague,\" said Anna Kiel.",
    "Anna Kiel said Tom Vosper was a fair and humane judge.",
])
def test_a_word_of_praise_voiced_of_an_actor_is_praise(text):
    assert ("Anna Kiel", "praises", "Tom Vosper") in triples(extract(text))


@pytest.mark.parametrize("text", [
    "Anna Kiel said the Harbour Party had not overreacted to the ferry strike.",
    "Anna Kiel said the Harbour Party would overreact if the ferry crews went on strike.",
    "The Harbour Party had overreacted to the ferry strike.",
    "Anna Kiel said the ferry strike had been exaggerated.",
    "Tom Vosper said he had overreacted to the ferry strike.",
    "\"We overreacted to the strike,\" said the Harbour Party.",
])
def test_a_judging_word_denied_on_a_condition_or_unvoiced_criticizes_no_one_as_a_fact(text):
    assert not [(s, o) for s, r, o, negated, modality in facts(text)
                if r == "criticizes" and not negated and modality == "asserted"]
