"""A quotation told to someone that judges them is criticism, no briefing: 'X told Y: "It is shameful that you
have spread this story"' gives X criticizes Y and no X briefs Y; telling Y what will happen still briefs Y.
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("text", [
    'Ed Calloway told Anna Brill: "It is shameful that you have spread this distortion."',
    'Ed Calloway told Anna Brill: "You have been dishonest with the voters."',
])
def test_a_hostile_quote_told_criticizes_the_one_told_and_briefs_no_one(text):
    found = triples(extract(text))
    assert ("Ed Calloway", "criticizes", "Anna Brill") in found, found
    assert ("Ed Calloway", "briefs", "Anna Brill") not in found, found


def test_telling_what_will_happen_is_still_a_briefing():
    found = triples(extract("Ed Calloway told Anna Brill that the harbour plan would go ahead."))
    assert ("Ed Calloway", "briefs", "Anna Brill") in found, found
