"""A phrase of agency names the doer of a passive verb as its "by" phrase does (kg:AgentPhrase): "B were killed at
the hands of A" is "A killed B". "In the hands of A" says who holds something and names no doer. Sentences and
names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("sentence", [
    "Police officers in Korvia were killed at the hands of the Tarn Liberation Front.",
    "The mayor of Velmor, Ilse Varga, was murdered at the hands of the Tarn Liberation Front in June.",
])
def test_the_hands_of_a_passive_killing_name_its_doer(sentence):
    found = [r for r in extract(sentence) if r.relation == "attacks"]
    assert found and found[0].subject.label == "Tarn Liberation Front", found
    assert found[0].object.label.split(" ")[0] in ("police", "Mayor"), found


def test_each_of_two_doers_at_whose_hands_people_were_tortured_acts():
    found = triples(extract("Korvian police officers were tortured at the hands of Garro and the Tarn Front."))
    doers = {s for s, relation, _ in found if relation == "assaults"}
    assert doers == {"Garro", "Tarn Front"}, found


def test_a_town_in_the_hands_of_a_group_is_held_not_attacked_by_it():
    assert not [r for r in extract("The port of Velmor was left in the hands of the Tarn Liberation Front.")
                if r.relation in ("attacks", "assaults")]


@pytest.mark.parametrize("sentence", [
    "Korvian police officers were tortured at the hands of Garro and the Tarn Front.",
    "Hundreds of Korvians have been killed by Garro and the Tarn Front.",
])
def test_the_doers_a_passive_lists_are_no_comrades(sentence):
    """A passive's agents list whoever did the harm, together or apart: no fight alongside each other."""
    assert not [r for r in extract(sentence) if r.relation == "cooperatesMateriallyWith"]


def test_the_doers_of_an_active_fight_are_comrades():
    assert ("Garro", "cooperatesMateriallyWith", "Tarn Front") in triples(
        extract("Garro and the Tarn Front killed hundreds of Korvians."))
