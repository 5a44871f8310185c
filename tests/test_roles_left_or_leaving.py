"""A role led for a span that is over ("led the party for six years", simple past with "for" and a duration) is past,
as "former" makes it; one led for a span still running ("has led it for six years") holds. A leaving that is only
announced ("is stepping down as leader") leaves the role held. "A decade" is a duration, not a date. Sentences
and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, facts

DATE = "2025-05-01"

CASES = [
    ("Greta Lind led the Harbour Party for six years.", "Greta Lind", "Harbour Party", "past"),
    ("Pavel Sorn, who led the Harbour Party for nine years, spoke on Monday.", "Pavel Sorn", "Harbour Party", "past"),
    ("Greta Lind chaired Velmar Bank for a decade.", "Greta Lind", "Velmar Bank", "past"),
    ("Pavel Sorn stepped down as leader of the Harbour Party.", "Pavel Sorn", "Harbour Party", "past"),
    # guards: a span still running, no span, an announced leaving
    ("Greta Lind has led the Harbour Party for six years.", "Greta Lind", "Harbour Party", "asserted"),
    ("Greta Lind led the Harbour Party to victory in the spring.", "Greta Lind", "Harbour Party", "asserted"),
    ("Pavel Sorn is stepping down as leader of the Harbour Party.", "Pavel Sorn", "Harbour Party", "asserted"),
]


@pytest.mark.parametrize(("text", "leader", "party", "modality"), CASES, ids=[case[0] for case in CASES])
def test_a_role_led_for_a_span_that_is_over_is_past(text, leader, party, modality):
    led = {m for s, r, o, negated, m in facts(text, date=DATE) if (s, r, o) == (leader, "leaderOf", party)
           and not negated}
    assert led == {modality}, led


def test_a_decade_is_no_date():
    chaired = [r for r in extract("Greta Lind chaired Velmar Bank for a decade.", date=DATE)
               if r.relation == "leaderOf"]
    assert chaired and all(r.time_start is None for r in chaired), chaired
