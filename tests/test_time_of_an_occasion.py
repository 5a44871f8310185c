"""An act done in, at or during an occasion takes the date the occasion's name gives ("during the 1999 campaign",
"at last year's summit"), while a date of a topic the act is about is not the act's ("quarrelled over the 1999
plan"), nor is a clock time before a time zone ("at 1430 GMT"). Sentences and names of our own; the article's date
is Thursday 5 June 2025."""

from __future__ import annotations

import pytest

from tests.conftest import extract

ARTICLE = "2025-06-05"

DATED = [
    ("Senator Ilse Varga attacked Senator Oren Pask repeatedly during the 1999 election campaign.", "Oren Pask",
     ("1999-01-01", "1999-12-31")),
    ("Ilse Varga met Oren Pask at last year's summit in Caldera.", "Oren Pask", ("2024-01-01", "2024-12-31")),
    ("Ilse Varga met Oren Pask at the 2021 harbour conference.", "Oren Pask", ("2021-01-01", "2021-12-31")),
]

UNDATED = [
    "Ilse Varga criticised Oren Pask over the 1999 plan.",
    "Ilse Varga praised Oren Pask on the 2019 reform.",
    "Ilse Varga met Oren Pask at 1430 GMT.",  # a clock time, not a year
]


@pytest.mark.parametrize(("sentence", "target", "interval"), DATED, ids=[d[0][:50] for d in DATED])
def test_an_act_in_an_occasion_takes_its_date(sentence, target, interval):
    found = [r for r in extract(sentence, date=ARTICLE) if r.object.label == target]
    assert found, [(r.subject.label, r.relation, r.object.label) for r in extract(sentence, date=ARTICLE)]
    assert {(r.time_start, r.time_end) for r in found} == {interval}


@pytest.mark.parametrize("sentence", UNDATED, ids=[u[:50] for u in UNDATED])
def test_a_topic_date_is_not_the_acts(sentence):
    found = [r for r in extract(sentence, date=ARTICLE) if r.object.label == "Oren Pask"]
    assert found, [(r.subject.label, r.relation, r.object.label) for r in extract(sentence, date=ARTICLE)]
    assert {(r.time_start, r.time_end) for r in found} == {(None, None)}
