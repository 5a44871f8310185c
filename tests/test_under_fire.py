"""Coming or being under fire, attack, siege or shelling from someone: from an armed actor it is an attack on the one
under fire, from a politician or a party (fire or attack) it is criticism, from anyone else nothing. The lexicon
writes the noun with its own preposition ("B come under fire from A"). Sentences and names of our own."""

from __future__ import annotations

import pytest

from graph_builder.patterns import parse_phrase
from tests.conftest import extract, triples

FOUND = [
    ("A Malian army convoy came under fire from jihadist fighters near Gao.", ("jihadist", "attacks", "army of Mali")),
    ("Chad came under attack from Libyan forces in 1986.", ("armed forces of Libya", "attacks", "Chad")),
    ("The Harbour Brigade was under attack by Chadian rebels for three days.",
     ("rebels of Chad", "attacks", "Harbour Brigade")),
    ("Arica has been under siege by Red Hand militants since May.", ("Red Hand", "attacks", "Arica")),
    ("Chilean troops came under heavy shelling from Red Hand militants.",
     ("Red Hand", "attacks", "armed forces of Chile")),
    ("Governor Tomas Reyes came under fire from Senator Ilse Varga over the school closures.",
     ("Ilse Varga", "criticizes", "Tomas Reyes")),
    ("The Harbour Party's plan came under fire from Senator Ilse Varga.",
     ("Ilse Varga", "criticizes", "Harbour Party")),
]

NOT_FOUND = [
    ("The Harbour Party's plan came under fire from the Velmish Army.", ("Velmish Army", "attacks", "Harbour Party")),
    ("Ofcom came under attack from the BBC over the licence fee.", ("BBC", "attacks", "Ofcom")),
    ("Ofcom came under attack from the BBC over the licence fee.", ("BBC", "criticizes", "Ofcom")),
    ("The minister is under siege from the Harbour Party.", ("Harbour Party", "attacks", "Minister")),
]


def test_a_noun_may_have_a_preposition_of_its_own():
    pattern = parse_phrase("B come under fire from A", relation="attacks", code="190", where="test")
    assert (pattern.head, pattern.noun_prep, pattern.noun, pattern.prep, pattern.converse) == (
        "come", "under", "fire", "from", True)


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[s for s, _ in FOUND])
def test_under_fire_from_an_actor(sentence, expected):
    found = triples(extract(sentence))
    assert any(s.endswith(expected[0]) or expected[0] in s for s, r, o in found
               if r == expected[1] and expected[2] in o), found


@pytest.mark.parametrize(("sentence", "unexpected"), NOT_FOUND, ids=[s for s, _ in NOT_FOUND])
def test_under_fire_from_others_is_nothing(sentence, unexpected):
    assert unexpected not in triples(extract(sentence), asserted_only=False)
