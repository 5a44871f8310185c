"""Idioms of criticism or praise with a common literal reading (leading the way in a race, cutting a corner at a
chicane, losing one's way in the fog, out of one's depth in a pool, dragging one's feet after an injury) and words of
a state rather than a judgement (in denial about an illness; "incapable", "delusional", "feeble" likewise) judge
no one: the ontology keeps them out of kg:Disapproval and kg:Approval, and 'be soft on' only with its political object
('soft on crime').
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


@pytest.mark.parametrize("text", [
    "Mara Voss said Arvo Pellik led the way after the first round at the Caldera Open.",
    "Mara Voss said Caldera Motors led the way in electric cars.",
    "Mara Voss said Arvo Pellik cut the corner at the final chicane.",
    "Mara Voss said Arvo Pellik was soft on the ball.",
    "Mara Voss said Arvo Pellik had been dragging his feet after the knee injury.",
    "Mara Voss said Arvo Pellik had lost his way in the fog.",
    "Mara Voss said Arvo Pellik was out of his depth in the deep end of the pool.",
    "Arvo Pellik said Mara Voss was in denial about her illness.",
])
def test_a_literal_reading_or_a_state_judges_no_one(text):
    assert not any(relation in ("criticizes", "praises") for _, relation, _, _, _ in facts(text)), facts(text)


def test_soft_on_crime_still_criticizes():
    text = "Mara Voss said Arvo Pellik was soft on crime in Norland."
    assert ("Mara Voss", "criticizes", "Arvo Pellik", False, "asserted") in facts(text), facts(text)
