"""Being appalled, horrified, outraged or disgusted by an act is disapproval of whoever did it ("B appal A": the act
appals the one who disapproves; its doer, the owner or "by" of the act's noun, is the target). An act with no doer
named gives no target. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

FOUND = [
    ("Chile was appalled by Peru's attack on Bolivia.", ("Chile", "criticizes", "Peru")),
    ("Peru's attack on Bolivia appalled Chile.", ("Chile", "criticizes", "Peru")),
    ("The Harbour Party said it was appalled by the Velmish Army's attack on the port of Arica.",
     ("Harbour Party", "criticizes", "Velmish Army")),
    ("Senator Ilse Varga was horrified by the Red Hand's murder of three soldiers.",
     ("Ilse Varga", "criticizes", "Red Hand")),
    ("Chile is outraged by the shelling of Arica by Peru's army.", ("Chile", "criticizes", "army of Peru")),
]

NOT_FOUND = [
    ("Chile was appalled by the attack on Bolivia.", ("Chile", "criticizes", "Bolivia")),
    ("Senator Ilse Varga told the radio she was horrified by the killing of Ann Hale.",
     ("Ilse Varga", "criticizes", "Ann Hale")),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[s for s, _ in FOUND])
def test_appalled_by_an_act_disapproves_of_its_doer(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found


@pytest.mark.parametrize(("sentence", "unexpected"), NOT_FOUND, ids=[s for s, _ in NOT_FOUND])
def test_an_act_with_no_doer_gives_no_target(sentence, unexpected):
    assert unexpected not in triples(extract(sentence), asserted_only=False)
