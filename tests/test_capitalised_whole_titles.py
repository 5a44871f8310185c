"""A capitalised title keeps the capitalised words written right before it that name no actor: "National Security
Adviser Jane Ruiz" holds the role "National Security Adviser", not "Adviser", and "National Security" is no
organisation; a name, a party's word, a holder's descriptor ("New") or a date before the title stays out of it.
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

ROLES = [
    ("Peru's National Security Adviser Jane Ruiz flew to Chile.", "Jane Ruiz", "National Security Adviser"),
    ("Chilean National Security Adviser Tom Rand met the press.", "Tom Rand", "National Security Adviser"),
    ("Peruvian Deputy Prime Minister Ana Soto met the press.", "Ana Soto", "Deputy Prime Minister"),
    ("Peru's Homeland Security Adviser Luis Vega spoke.", "Luis Vega", "Homeland Security Adviser"),
    ("Yesterday Chilean Trade Minister Ana Ruiz met the press.", "Ana Ruiz", "Trade Minister"),
    ("Tory MP Tom Lee met the press.", "Tom Lee", "MP"),
    ("New Home Secretary Ana Ruiz met the press.", "Ana Ruiz", "Home Secretary"),
    ("The Green Party won seats. Green MSP Tom Lee met the press.", "Tom Lee", "MSP"),
]


@pytest.mark.parametrize(("sentence", "person", "role"), ROLES, ids=[s for s, _, _ in ROLES])
def test_a_capitalised_title_is_read_whole(sentence, person, role):
    assert [r.role for r in extract(sentence) if r.subject.label == person and r.role] == [role]


def test_the_words_of_a_title_are_no_organisation():
    found = extract("Peru's National Security Adviser Jane Ruiz flew to Chile.")
    assert ("Jane Ruiz", "Peru") in {(r.subject.label, r.object.label) for r in found if r.relation == "memberOf"}
