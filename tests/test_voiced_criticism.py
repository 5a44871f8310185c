"""Criticism voiced in reported and direct speech that reaches its target other than through a judging word with the
target as subject: a verb joined to another with the same subject ("Y has had years and has failed"), a broken
promise, a merit denied (kg:Merit: "Y has not been straightforward", "Y were not going to be serious players"), a
comparison ("Y's plan was worse"), a fault of the target's own (kg:Fault: "Y hypocrisy", "Y's failure to act") and a
thing of its own a disapproving word qualifies ("Y's reckless scheme"). A merit asserted, a fault denied and a fault
no speaker voices judge nobody. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "target"), [
    ("Labour has had years to mend the ferries and has failed, Anna Kiel said.", "Labour Party"),
    ("Anna Kiel said: \"The Greens have ignored the ferry crews and have broken the pledges they made.\"", "Greens"),
    ("Anna Kiel argued that Labour had not been straightforward with the harbour towns.", "Labour Party"),
    ("Anna Kiel said the Liberal Democrats were not going to be serious players in the valley.", "Liberal Democrats"),
    ("Anna Kiel said the Greens' ferry plan was worse than the old toll.", "Greens"),
    ("\"The Greens have learned nothing from the toll row,\" said Anna Kiel.", "Greens"),
])
def test_a_judgement_reached_through_the_clause_criticizes_its_subject(text, target):
    assert ("Anna Kiel", "criticizes", target) in triples(extract(text))


@pytest.mark.parametrize(("text", "target"), [
    ("\"This is typical of Liberal Democrat hypocrisy on ferries,\" said Anna Kiel.", "Liberal Democrats"),
    ("Anna Kiel said: \"The leaflet shows Labour's failure to mend the harbour walls.\"", "Labour Party"),
    ("Anna Kiel said the Greens' reckless toll scheme would empty the harbour towns.", "Greens"),
])
def test_a_fault_of_the_targets_own_voiced_by_a_speaker_criticizes_it(text, target):
    assert ("Anna Kiel", "criticizes", target) in triples(extract(text))


@pytest.mark.parametrize("text", [
    "Anna Kiel said the Greens were not only honest but brave.",
    "Anna Kiel said the Greens were serious about the ferries.",
    "Anna Kiel said there was no hypocrisy in the Greens' ferry stance.",
    "Labour's failure to win the harbour seat was plain to see.",
    "Anna Kiel said Labour would keep its promise to the ferry crews.",
])
def test_an_asserted_merit_a_denied_fault_or_an_unvoiced_one_judges_nobody(text):
    assert not [r for r in extract(text) if r.relation == "criticizes"]


@pytest.mark.parametrize(("text", "target"), [
    ("Anna Kiel warned that harbour voters would not be swayed by the Greens' promises.", "Greens"),
    ("Anna Kiel said the harbour board had not been convinced by Labour's arguments for the toll.", "Labour Party"),
    ("Anna Kiel said the Greens' sums for the ferry did not add up.", "Greens"),
])
def test_a_denied_verb_of_merit_criticizes_whose_it_is(text, target):
    assert ("Anna Kiel", "criticizes", target) in triples(extract(text))


@pytest.mark.parametrize("text", [
    "Anna Kiel said she was convinced by the Greens' arguments for the toll.",
    "Anna Kiel said the Greens' sums for the ferry added up.",
    "Anna Kiel said Labour had not persuaded the Greens to back the toll.",
])
def test_a_verb_of_merit_asserted_or_with_an_object_judges_nobody(text):
    assert not [r for r in extract(text) if r.relation == "criticizes"]


@pytest.mark.parametrize("text", [
    "Tom Vosper read out the toll figures. \"Tom, that's nonsense,\" Anna Kiel told him.",
    "Anna Kiel met Tom Vosper at the quay. \"Tom, you are wrong about the ferry,\" she said.",
])
def test_a_judgement_of_what_the_one_addressed_by_name_says_criticizes_them(text):
    assert ("Anna Kiel", "criticizes", "Tom Vosper") in triples(extract(text))


@pytest.mark.parametrize("text", [
    "Anna Kiel said Tom Vosper was a decent and dedicated servant of the harbour towns.",
    "\"Tom Vosper has been outstanding on the ferry question,\" said Anna Kiel.",
    "Anna Kiel said Tom Vosper's leadership of the harbour board had been superb.",
])
def test_praise_voiced_by_a_speaker_is_praise(text):
    assert ("Anna Kiel", "praises", "Tom Vosper") in triples(extract(text))


@pytest.mark.parametrize("text", [
    "Anna Kiel said Tom Vosper was not a decent harbour master.",
    "Anna Kiel said the new harbour wall was superb.",
    "Is Tom Vosper brave enough for the ferry question, Anna Kiel asked.",
    "On Monday, that was wrong, Anna Kiel said of the toll.",
])
def test_praise_denied_or_of_no_actor_and_a_name_not_addressed_give_no_praise_or_criticism(text):
    found = triples(extract(text))
    assert ("Anna Kiel", "praises", "Tom Vosper") not in found
    assert not [t for t in found if t[1] == "criticizes" and t[2] != "Tom Vosper"]


@pytest.mark.parametrize(("text", "relation"), [
    ("Anna Kiel warned that harbour voters would not be motivated by Tom Vosper's promise of a new ferry.",
     "criticizes"),
    ("Anna Kiel said: \"Tom Vosper's harbour programme is environmentally unsustainable.\"", "criticizes"),
    ("Anna Kiel said Tom Vosper's contribution to the harbour board had been exceptional.", "praises"),
])
def test_a_programme_a_promise_or_a_contribution_judged_judges_whose_it_is(text, relation):
    assert ("Anna Kiel", relation, "Tom Vosper") in triples(extract(text))


@pytest.mark.parametrize("text", [
    "Anna Kiel said Tom Vosper's heart failure had shocked the harbour board.",
    "\"Mr Speaker, this is a disgrace,\" said Anna Kiel of the ferry tolls.",
    "Anna Kiel said Tom Vosper was not fit for the regatta on Saturday.",
])
def test_an_illness_the_chair_addressed_or_fitness_judges_no_one(text):
    assert not [r for r in extract(text) if r.relation == "criticizes"]


def test_a_denied_merit_further_up_is_no_praise():
    # "not" on "going" denies the merit of the infinitive "to be a decent leader": criticism, never praise too
    found = triples(extract("Ann Hale said Tom Reed is not going to be a decent leader."), asserted_only=False)
    assert ("Ann Hale", "praises", "Tom Reed") not in found


@pytest.mark.parametrize(("text", "negated", "modality"), [
    ("Anna Kiel did not say that the Greens had lied about the ferry tolls.", True, "asserted"),
    ("Anna Kiel may yet say that the Greens had lied about the ferry tolls.", False, "possible"),
])
def test_a_judgement_not_voiced_as_a_fact_is_not_asserted(text, negated, modality):
    found = [(r.negated, r.modality) for r in extract(text)
             if (r.subject.label, r.relation, r.object.label) == ("Anna Kiel", "criticizes", "Greens")]
    assert found == [(negated, modality)]


def test_a_no_campaign_speaking_still_voices_its_judgement_as_a_fact():
    found = [(r.negated, r.modality) for r in extract(
        "Dara Quill - who runs her own No campaign beside the official Valley Says No campaign - said she was not "
        "convinced by Mr Ostrov's sums.") if r.relation == "rejects"]
    assert found == [(False, "asserted")]


@pytest.mark.parametrize("text", [
    "Senator Idris Kale said Governor Mara Toft's harbour plans were completely uncosted.",
    'Senator Idris Kale said Governor Mara Toft was "draconian" and "illiberal" in her first year.',
    'Senator Idris Kale said: "Governor Mara Toft\'s budget is dodgy."',
    "Senator Idris Kale said Governor Mara Toft's cynicism had cost the valley dear.",
    "Senator Idris Kale said Governor Mara Toft's scaremongering had frightened the valley towns.",
])
def test_more_words_of_disapproval_and_fault_voiced_give_criticism(text):
    """kg:Disapproval (uncosted, draconian, illiberal, dodgy, ...) and kg:Fault (cynicism, scaremongering) words
    added from the BBC gaps, each with a sentence of our own."""
    assert ("Idris Kale", "criticizes", "Mara Toft") in triples(extract(text))


def test_a_denied_new_word_of_disapproval_criticises_no_one():
    """A guard (passes on main too): "not racist" judges no one."""
    text = "Senator Idris Kale said Governor Mara Toft's harbour plans were not racist."
    assert ("Idris Kale", "criticizes", "Mara Toft") not in triples(extract(text))
