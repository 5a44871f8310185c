"""Being at an event takes part in it: "was never at the talks with Peru", "was not in the talks with Peru" deny the
subject's meeting (kg:Participation "be at", "be in"), and "was at the talks" asserts it. An event that names its
own parties with "between" keeps its polarity whoever was absent: "was never at the meetings between X and Y" and
"did not take part in the talks between X and Y" still say X and Y met. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def found(sentence):
    return {(r.subject.label, r.relation, r.object.label, r.negated) for r in extract(sentence, date="2026-01-05")}


@pytest.mark.parametrize("sentence", [
    "Ann Lee was never at the talks with Peru.",
    "Ann Lee was not in the talks with Peru.",
])
def test_absent_from_an_event_denies_it(sentence):
    records = found(sentence)
    assert ("Ann Lee", "meets", "Peru", True) in records, records
    assert ("Ann Lee", "meets", "Peru", False) not in records, records


def test_present_at_an_event_asserts_it():
    assert ("Ann Lee", "meets", "Peru", False) in found("Ann Lee was at the talks with Peru.")


@pytest.mark.parametrize("sentence", [
    "Tom Reed said Ann Lee was never at the meetings between Chile and Peru.",
    "Ann Lee did not take part in the talks between Chile and Peru.",
])
def test_an_event_between_two_parties_happened_without_the_absent(sentence):
    records = found(sentence)
    assert ("Chile", "meets", "Peru", False) in records, records
    assert ("Chile", "meets", "Peru", True) not in records, records
