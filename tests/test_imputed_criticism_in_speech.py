"""Criticism by insinuation in reported speech: a speaker who imputes to an actor a motive ("sold the ferry to cling to
power", "only to win votes", "an attempt to woo voters"), a fear of answering for itself ("frightened of answering
questions"), a pejorative label on what it pursues ("is pushing a far-right programme"), a plight ("in disarray"), a
plan that cannot work ("wants to buy fire engines that cannot climb hills", "promised a harbour it could not afford") or
a lack ("lacks the courage") criticizes it (ontology/lexicon/tone.yaml). A hedged remark ("would probably be good") is
no praise. A denied purpose, an honest one, a gain not imputed as the whole purpose, a fear of anything else, a label
on what the actor fights stay a comment. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def _kinds(text: str, target: str = "Tom Hale") -> set[str]:
    """The relations from Ana Ruiz to the target."""
    return {r.relation for r in extract(text) if r.subject.label == "Ana Ruiz" and r.object.label == target}


@pytest.mark.parametrize(("text", "target"), [
    ("Senator Ana Ruiz said Governor Tom Hale would sell anything to cling to power.", "Tom Hale"),
    ("Senator Ana Ruiz said Governor Tom Hale had sold the ferry and raised the tolls to cling to power.", "Tom Hale"),
    ('"Governor Tom Hale only unveiled the review to grab headlines," Senator Ana Ruiz said.', "Tom Hale"),
    ("Senator Ana Ruiz said Governor Tom Hale had unveiled the review merely to win votes.", "Tom Hale"),
    ("Senator Ana Ruiz said the Norland Party's pledge was an attempt to woo rural voters.", "Norland Party"),
    ("Senator Ana Ruiz said Governor Tom Hale was playing politics with the flood fund.", "Tom Hale"),
])
def test_an_imputed_motive_criticizes_the_actor(text, target):
    assert "criticizes" in _kinds(text, target)


@pytest.mark.parametrize("text", [
    "Senator Ana Ruiz said Governor Tom Hale was frightened of answering questions from the press.",
    "Senator Ana Ruiz said Governor Tom Hale was too scared to face a debate.",
])
def test_a_fear_of_answering_for_itself_criticizes_the_actor(text):
    assert "criticizes" in _kinds(text)


def test_a_pejorative_label_on_what_the_actor_pursues_criticizes_it():
    assert "criticizes" in _kinds("Senator Ana Ruiz said Governor Tom Hale was pushing a far-right programme.")


@pytest.mark.parametrize(("text", "target"), [
    ("Senator Ana Ruiz said Governor Tom Hale's campaign was in disarray.", "Tom Hale"),
    ("Senator Ana Ruiz said the Norland Party was in turmoil.", "Norland Party"),
])
def test_a_plight_of_the_actor_or_its_campaign_criticizes_it(text, target):
    assert "criticizes" in _kinds(text, target)


@pytest.mark.parametrize(("text", "target"), [
    ("Senator Ana Ruiz said Governor Tom Hale wants to buy 40 fire engines that cannot climb hills.", "Tom Hale"),
    ("Senator Ana Ruiz said the Norland government wants to build a ferry that can't carry cars.",
     "government of Norland"),
])
def test_a_plan_ridiculed_as_unable_to_work_criticizes_the_actor(text, target):
    assert "criticizes" in _kinds(text, target)


@pytest.mark.parametrize(("text", "target"), [
    ("Senator Ana Ruiz said the Norland government had promised the fishermen a harbour it could not afford.",
     "government of Norland"),
    ("Senator Ana Ruiz said Governor Tom Hale had made pledges he cannot keep.", "Tom Hale"),
])
def test_a_promise_its_maker_cannot_keep_criticizes_the_actor(text, target):
    assert "criticizes" in _kinds(text, target)


def test_a_lack_said_by_the_verb_lack_criticizes_the_actor():
    assert "criticizes" in _kinds("Senator Ana Ruiz said Governor Tom Hale lacked the courage to sack the director.")


def test_a_hedged_remark_is_no_praise():
    kinds = _kinds("Senator Ana Ruiz said Governor Tom Hale would probably be good for the port.")
    assert "commentsOn" in kinds
    assert "praises" not in kinds


@pytest.mark.parametrize("text", [
    "Senator Ana Ruiz said Governor Tom Hale had tried not to play politics with the fund.",
    "Senator Ana Ruiz said Governor Tom Hale was not playing politics with the flood fund.",
    "Senator Ana Ruiz said Governor Tom Hale would sell anything to help the islanders.",
    "Senator Ana Ruiz said Governor Tom Hale hoped to win votes in the north.",
    "Senator Ana Ruiz said Governor Tom Hale's visit was an attempt to reassure the markets.",
    "Senator Ana Ruiz said Governor Tom Hale was terrified of the storm.",
    "Senator Ana Ruiz said Governor Tom Hale was not afraid of scrutiny.",
    "Senator Ana Ruiz said Governor Tom Hale had fought the far right for years.",
    "Senator Ana Ruiz said Governor Tom Hale wants to protect children who cannot swim.",
    "Senator Ana Ruiz said Governor Tom Hale wants to buy 40 fire engines that can climb hills.",
    "Senator Ana Ruiz said Governor Tom Hale did not lack the courage to act.",
    "Senator Ana Ruiz said Governor Tom Hale had made a promise that could not be broken.",
    "Senator Ana Ruiz said Governor Tom Hale had kept every pledge he could.",
])
def test_a_denied_honest_or_unimputed_purpose_fear_or_label_stays_a_comment(text):
    """Guards (pass on main too)."""
    kinds = _kinds(text)
    assert "commentsOn" in kinds
    assert not kinds & {"criticizes", "praises"}
