"""Blame voiced in speech about an actor criticizes it (X criticizes Y), not only comments on it: a mistake, blunder
or misjudgement Y made ("was making a mistake", "the mistake made by Y"; errors are also play in a game); what Y
should have or ought to have done, or should not have done (a reproach for the past: "Y should do X" stays an
appeal); Y cannot be trusted or relied on; Y failed people, also where the parser reads "has failed voters" as an
adjective on the object. Denied, asked, on a condition, said of the speaker, passive ("should have been told") or of
a pronoun ("he should have gone") they criticize no one as a fact. Confidence in Y, had or expressed, endorses Y
(praises, 051). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, facts, triples


@pytest.mark.parametrize(("text", "target"), [
    ("Anna Kiel argued that the Harbour Party was making a grave mistake with its ferry timetable.", "Harbour Party"),
    ("Anna Kiel said Tom Vosper had made a serious misjudgement over the toll rise.", "Tom Vosper"),
    ("\"Tom Vosper made a huge blunder on the ferries,\" Anna Kiel said.", "Tom Vosper"),
    ("Anna Kiel said the mistake made by Tom Vosper had cost the valley dearly.", "Tom Vosper"),
    ("Anna Kiel said the Harbour Party ought to have consulted the islanders before closing the pier.",
     "Harbour Party"),
    ("\"Tom Vosper ought to have resigned months ago,\" Anna Kiel said.", "Tom Vosper"),
    ("Anna Kiel said Tom Vosper should not have raised the tolls.", "Tom Vosper"),
    ("In her view, Anna Kiel told reporters, the Harbour Party could not be trusted to run the valley ferries.",
     "Harbour Party"),
    ("\"Tom Vosper could not be relied on,\" Anna Kiel said.", "Tom Vosper"),
    ("Anna Kiel said the Harbour Party has failed pensioners in the valley.", "Harbour Party"),
    ("Anna Kiel said Tom Vosper made a few mistakes in the debate on the pier.", "Tom Vosper"),
])
def test_blame_voiced_of_an_actor_criticizes_it(text, target):
    assert ("Anna Kiel", "criticizes", target) in triples(extract(text))


def test_the_words_of_blame_are_given_as_written():
    found = {r.verb for r in extract("Anna Kiel said the Harbour Party should not have raised the tolls. "
                                     "\"Tom Vosper cannot be trusted,\" she said.") if r.relation == "criticizes"}
    assert found == {"should not have raised", "cannot be trusted"}


@pytest.mark.parametrize("text", [
    "Anna Kiel said Tom Vosper had made no mistake over the toll rise.",
    "Anna Kiel said Tom Vosper should raise the tolls.",
    "Anna Kiel said Tom Vosper should have been told about the tolls.",
    "Anna Kiel asked whether Tom Vosper should have resigned.",
    "Asked whether she thought the Harbour Party should have cut the fares, Anna Kiel said she did not know.",
    "Anna Kiel said Tom Vosper can be trusted with the valley budget.",
    "Anna Kiel said voters did not trust Tom Vosper.",
    "\"I should have phoned the islanders first,\" Tom Vosper said.",
    "Tom Vosper admitted he had made a mistake over the tolls.",
    "The Harbour Party should have phoned the islanders first.",
    "Anna Kiel said the steps the Harbour Party should have taken were never listed.",
    "\"In my view he should have visited the ferry office first,\" said Anna Kiel of Tom Vosper.",
    # an outcome missed (kg:OutcomeVerb) is no blame
    "Anna Kiel said the Velorian Rovers should have won the regatta by a mile.",
    "Anna Kiel said Tom Vosper should have got the prize for his ferry design.",
    # scant mistakes (kg:ScantWord, no article) are no blame
    "Anna Kiel said Tom Vosper made very few mistakes in the debate on the pier.",
])
def test_blame_denied_asked_of_oneself_or_unvoiced_criticizes_no_one_as_a_fact(text):
    assert not [(s, o) for s, r, o, negated, modality in facts(text)
                if r == "criticizes" and not negated and modality == "asserted"]


@pytest.mark.parametrize("text", [
    "Anna Kiel said she had full confidence in Tom Vosper.",
    "Anna Kiel expressed confidence in Tom Vosper.",
])
def test_confidence_in_an_actor_endorses_it(text):
    assert ("Anna Kiel", "praises", "Tom Vosper") in triples(extract(text))
    assert ("Anna Kiel", "commentsOn", "Tom Vosper") not in triples(extract(text))
