"""A country's name written with full stops and no two letters in a row ("U.S.", "U.K.") is still a name the
gazetteer knows, an actor as "US" and "UK" are; it was dropped as no name. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CASES = [
    ("The U.S. supports Ghana.", ("United States", "supports", "Ghana")),
    ("Ghana thanked the U.K. for its help.", ("Ghana", "praises", "United Kingdom")),
    ("Togo accused the U.S. of spying.", ("Togo", "accuses", "United States")),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s for s, _ in CASES])
def test_a_dotted_country_name_is_an_actor(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found
