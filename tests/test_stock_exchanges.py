"""A stock exchange named by its city or country ("the Madrid exchange", "the Spanish stock exchange") is a business
of its own, no act of the country (senses.yaml business nouns); the country's government still is the country's.
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

EXCHANGES = ("The Madrid exchange rejected Velcorp's offer in March.",
             "Velcorp's offer was turned down by the Madrid exchange for undervaluing the business.",
             "The Spanish stock exchange criticised Velcorp.")


@pytest.mark.parametrize("sentence", EXCHANGES)
def test_an_exchange_is_no_act_of_its_country(sentence):
    found = triples(extract(sentence))
    assert not [t for t in found if t[0] == "Spain"], found


def test_the_government_is_still_the_countrys():
    assert ("government of Spain", "criticizes", "Velcorp") in triples(extract("The Spanish government criticised "
                                                                              "Velcorp."))
