"""An accusation or allegation whose "that" clause says what someone did accuses that clause's active subject
("A's accusation that B had lied": A accuses B); a passive clause's subject is what was done and is not accused.
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ilse Varga's accusation that the Harbour Council had lied angered its members.",
     ("Ilse Varga", "accuses", "Harbour Council")),
    ("The Harbour Council repeated its allegation that Tomas Reyes had misled the ferry workers.",
     ("Harbour Council", "accuses", "Tomas Reyes")),
])
def test_the_subject_of_an_accusations_clause_is_accused(sentence, expected):
    assert expected in triples(extract(sentence))


@pytest.mark.parametrize("sentence", [
    "The Greens' allegation that Tomas Reyes was bribed by a builder surprised nobody.",
    "Ilse Varga's claim that the Harbour Council had lied angered its members.",
])
def test_a_passive_clause_or_a_mere_claim_accuses_nobody(sentence):
    assert not [r for r in extract(sentence) if r.relation == "accuses"]
