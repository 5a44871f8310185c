"""Talks or a gathering hosted by Y (a participle of kg:HostingVerb with "by"): Y meets those who attend, hold or
meet at them, with the polarity of their verb. Names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

CASES = [
    ("Ana Ruiz and Tom Hale attended talks hosted by Swiss Foreign Minister Rosa Lind.",
     {("Ana Ruiz", False, "asserted"), ("Tom Hale", False, "asserted")}),
    ("Ana Ruiz met Tom Hale at talks hosted by Rosa Lind in Geneva.",
     {("Ana Ruiz", False, "asserted"), ("Tom Hale", False, "asserted")}),
    ("Ana Ruiz will attend a summit hosted by Rosa Lind.", {("Ana Ruiz", False, "future")}),
    ("Ana Ruiz did not attend the dinner hosted by Rosa Lind.", {("Ana Ruiz", True, "asserted")}),
    # a gathering spoken of, or no gathering: no meeting
    ("Ana Ruiz criticised the summit hosted by Rosa Lind.", set()),
    ("Ana Ruiz watched a show hosted by Rosa Lind.", set()),
]


@pytest.mark.parametrize(("sentence", "guests"), CASES)
def test_the_host_meets_the_guests(sentence, guests):
    found = {(r.object.label, r.negated, r.modality) for r in extract(sentence)
             if r.relation == "meets" and r.subject.label == "Rosa Lind"}
    assert found == guests
