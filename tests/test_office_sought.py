"""An office that a candidate seeks ("the Labour candidate for mayor of Eastport, X") is not held: it gives no role,
and the seeker's own title still does ("Labour candidate": a member of Labour). Names and places of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

SOUGHT = [
    ("The Labour candidate for mayor of Brindlemoor, Anika Dorsey, attacked the council.",
     {("Anika Dorsey", "Labour Party", "candidate")}),
    ("The Labour candidate for mayor of Brindlemoor, Anika Dorsey, said the budget had failed.",
     {("Anika Dorsey", "Labour Party", "candidate")}),
    ("Anika Dorsey, the Labour candidate for mayor of Brindlemoor, attacked the council.",
     {("Anika Dorsey", "Labour Party", "candidate")}),
]

HELD = [
    ("The mayor of Brindlemoor, Ben Otway, attacked the council.", {("Ben Otway", "Brindlemoor", "mayor")}),
    ("Ben Otway, the Labour mayor of Brindlemoor, attacked the council.", {("Ben Otway", "Labour Party", "mayor")}),
    ("The Labour candidate for Eastport, Tom Reed, attacked the council.",
     {("Tom Reed", "Labour Party", "candidate")}),
]


def roles(sentence: str) -> set[tuple[str, str, str]]:
    return {(r.subject.label, r.object.label, r.role) for r in extract(sentence)
            if r.relation in ("memberOf", "leaderOf")}


@pytest.mark.parametrize(("sentence", "expected"), SOUGHT, ids=[s for s, _ in SOUGHT])
def test_an_office_sought_is_no_role_the_seekers_party_is(sentence, expected):
    assert roles(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), HELD, ids=[s for s, _ in HELD])
def test_an_office_held_or_a_constituency_keeps_its_role(sentence, expected):
    assert roles(sentence) == expected
