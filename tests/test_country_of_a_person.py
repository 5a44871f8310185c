"""A country named before a person before an event noun ("Chilean President X held talks with Y", which the
parser may read as one noun phrase "... held talks") is the person's, not who takes part in the event; a
country that modifies the event noun itself still acts in it. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


@pytest.mark.parametrize("sentence", [
    "Chilean President Tomas Ibarra-lund held talks with Peruvian Trade Minister Lia Roca on Friday.",
    "South Korean President Ana Kim-sung held talks with US envoy Lia Roca on Friday.",
])
def test_the_country_of_a_person_the_parser_misread_does_not_hold_the_talks(sentence):
    assert [r.subject.label for r in extract(sentence) if r.relation == "meets"] in ([], ["Tomas Ibarra-lund"])


def test_a_country_that_modifies_the_event_still_acts_in_it():
    assert [(r.subject.label, r.relation, r.object.label) for r in extract("Chilean strikes on Arica killed four.")
            ] == [("Chile", "attacks", "Arica")]
