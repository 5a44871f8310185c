"""The place of an act that the sentence frames (issue 14): a place the parse hung on the one told ("told Y in X
that ..."), a place in the phrases of an occasion (kg:OccasionNoun: "In a speech to the party's conference in X,
Y said ..."), a participle clause of speaking ("Speaking in X, Y said ..."), the verb a purpose clause hangs on
("broke off, at a rally in X, to deliver a rebuff to Y") and the place a "where" clause hangs on ("made a visit to
X, where he met Y"). A statement's record takes its verb's place. What is no place stays out: an organisation the
speech is given to, a place of a noun inside the reported clause. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def _places(text: str, relation: str, *, date: str | None = None) -> set[str | None]:
    """The place labels of the records of that relation (None for a record with no place)."""
    found = {r.place.label if r.place else None for r in extract(text, date=date) if r.relation == relation}
    assert found, f"no {relation} record in {text!r}"
    return found


@pytest.mark.parametrize(("text", "relation", "place"), [
    ("Senator Mara Kovic told Pavel Dunn in Lisbon that the Liberal Party would lose.", "commentsOn", "Lisbon"),
    ("In a speech to her party's conference in Porto, Senator Mara Kovic said the Liberal Party would win.",
     "commentsOn", "Porto"),
    ("Speaking in Porto on Monday, Senator Mara Kovic said Pavel Dunn was wrong.", "criticizes", "Porto"),
    ("Pavel Dunn made a short visit to Portugal, where he criticised Senator Mara Kovic.", "criticizes", "Portugal"),
    # the parse hangs the "where" clause on the date, or on the verb
    ("Pavel Dunn made a visit to Portugal on Monday, where he criticised Senator Mara Kovic.", "criticizes",
     "Portugal"),
    ("Pavel Dunn flew from Lisbon to Porto last week, where he criticised Senator Mara Kovic.", "criticizes", "Porto"),
    ("When he was in Porto last week, Pavel Dunn criticised Senator Mara Kovic.", "criticizes", "Porto"),
    ("While Pavel Dunn was in Porto, he criticised Senator Mara Kovic.", "criticizes", "Porto"),
    ("Pavel Dunn broke away from his notes, at his party's winter conference in Leeds, to deliver a sharp rebuff to"
     " Mara Kovic.", "rejects", "Leeds"),
])
def test_the_place_that_frames_an_act_is_its_place(text, relation, place):
    assert _places(text, relation) == {place}


@pytest.mark.parametrize(("framed", "unframed", "relation"), [
    # an organisation the speech is given to is no place; the occasion's place is
    ("In a speech to the Liberal Party in Porto, Pavel Dunn said Senator Mara Kovic was wrong.",
     "In a speech to the Liberal Party, Pavel Dunn said Senator Mara Kovic was wrong.", "criticizes"),
    # a place of a noun in the reported clause is not where the saying was
    ("Speaking in Lisbon, Pavel Dunn said the government in Portugal would fall.",
     "Pavel Dunn said the government in Portugal would fall.", "commentsOn"),
])
def test_only_a_place_that_frames_the_act_is_taken(framed, unframed, relation):
    assert _places(framed, relation) - {None, "Portugal"}
    assert _places(unframed, relation) == {None}


def test_another_actor_being_somewhere_is_no_place_of_the_act():
    assert _places("When Pavel Dunn was in Porto, he criticised Senator Mara Kovic.", "criticizes") == {"Porto"}
    assert _places("When the troops were in Portugal, Pavel Dunn criticised Senator Mara Kovic.",
                   "criticizes") == {None}


def test_a_where_clause_on_no_place_gives_none():
    text = "Pavel Dunn made a short visit to Portugal, where he criticised Senator Mara Kovic."
    assert _places(text, "criticizes") == {"Portugal"}
    assert _places("Pavel Dunn praised the report, where he criticised Senator Mara Kovic.", "criticizes") == {None}
