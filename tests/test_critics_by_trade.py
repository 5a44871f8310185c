"""A critic of a field of the arts ("film critic", "music critic": senses.yaml's "craft") is a reviewer by trade:
"the Kelso Herald's film critic Tom Barrow", "Ann Vale, music critic of the Kelso Herald" name who employs the
critic, no one the critic disapproves of (11_disapprove.yaml; nominal._described reads the noun's modifiers). A
critic with no such field ("a fierce critic of", "the party's fiercest critic") still criticizes.

Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

BY_TRADE = [  # (text, the outlet that must not be criticised)
    ("The Kelso Herald's film critic Tom Barrow felt that there might be a sweep of awards for Harbour Nights.",
     ("Tom Barrow", "criticizes", "Kelso Herald")),
    ("Ann Vale, music critic of the Kelso Herald, said the album was weak.",
     ("Ann Vale", "criticizes", "Kelso Herald")),
]

KEPT = [  # (text, a criticism)
    ("Senator Maria Costa, a fierce critic of Governor Paul Reyes, spoke first.",
     ("Maria Costa", "criticizes", "Paul Reyes")),
    ("The Labour Party's fiercest critic Tom Barrow said the plan would fail.",
     ("Tom Barrow", "criticizes", "Labour Party")),
]


@pytest.mark.parametrize(("text", "wrong"), BY_TRADE)
def test_a_critic_of_a_field_of_the_arts_criticises_no_employer(text, wrong):
    assert wrong not in triples(extract(text, date="2026-01-05"), asserted_only=False)


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_a_critic_of_an_actor_criticises_it(text, kept):
    assert kept in triples(extract(text, date="2026-01-05"), asserted_only=False)
