"""A person's span opens at a name (issue 14, a blind reading of BBC records): a span the model drew over a party's
possessive and a scheme ("the Lib Dem's Citizen's Wage") names no person, since no first name follows its last
possessive, and a word run together with a lowercase one ("ofNew Labour") is cut to the name; a first name after a
possessive opens the person's name ("Mr Blair's Tom Hadley")."""

from __future__ import annotations

import pytest

from graph_builder.build import process
from graph_builder.records import Document


def labels(text: str) -> set[str]:
    (result,) = process([Document(id="p0", text=text, source="<test>")])
    return {e.label for e in result.entities}


SCHEMES_AND_RUN_TOGETHER = ("The Lib Dem's Citizen's Wage, paid to all, would end that unfairness, Mr Hadley argues.",
                            "The Lib Dem's People's Pension would end that unfairness, Mr Hadley argues.",
                            "Ann Hale said the purpose ofNew Labour was to increase personal prosperity for all.")


@pytest.mark.parametrize("text", SCHEMES_AND_RUN_TOGETHER)
def test_no_person_opens_with_a_possessive_or_a_lowercase_word(text):
    wrong = {label for label in labels(text) if "'s" in label or label[:1].islower()}
    assert wrong == set(), wrong


def test_a_first_name_after_a_possessive_opens_the_name():
    assert "Tom Hadley" in labels("Mr Blair's Tom Hadley attacked Michael Howard.")
