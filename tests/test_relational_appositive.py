"""A country named beside a noun of one related to its owner ("our ally Ostria", "its partner Ostria") is the
actor, as a person or organisation named beside any noun is. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Korvia's neighbour Ostria condemned the Tarn Front on Monday.", ("Ostria", "criticizes", "Tarn Front")),
    ("Its partner Ostria has signed a trade deal with Brask.", ("Ostria", "cooperatesWith", "Brask")),
    ("The Tarn Front attacked our ally Ostria.", ("Tarn Front", "attacks", "Ostria")),
])
def test_a_country_beside_a_relational_noun_is_the_actor(sentence, expected):
    assert expected in triples(extract(sentence))


def test_a_country_beside_a_noun_of_a_place_is_no_actor():
    assert not extract("Ilse Varga visited the capital, Ostria.")
