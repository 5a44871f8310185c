"""Actors coordinated as the subjects of one fight against the same enemy fight alongside each other (what the
lexicon's "A fight alongside B" gives: material cooperation, CAMEO 062), with the clause's polarity; coordinated
critics or voters are no comrades. Sentences and names of our own."""

from __future__ import annotations

from tests.conftest import extract


def joint(sentence):
    return [r for r in extract(sentence, date="2026-01-05") if r.relation == "cooperatesMateriallyWith"]


def test_coordinated_attackers_fight_alongside_each_other():
    found = joint("Chile and Peru attacked the Red Hand Brigade on Monday.")
    assert [(r.subject.label, r.object.label, r.cameo_code, r.asserted) for r in found] == [
        ("Chile", "Peru", "062", True)], found


def test_a_shared_commitment_to_defeat_an_enemy_is_an_intended_joint_fight():
    found = joint("Chile, the wider Northern Alliance and the Government of Peru are committed to defeating the "
                  "Red Hand Brigade.")
    assert {r.object.label for r in found} == {"Northern Alliance", "government of Peru"}, found
    assert {r.modality for r in found} == {"intended"}, found


def test_coordinated_critics_are_no_comrades():
    assert not joint("Chile and Peru criticised the Red Hand Brigade on Monday.")
