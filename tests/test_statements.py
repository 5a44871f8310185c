"""Statements about an actor in reported speech (extract/statements.py): the speaker of a verb of public statement
(kg:StatementVerb) comments on the actor its reported clause is about, its subject or the owner of its subject
(commentsOn, CAMEO 010). Not for a verb of believing, "we", an actor read from a modifier or a description, nor where
the sentence says more about the two (a criticism). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "target"), [
    ("Senator Idris Kale said Governor Mara Toft had been unwell for most of the winter.", "Mara Toft"),
    ("Mara Toft's budget would hold until the spring, Senator Idris Kale told reporters.", "Mara Toft"),
    ("Senator Idris Kale insisted that the Velorian Greens had kept every ferry running.", "Velorian Greens"),
    ("Senator Idris Kale said: \"Mara Toft has spent the winter in the valley towns.\"", "Mara Toft"),
    # a passive clause is about the one it is done to ("nsubjpass"), and about its owner
    ("Senator Idris Kale said Mara Toft's ferry plan had been drawn up in haste.", "Mara Toft"),
    ("The Velorian Greens had been weakened by the long strike, Senator Idris Kale said.", "Velorian Greens"),
    # a quantity of what the clause is about counts it ("some of", "most of": kg:QuantityNoun)
    ("Senator Idris Kale said some of Mara Toft's ferry plans would fail.", "Mara Toft"),
    ("Most of the Velorian Greens' pledges were unfunded, Senator Idris Kale said.", "Velorian Greens"),
])
def test_a_speaker_comments_on_the_actor_the_reported_clause_is_about(text, target):
    found = [r for r in extract(text) if r.relation == "commentsOn"]
    assert [(r.subject.label, r.object.label, r.cameo_code, r.asserted) for r in found] \
        == [("Idris Kale", target, "010", True)]


@pytest.mark.parametrize("text", [
    "Senator Idris Kale believes Governor Mara Toft will win the valley vote.",
    "Senator Idris Kale said we would never give up the harbour at Ostrava.",
    "Senator Idris Kale said the Velorian public felt cheated by the toll.",
    "Senator Idris Kale said the governor would travel to Ostrava in March.",
])
def test_no_statement_from_a_belief_a_first_person_a_modifier_or_a_description(text):
    assert not [r for r in extract(text) if r.relation == "commentsOn"]


def test_a_criticism_of_the_same_actor_says_more_than_the_bare_statement():
    found = triples(extract("Senator Idris Kale said Governor Mara Toft had lied to the harbour council."))
    assert ("Idris Kale", "criticizes", "Mara Toft") in found
    assert ("Idris Kale", "commentsOn", "Mara Toft") not in found


def test_an_act_the_speaker_reports_says_more_than_the_bare_statement():
    found = extract("Senator Idris Kale said Governor Mara Toft would travel to Ostrava in March.")
    assert [(r.subject.label, r.relation, r.object.label, r.attributed_to.label) for r in found] \
        == [("Mara Toft", "visits", "Ostrava", "Idris Kale")]


def test_a_statement_not_made_is_not_asserted():
    found = [r for r in extract("Senator Idris Kale did not say that Governor Mara Toft had been unwell.")
             if r.relation == "commentsOn"]
    assert found and not any(r.asserted for r in found)


def test_they_in_a_statement_is_too_often_nobody_in_particular():
    text = "The Velorian Greens met on Monday. Everybody knows they were tired of the toll, Senator Idris Kale said."
    assert not [r for r in extract(text) if r.relation == "commentsOn"]


def test_a_statement_about_the_speakers_own_party_is_no_comment_on_another_actor():
    """An affiliation anywhere in the document says more of the two than a bare statement (dedupe: the document key
    was built but never compared)."""
    text = ("Idris Kale is a member of the Velorian Greens. On Monday he said the Velorian Greens would campaign "
            "in every valley town.")
    assert ("Idris Kale", "commentsOn", "Velorian Greens") not in triples(extract(text))


@pytest.mark.parametrize("text", [
    "Senator Idris Kale's register entry confirms that Governor Mara Toft paid for his flight to Ostrava.",
])
def test_a_record_comments_on_no_one_not_even_for_its_owner(text):
    """A kg:RecordNoun as the subject of a verb of saying is no speaker: the owner of a register entry does not
    comment through it."""
    assert not [r for r in extract(text) if r.relation == "commentsOn"]


def test_a_book_or_report_speaks_for_its_author():
    """A guard (passes on main too): a report is its owner's statement, unlike a record."""
    text = "Senator Idris Kale's report says Governor Mara Toft had been unwell for most of the winter."
    assert ("Idris Kale", "commentsOn", "Mara Toft") in triples(extract(text))


def test_a_leader_on_the_body_the_archive_says_the_leader_leads_is_no_comment_on_another_actor():
    """Regression (issue 14): the own-side rule held only where the article itself stated the affiliation, so a
    leader's statement about their party stood in every article that named the leader without the title."""
    from graph_builder.build import process
    from graph_builder.records import Document

    texts = {"a": "Harbour Party leader Idris Kale met Mara Toft in Ostrava.",
             "b": "Harbour Party leader Idris Kale criticised Mara Toft on Friday.",
             "c": "On Monday Idris Kale said the Harbour Party would campaign in every valley town."}
    results = process([Document(id=doc_id, text=text, source="<test>") for doc_id, text in texts.items()])
    found = {r.document.id: triples(list(r.relations)) for r in results}
    assert ("Idris Kale", "leaderOf", "Harbour Party") in found["a"] & found["b"], found
    assert ("Idris Kale", "commentsOn", "Harbour Party") not in found["c"], found
