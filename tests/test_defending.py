"""Defending someone in words is backing them (cooperatesWith, CAMEO 052 defend verbally); a place defended is held
against an attack and an armed actor defending anything fights for it: neither is cooperation with what is defended,
and troops defending a place against an armed group fight that group (attacks 190). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("sentence", [
    "The Red Hand Brigade defended the town of Arica against the Coastal Army.",
    "Korvian troops defended Ostria for three weeks.",
])
def test_defending_a_place_or_defence_by_armed_men_is_no_cooperation(sentence):
    assert not [r for r in extract(sentence) if r.relation == "cooperatesWith"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("At the party conference Senator Ilse Varga defended Tomas Reyes against his critics.",
     ("Ilse Varga", "cooperatesWith", "Tomas Reyes")),
    ("France defended Germany at the summit.", ("France", "cooperatesWith", "Germany")),
])
def test_defending_a_person_or_a_state_in_words_is_backing(sentence, expected):
    assert expected in triples(extract(sentence))


@pytest.mark.parametrize("sentence", [
    "Chilean troops defended Arica against the Red Hand Brigade.",
    "Chilean troops defended themselves against Red Hand Brigade fighters.",
])
def test_troops_defending_against_an_armed_group_fight_it(sentence):
    assert ("armed forces of Chile", "attacks", "Red Hand Brigade") in triples(extract(sentence))


@pytest.mark.parametrize("sentence", [
    "The Chilean government defended its record against the Red Hand Brigade's accusations.",
    "The minister defended the plan against the Red Hand Brigade.",
])
def test_defending_a_record_or_a_plan_is_no_fight(sentence):
    assert not [r for r in extract(sentence) if r.relation == "attacks"]
