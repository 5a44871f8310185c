"""Who examines an event (kg:ExaminingVerb: "investigate", "probe", "look into") did not do it: "police investigated
the murder of X" murders no one, while the event's own doer ("the shelling of Arica by Peruvian troops") still acts.
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

NOT_DONE = [
    ("Chilean police investigated the murder of Ana Ruiz.", "Ana Ruiz"),
    ("The Lima Bureau probed the bombing of the Chilean embassy.", "Chile"),
]


@pytest.mark.parametrize(("sentence", "victim"), NOT_DONE, ids=[s for s, _ in NOT_DONE])
def test_the_examiner_did_not_do_the_deed(sentence, victim):
    found = triples(extract(sentence), asserted_only=False)
    harmed = [obj for _, relation, obj in found if relation in ("attacks", "assaults", "massacres")]
    assert victim not in harmed, found


def test_the_deed_keeps_its_own_doer():
    found = triples(extract("The commission will look into the shelling of Arica by Peruvian troops."))
    assert ("armed forces of Peru", "attacks", "Arica") in found, found
