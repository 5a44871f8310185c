"""A role to be taken up is no role held: "the incoming president of X" leads X in the future (kg:FutureRole), as
"the former president of X" led it in the past; a title with neither word is held now. Sentences and names of our
own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def found(sentence):
    return {(r.subject.label, r.relation, r.object.label, r.modality) for r in extract(sentence, date="2026-01-05")}


@pytest.mark.parametrize("sentence", [
    "Ann Lee, the incoming president of the Harbour Trust, met Tom Reed.",
    "Incoming Harbour Trust chairman Ann Lee said the deal was good.",
])
def test_an_incoming_holder_leads_in_the_future(sentence):
    records = found(sentence)
    assert ("Ann Lee", "leaderOf", "Harbour Trust", "future") in records, records
    assert ("Ann Lee", "leaderOf", "Harbour Trust", "asserted") not in records, records


@pytest.mark.parametrize(("sentence", "modality"), [
    ("Ann Lee, the former president of the Harbour Trust, spoke.", "past"),
    ("Ann Lee, the president of the Harbour Trust, spoke.", "asserted"),
])
def test_other_holders_keep_their_time(sentence, modality):
    assert ("Ann Lee", "leaderOf", "Harbour Trust", modality) in found(sentence)
