"""Talks cut off have ended: "A cut off talks with B" reduces relations (CAMEO 164) and the talks are past, as with
"broke off talks". Sentences and names of our own."""

from __future__ import annotations

from tests.conftest import extract


def test_talks_cut_off_are_past_and_reduce_relations():
    records = {(r.subject.label, r.relation, r.object.label, r.modality)
               for r in extract("Chile has cut off talks with Peru over the border.", date="2026-01-05")}
    assert ("Chile", "reducesRelationsWith", "Peru", "asserted") in records, records
    assert ("Chile", "meets", "Peru", "asserted") not in records, records
