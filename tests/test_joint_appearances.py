"""Joining someone at a public event (a launch, a rally, a ceremony: senses.yaml occasion) is appearing with them
before others, no meeting between them (kg:meets, CAMEO 04), nor a cooperation the lexicon has a sense for; joining
them at their office still meets them.
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

APPEARANCES = [
    "Mayor Tomas Reyes joined Ilse Varga and Karl Weiss at a book launch in Dunmere.",
    "Mayor Tomas Reyes was joined at the ceremony by Ilse Varga and Karl Weiss.",
    "Mayor Tomas Reyes joined Ilse Varga at the unveiling of the harbour statue.",
]


@pytest.mark.parametrize("text", APPEARANCES)
def test_joining_someone_at_a_public_event_meets_nobody(text):
    found = extract(text)
    assert not [r for r in found if r.relation == "meets"], triples(found)


def test_joining_someone_at_their_office_meets_them():
    found = triples(extract("Senator Ilse Varga joined Tomas Reyes at his harbour office."))
    assert ("Ilse Varga", "meets", "Tomas Reyes") in found, found
