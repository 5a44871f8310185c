"""A name joined with "and" right after the one place or actor an event noun names, which the parser made a conjunct
of the noun itself ("acts of terror in Chile and the Middle East"), is a second target. Sentences and names of our
own."""

from __future__ import annotations

from tests.conftest import extract, triples


def test_second_place_of_acts_of_terror():
    found = triples(extract("The Red Spear militia, whose acts of terror in Chile and the Middle East have shocked "
                            "the world, must be stopped."))
    assert ("militias of Red Spear", "attacks", "Middle East") in found, found
    assert ("militias of Red Spear", "attacks", "Chile") in found, found
