"""A counterpart noun with a country before it (kg:CounterpartNoun: "her Azerbaijani counterpart Y") makes Y a member
of that country, with the title of the one whose counterpart Y is, when a title before that one's name, in the
sentence or elsewhere in the document, makes that one a state's (tests/test_counterpart_of_no_state.py: none
otherwise). Names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

CASES = [
    ("Chilean Foreign Minister Ana Ruiz held talks with her Bolivian counterpart, Tom Hale.",
     ("Tom Hale", "memberOf", "government of Bolivia", "Foreign Minister")),
    ("Chilean Foreign Minister Ana Ruiz spoke first. Tom Hale, her French counterpart, said the talks went well.",
     ("Tom Hale", "memberOf", "government of France", "Foreign Minister")),
    ("Prime Minister Ana Ruiz arrived in Sucre. Ms Ruiz held talks with her Bolivian counterpart, Tom Hale.",
     ("Tom Hale", "memberOf", "Bolivia", "counterpart")),
]


@pytest.mark.parametrize(("sentence", "role"), CASES)
def test_a_counterpart_is_of_the_country_named(sentence, role):
    found = [(r.subject.label, r.relation, r.object.label, r.role) for r in extract(sentence)
             if r.subject.label == "Tom Hale" and r.relation in ("memberOf", "leaderOf")]
    assert found == [role]


def test_a_counterpart_of_no_country_has_no_role():
    assert not [r for r in extract("Ana Ruiz met her counterpart Tom Hale.") if r.relation == "memberOf"]


def test_talks_with_a_counterpart_are_with_the_one_named():
    found = extract("Chilean Foreign Minister Ana Ruiz held talks with her Bolivian counterpart, Tom Hale.")
    assert [(r.subject.label, r.object.label) for r in found if r.relation == "meets"] == [("Ana Ruiz", "Tom Hale")]
