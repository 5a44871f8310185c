"""A person tied with no title to a research institute, a think tank or a university ("Tom Reed, from the Norland
Institute for Fiscal Research", "Ann Vale, of the Caldera Policy Centre") is its staff, employedBy (senses.yaml's
``research`` class, a kg:StaffClass), as the staff of a firm are; a party named by such a word ("the Centre Party")
keeps its members. Documents and names of our own."""

from __future__ import annotations

import pytest

from graph_builder import extract


def _ties(text: str) -> set[tuple[str, str, str]]:
    return {(r.subject.label, r.relation, r.object.label) for r in extract(text, date="2005-03-01")
            if r.subject.type == "Person"}


@pytest.mark.parametrize(("text", "tie"), [
    ("Tom Reed, from the Norland Institute for Fiscal Research, said taxes would rise.",
     ("Tom Reed", "employedBy", "Norland Institute for Fiscal Research")),
    ("Ann Vale, of the Caldera Policy Centre, said the plan would fail.",
     ("Ann Vale", "employedBy", "Caldera Policy Centre")),
])
def test_untitled_people_of_a_research_body_are_its_staff(text, tie):
    assert tie in _ties(text)


def test_a_party_named_by_a_research_word_keeps_its_members():
    assert ("Tom Reed", "memberOf", "Centre Party") in _ties("Tom Reed, of the Centre Party, said the plan would fail.")
