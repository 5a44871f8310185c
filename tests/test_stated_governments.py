"""Statements about a government in reported speech (kg:StatedCollective, extract/statements.py): "X said the
government had ignored the valleys" or "the Norland government's toll would fail, X insisted" make X comment on that
government (commentsOn, CAMEO 010), as a name in the clause does. Other collectives ("MPs", "police") and
descriptions ("the governor") stay unread. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


@pytest.mark.parametrize(("text", "target"), [
    ("Senator Idris Kale said the Chilean government had ignored the valley towns for years.", "government of Chile"),
    ("Senator Idris Kale said the Norland government was suspicious of the ferry consortium.",
     "government of Norland"),
    # the owner of the clause's subject
    ("The Norland government's toll plan would collapse by the spring, Senator Idris Kale insisted.",
     "government of Norland"),
    # a quotation the verb of saying trails
    ("\"The Chilean government is reviewing the true cost of the ferry,\" argued Senator Idris Kale.",
     "government of Chile"),
    ("Senator Idris Kale told reporters the Velorian administration had run out of money.",
     "government of Velorian"),
])
def test_a_speaker_comments_on_the_government_the_reported_clause_is_about(text, target):
    found = [r for r in extract(text) if r.relation == "commentsOn"]
    assert [(r.subject.label, r.object.label, r.cameo_code, r.asserted) for r in found] \
        == [("Idris Kale", target, "010", True)]


def test_a_sentence_wholly_inside_a_quotation_comments_on_the_government_it_is_about():
    text = ("Senator Idris Kale said: \"The ferry to Ostrava is late again. The Chilean government has ignored the "
            "valley towns for years.\"")
    assert ("Idris Kale", "commentsOn", "government of Chile") in [
        (r.subject.label, r.relation, r.object.label) for r in extract(text)]


@pytest.mark.parametrize("text", [
    "Senator Idris Kale said MPs would vote on the ferry toll in March.",
    "Senator Idris Kale said police had closed the harbour road at dawn.",
    "Senator Idris Kale said the governor would travel to Ostrava in March.",
    "Senator Idris Kale believes the government will win the valley vote.",
    "Senator Idris Kale said government grants would reach the valley towns in March.",
])
def test_no_statement_about_another_collective_a_description_a_belief_or_a_modifier(text):
    assert not [r for r in extract(text) if r.relation == "commentsOn"]


@pytest.mark.parametrize("text", [
    "A Tory government would cut the ferry tolls within a year, Senator Idris Kale said.",
    "Senator Idris Kale said an Alliance government would close the harbour.",
])
def test_a_government_that_is_one_of_many_is_no_government_there_is(text):
    assert not [r for r in extract(text) if r.relation == "commentsOn"]
