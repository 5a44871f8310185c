"""An armed actor locked or engaged in fighting with an armed actor fights it (attacks, CAMEO 190), as its clash
or battle with it does; parties, unions and police in "fighting" with others fight no war. Sentences and names of
our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

FIGHTING = [
    "Chilean troops were locked in heavy fighting with the Red Hand Brigade near Arica.",
    "Chilean troops have been engaged in fierce fighting with the Red Hand Brigade since May.",
]

NO_WAR = [
    "The Harbour Party was locked in fighting with the Farmers Union over the levy.",
    "Police were engaged in running fighting with protesters in Arica.",
]


@pytest.mark.parametrize("sentence", FIGHTING)
def test_troops_in_fighting_with_an_armed_group_fight_it(sentence):
    found = triples(extract(sentence))
    assert ("armed forces of Chile", "attacks", "Red Hand Brigade") in found, found


@pytest.mark.parametrize("sentence", NO_WAR)
def test_fighting_between_parties_or_with_protesters_is_no_war(sentence):
    assert not [r for r in extract(sentence) if r.relation == "attacks"]
