"""News outlets named by a noun of senses.yaml's "media" class ("Peru's newspapers", "the Chilean press", "French
media") speak for no country or place that modifies them; an outlet's own name before the noun still speaks ("the
Harbour Post newspaper said"). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("text", [
    "Peru's newspapers claimed that Tarrow Mining was a front for Halvern.",
    "French media said that Tarrow Mining had misled Halvern.",
])
def test_a_country_does_not_speak_through_its_outlets(text):
    records = triples(extract(text, date="2026-01-05"), asserted_only=False)
    assert {r for r in records if r[0] in ("Peru", "France")} == set()


def test_an_outlet_named_before_its_noun_speaks():
    records = triples(extract("The Harbour Post newspaper said that Tarrow Mining had misled Halvern."))
    assert ("Harbour Post", "criticizes", "Tarrow Mining") in records, records


@pytest.mark.parametrize(("text", "outlet"), [
    ("Lily Marsh told BBC 6 Music the album was nearly finished.", "Music"),
    ("\"We are appalled,\" the festival's director, Ann Vale, told the BBC's Focus on Kelso programme.",
     "Focus on Kelso"),
])
def test_a_programme_named_after_its_outlet_is_told_no_briefing(text, outlet):
    """Regression (issue 14, a blind reading of entertainment records): a programme or a branch an outlet's name
    qualifies ("BBC 6 Music", "the BBC's Focus on Kelso programme") was a counterpart the speaker briefed."""
    records = triples(extract(text, date="2026-01-05"), asserted_only=False)
    assert not any(r[1] == "briefs" and r[2] == outlet for r in records), records
    # a person named in full after the outlet is still told
    kept = triples(extract("Ann Vale told BBC Chairman Tom Reed that the plan would fail.", date="2026-01-05"))
    assert ("Ann Vale", "briefs", "Tom Reed") in kept, kept
