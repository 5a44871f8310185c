"""Coordinated actors acting on "each other" or "one another" act each on the other: one record in each direction
(one for a symmetric relation), and no alliance between two who fight each other. Sentences and names of our own."""

from __future__ import annotations

from tests.conftest import extract


def pairs(sentence, relation):
    return {(r.subject.label, r.object.label, r.asserted) for r in extract(sentence, date="2026-01-05")
            if r.relation == relation}


def test_two_people_who_accuse_each_other_accuse_one_another():
    assert pairs("Ann Hale and Tom Reyes accused each other of lying about the budget.", "accuses") == {
        ("Ann Hale", "Tom Reyes", True), ("Tom Reyes", "Ann Hale", True)}


def test_one_another_is_reciprocal_too():
    assert pairs("Ann Hale and Tom Reyes criticised one another.", "criticizes") == {
        ("Ann Hale", "Tom Reyes", True), ("Tom Reyes", "Ann Hale", True)}


def test_two_countries_that_attack_each_other_are_no_comrades():
    found = extract("Chile and Peru attacked each other on Monday.", date="2026-01-05")
    assert {(r.subject.label, r.relation, r.object.label) for r in found} == {
        ("Chile", "attacks", "Peru"), ("Peru", "attacks", "Chile")}, found


def test_a_symmetric_relation_gives_one_record():
    found = [r for r in extract("Chile and Peru met each other in Lima.", date="2026-01-05") if r.relation == "meets"]
    assert len(found) == 1 and {found[0].subject.label, found[0].object.label} == {"Chile", "Peru"}, found


def test_a_lone_subject_acting_on_each_other_gives_nothing():
    assert not pairs("Ann Hale accused each other of lying.", "accuses")


def test_war_declared_between_politicians_is_fierce_criticism_not_a_fight():
    found = extract("Ann Hale and Tom Reyes have declared war on each other.", date="2026-01-05")
    assert {(r.subject.label, r.relation, r.object.label) for r in found} == {
        ("Ann Hale", "criticizes", "Tom Reyes"), ("Tom Reyes", "criticizes", "Ann Hale")}, found


def test_war_declared_on_a_country_stays_a_fight():
    assert pairs("Chile declared war on Peru in April.", "attacks") == {("Chile", "Peru", True)}
