"""Liberating or freeing a town or a region is taking it back by force (occupies, CAMEO 192, as retaking it is), also
as the noun ("A's liberation of B"); fighting or battling to do so is the fight itself, under way as an effort is
(kg:EffortVerb), while fighting to meet someone stays an aim. Freeing a person releases them; a country set free
is no place taken. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import FIGHTS, asserted_triples

# (sentence, triple, asserted?)
CASES = [
    ("Kenyan troops liberated the town of Kismayo in May.", ("armed forces of Kenya", "occupies", "Kismayo"), True),
    ("Kenya's liberation of Kismayo took a week.", ("Kenya", "occupies", "Kismayo"), True),
    ("The Somalis fought to liberate Kismayo.", ("Somalis", "occupies", "Kismayo"), True),
    ("Kenyan troops battled to retake Kismayo from the Red Hand Brigade.",
     ("armed forces of Kenya", "attacks", "Red Hand Brigade"), True),
    ("Kenya fought to meet Somalia's president.", ("Kenya", "meets", "President of Somalia"), False),
    ("Iran freed Anna Kask after a month.", ("Iran", "yieldsTo", "Anna Kask"), True),
]


@pytest.mark.parametrize(("sentence", "triple", "asserted"), CASES, ids=[f"{s} {t}" for s, t, _ in CASES])
def test_liberating_a_town_takes_it(sentence, triple, asserted):
    found = asserted_triples(sentence)
    assert found.get(triple) is asserted, found


@pytest.mark.parametrize("sentence", [
    "Velcorp freed Arica from its debts.",
    "The government freed Eastport from the curfew.",
])
def test_freeing_a_town_from_a_burden_is_no_attack(sentence):
    """Guards: freeing a town from a burden is no liberating by force."""
    assert not [t for t in asserted_triples(sentence) if t[1] in FIGHTS]


def test_a_country_set_free_is_no_place_taken():
    """A guard (passes on main too)."""
    assert not [t for t in asserted_triples("The Allies liberated France in 1944.") if t[1] in FIGHTS]
