"""Targets, sites or positions in a place (kg:TargetNoun) that a country's jets, drones or ships strike are an attack
on the place; "overnight" is the night before the article's date, into it, unless a date says which night.
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

TARGETS = [
    ("Chilean jets struck targets in Arica.", ("Chile", "attacks", "Arica")),
    ("Peruvian drones hit positions in Tacna.", ("Peru", "attacks", "Tacna")),
    ("Peruvian ships shelled targets in Chile.", ("Peru", "attacks", "Chile")),
    ("The Red Hand Brigade attacked military sites across Peru.", ("Red Hand Brigade", "attacks", "Peru")),
]


@pytest.mark.parametrize(("sentence", "triple"), TARGETS, ids=[s for s, _ in TARGETS])
def test_targets_in_a_place_are_the_place_attacked(sentence, triple):
    assert triple in triples(extract(sentence))


def test_sales_targets_in_a_country_are_no_attack():
    assert not [r for r in extract("The company hit its sales targets in Chile.") if r.relation == "attacks"]


NIGHTS = [
    ("Chilean jets struck Arica overnight.", (None, "2026-01-04", "2026-01-05")),
    ("Chilean jets struck targets in Arica overnight.", (None, "2026-01-04", "2026-01-05")),
    ("Chilean jets struck Arica overnight on Sunday.", ("2026-01-04", "2026-01-04", "2026-01-04")),
    ("Chilean jets struck Arica last night.", ("2026-01-04", "2026-01-04", "2026-01-04")),
]


@pytest.mark.parametrize(("sentence", "when"), NIGHTS, ids=[s for s, _ in NIGHTS])
def test_overnight_is_the_night_before_the_article(sentence, when):
    found = [r for r in extract(sentence, date="2026-01-05") if r.relation == "attacks"]
    assert [(r.time, r.time_start, r.time_end) for r in found] == [when]
