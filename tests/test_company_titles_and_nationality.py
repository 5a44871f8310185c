"""A nationality word or a country before a company's office ("the Dutch co-chairman X", "French chairman X", "a
Brazilian airline boss") says where the holder comes from or works, not an office of that country's government
(kg:PrivateTitle); a state's titles keep the country ("Russian President X", "the Russian foreign minister, X",
"Dutch prime minister X"). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("sentence", "country"), [
    ("Dutch co-chairman Pieter Vos will become non-executive chairman.", "Netherlands"),
    ("French chairman Paul Marceau said the bank would grow.", "France"),
    ("Italian managing director Marco Bini said sales rose.", "Italy"),
    ("Brazilian airline boss Carlos Dias said fares would rise.", "Brazil"),
    ("Danish chief executive Lars Holm said profits fell.", "Denmark"),
])
def test_a_company_office_is_no_office_of_the_country(sentence, country):
    records = triples(extract(sentence))
    assert not any(obj == country for _, _, obj in records), records


@pytest.mark.parametrize(("sentence", "person", "relation", "country"), [
    ("Russian President Ivan Petrov met Ann Reed.", "Ivan Petrov", "leaderOf", "Russia"),
    ("The Russian foreign minister, Ivan Petrov, met Ann Reed.", "Ivan Petrov", "memberOf", "government of Russia"),
    ("Dutch prime minister Jan Vos met Ann Reed.", "Jan Vos", "leaderOf", "Netherlands"),
    ("Danish trade minister Lars Holm said exports fell.", "Lars Holm", "memberOf", "government of Denmark"),
])
def test_a_state_title_is_still_an_office_of_the_country(sentence, person, relation, country):
    assert (person, relation, country) in triples(extract(sentence))


def test_a_company_named_with_the_office_is_still_its_employer():
    assert ("Lars Holm", "leaderOf", "Norcom") in triples(extract("Norcom chairman Lars Holm said profits fell."))
