"""A people's noun (kg:PopulaceNoun) joined with "and" to a noun that an "of" phrase follows shares that phrase: "the
government and people of Chile" name the government of Chile and Chile's people, the country as a whole (as "the
people of Chile" alone does). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CASES = [
    ("Norway supports the government and populace of Chile.", ("Norway", "supports", "Chile")),
    ("Norway supports the government and populace of Chile.", ("Norway", "supports", "government of Chile")),
    ("Norway praised the army and people of Peru.", ("Norway", "praises", "Peru")),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[f"{s} {e}" for s, e in CASES])
def test_the_people_share_the_of_phrase(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found
