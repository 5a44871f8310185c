"""Military reports: support "from" A given to the subject of the clause it backs ("took the port with air support
from A", "aided by strong support from A"); the backers, allies or critics a relational noun lists ("the rebels'
backers, including A", "the army and its allies, notably A"); a group's defences against an army; munitions
delivered against an actor and bombardment inflicted on it. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

FOUND = [
    ("The Velorian army freed Marsk from the Red Hand Brigade with heavy air support from Korvania.",
     ("Korvania", "supports", "army of Velorian")),
    ("The Velorian army drove the Red Hand Brigade out of Marsk, aided by strong support from Korvania.",
     ("Korvania", "supports", "army of Velorian")),
    ("Senator Ilse Varga carried the vote on the ferry levy with support from the Harbour Party.",
     ("Harbour Party", "supports", "Ilse Varga")),
    ("The Red Hand Brigade's backers, including Korvania and the Tarsi League, ignored the truce.",
     ("Tarsi League", "supports", "Red Hand Brigade")),
    ("Overnight the coalition delivered 40 munitions against Red Hand Brigade positions near Marsk.",
     ("coalition", "attacks", "Red Hand Brigade")),
    ("The Velorian army and its allies, including the Tarsi League, held the ridge above Marsk.",
     ("Tarsi League", "cooperatesWith", "army of Velorian")),
    ("Governor Tomas Reyes and his critics, notably the Harbour Party, met on Monday.",
     ("Harbour Party", "criticizes", "Tomas Reyes")),
    # a group's defences against an army are its side of the fight, fighters named or not
    ("The Tarsi Order's defences against the Velorian army held for a week.",
     ("Tarsi Order", "attacks", "army of Velorian")),
    ("The Velorian army is inflicting heavy bombardment on Marsk.", ("army of Velorian", "attacks", "Marsk")),
]

NOT_FOUND = [
    # "from" under help that no clause subject receives: a list of donors, not a backer of anyone named
    ("The Tarsi League thanked the harbour staff for the support from Korvania.",
     ("Korvania", "supports", "Tarsi League")),
    # a person's defence against claims is an argument, no fight
    ("Senator Ilse Varga's defence against the Velorian army's claims was weak.",
     ("Ilse Varga", "attacks", "army of Velorian")),
    # the instances an appositive lists belong to the relational noun they stand beside, not to another noun
    ("The Red Hand Brigade's leaders, notably Korvania's envoy Tomas Reyes, ignored the truce.",
     ("Tomas Reyes", "supports", "Red Hand Brigade")),
    # munitions carried to an army are a delivery, not an attack on it
    ("The Korvanian navy delivered the munitions to the Velorian army at dawn.",
     ("navy of Korvania", "attacks", "army of Velorian")),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[s for s, _ in FOUND])
def test_military_relation_found(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found


@pytest.mark.parametrize(("sentence", "unexpected"), NOT_FOUND, ids=[s for s, _ in NOT_FOUND])
def test_no_military_relation_invented(sentence, unexpected):
    assert unexpected not in triples(extract(sentence), asserted_only=False)
