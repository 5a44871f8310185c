"""Debating a person is meeting them face to face ("A debate B", as "A's debate with B"): refused, it is a meeting
denied; a bill, a plan or a motion debated is no one met. Names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

MET = [
    ("Tomas Brenn has refused to debate Anika Dorsey.", ("Tomas Brenn", "Anika Dorsey", True, "asserted")),
    ("Mr Tomas Brenn has refused to debate Ms Anika Dorsey.", ("Tomas Brenn", "Anika Dorsey", True, "asserted")),
    ("Tomas Brenn debated Anika Dorsey on Friday.", ("Tomas Brenn", "Anika Dorsey", False, "asserted")),
    ("Tomas Brenn will debate Anika Dorsey on television next week.",
     ("Tomas Brenn", "Anika Dorsey", False, "future")),
]

NOT_MET = [
    "Tomas Brenn debated the housing bill on Friday.",
    "MPs debated Anika Dorsey's plan on Friday.",
    "The Harbour Council debated the Green Party's motion.",
]


def meetings(sentence: str) -> list[tuple[str, str, bool, str]]:
    return [(r.subject.label, r.object.label, r.negated, r.modality) for r in extract(sentence)
            if r.relation == "meets"]


@pytest.mark.parametrize(("sentence", "expected"), MET, ids=[s for s, _ in MET])
def test_debating_a_person_is_meeting_them(sentence, expected):
    assert meetings(sentence) == [expected]


@pytest.mark.parametrize("sentence", NOT_MET)
def test_a_thing_debated_is_no_one_met(sentence):
    assert meetings(sentence) == []
