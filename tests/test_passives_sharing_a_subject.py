"""Two passive participles joined under one auxiliary share its subject and the "by" phrase ("X was shot and killed by
Y", "was arrested and charged by Y"): Y did both to X. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CASES = [
    ("Omar Vasquez, a rebel commander, was shot and killed by a Chilean patrol near Tarvik.",
     ("Chile", "attacks", "Omar Vasquez")),
    ("Omar Vasquez was wounded and captured by Chilean troops near Tarvik.",
     ("armed forces of Chile", "assaults", "Omar Vasquez")),
    ("Ann Hale was arrested and charged by Chilean police.", ("police of Chile", "coerces", "Ann Hale")),
    ("Ann Hale was arrested and charged by Chilean police.", ("police of Chile", "accuses", "Ann Hale")),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[f"{s} {e[1]}" for s, e in CASES])
def test_joined_passives_share_subject_and_doer(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found


def test_a_participle_with_a_subject_of_its_own_shares_nothing():
    """A guard: the second clause has its own subject."""
    found = triples(extract("Omar Vasquez was wounded, and Ann Hale was arrested by Chilean police."))
    assert ("police of Chile", "coerces", "Omar Vasquez") not in found, found
