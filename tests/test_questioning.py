"""Questioning a person named as the object itself is inquiry (investigates, CAMEO 090); questioning a person's
motives doubts a thing, and a clause of "whether" is what is questioned, no speaker's statement about the one who
questions. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def found(sentence):
    return {(r.subject.label, r.relation, r.object.label) for r in extract(sentence, date="2026-01-05")}


@pytest.mark.parametrize("sentence", [
    "Senator Ann Lee questioned Mayor Tom Reyes about the ferry contract.",
    "Mayor Tom Reyes was questioned by Senator Ann Lee for six hours.",
])
def test_a_person_questioned_is_investigated(sentence):
    assert ("Ann Lee", "investigates", "Tom Reyes") in found(sentence)


def test_a_persons_motives_questioned_are_no_inquiry():
    assert not [r for r in found("Senator Ann Lee questioned Mayor Tom Reyes's motives.") if r[1] == "investigates"]


def test_a_clause_of_whether_is_no_statement_about_the_questioner():
    records = found("Senator Ann Lee questioned whether Mayor Tom Reyes had told the truth.")
    assert ("Tom Reyes", "commentsOn", "Ann Lee") not in records, records
