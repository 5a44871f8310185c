"""Interviewing or grilling a person is inquiry (investigates, CAMEO 090), save a broadcaster's or a newspaper's
interview, which is journalism. Sentences and names of our own."""

from __future__ import annotations

from tests.conftest import extract


def inquiries(sentence):
    return {(r.subject.label, r.object.label, r.modality) for r in extract(sentence, date="2026-01-05")
            if r.relation == "investigates"}


def test_a_party_that_may_interview_a_member_may_investigate_him():
    assert inquiries("Councillor Tom Reyes may be interviewed by the Harbour Party about the donations.") == {
        ("Harbour Party", "Tom Reyes", "possible")}


def test_a_committee_that_grills_a_mayor_investigates_him():
    assert inquiries("The Harbour Council committee grilled Mayor Tom Reyes about the ferry contract.") == {
        ("Harbour Council", "Tom Reyes", "asserted")}


def test_a_broadcaster_interview_is_no_inquiry():
    assert not inquiries("The BBC interviewed Mayor Tom Reyes about the ferry contract.")
