"""Suffering at the hands of an armed actor is force used on the sufferer ("B suffer at hand of A", converse,
senses_attack.yaml): "Malian troops suffered heavy losses at the hands of jihadist fighters" is an attack by the
fighters on Mali's forces. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CASES = [
    ("Malian troops suffered at the hands of jihadist fighters near Gao.",
     ("jihadist", "attacks", "armed forces of Mali")),
    ("Chadian soldiers suffered heavy losses at the hands of the Red Hand Brigade.",
     ("Red Hand Brigade", "attacks", "armed forces of Chad")),
    # people who are no force undergo violence (assaults, 18_assault.yaml), no fight
    ("Kurdish civilians suffered at the hands of the militia.", ("militias", "assaults", "Kurdish civilians")),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s for s, _ in CASES])
def test_suffering_at_the_hands_of_an_armed_actor_is_an_attack(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found
