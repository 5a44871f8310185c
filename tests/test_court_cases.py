"""A country written before a noun of a case at law names the courts it is brought in, not who brings it ("a
Chilean lawsuit against X", kg:CourtCaseNoun); the country's possessive and an organisation before the noun still
bring it, and so does the subject of the clause. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def found(sentence):
    return {(r.subject.label, r.relation, r.object.label) for r in extract(sentence, date="2026-01-05")}


@pytest.mark.parametrize("sentence", [
    "Harbour Shipping is pursuing a Chilean lawsuit against Andean Mining.",
    "Harbour Shipping is seeking damages in a separate Chilean lawsuit against Andean Mining.",
])
def test_a_country_before_a_lawsuit_is_where_it_is_heard(sentence):
    records = found(sentence)
    assert not [r for r in records if r[0] == "Chile"], records
    assert ("Harbour Shipping", "criticizes", "Andean Mining") in records


def test_a_country_that_owns_the_lawsuit_brings_it():
    assert ("Chile", "criticizes", "Peru") in found("Chile's lawsuit against Peru was heard in The Hague.")


def test_a_country_before_another_event_still_acts():
    assert ("Russia", "attacks", "Ukraine") in found("Russian strikes on Ukraine continued overnight.")
