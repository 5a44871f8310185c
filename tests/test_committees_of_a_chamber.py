"""A committee named with its chamber ("the Commons transport committee", "the Senate finance panel") is a body of
its own, not the chamber: the chamber's name only opens the committee's (the model left the lowercase words out,
and the committee's acts were the House of Commons'). The chamber alone stays the chamber; a committee the text does
not name ("a Commons committee") is no actor at all (see test_unnamed_committees_of_a_chamber.py). Sentences and
names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def subjects(text):
    return {r.subject.label for r in extract(text, date="2026-01-05")}


def objects(text):
    return {r.object.label for r in extract(text, date="2026-01-05")}


@pytest.mark.parametrize(("text", "committee"), [
    ("The Commons transport committee criticised the minister, Ann Polder.", "Commons transport committee"),
    ("Tom Varrick resigned when the Commons fisheries and harbours committee criticised his report.",
     "Commons fisheries and harbours committee"),
    ("The Senate finance panel criticised the governor, Ann Polder.", "Senate finance panel"),
])
def test_a_committee_named_with_its_chamber_acts_as_itself(text, committee):
    found = subjects(text)
    assert committee in found
    assert not found & {"House of Commons", "Senate"}


def test_evidence_given_to_a_named_committee_is_given_to_it():
    assert objects("Ann Polder gave evidence to the Commons transport committee.") == {"Commons transport committee"}


def test_the_chamber_alone_is_the_chamber():
    assert "House of Commons" in subjects("The Commons criticised the minister, Ann Polder.")


def test_the_chair_of_a_chambers_committee_leads_the_committee():
    found = [(r.subject.label, r.relation, r.object.label) for r in extract(
        "Tom Varga, chairman of the Commons public spending committee, said the ferry bill was sound.")
        if r.extractor == "roles"]
    assert found == [("Tom Varga", "leaderOf", "Commons public spending committee")]
