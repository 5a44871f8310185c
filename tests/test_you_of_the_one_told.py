"""The "you" of a quotation told to a person is that person: 'X told Ms Reed: "You have misled the voters"' is
criticism of Reed. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


@pytest.mark.parametrize("text", [
    'Ann Vale told Tom Reed: "It is shameful that you have misled the voters."',
    'Ann Vale told Tom Reed: "You are wrong about the budget."',
])
def test_criticism_of_you_told_to_a_person_is_of_that_person(text):
    records = facts(text)
    assert ("Ann Vale", "criticizes", "Tom Reed", False, "asserted") in records, records


@pytest.mark.parametrize("text", [
    'Ann Vale told the Harbour Party conference: "You are wrong to doubt us."',
    'Ann Vale met Tom Reed. "You are wrong about the budget," a voter said.',
])
def test_a_you_no_person_is_told_judges_no_one(text):
    records = facts(text)
    assert not any(r[1] == "criticizes" for r in records), records
