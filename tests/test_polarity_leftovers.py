"""Polarity shapes the walk of extract/polarity.py once read wrong. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


def _read(text: str, relation: str) -> list[tuple[str, str, str, bool, str]]:
    return [f for f in facts(text) if f[1] == relation and f[2] == "Caldera"]


@pytest.mark.parametrize("text, relation", [
    ("Nor did Norland threaten Caldera.", "threatens"),
    ("Nor has Norland met Caldera.", "meets"),
])
def test_nor_opening_a_clause_before_its_auxiliary_denies_it(text, relation):
    found = _read(text, relation)
    assert found and all(f[3] for f in found), found
    joined = _read("Norland nor Bayport attacked Caldera.", "attacks")
    assert joined and not any(f[3] for f in joined), joined  # "nor" joining nouns denies nothing


@pytest.mark.parametrize("text", [
    "No attempt was made by Norland to meet Caldera.",
    "No effort has been made by Norland to meet Caldera.",
])
def test_an_aim_no_attempt_was_made_at_is_denied(text):
    assert {f[3] for f in _read(text, "meets")} == {True}
    # an attempt made denies nothing
    assert {f[3] for f in _read("An attempt was made by Norland to meet Caldera.", "meets")} == {False}


@pytest.mark.parametrize("text", [
    "No effort was spared by Norland to help Caldera.",
    "No plan was needed for Norland to attack Caldera.",
])
def test_no_intention_under_another_verb_denies_nothing(text):
    assert not any(f[3] for f in facts(text) if f[2] == "Caldera"), facts(text)


@pytest.mark.parametrize("text", [
    "Norland did not have to attack Caldera.",
    "Norland will not have to attack Caldera.",
])
def test_an_act_no_obligation_is_laid_on_stays_possible(text):
    assert [f[3:] for f in _read(text, "attacks")] == [(False, "possible")]
    # an obligation met in the past asserts the act
    assert [f[3:] for f in _read("Norland had to attack Caldera.", "attacks")] == [(False, "asserted")]


@pytest.mark.parametrize("text", [
    "Norland refused to drop its refusal to meet Caldera.",
    "Pellik said Norland refused to drop its refusal to meet Caldera.",
])
def test_a_refusal_not_taken_back_still_denies_its_act(text):
    assert [f[3] for f in _read(text, "meets")] == [True]
    # a refusal taken back leaves the act open, not denied
    assert [f[3:] for f in _read("Norland dropped its refusal to meet Caldera.", "meets")] == [(False, "possible")]


@pytest.mark.parametrize("text", [
    "Norland does not just want to attack Caldera, it wants to annex it.",
    "Norland did not just threaten to attack Caldera.",
])
def test_a_focus_on_a_verb_of_wanting_denies_nothing_under_it(text):
    assert [f[3:] for f in _read(text, "attacks")] == [(False, "intended")]
    # a wanting denied outright still denies the act wanted
    assert [f[3] for f in _read("Norland does not want to attack Caldera.", "attacks")] == [True]
