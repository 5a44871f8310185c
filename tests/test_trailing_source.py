"""A verb of reporting that trails what it reports names a source, not what the speaker talks about: "X says Y will
fail, the Harbour Times reports" is X's statement about Y, none about the newspaper, however the parser hangs the
trailing clause. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def found(sentence):
    return {(r.subject.label, r.relation, r.object.label) for r in extract(sentence, date="2026-01-05")}


@pytest.mark.parametrize("sentence", [
    "Chile says Peru will lose the vote, the Lima Herald reports.",
    "Harbour Shipping says none of its money will go to the owners of Andean Mining, the Lima Herald reports.",
])
def test_a_trailing_source_is_not_talked_about(sentence):
    records = found(sentence)
    assert not [r for r in records if r[2] == "Lima Herald"], records


def test_the_statement_about_the_subject_stays():
    assert ("Chile", "commentsOn", "Peru") in found("Chile says Peru will lose the vote, the Lima Herald reports.")


def test_a_reported_report_is_still_about_its_reporter():
    assert ("Chile", "commentsOn", "Peru") in found("Chile said Peru had reported the attack to the council.")


def test_a_verb_of_saying_right_after_another_verb_trails_nothing():
    records = found("Ann Lee derided Tory claims about the budget.")
    assert ("Conservative Party", "commentsOn", "Ann Lee") not in records, records


@pytest.mark.parametrize("sentence", [
    "Peru's plan would fail, Chile said.",
    "\"Peru's plan will fail,\" Chile said.",
])
def test_a_verb_of_saying_after_a_comma_or_quotation_mark_trails_its_clause(sentence):
    assert [r for r in found(sentence) if r[0] == "Chile" and r[2] == "Peru"]
