"""Fighters named by a people's word ("Kurdish fighters", "Sunni fighters") are an actor of their own, the node
"<people> fighters" (kg:ownedByPeople on col:Fighters), as "Sunni militants" are; a named group's fighters are the
group, a people's members name no one. An adjective capitalised only because it opens the sentence is no word of
the group's name ("Local Arab fighters" are Arab fighters). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Kurdish fighters attacked the Red Hand Brigade near Kordan.",
     ("Kurdish fighters", "attacks", "Red Hand Brigade")),
    ("Sunni fighters shelled the Red Hand Brigade in Kordan on Monday.",
     ("Sunni fighters", "attacks", "Red Hand Brigade")),
    ("Local Arab fighters attacked the Red Hand Brigade near Kordan.",
     ("Arab fighters", "attacks", "Red Hand Brigade")),
])
def test_a_peoples_fighters_are_an_actor(text, expected):
    records = triples(extract(text, date="2026-01-05"))
    assert expected in records, records


def test_a_named_groups_fighters_are_the_group():
    records = triples(extract("Red Hand fighters attacked the Kordan Liberation Front on Monday.", date="2026-01-05"))
    assert ("Red Hand", "attacks", "Kordan Liberation Front") in records, records


def test_a_peoples_members_are_no_actor():
    records = triples(extract("Muslim members of the council criticised the Kordan Liberation Front.",
                              date="2026-01-05"))
    assert not any(r[0].startswith("Muslim") for r in records), records


def test_an_opening_adjective_stays_in_a_groups_name():
    records = triples(extract("Free Kordan Army fighters attacked the Red Hand Brigade.", date="2026-01-05"))
    assert ("Free Kordan Army", "attacks", "Red Hand Brigade") in records, records


@pytest.mark.parametrize(("text", "expected"), [
    ("Druze militias attacked the Red Hand Brigade near the border.",
     {("Druze militias", "attacks", "Red Hand Brigade")}),
    ("Estonia praised Sunni and Yazidi fighters for their courage.",
     {("Estonia", "praises", "Sunni fighters"), ("Estonia", "praises", "Yazidi fighters")}),
])
def test_peoples_coordinated_or_of_a_faith_label_their_fighters(text, expected):
    records = set(triples(extract(text, date="2026-01-05")))
    assert expected <= records, records
