"""A common noun argument that names its examples ("leaders such as X and Y", "several countries, including X")
stands for each of them. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def found(sentence):
    return {(r.subject.label, r.relation, r.object.label) for r in extract(sentence, date="2026-01-05")}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Tom Reyes met regional leaders such as Ann Hale and Peter Rusk in the spring.",
     {("Tom Reyes", "meets", "Ann Hale"), ("Tom Reyes", "meets", "Peter Rusk")}),
    ("Tom Reyes criticised several neighbours, including Chile and Peru, over the river.",
     {("Tom Reyes", "criticizes", "Chile"), ("Tom Reyes", "criticizes", "Peru")}),
])
def test_the_examples_of_a_noun_are_its_actors(sentence, expected):
    assert expected <= found(sentence)


def test_what_a_plan_includes_is_no_example_of_an_actor():
    assert not {f for f in found("Tom Reyes criticised the plan, including its cost to Chile.") if f[2] == "Chile"}
