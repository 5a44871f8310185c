"""A lone particle the parser made an adverb ("pushed back the rebels", with "back" an advmod) is the particle of a
phrasal pattern ("A push back B"), as when the parser makes it a particle; with no object, or an object that is no
actor, it gives nothing. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

FOUND = [
    ("Chilean forces pushed back Red Hand militants.", ("armed forces of Chile", "attacks", "Red Hand")),
    ("Chilean forces pushed Red Hand militants back.", ("armed forces of Chile", "attacks", "Red Hand")),
]

NOT_FOUND = [
    ("The minister pushed back the vote to May.", "attacks"),
    ("Peru pushed back against Chile's claims.", "attacks"),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[s for s, _ in FOUND])
def test_an_adverb_particle_reads_as_the_particle(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found


@pytest.mark.parametrize(("sentence", "relation"), NOT_FOUND, ids=[s for s, _ in NOT_FOUND])
def test_no_actor_object_no_record(sentence, relation):
    assert not [r for r in extract(sentence) if r.relation == relation]
