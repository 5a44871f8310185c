"""A state, a government or an armed actor going to war with or against another is a fight; a minister or a party
"going to war with" a department or a rival speaks of a quarrel. The noun "war" has its own preposition ("go to war
with B", see patterns.py). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

FOUND = [
    ("Chile went to war against Peru and Bolivia in 1879.", ("Chile", "attacks", "Bolivia")),
    ("Britain went to war with Argentina in 1982.", ("United Kingdom", "attacks", "Argentina")),
]

NOT_FOUND = [
    ("The minister went to war with the Treasury over the budget.", "attacks"),
    ("Labour went to war with the Conservatives over tax.", "attacks"),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[s for s, _ in FOUND])
def test_going_to_war_is_a_fight(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found


@pytest.mark.parametrize(("sentence", "relation"), NOT_FOUND, ids=[s for s, _ in NOT_FOUND])
def test_a_quarrel_is_no_war(sentence, relation):
    assert not [r for r in extract(sentence) if r.relation == relation]


def test_a_war_not_gone_to_is_not_asserted():
    found = [r for r in extract("Chile would not go to war with Peru, the minister said.") if r.relation == "attacks"]
    assert found and not any(r.asserted for r in found)
