"""Nouns a modifier describes without standing for it: an organisation of a collective's kind ("refugee agencies"),
an event placed in a country ("the Peru crisis"), a party's supporters and voters ("Labour supporters"), people of
a nationality ("two Peruvian students", "the Chilean pair"). Troops, officials, MPs and attacks still act for their
modifier."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

NOT_FOUND = [
    # a collective noun that only describes an organisation noun is not the collective
    ("Aid charities for refugees aside, refugee agencies condemned the Harbour Party plans.",
     ("refugees", "criticizes", "Harbour Party")),
    ("Police federations attacked Mr Tomas Brenner's levy.", ("police", "attacks", "Tomas Brenner")),
    # a country before a noun of an event or a question places it: it is not the actor
    ("The Peru crisis had undermined Senator Ilse Varga.", ("Peru", "reducesRelationsWith", "Ilse Varga")),
    ("The Chile election undermined Mr Tomas Brenner.", ("Chile", "reducesRelationsWith", "Tomas Brenner")),
    ("The Bolivian conflict undermined Mr Tomas Brenner.", ("Bolivia", "reducesRelationsWith", "Tomas Brenner")),
    ("The Chile war has undermined Mr Tomas Brenner.", ("Chile", "reducesRelationsWith", "Tomas Brenner")),
    # a party's supporters, voters and sympathisers are not the party
    ("Senator Ilse Varga urged Labour supporters to back the levy.", ("Ilse Varga", "appealsTo", "Labour Party")),
    ("Mr Tomas Brenner praised Tory voters in the north.",
     ("Tomas Brenner", "praises", "Conservative Party")),
    ("Senator Ilse Varga thanked Lib Dem sympathisers for their help.",
     ("Ilse Varga", "praises", "Liberal Democrats")),
    # people of a nationality are not its country
    ("Mr Tomas Brenner met two Peruvian students at the airport.", ("Tomas Brenner", "meets", "Peru")),
    ("Senator Ilse Varga praised the Bolivian hostages freed on Monday.",
     ("Ilse Varga", "praises", "Bolivia")),
    ("Chilean tourists criticised Senator Ilse Varga.", ("Chile", "criticizes", "Ilse Varga")),
    # a pair or a few people of a nationality are not its country
    ("The Peruvian duo criticised Chile after the race.", ("Peru", "criticizes", "Chile")),
    ("The Bolivian pair praised Peru after the final.", ("Bolivia", "praises", "Peru")),
    ("The Bolivian trio sued Peru.", ("Bolivia", "criticizes", "Peru")),
    # people in private business act for themselves, not for their country
    ("Peru has asked a Chilean banker to run its central bank.", ("Peru", "appealsTo", "Chile")),
    ("Chile praised a Bolivian tycoon for his gifts.", ("Chile", "praises", "Bolivia")),
    ("Peru has asked two Chilean bankers to run its central bank.", ("Peru", "appealsTo", "Chile")),
]

FOUND = [
    # an attack, troops, officials, police and a party's MPs still act for their modifier
    ("Peruvian strikes hit Arica overnight.", ("Peru", "attacks", "Arica")),
    ("Chilean troops attacked the rebels near Arica.", ("armed forces of Chile", "attacks", "rebels")),
    ("Chilean officials criticised Senator Ilse Varga.", ("Chile", "criticizes", "Ilse Varga")),
    ("Chilean police criticised Senator Ilse Varga.", ("police of Chile", "criticizes", "Ilse Varga")),
    ("Labour MPs criticised Senator Ilse Varga.", ("Labour Party", "criticizes", "Ilse Varga")),
    ("Tory MEPs praised Mr Tomas Brenner.", ("Conservative Party", "praises", "Tomas Brenner")),
    # a country that owns the event is its actor; rebels' groups are rebels
    ("Chile's war had undermined Mr Tomas Brenner.", ("Chile", "reducesRelationsWith", "Tomas Brenner")),
    ("Rebel groups attacked the town of Arica.", ("rebels", "attacks", "Arica")),
    # a nation's people as a whole are the country; a campaign is what the collective does
    ("Senator Ilse Varga thanked the Chilean people for their support.", ("Ilse Varga", "praises", "Chile")),
    ("Chile backed the coalition campaign against the Red Hand rebels.", ("Chile", "supports", "coalition")),
]


@pytest.mark.parametrize(("sentence", "unexpected"), NOT_FOUND, ids=[s for s, _ in NOT_FOUND])
def test_the_modifier_is_not_the_actor(sentence, unexpected):
    assert unexpected not in triples(extract(sentence), asserted_only=False)


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[s for s, _ in FOUND])
def test_the_modifier_still_acts(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found
