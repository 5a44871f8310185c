"""Taking a person hostage, captive or prisoner abducts them (assaults, CAMEO 181), in the active and the passive,
however the parser hangs the noun; it is no occupation of the country the captives come from ("took two Peruvian
journalists captive" takes no Peru). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

TAKEN = [
    ("The Red Hand Brigade has taken 30 Chilean soldiers captive.", "armed forces of Chile"),
    ("Chilean soldiers were taken prisoner by the Red Hand Brigade.", "armed forces of Chile"),
    ("The Red Hand Brigade took two Peruvian journalists hostage.", "Peru"),
    ("The Red Hand Brigade took Paul Martin hostage in May.", "Paul Martin"),
    ("The Red Hand Brigade took the engineer Paul Martin hostage in May.", "Paul Martin"),
]


def found(sentence, relation):
    return {(r.subject.label, r.object.label) for r in extract(sentence) if r.relation == relation and r.asserted}


@pytest.mark.parametrize(("sentence", "captive"), TAKEN, ids=[s for s, _ in TAKEN])
def test_taking_a_person_hostage_abducts_them(sentence, captive):
    assert ("Red Hand Brigade", captive) in found(sentence, "assaults")


def test_captives_from_a_country_do_not_make_it_occupied():
    assert not found("The Red Hand Brigade took two Peruvian journalists captive.", "attacks")


def test_taking_a_town_still_occupies_it():
    assert ("Red Hand Brigade", "Arica") in found("The Red Hand Brigade took the town of Arica in May.", "occupies")


def test_a_name_before_the_noun_of_a_gift_is_no_receiver():
    # "State help" is help from the state, not help offered to it
    assert not [r for r in extract("Planning Minister Ana Ruiz has offered State help.")
                if r.relation == "intendsToCooperate" and r.object.label == "State"]
