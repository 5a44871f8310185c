"""Force named by the use of weapons against an actor: "A's use of chemical weapons against B", "the use of car bombs
by A against B", "A was involved in the use of IEDs against B"; never the use of sanctions or a veto. Defences of a
state or armed group against an armed group are its side of a fight. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

FOUND = [
    ("The Red Hand Brigade's use of chemical weapons against the Velorian army shocked Kandor.",
     ("Red Hand Brigade", "attacks", "army of Velorian")),
    ("The use of car bombs by the Red Hand Brigade against civilians shocked Kandor.",
     ("Red Hand Brigade", "attacks", "civilians")),
    ("The Red Hand Brigade was involved in the use of car bombs, rockets and nerve gas against the Velorian "
     "army.", ("Red Hand Brigade", "attacks", "army of Velorian")),
    # the passive of participation makes its subject take part in any event noun
    ("Kandor was involved in talks with Norland.", ("Kandor", "meets", "Norland")),
    ("The Red Hand Brigade's defences against the Velorian army collapsed near the river.",
     ("Red Hand Brigade", "attacks", "army of Velorian")),
]

NOT_FOUND = [
    ("Norway's use of sanctions against Russia was criticised.", ("Norway", "attacks", "Russia")),
    ("The use of the veto against the resolution by Russia angered Norway.", ("Russia", "attacks", "Norway")),
    # a passive that is no participation keeps its subject the patient
    ("Kandor was caught in the use of chemical weapons against Velor.", ("Kandor", "attacks", "Velor")),
    # defences against a state, a party or attacks of words are no fight
    ("Britain's defences against Russian cyber attacks are weak.", ("United Kingdom", "attacks", "Russia")),
    ("Norway's defences against Russia held.", ("Norway", "attacks", "Russia")),
    ("Labour's defence against Tory attacks was weak.", ("Labour Party", "attacks", "Conservative Party")),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[s for s, _ in FOUND])
def test_the_use_of_weapons_against_an_actor_is_force(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found


@pytest.mark.parametrize(("sentence", "unexpected"), NOT_FOUND, ids=[s for s, _ in NOT_FOUND])
def test_no_force_without_weapons(sentence, unexpected):
    assert unexpected not in triples(extract(sentence), asserted_only=False)
