"""A clash or a conflict between two unions, parties, politicians or governments is a quarrel, each criticising the
other (criticizes, CAMEO 110), as a row between them is; between states or armed actors it is a war or a fight, and
no quarrel is read. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "first", "second"), [
    ("The conflict between the Dock Workers Union and the Harbour Board deepened over the port levy.",
     "Dock Workers Union", "Harbour Board"),
    ("A clash between Labour and the Greens over the ferry tolls grew louder.", "Labour Party", "Greens"),
])
def test_a_clash_between_two_political_actors_is_a_quarrel_both_ways(text, first, second):
    found = triples(extract(text))
    assert {(first, "criticizes", second), (second, "criticizes", first)} <= found, found


def test_one_side_of_a_clash_with_another_criticizes_it():
    assert ("Tom Varga", "criticizes", "Anna Kiel") in triples(
        extract("Tom Varga's clash with Anna Kiel over the ferry tolls was bitter."))


@pytest.mark.parametrize("text", [
    "The conflict between Ethiopia and Eritrea over the border town dragged on.",
    "Clashes between the Velorian army and the Red Hand Brigade left ten dead.",
])
def test_a_conflict_between_states_or_armed_actors_is_no_quarrel(text):
    assert not [r for r in extract(text) if r.relation == "criticizes"]


@pytest.mark.parametrize("text", [
    "Tom Varga rebuked a union official who said a conflict between Anna Kiel and Peter Dorn was hurting the party.",
    "Observers said the squabbles between Anna Kiel and Peter Dorn did not worry the voters.",
])
def test_a_quarrel_reported_by_no_named_actor_is_possible(text):
    found = {(r.subject.label, r.object.label, r.modality) for r in extract(text) if r.relation == "criticizes"}
    assert found == {("Anna Kiel", "Peter Dorn", "possible"), ("Peter Dorn", "Anna Kiel", "possible")}, found
