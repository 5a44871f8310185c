"""An armed, governing or political body that takes its orders from someone is led by them (leaderOf, held at the
verb's time); a person taking orders from another, and a firm receiving orders from its customers, give none.
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def leaders(sentence: str) -> list[tuple[str, str, str]]:
    return [(r.subject.label, r.object.label, r.modality) for r in extract(sentence) if r.relation == "leaderOf"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Harbour Militia took its orders from Maria Lopez.", [("Maria Lopez", "Harbour Militia", "past")]),
    ("The Ostrian Guard takes orders from Anton Brekel.", [("Anton Brekel", "Ostrian Guard", "asserted")]),
    ("Karsk Brotherhood fighters took their orders from Anton Brekel.",
     [("Anton Brekel", "Karsk Brotherhood", "past")]),
])
def test_a_body_taking_orders_is_led(sentence, expected):
    assert leaders(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Anton Brekel took orders from Marta Vells.",
    "Airbus received orders from Qantas for ten jets.",
    "Boeing took orders from Emirates.",
])
def test_persons_and_firms_are_led_by_no_one(sentence):
    assert leaders(sentence) == []
