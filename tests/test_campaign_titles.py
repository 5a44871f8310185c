"""Titles of a party's campaign staff ("election co-ordinator", "strategist", "supremo") are role titles: the
person named with one is a member of the party or organisation named before it or as its owner; a strategist is a
trade, so a country word before one names no government post."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

FOUND = [
    ("Harbour Party election co-ordinator Ada Pirelli said the levy was wrong.",
     ("Ada Pirelli", "memberOf", "Harbour Party")),
    ("Green Party policy coordinator Bram Tolle added that the ferry tender was a mistake.",
     ("Bram Tolle", "memberOf", "Green Party")),
    ("The levy is wrong, Ada Pirelli, the Harbour Party's election strategist, told reporters.",
     ("Ada Pirelli", "memberOf", "Harbour Party")),
    ("Ms Pirelli became the Harbour Party's campaign supremo in May.", ("Pirelli", "memberOf", "Harbour Party")),
]

NOT_FOUND = [
    # a strategist is a trade: a country word before one names no post in its government
    ("The British strategist Ada Pirelli ran three campaigns in Norland.",
     ("Ada Pirelli", "memberOf", "United Kingdom")),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[s for s, _ in FOUND])
def test_campaign_title_gives_membership(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found


@pytest.mark.parametrize(("sentence", "unexpected"), NOT_FOUND, ids=[s for s, _ in NOT_FOUND])
def test_strategist_serves_no_country(sentence, unexpected):
    assert unexpected not in triples(extract(sentence), asserted_only=False)
