"""Relations a business news reader would take as not holding, or not as stated: a government led by someone
that the sentence calls previous (past), what a fact did not mean (open), a modal before its subject that makes
a condition ("X, should it ever be ..., must be sold": no appeal), and opposition rallied to someone (no
cooperation). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts as found


def test_the_previous_government_led_by_someone_is_led_no_longer():
    records = found("Peru's previous government, led by President Ana Ruiz, fell after a row over water prices.")
    assert ("Ana Ruiz", "leaderOf", "government of Peru", False, "past") in records, records
    assert ("Ana Ruiz", "leaderOf", "government of Peru", False, "asserted") not in records, records


def test_the_government_led_by_someone_is_led_now():
    records = found("Peru's government, led by President Ana Ruiz, fell after a row over water prices.")
    assert ("Ana Ruiz", "leaderOf", "government of Peru", False, "asserted") in records, records


@pytest.mark.parametrize("sentence, modality", [
    ("However, the move did not mean that Peru had cut its ties with Chile, he added.", "possible"),
    ("The move does not imply that Peru has cut its ties with Chile.", "possible"),
    ("The move means that Peru has cut its ties with Chile.", "asserted"),
])
def test_what_a_fact_did_not_mean_is_open(sentence, modality):
    records = found(sentence)
    assert ("Peru", "reducesRelationsWith", "Chile", False, modality) in records, records


def test_a_modal_before_its_subject_makes_a_condition_not_an_appeal():
    records = found('"I think that Tarnco, should it ever be nationalised, must be sold again soon," Ms Hale said.')
    assert not any(r[1] == "appealsTo" for r in records), records
    records = found('"I think that Tarnco should sell its stake," Ms Hale said.')
    assert ("Hale", "appealsTo", "Tarnco", False, "asserted") in records, records


@pytest.mark.parametrize("sentence", [
    "The Greens rallied opposition to Mr Reed.",
    "The Greens - who have been quick in rallying opposition to Mr Reed's plan - said they would fight.",
])
def test_opposition_rallied_to_someone_is_no_cooperation(sentence):
    records = found(sentence)
    assert ("Greens", "criticizes", "Reed", False, "asserted") in records, records
    assert not any(r[1] == "cooperatesWith" for r in records), records


def test_rallying_to_someone_is_cooperation():
    assert ("Greens", "cooperatesWith", "Reed", False, "asserted") in found("The Greens rallied to Mr Reed.")


def test_a_pattern_with_its_noun_the_same_way_leaves_the_plain_reading():
    records = found("Ann Hale, Tarnco's boss since June, is seeking to negotiate a settlement with Tom Reed.")
    assert ("Ann Hale", "meets", "Tom Reed", False, "intended") in records, records
    assert ("Ann Hale", "cooperatesWith", "Tom Reed", False, "intended") in records, records
