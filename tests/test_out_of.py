"""A lone particle "out" that the parser read as the first word of "out of" after the object ("drove the rebels out of
the town") is the particle of "A drive out B", in the active and the passive. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

FOUND = [
    ("Chilean forces drove Red Hand militants out of Arica.", ("armed forces of Chile", "attacks", "Red Hand")),
    ("Red Hand militants were driven out of Arica by Chilean troops.",
     ("armed forces of Chile", "attacks", "Red Hand")),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[s for s, _ in FOUND])
def test_out_of_after_the_object_is_the_particle(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found


def test_a_place_one_is_driven_out_of_is_no_target():
    assert not [r for r in extract("Chilean forces drove Red Hand militants out of Arica.")
                if r.object.label == "Arica" and r.relation == "attacks"]
