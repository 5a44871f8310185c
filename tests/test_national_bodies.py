"""A court, a judge, a jury or a regulator named with a country's word ("a Dutch judge", "the US court", "the French
watchdog") is a body of its own, not the state: the country does not act through it, nor is it told or asked in
it; officials and the government named so still are the state's ("Greek officials criticised Turkey"). Sentences
and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

_STATES = ("United States", "United Kingdom", "France", "Germany", "Netherlands", "Italy")


@pytest.mark.parametrize("text", [
    "A British tribunal backed Novatel against Corvex.",
    "The French watchdog criticised Orvane Telecom for its prices.",
    "A Dutch judge accused Vexacorp of hiding its losses.",
    "Zentrix has asked the US court to dismiss the case against it.",
    "Lumina Bank told a German jury that it had done nothing wrong.",
    "The Italian regulator praised Corvex for its openness.",
])
def test_a_national_court_or_regulator_is_not_the_state(text):
    records = triples(extract(text, date="2026-01-05"), asserted_only=False)
    assert {r for r in records if r[0] in _STATES or r[2] in _STATES} == set(), records


def test_officials_named_by_their_country_still_act_for_it():
    records = triples(extract("Greek officials criticised Turkey on Tuesday.", date="2026-01-05"))
    assert ("Greece", "criticizes", "Turkey") in records, records
