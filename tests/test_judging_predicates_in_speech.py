"""A judgement voiced in speech that a predicate carries, not a noun, criticizes or praises the actor judged, not only
comments on it: a verb phrase with a preposition and its object ("is clinging to power", "have relied on fear") or a
word ("is running scared"), an object that is the wrong ("confusing voters"), a gerund the parser gives a lemma of
its own ("scaremongering"), a verb of merit denied with the thing it should have given ("did not deliver the
policies"), an adverb of wilful wrong, a noun after "one of" ("one of the finest champions"), a verb of failing the
parser hung on an infinitive ("had every chance to fix the harbour and has failed"), a gerund of what its subject
does ("won the seat by scaremongering", "persisted in playing on fears"), a plan of an actor's that is "a disaster",
an achievement of an actor's that is "remarkable"; each of the actors joined in the judged subject ("Y and Z have let
the valley down") is judged, and a pronoun's appositive ("They, the Greens, have let us down"), not a headline
run on before the clause. A minister does not judge the government spoken for. A situation judged, a judgement denied
or asked, a plain report of facts, a neutral sense of the same words judge no one. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, facts, triples


@pytest.mark.parametrize(("text", "target"), [
    ("Tom Vosper has had every chance to fix the harbour and has failed, Anna Kiel said.", "Tom Vosper"),
    ("Anna Kiel said Tom Vosper had had the chance to reopen the pier and had failed.", "Tom Vosper"),
    ("Anna Kiel said the Lantern Party had always relied on fear to keep its seats.", "Lantern Party"),
    ("Anna Kiel said the Lantern Party was \"scaremongering\" about the ferry fares.", "Lantern Party"),
    ("\"The Lantern Party is clinging to power whatever it costs the valley,\" Anna Kiel said.", "Lantern Party"),
    ("Anna Kiel said the Lantern Party was deliberately confusing voters about the ferry fares.",
     "Lantern Party"),
    ("\"The Lantern Party keeps conflating two different ferry routes,\" Anna Kiel said.", "Lantern Party"),
    ("Anna Kiel said the Lantern Party had not delivered the policies the valley needs.", "Lantern Party"),
    ("\"The Lantern Party's plans for the pier are a disaster,\" Anna Kiel said.", "Lantern Party"),
    ("Anna Kiel said the Lantern Party had wilfully ignored the islanders.", "Lantern Party"),
    ("\"The Lantern Party is running scared,\" Anna Kiel said.", "Lantern Party"),
])
def test_a_judging_predicate_voiced_of_an_actor_criticizes_it(text, target):
    found = triples(extract(text))
    assert ("Anna Kiel", "criticizes", target) in found
    assert ("Anna Kiel", "commentsOn", target) not in found


@pytest.mark.parametrize(("text", "targets"), [
    ("Anna Kiel said the Lantern Party and the Harbour Party persisted in playing on the fears of the islanders.",
     {"Lantern Party", "Harbour Party"}),
    ("Anna Kiel said the Lantern Party had won the seat by scaremongering.", {"Lantern Party"}),
    ("\"Tom Vosper and the Harbour Party have let the valley down,\" Anna Kiel said.", {"Tom Vosper", "Harbour Party"}),
    ("Anna Kiel said: \"They, the Lantern Party, have let the valley down.\"", {"Lantern Party"}),
])
def test_the_doer_of_a_judged_act_and_those_joined_to_it_are_criticized(text, targets):
    found = triples(extract(text))
    assert {o for s, r, o in found if s == "Anna Kiel" and r == "criticizes"} == targets


def test_a_headline_run_on_before_the_judged_clause_is_not_judged():
    found = triples(extract("Harbour toll row deepens, warns Kiel Tom Vosper has had every chance to fix the harbour "
                            "and has failed, Anna Kiel has said."))
    judged = {o for s, r, o in found if s == "Anna Kiel" and r == "criticizes"}
    assert judged and all(o.endswith("Tom Vosper") for o in judged)  # the headline's last name may run into his


def test_actors_joined_in_praise_are_each_praised():
    found = triples(extract("Anna Kiel said Tom Vosper and Ben Hollis were decent men."))
    assert {("Anna Kiel", "praises", "Tom Vosper"), ("Anna Kiel", "praises", "Ben Hollis")} <= found


@pytest.mark.parametrize("text", [
    "Anna Kiel said Tom Vosper was one of the finest champions of the fishing towns.",
    "Anna Kiel said Tom Vosper's achievement in the valley was remarkable.",
])
def test_praise_of_one_of_many_or_of_an_achievement_praises(text):
    assert ("Anna Kiel", "praises", "Tom Vosper") in triples(extract(text))


@pytest.mark.parametrize("text", [
    "Anna Kiel said the storm on the coast was a disaster.",
    "Anna Kiel said the Lantern Party had not failed the valley.",
    "\"Has the Lantern Party failed the valley?\" Anna Kiel asked.",
    "Anna Kiel said the Lantern Party relied on volunteers to run the ferry.",
    "Anna Kiel said Tom Vosper was one of the founders of the ferry company.",
    "Anna Kiel said the new tolls were confusing voters.",
    "Anna Kiel said Tom Vosper had mistaken the ferry office for the town hall.",
    "Anna Kiel said the Lantern Party had opened two offices in the valley.",
    "Anna Kiel said Tom Vosper had delivered the policies the valley needs.",
    "Anna Kiel said the Lantern Party was not interested in scaremongering.",
    "Anna Kiel said the Lantern Party was interested in cutting the ferry fares.",
    "Anna Kiel said the Lantern Party ran the ferry service for ten years.",
])
def test_no_judgement_of_an_actor_criticizes_or_praises_as_a_fact(text):
    assert not [(s, o) for s, r, o, negated, modality in facts(text)
                if r in ("criticizes", "praises") and not negated and modality == "asserted"]


def test_a_minister_does_not_judge_the_government_spoken_for():
    own = extract("Home Secretary Anna Kiel said the government had made mistakes over the ferry contract.")
    assert not [r for r in own if r.relation == "criticizes"]
    other = extract("Shadow Home Secretary Anna Kiel said the Norland government had let the valley down.")
    assert [r for r in other if r.relation == "criticizes" and r.subject.label == "Anna Kiel"]
    named = extract("Foreign Secretary Anna Kiel said the talks would end the murderous regime of Tom Vosper.")
    assert [r for r in named if r.relation == "criticizes" and r.object.label.endswith("Tom Vosper")]

