"""Attacking, advancing or battling alongside B is fighting beside B (CAMEO 062, as "fight alongside B"), between
states, governments and armed actors; a party that "attacked the government alongside B" uses no force. Sentences
and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CASES = [
    ("Kenyan troops attacked the Red Hand Brigade alongside Somali forces.",
     ("armed forces of Kenya", "cooperatesMateriallyWith", "armed forces of Somalia")),
    ("Ghana attacked Togo alongside Benin.", ("Ghana", "cooperatesMateriallyWith", "Benin")),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s for s, _ in CASES])
def test_attacking_alongside_another_is_fighting_beside_it(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found
