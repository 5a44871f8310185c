"""A holder the sentence says was removed from the post (kg:RemovalVerb: fired, sacked, ousted), in the past and
asserted, no longer holds it: the role the title gives is past. A removal that may come, is denied or is to come,
and a holder who fires others, leave the role held. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def found(sentence):
    return {(r.subject.label, r.relation, r.object.label, r.modality) for r in extract(sentence, date="2026-01-05")}


@pytest.mark.parametrize("sentence", [
    "Harbour Trust chief executive Ann Lee and three senior managers were fired last March.",
    "The board sacked Harbour Trust chairman Ann Lee.",
])
def test_a_removed_holder_held_the_post_before(sentence):
    records = found(sentence)
    assert ("Ann Lee", "leaderOf", "Harbour Trust", "past") in records, records
    assert ("Ann Lee", "leaderOf", "Harbour Trust", "asserted") not in records, records


@pytest.mark.parametrize("sentence", [
    "Harbour Trust chief executive Ann Lee could be fired.",
    "Harbour Trust chief executive Ann Lee was not sacked.",
    "Harbour Trust chairman Ann Lee will be ousted next year.",
    "Harbour Trust chief executive Ann Lee fired two managers.",
])
def test_a_holder_not_removed_holds_the_post(sentence):
    assert ("Ann Lee", "leaderOf", "Harbour Trust", "asserted") in found(sentence)
