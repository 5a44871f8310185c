"""An organisation's name that lists the subjects it is "for" or "of" is one name, though the model cut it inside
the list ("the Department for Food" + ", Media and Sport"): the subjects are no organisations of their own."""

from __future__ import annotations

import pytest

from graph_builder.build import process
from graph_builder.records import Document


def _labels(text: str) -> set[str]:
    return {m.entity.label for r in process([Document(id="p", text=text, source="<test>")]) for m in r.mentions}


@pytest.mark.parametrize("text, name, part", [
    ("A press officer at the Department for Schools and Skills said the figures were wrong.",
     "Department for Schools and Skills", "Skills"),
    ("The Department for Food, Media and Sport said it would reply within the week.",
     "Department for Food, Media and Sport", "Sport"),
    ("Ms Hale joined the Department for Schools, Youth and Sport in May.",
     "Department for Schools, Youth and Sport", "Department for Schools"),
])
def test_a_list_of_subjects_closes_the_name(text, name, part):
    labels = _labels(text)
    assert name in labels and part not in labels


def test_a_name_after_and_is_no_subject():
    labels = _labels("The Department for Housing and Michael Grey disagreed over the funding.")
    assert {"Department for Housing", "Michael Grey"} <= labels


def test_an_organisation_after_and_is_no_subject():
    labels = _labels("The Department of Fisheries and Harbour Users Association both objected.")
    assert "Department of Fisheries" in labels and not any("Association" in x and "Department" in x for x in labels)
