"""A light verb's noun that a relative clause describes is the clause's object: "the raids that X launched against
Y" is "X launch raid against Y", "the sanctions which X imposed on Y" is "X impose sanction on Y", with or without
"that" or "which". A noun that is the clause's subject ("the men who gave Y aid") or a clause with an object of its
own is not read so. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

FOUND = [
    ("The raids that the Red Hand Brigade launched against Chilean troops failed.",
     ("Red Hand Brigade", "attacks", "armed forces of Chile")),
    ("The report lists the atrocities the Red Hand Brigade perpetrated against Peruvian civilians.",
     ("Red Hand Brigade", "massacres", "civilians of Peru")),
    ("The sanctions which Ecuador imposed on Bolivia were lifted in May.", ("Ecuador", "sanctions", "Bolivia")),
    ("The talks that Ecuador held with Bolivia ended without a deal.", ("Ecuador", "meets", "Bolivia")),
]

NOT_FOUND = [
    ("The raids that worried Ecuador were launched from Bolivia.", ("Ecuador", "attacks", "Bolivia")),
    ("The envoy who gave Bolivia the aid met Ecuador's president.", ("Ecuador", "supports", "Bolivia")),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[s for s, _ in FOUND])
def test_the_noun_a_relative_clause_describes_is_its_object(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found


@pytest.mark.parametrize(("sentence", "unexpected"), NOT_FOUND, ids=[s for s, _ in NOT_FOUND])
def test_a_noun_that_is_no_object_of_the_clause_is_not_read(sentence, unexpected):
    assert unexpected not in triples(extract(sentence), asserted_only=False)
