"""Looking into a harm someone suffered (senses.yaml harm: murder, death, kidnapping...) looks into no one: "police
are investigating Ana Ruiz's murder" investigates no Ana Ruiz, while "police are investigating Ana Ruiz" does.
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

NOT_FOUND = [
    ("Police are investigating Ana Ruiz's murder.", ("police", "investigates", "Ana Ruiz")),
    ("Police investigating Ana Ruiz's death questioned Tom Hale.", ("police", "investigates", "Ana Ruiz")),
]


@pytest.mark.parametrize(("sentence", "unexpected"), NOT_FOUND, ids=[s for s, _ in NOT_FOUND])
def test_the_one_who_suffered_is_not_investigated(sentence, unexpected):
    assert unexpected not in triples(extract(sentence), asserted_only=False)


def test_a_person_looked_into_is_investigated():
    assert ("police", "investigates", "Ana Ruiz") in triples(extract("Police are investigating Ana Ruiz."))
