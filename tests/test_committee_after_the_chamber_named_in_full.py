"""A committee named after its chamber's full name ("the House of Commons Fisheries Select Committee") is its own body,
as one after the chamber's short name is ("the Commons fisheries committee"): the gazetteer's known name of the
chamber keeps the model from taking the committee's words into its span, and the committee's words are capitalised.
It is one node with the committee named alone in the same article. The chamber named alone stays the chamber.
Sentences and names of our own."""

from __future__ import annotations

from tests.conftest import extract, triples


def test_a_committee_after_the_house_of_commons_is_the_committee():
    records = triples(extract("Ann Hale told the House of Commons Fisheries Select Committee that the quotas were "
                              "unfair.", date="2026-01-05"))
    assert ("Ann Hale", "briefs", "House of Commons Fisheries Select Committee") in records, records
    assert not [r for r in records if r[2] == "House of Commons"], records


def test_the_committee_named_alone_is_the_same_node():
    records = triples(extract("Ann Hale told the House of Commons Fisheries Select Committee on Monday that the "
                              "quotas were unfair. Tom Reed, who chairs the Fisheries Select Committee, criticised "
                              "Ann Hale.", date="2026-01-05"))
    assert ("Tom Reed", "leaderOf", "House of Commons Fisheries Select Committee") in records, records


def test_the_chamber_alone_stays_the_chamber():
    records = triples(extract("Ann Hale told the House of Commons that the quotas were unfair.", date="2026-01-05"))
    assert ("Ann Hale", "commentsOn", "House of Commons") in records, records
