"""A quotation told to someone that judges them is criticism, no briefing: 'X told Y: "It is shameful that you
have spread this story"' gives X criticizes Y and no X briefs Y (lies told or spread judge the teller,
kg:Disapproval); telling Y what will happen still briefs Y. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("text", [
    'Ed Calloway told Anna Brill: "It is shameful that you have spread this distortion."',
    'Ed Calloway told Anna Brill: "You have been dishonest with the voters."',
    'Ed Calloway told Anna Brill: "You have told lies about the harbour plan."',
])
def test_a_hostile_quote_told_criticizes_the_one_told_and_briefs_no_one(text):
    found = triples(extract(text))
    assert ("Ed Calloway", "criticizes", "Anna Brill") in found, found
    assert ("Ed Calloway", "briefs", "Anna Brill") not in found, found


def test_lies_told_judge_the_teller_and_lies_denied_do_not():
    assert ("Olaf Tamsin", "criticizes", "Harbour Party") in triples(extract(
        "Olaf Tamsin said the Harbour Party was spreading lies about the ferry tolls."))
    assert ("Olaf Tamsin", "criticizes", "Harbour Party") not in triples(extract(
        "Olaf Tamsin said the Harbour Party had not told lies about the ferry tolls."))


def test_telling_what_will_happen_is_still_a_briefing():
    found = triples(extract("Ed Calloway told Anna Brill that the harbour plan would go ahead."))
    assert ("Ed Calloway", "briefs", "Anna Brill") in found, found
