"""Who talks about an event (kg:DiscussingVerb: "discuss", "debate", "talk over") is not its actor: "X discussed the
invasion of Norland with Y" invades nothing, though X still meets Y; the event's own doer named with "by" still
acts. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "target"), [
    ("Olaf Tamsin discussed the invasion of Norland with Piet Varga.", "Norland"),
    ("The Eastport council debated the bombing of Westhaven at length.", "Westhaven"),
    ("Olaf Tamsin talked over the raid on Westhaven with his aides.", "Westhaven"),
])
def test_the_one_who_talks_about_an_attack_does_not_attack(text, target):
    found = triples(extract(text), asserted_only=False)
    assert not [(s, o) for s, relation, o in found if relation == "attacks" and o == target], found


def test_the_talk_is_still_a_meeting_and_the_named_doer_still_acts():
    found = triples(extract("Olaf Tamsin discussed the invasion of Norland by Belgian troops with Piet Varga."))
    assert ("Olaf Tamsin", "meets", "Piet Varga") in found
    assert ("armed forces of Belgium", "attacks", "Norland") in found
    assert ("Olaf Tamsin", "attacks", "Norland") not in found
