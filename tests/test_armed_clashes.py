"""Armed actors clashing or doing battle with armed actors or states fight them (attacks); a clash between parties,
bodies or states over a policy stays a quarrel, and police clashing with protesters is no fight between two armed
sides. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

FOUND = [
    ("Chilean troops clashed with Red Hand militants near Arica.", ("armed forces of Chile", "attacks", "Red Hand")),
    ("Clashes between Chilean troops and Red Hand militants killed six.",
     ("Red Hand", "attacks", "armed forces of Chile")),
    ("Chilean troops clashed with Peruvian troops at the border.",
     ("armed forces of Chile", "attacks", "armed forces of Peru")),
]

NOT_FOUND = [
    ("Police clashed with protesters in Arica.", "attacks"),
    ("The Harbour Party clashed with the Farmers Union over the levy.", "attacks"),
    ("Chile clashed with Peru over fishing rights.", "attacks"),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[s for s, _ in FOUND])
def test_armed_sides_that_clash_fight(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found


@pytest.mark.parametrize(("sentence", "relation"), NOT_FOUND, ids=[s for s, _ in NOT_FOUND])
def test_a_quarrel_is_no_fight(sentence, relation):
    assert not [r for r in extract(sentence) if r.relation == relation]
