"""A quotation told to someone that judges them is criticism, no briefing: 'X told Y: "It is shameful that you
have spread this story"' gives X criticizes Y and no X briefs Y (lies told or spread judge the teller,
kg:Disapproval); 'X told Y: "You must withdraw ..."' demands of Y, no briefing either; telling Y what will happen
still briefs Y. Sentences and names of our own."""

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


@pytest.mark.parametrize(("text", "relation"), [
    ('Ed Calloway told Anna Brill: "You must withdraw these remarks."', "demands"),
    ('Ed Calloway told Anna Brill: "You should apologise to the farmers."', "appealsTo"),
])
def test_a_quote_told_that_bids_the_one_told_asks_and_briefs_no_one(text, relation):
    found = triples(extract(text))
    assert ("Ed Calloway", relation, "Anna Brill") in found, found
    assert ("Ed Calloway", "briefs", "Anna Brill") not in found, found


def test_a_you_told_to_no_one_named_is_asked_nothing():
    found = triples(extract('"You must withdraw these remarks," Ed Calloway said.'))
    assert not [t for t in found if t[1] in ("demands", "appealsTo")], found


def test_telling_what_will_happen_is_still_a_briefing():
    found = triples(extract("Ed Calloway told Anna Brill that the harbour plan would go ahead."))
    assert ("Ed Calloway", "briefs", "Anna Brill") in found, found
