"""A spokesman's words are his own (or his body's), not his principal's: an unnamed spokesman whom the text gives a
person ("Mr Pellik's official spokesman said", "a spokesman for Arvo Pellik said") does not make that person the
one who comments on, criticises or praises whom the clause names; the person said it only when the text says so.
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

JUDGING = {"commentsOn", "criticizes", "praises"}

SPOKESMAN = [
    "Minister Arvo Pellik met farmers. Mr Pellik's official spokesman said the Caldera Party had misled voters.",
    "Minister Arvo Pellik met farmers. A spokesman for Mr Pellik said the Caldera Party had misled voters.",
    "Minister Arvo Pellik met farmers. His spokesman said: \"The Caldera Party has misled voters.\"",
]


@pytest.mark.parametrize("text", SPOKESMAN)
def test_a_spokesmans_words_are_not_his_principals(text):
    found = [r for r in extract(text) if r.relation in JUDGING and r.object.label == "Caldera Party"]
    assert not any(r.subject.label == "Arvo Pellik" for r in found)


def test_the_principal_who_says_it_himself_still_judges():
    found = extract("Minister Arvo Pellik said the Caldera Party had misled voters about the harbour.")
    assert any(r.subject.label == "Arvo Pellik" and r.relation == "criticizes" for r in found)
