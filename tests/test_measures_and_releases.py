"""Senses of issue 14: a measure "targeting" an actor is no attack on it (the sanction itself stays),
while armed actors still target; a demand for an actor's release is no demand of that actor (it is aimed at whoever
holds it: "from" names the holder), while a demand for one's resignation is of that one. Sentences and names of our
own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(r.subject.label, r.relation, r.object.label) for r in extract(text)}


@pytest.mark.parametrize("sentence", [
    "Ostland imposed tariffs targeting the carmaker Velcorp.",
    "Norway announced new measures targeting Velcorp.",
])
def test_a_measure_targeting_an_actor_is_no_attack(sentence):
    found = _found(sentence)
    assert not any(relation == "attacks" for _, relation, _ in found), found


def test_sanctions_targeting_a_firm_keep_the_sanction_and_give_no_attack():
    found = _found("The European Council imposed fresh sanctions on Norway on Monday, targeting the state "
                   "fertiliser maker Duskfield Mining and nine officials.")
    assert ("European Council", "sanctions", "Norway") in found, found
    assert not any(relation == "attacks" for _, relation, _ in found), found


def test_armed_actors_still_target():
    found = _found("Norwegian troops shelled the port on Monday, targeting Duskfield Mining.")
    assert any(relation == "attacks" and obj == "Duskfield Mining" for _, relation, obj in found), found


def test_a_demand_for_a_release_is_no_demand_of_the_one_held():
    found = _found("Rights group Civitas Watch demanded the release of Ilse Marken.")
    assert not any(relation == "demands" and obj == "Ilse Marken" for _, relation, obj in found), found


def test_a_demand_for_a_release_from_the_holder_is_of_the_holder():
    found = _found("Civitas Watch demanded the release of Ilse Marken from the Vesta Guard.")
    assert ("Civitas Watch", "demands", "Vesta Guard") in found, found
    assert not any(relation == "demands" and obj == "Ilse Marken" for _, relation, obj in found), found


def test_a_demand_for_a_resignation_is_of_the_one_to_resign():
    found = _found("Senator Rosa Delmar demanded the resignation of Governor Paul Anker.")
    assert ("Rosa Delmar", "demands", "Paul Anker") in found, found
