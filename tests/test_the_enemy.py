""""The enemy" is the one group named in its sentence or the two before, when the text calls that group armed ("Red
Hand militants") and it is not the subject that acts on the enemy; beside two other groups, or a group the text does
not call armed, it is no one. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

FOUND = [
    ("Red Hand militants seized the port of Arica on Monday. Chilean troops attacked the enemy near the harbour.",
     ("armed forces of Chile", "attacks", "Red Hand")),
    ("Red Hand militants seized the port of Arica on Monday. Chilean forces defeated the enemy on Friday.",
     ("armed forces of Chile", "attacks", "Red Hand")),
    ("Tarn Front militants shelled the airport of Arica. Peruvian soldiers fired on the enemy from the hills.",
     ("armed forces of Peru", "attacks", "Tarn Front")),
    ("The terrorist group Red Hand seized the port of Arica on Monday. Chilean troops attacked the enemy near the "
     "harbour.", ("armed forces of Chile", "attacks", "Red Hand")),
]

NOT_FOUND = [
    ("Red Hand militants fought the Tarn Liberation Army near the port. Chilean troops attacked the enemy near the "
     "harbour.", ("armed forces of Chile", "attacks", "Red Hand")),
    ("The Red Hand seized the port of Arica on Monday. Chilean troops attacked the enemy near the harbour.",
     ("armed forces of Chile", "attacks", "Red Hand")),
]


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=[t for t, _ in FOUND])
def test_the_enemy_is_the_armed_group_named_before(text, expected):
    found = triples(extract(text))
    assert expected in found, found


@pytest.mark.parametrize(("text", "unexpected"), NOT_FOUND, ids=[t for t, _ in NOT_FOUND])
def test_the_enemy_of_one_of_two_sides_is_no_one(text, unexpected):
    assert unexpected not in triples(extract(text), asserted_only=False)
