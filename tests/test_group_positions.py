"""A group's positions, bases or strongholds (kg:PositionNoun) stand for the group when they are attacked, also where
the model reads the collective noun before them as an adjective ("militant strongholds"); mercenaries are an actor
of their own (col:Mercenaries), not their country. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

POSITIONS = [
    ("Chilean troops, backed by Zorvan mercenaries, attacked rebel positions near Arica.",
     ("armed forces of Chile", "attacks", "rebels")),
    ("Peruvian soldiers shelled militant strongholds in the north.", ("armed forces of Peru", "attacks", "militants")),
    ("Chilean troops shelled militant positions.", ("armed forces of Chile", "attacks", "militants")),
]


@pytest.mark.parametrize(("sentence", "triple"), POSITIONS, ids=[s for s, _ in POSITIONS])
def test_a_groups_positions_are_the_group_attacked(sentence, triple):
    assert triple in triples(extract(sentence))


MERCENARIES = [
    ("Chilean troops, backed by Peruvian mercenaries, attacked the rebels.",
     ("mercenaries of Peru", "supports", "armed forces of Chile")),
    ("Chilean troops, backed by mercenaries, attacked the rebels.",
     ("mercenaries", "supports", "armed forces of Chile")),
]


@pytest.mark.parametrize(("sentence", "triple"), MERCENARIES, ids=[s for s, _ in MERCENARIES])
def test_mercenaries_back_the_troops(sentence, triple):
    assert triple in triples(extract(sentence))


def test_peruvian_mercenaries_are_not_peru():
    assert not [r for r in extract("Chilean troops, backed by Peruvian mercenaries, attacked the rebels.")
                if r.subject.label == "Peru"]
