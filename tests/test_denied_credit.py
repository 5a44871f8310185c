"""Credit or praise denied to an actor in reported speech ("X said Y had never deserved any credit", "Y deserved no
credit"): a merit denied (kg:Merit "deserve credit"), X criticizes Y; credit granted praises no one here. Sentences
and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("text", [
    "Anna Kiel wrote that Tom Vosper had never deserved any credit for saving the ferries.",
    "Anna Kiel said Tom Vosper deserved no credit for the ferry deal.",
    "\"Tom Vosper does not deserve praise for the toll,\" said Anna Kiel.",
])
def test_credit_denied_in_speech_criticizes(text):
    assert ("Anna Kiel", "criticizes", "Tom Vosper") in triples(extract(text))


@pytest.mark.parametrize("text", [
    "Anna Kiel said Tom Vosper deserved credit for the ferry deal.",
    "Tom Vosper had never deserved any credit for saving the ferries.",
])
def test_credit_granted_or_denied_in_no_ones_speech_criticizes_no_one(text):
    assert not [r for r in extract(text) if r.relation == "criticizes"]
