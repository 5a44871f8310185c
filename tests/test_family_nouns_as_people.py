"""Every noun of a family tie (the actor class relative of senses.yaml, listed there only) and "family" itself are
people nouns: the people so named act for themselves, so the one who owns the noun ("Arvo Pellik's spouse", "his
family") does nothing the sentence says of them."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

OWNER_ACTS_NOT = [
    ("Arvo Pellik's spouse praised Caldera.", ("Arvo Pellik", "praises", "Caldera")),
    ("Arvo Pellik's grandchild thanked Caldera.", ("Arvo Pellik", "praises", "Caldera")),
    ("Senator Ilse Varga's son-in-law criticised Norland.", ("Ilse Varga", "criticizes", "Norland")),
    ("Senator Ilse Varga's relatives criticised Norland.", ("Ilse Varga", "criticizes", "Norland")),
    ("Senator Ilse Varga's family criticised Norland.", ("Ilse Varga", "criticizes", "Norland")),
]


@pytest.mark.parametrize(("sentence", "unexpected"), OWNER_ACTS_NOT, ids=[s[:40] for s, _ in OWNER_ACTS_NOT])
def test_the_owner_of_a_family_noun_does_not_act(sentence, unexpected):
    assert unexpected not in triples(extract(sentence), asserted_only=False)


def test_the_owner_acts_when_named_as_the_subject():
    assert ("Arvo Pellik", "praises", "Caldera") in triples(extract("Arvo Pellik praised Caldera."))
