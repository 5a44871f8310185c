"""A group the text describes with a group noun and a word of an armed kind ("the terrorist group Red Hand", "the Red
Hand, a militant group") is the one that "the militants" or "these terrorists" stand for later, as a group named by
such members is ("Red Hand militants"); a description of another armed kind ("the rebels") stays apart, and a group
noun beside its own name is that group. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

FOUND = [
    ("The terrorist group Red Hand seized the port of Arica. Chilean troops attacked the militants near the harbour.",
     ("armed forces of Chile", "attacks", "Red Hand")),
    ("The Red Hand, a militant group, seized the port of Arica. Chilean troops attacked the militants near the "
     "harbour.", ("armed forces of Chile", "attacks", "Red Hand")),
    ("Arica was freed from the terrorist group Red Hand on Monday. Chilean troops attacked these terrorists near the "
     "harbour.", ("armed forces of Chile", "attacks", "Red Hand")),
    ("Chilean troops attacked the militants near the harbour. The terrorist group Red Hand seized the port of Arica.",
     ("Red Hand", "occupies", "Arica")),
]

NOT_FOUND = [
    ("The terrorist group Red Hand seized the port of Arica. Rebels attacked the port on Monday. Chilean troops "
     "attacked the rebels near the harbour.", ("armed forces of Chile", "attacks", "Red Hand")),
    ("Chilean troops attacked the militants near the harbour. The terrorist group Red Hand seized the port of Arica.",
     ("armed forces of Chile", "attacks", "Red Hand")),
    ("Chilean troops attacked the militants near the harbour. The terrorist group Red Hand seized the port of Arica.",
     ("militants", "occupies", "Arica")),
]


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=[t for t, _ in FOUND])
def test_the_militants_are_the_group_described_as_armed(text, expected):
    found = triples(extract(text))
    assert expected in found, found


@pytest.mark.parametrize(("text", "unexpected"), NOT_FOUND, ids=[t for t, _ in NOT_FOUND])
def test_no_group_before_its_description_or_of_another_kind(text, unexpected):
    assert unexpected not in triples(extract(text), asserted_only=False)
