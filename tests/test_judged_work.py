"""A piece of work judged (kg:JudgedWork: "do job", "do work"): "X said Y has done an excellent job" praises Y
(praises, CAMEO 051), "a woeful job" criticizes Y, as the same words after a copula do. Work done with no
judging word, or judged in no one's speech, judges nobody. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "relation", "target"), [
    ("Anna Kiel said the Valley Trust has done an excellent job with the ferries.", "praises", "Valley Trust"),
    ("\"Tom Vosper did an outstanding job at the harbour board,\" Anna Kiel said.", "praises", "Tom Vosper"),
    ("\"Tom Vosper did a woeful job at the harbour board,\" Anna Kiel said.", "criticizes", "Tom Vosper"),
    ("Anna Kiel said the Valley Trust had done dreadful work on the quay.", "criticizes", "Valley Trust"),
])
def test_work_judged_in_speech_judges_its_doer(text, relation, target):
    assert ("Anna Kiel", relation, target) in triples(extract(text))


@pytest.mark.parametrize("text", [
    "Anna Kiel said the Valley Trust had done a big job on the quay.",
    "Tom Vosper did a superb job at the harbour board.",
])
def test_work_not_judged_or_judged_in_no_ones_speech_judges_nobody(text):
    assert not [r for r in extract(text) if r.relation in ("criticizes", "praises", "cooperatesWith")]
