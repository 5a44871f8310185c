"""Capitalised words that end in a portfolio's word ("Affairs", "Relations") and stand before a title are the post's
subject, no organisation that employs the holder ("Maritime Affairs Commissioner X", "External Relations Minister
X"); a name with an organisation's word is one ("the Fisheries Affairs Committee"). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("sentence", "portfolio"), [
    ("Maritime Affairs Commissioner Ann Lee criticised Tom Reed.", "Maritime Affairs"),
    ("Economic and Monetary Affairs Commissioner Ann Lee criticised Tom Reed.", "Economic and Monetary Affairs"),
    ("Veterans Affairs Secretary Ann Lee criticised Tom Reed.", "Veterans Affairs"),
])
def test_a_portfolio_before_a_title_is_no_employer(sentence, portfolio):
    records = triples(extract(sentence))
    assert ("Ann Lee", "criticizes", "Tom Reed") in records, records
    assert not any(portfolio in (subject, obj) for subject, _, obj in records), records


def test_an_organisation_named_with_the_post_is_still_the_employer():
    records = triples(extract("Ann Lee, the Harbour Union's Maritime Affairs Commissioner, criticised Tom Reed."))
    assert ("Ann Lee", "memberOf", "Harbour Union") in records, records


def test_a_body_named_after_a_portfolio_still_speaks():
    text = "A Department for Maritime Affairs spokeswoman said Ann Lee and Tom Reed agreed about the plan."
    assert {r.attributed_to.label for r in extract(text) if r.attributed_to} == {"Department for Maritime Affairs"}
