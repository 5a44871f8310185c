"""A reported clause whose subject is a name of its own is about that actor, not the country or firm that owns it
("Peru's Minera Andina would end the deal" is not about Peru); a subject that is a thing still stands for its owner
("Peru's plan would fail"). statements.reported_actors. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CASES = {
    "Halvern said Peru's Minera Andina was likely to end a supply agreement.": ("Minera Andina", "Peru"),
    "President Morales added that Chile's Codelco could join the deal soon.": ("Codelco", "Chile"),
}


@pytest.mark.parametrize("text", list(CASES))
def test_a_named_subject_is_commented_on_not_its_owner(text):
    named, owner = CASES[text]
    records = triples(extract(text, date="2026-01-05"))
    assert {r[2] for r in records if r[1] == "commentsOn"} == {named}, records
    assert owner not in {r[2] for r in records}


def test_an_owned_thing_stands_for_its_owner():
    records = triples(extract("Halvern said Peru's plan would fail."))
    assert ("Halvern", "criticizes", "Peru") in records, records
