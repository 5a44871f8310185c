"""The people of a country as a whole (kg:PopulaceNoun with "of") stand for the country, as the country's word before
them does ("the Bolivian people"): "stands with the people of Bolivia" is Ecuador's cooperation with Bolivia. A town's
people are no actor. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

FOUND = [
    ("Ecuador stands with the people of Bolivia.", ("Ecuador", "cooperatesWith", "Bolivia")),
    ("Ecuador supports the people of Bolivia and Peru.", ("Ecuador", "supports", "Peru")),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[s for s, _ in FOUND])
def test_the_people_of_a_country_stand_for_it(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found


def test_the_people_of_a_town_are_no_actor():
    found = triples(extract("Ecuadorian troops shelled the people of Arica."), asserted_only=False)
    assert not any(obj in ("Arica", "Chile") for _, _, obj in found), found
