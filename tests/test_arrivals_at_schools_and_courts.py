"""Arriving at a school or a court is coming to an event or a case held there, no visit (visits, CAMEO 042), as
going to one is; arriving at a country or a city stays a visit. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


@pytest.mark.parametrize("sentence", [
    "Minister Arvo Pellik arrived at Kestrel Grammar School for the debate on Friday.",
    "Tomas Reyes arrived at the Norland High Court on Wednesday.",
    "Tomas Reyes's arrival at the Norland High Court was delayed by an hour.",
])
def test_arriving_at_a_school_or_a_court_is_no_visit(sentence):
    arrived = extract(sentence)
    assert not any(r.relation == "visits" for r in arrived), arrived
    visited = extract("Minister Arvo Pellik arrived at Caldera on Friday.")
    assert any(r.relation == "visits" and r.object.label == "Caldera" for r in visited), visited
