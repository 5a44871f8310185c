"""Who speaks for an organisation that opens the sentence ("For the Greens, X said ...") is its member, whether the
verb reports speech, names something ("X called the plan timid") or reacts to it ("X attacked the plan"); people
named "from" a military unit are its members, but an organisation is no member of a company or group named so.
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("text", [
    "For the Liberal Democrats, Anna Kiel called the ferry toll \"plainly timid\".",
    "For the Liberal Democrats, Anna Kiel attacked the ferry toll.",
    "For the Liberal Democrats, Anna Kiel urged ministers to drop the ferry toll.",
])
def test_who_speaks_for_a_party_in_any_way_is_its_member(text):
    assert ("Anna Kiel", "memberOf", "Liberal Democrats") in triples(extract(text))


@pytest.mark.parametrize("text", [
    "For Unison, Tom Varga remains the real problem.",
    "There were gifts of £90,000 for the Conservatives from the Tarn Business Group.",
])
def test_no_membership_without_a_speaker_or_for_an_organisation_from_a_company(text):
    assert not [r for r in extract(text) if r.relation == "memberOf"]
