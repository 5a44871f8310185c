"""A light verb's date may hang on its noun ("will open talks with B in April": the parse puts "in April" under
"talks"), and an occasion's date may sit in a participle of its own ("at a lunch hosted by X in June 2004"): both
are the act's date, and the place such a participle names ("a dinner given in Caldera") the act's place. A
participle's date that is no time phrase ("planned for 2009") is not. Sentences and names of
our own; the article's date is Thursday 5 June 2025, or none (an archive with no dates, where a year in the text
is all there is)."""

from __future__ import annotations

import pytest

from tests.conftest import extract

ARTICLE = "2025-06-05"

DATED = [
    ("Ghana will open talks with Senegal in April 2026.", "Senegal", ("2026-04-01", "2026-04-30")),
    ("Ghana began talks with Senegal in March 2019.", "Senegal", ("2019-03-01", "2019-03-31")),
    ("Ghana will start negotiations with Senegal in April 2026.", "Senegal", ("2026-04-01", "2026-04-30")),
    ("Ilse Varga told Oren Pask at a lunch hosted by Tomas Brenner in June 2004 that she would retire.",
     "Oren Pask", ("2004-06-01", "2004-06-30")),
    ("Ilse Varga criticised Oren Pask at a rally held in Caldera in May 2011.", "Oren Pask",
     ("2011-05-01", "2011-05-31")),
]

UNDATED = [
    "Ilse Varga told Oren Pask at a summit planned for 2029 that she would retire.",
    "Ilse Varga began talks with Oren Pask about the 2029 budget.",
]


@pytest.mark.parametrize("date", [ARTICLE, None])
@pytest.mark.parametrize(("sentence", "target", "interval"), DATED, ids=[d[0][:50] for d in DATED])
def test_the_date_of_the_noun_or_the_occasion_is_the_acts(sentence, target, interval, date):
    found = [r for r in extract(sentence, date=date) if r.object.label == target]
    assert found, [(r.subject.label, r.relation, r.object.label) for r in extract(sentence, date=date)]
    assert {(r.time_start, r.time_end) for r in found} == {interval}


@pytest.mark.parametrize("sentence", UNDATED, ids=[u[:50] for u in UNDATED])
def test_a_date_that_is_no_time_phrase_is_not_the_acts(sentence):
    found = [r for r in extract(sentence, date=ARTICLE) if r.object.label == "Oren Pask"]
    assert found, [(r.subject.label, r.relation, r.object.label) for r in extract(sentence, date=ARTICLE)]
    assert {(r.time_start, r.time_end) for r in found} == {(None, None)}


PLACED = [
    ("Ilse Varga met Oren Pask at a dinner given in Caldera.", "Caldera"),
    ("Ilse Varga criticised Oren Pask at a rally held in Caldera in May 2011.", "Caldera"),
]


@pytest.mark.parametrize(("sentence", "place"), PLACED, ids=[p[0][:50] for p in PLACED])
def test_the_place_an_occasions_participle_names_is_the_acts(sentence, place):
    found = [r for r in extract(sentence, date=ARTICLE) if r.object.label == "Oren Pask"]
    assert found, [(r.subject.label, r.relation, r.object.label) for r in extract(sentence, date=ARTICLE)]
    assert {r.place.label if r.place else None for r in found} == {place}


def test_a_participle_naming_no_place_gives_none():
    found = [r for r in extract("Ilse Varga met Oren Pask at a dinner given in honour of Caldera.", date=ARTICLE)
             if r.object.label == "Oren Pask"]
    assert found and {r.place for r in found} == {None}
