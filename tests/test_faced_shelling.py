"""Shelling, bombing or airstrikes that B faces, endures or suffers from or by A are A's force used on B, as coming
under fire from A is ("B face shelling from A", 19_fight.yaml); a bombardment of questions is no shelling. Sentences
and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

FOUND = [
    ("Somali civilians faced heavy shelling from the Red Hand Brigade.",
     ("Red Hand Brigade", "attacks", "civilians of Somalia")),
    ("Civilians in Arica endured airstrikes by Peruvian jets.", ("Peru", "attacks", "civilians")),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[s for s, _ in FOUND])
def test_shelling_faced_from_an_actor_is_its_attack(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found


def test_a_bombardment_of_questions_is_no_attack():
    found = triples(extract("Senator Ana Ruiz faced a bombardment of questions from Peruvian MPs."),
                    asserted_only=False)
    assert not any(relation == "attacks" for _, relation, _ in found), found
