"""An organisation's name ends before the lowercase words the model ran on into (issue 14, a blind reading of BBC
records): "the Conservative housing and transport proposals" are the party's, no organisation of that name (a name that
ends in a lowercase organisation's word is left whole)."""

from __future__ import annotations

from graph_builder.build import process
from graph_builder.records import Document
from tests.conftest import extract


def types(text: str) -> dict[str, str]:
    (result,) = process([Document(id="o0", text=text, source="<test>")])
    return {e.label: e.type for e in result.entities}


def test_lowercase_words_after_a_party_word_are_no_part_of_a_name():
    found = types('Ms Varga warned: "The Conservative housing and transport proposals would wreck the recovery."')
    assert found.get("Conservative Party") == "Organization", found
    assert not [label for label in found if "proposals" in label], found


def test_a_hyphened_word_is_not_cut_inside():
    found = [(r.relation, r.object.label) for r in extract(
        "Varga leaves 'rotten' UKIP Ex-radio host Ilse Varga has resigned from the UK Independence Party, calling it "
        "dishonest.")
             if r.relation == "memberOf"]
    assert not [t for t in found if "Ex" in t[1]], found


def test_one_capitalised_word_after_and_belongs_to_the_name_after_for_or_of():
    found = extract("A Department for Farming and Forestry spokeswoman said Mayor Tom Reyes was still in post.",
                    date="2026-01-05")
    assert {r.subject.label for r in found} == {"Department for Farming and Forestry"}, found
