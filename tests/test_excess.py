"""Judgement by excess in reported speech and quotations (kg:ExcessDegree): "X said Y was acting too late" or
"'Y has gone too far,' X said" is X's criticism of Y, as a word of kg:Disapproval is; "too" meaning "also", a
denied excess and an infinitive after the adjective ("too important to ignore") judge nobody. Sentences and names
of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "expected"), [
    ("The Greens argue that Labour moved too late on river pollution.", ("Greens", "criticizes", "Labour Party")),
    ("Anna Kiel said the Norland government had gone too far with its tolls.",
     ("Anna Kiel", "criticizes", "government of Norland")),
    ("\"The Tories were far too timid on ferry fares,\" said Anna Kiel.",
     ("Anna Kiel", "criticizes", "Conservative Party")),
    ("Tom Varga said Labour's harbour scheme had come too late for the fishermen.",
     ("Tom Varga", "criticizes", "Labour Party")),
    ("Tom Varga said the Liberal Democrats were overly cautious about the tolls.",
     ("Tom Varga", "criticizes", "Liberal Democrats")),
])
def test_an_excess_voiced_by_a_speaker_criticizes_its_subject(text, expected):
    assert expected in triples(extract(text))


@pytest.mark.parametrize("text", [
    "Anna Kiel said Labour was pleased with the ferry vote too.",
    "Anna Kiel said Labour was not too worried about the ferry vote.",
    "Anna Kiel said Labour was too important to ignore in the ferry vote.",
    "Anna Kiel said it was far too soon to judge Labour on the ferry vote.",
])
def test_also_a_denied_excess_or_an_infinitive_judges_nobody(text):
    assert not [r for r in extract(text) if r.relation == "criticizes"]


@pytest.mark.parametrize("text", [
    # a word of worth after the excess (kg:ExcessValue) praises
    "Tom Varga admitted Ivan Sorel \"simply served too well\" and said: \"I could do nothing.\"",
    "Tom Varga said Ivan Sorel was simply too good for him on the day.",
    "\"The Carrow Hall is too important to the town for the council to sell,\" said Anna Kiel.",
    # a negation above the clause the excess is in denies it
    "\"Should Labour lose, Tom Varga won't have to search too hard for a culprit,\" said Anna Kiel.",
])
def test_a_word_of_worth_or_a_denied_clause_above_judges_nobody(text):
    assert not [r for r in extract(text) if r.relation == "criticizes"], extract(text)
