"""A group's name, its plural and "<name> rebels / fighters" written in one document are one actor: "the Zorvanis"
is the Zorvani, and "Zorvani rebels" are the group when the document names it alone too; a people's word before
armed members stays a description when the document never names the group alone ("Kurdish militants"); a plural
beside a person of the singular name is no group. Sentences and names of our own."""

from __future__ import annotations

import pytest

from graph_builder.build import process
from graph_builder.records import Document

ONE_GROUP = [
    "The Zorvani said they fired missiles at Chile. Zorvanis attacked a tanker. Zorvani rebels seized a ship.",
    "Zorvani fighters seized a tanker off Chile. The Zorvanis said they would attack Peru.",
    "Zorvani rebels seized a tanker off Chile. The Zorvanis said they attacked the ship.",
]


def _labels(text: str) -> dict[str, str]:
    """The label of each mention's actor, by the mention's text."""
    result = process([Document(id="t", text=text, source="<test>")])[0]
    return {m.text: m.entity.label for m in result.mentions}


@pytest.mark.parametrize("text", ONE_GROUP, ids=ONE_GROUP)
def test_a_groups_name_plural_and_fighters_are_one_actor(text):
    labels = _labels(text)
    assert {label for written, label in labels.items() if "Zorvani" in written} == {"Zorvani"}


def test_a_peoples_word_before_militants_stays_a_description():
    assert _labels("Kurdish militants attacked Chilean troops.")["Kurdish militants"] == "Kurdish militants"


def test_a_plural_beside_a_person_is_no_group():
    labels = _labels("Prince William met Chile's president. The Williams family was there too.")
    assert labels.get("Williams") != "Prince William"


def test_a_word_before_a_noun_names_no_group_for_the_plural():
    labels = _labels("Zorvani voters were angry in Arica. The minister said Zorvanis would be targeted.")
    assert labels["Zorvanis"] == "Zorvanis"
