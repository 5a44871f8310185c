"""People the news meets by a case against them, their plight or their fortune ("a Chilean suspect", "Bolivian
pensioners", "a Peruvian victim") act for themselves: the country their nationality names is not the actor. A
diplomat or officials of a country still act for it."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

NOT_FOUND = [
    ("A Chilean suspect held in Arica plans to sue Peru.", ("Chile", "criticizes", "Peru")),
    ("A Chilean terror suspect criticised Senator Ilse Varga.", ("Chile", "criticizes", "Ilse Varga")),
    ("Two Bolivian pensioners criticised Senator Ilse Varga.", ("Bolivia", "criticizes", "Ilse Varga")),
    ("A Peruvian defendant accused Mr Tomas Brenner of lying.", ("Peru", "accuses", "Tomas Brenner")),
    ("Bolivian migrants praised Senator Ilse Varga.", ("Bolivia", "praises", "Ilse Varga")),
]

FOUND = [
    ("A Chilean diplomat criticised Senator Ilse Varga.", ("Chile", "criticizes", "Ilse Varga")),
    ("Bolivian officials praised Senator Ilse Varga.", ("Bolivia", "praises", "Ilse Varga")),
]


@pytest.mark.parametrize(("sentence", "unexpected"), NOT_FOUND, ids=[s for s, _ in NOT_FOUND])
def test_the_nationality_is_not_the_actor(sentence, unexpected):
    assert unexpected not in triples(extract(sentence), asserted_only=False)


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[s for s, _ in FOUND])
def test_officials_still_act_for_their_country(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found
