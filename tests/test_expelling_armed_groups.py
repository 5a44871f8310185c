"""A state, government or armed actor expelling an armed actor from a town drives it out by force (attacks, CAMEO
190), and the town is no body the group was a member of; expelling a diplomat or a party member stays CAMEO 166
(reducesRelationsWith). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

DRIVEN_OUT = [
    ("Chilean troops expelled the Red Hand Brigade from Arica.",
     ("armed forces of Chile", "attacks", "Red Hand Brigade")),
    ("The Red Hand Brigade was expelled from Arica by Chilean troops.",
     ("armed forces of Chile", "attacks", "Red Hand Brigade")),
    ("Chile's expulsion of the Red Hand Brigade from Arica took a week.", ("Chile", "attacks", "Red Hand Brigade")),
]

EXPELLED = [
    ("Chile expelled two Peruvian diplomats.", ("Chile", "reducesRelationsWith", "Peru")),
    ("Labour expelled Ana Ruiz in May.", ("Labour Party", "reducesRelationsWith", "Ana Ruiz")),
]


@pytest.mark.parametrize(("sentence", "expected"), DRIVEN_OUT, ids=[s for s, _ in DRIVEN_OUT])
def test_expelling_an_armed_group_is_driving_it_out(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found and not [t for t in found if t[1] == "reducesRelationsWith"], found


@pytest.mark.parametrize(("sentence", "expected"), EXPELLED, ids=[s for s, _ in EXPELLED])
def test_expelling_a_diplomat_or_a_member_reduces_relations(sentence, expected):
    assert expected in triples(extract(sentence))


def test_a_group_expelled_from_a_town_was_no_member_of_it():
    found = extract("The Red Hand Brigade was expelled from Arica by Chilean troops.")
    assert not [r for r in found if r.relation == "memberOf"], found
