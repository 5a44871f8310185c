"""Telling a newspaper, a news agency or a court is an interview or testimony, no briefing of a counterpart, however
the text names the outlet or court: by a noun of its class ("the Harbour Post newspaper", "the Lima newspaper El
Sol", "Andes news agency", "a Lima court", "Peruvian media", "sports daily X", "radio station X", as written or by
lemma; senses.yaml ``nouns``), not only by a word of its name ("The Sun"; a news agency's initials or French name:
"AFP", "AP", "Agence France Presse"). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def found(sentence):
    return {(r.subject.label, r.relation, r.object.label) for r in extract(sentence, date="2026-01-05")}


@pytest.mark.parametrize("sentence", [
    "Ivo Marsh told a Lima court that the file was unclear.",
    "Ivo Marsh told the Lima newspaper El Sol that the plan would fail.",
    "Ivo Marsh told the Vanguardia Andina newspaper that the plan would fail.",
    "Ivo Marsh told Andes news agency that the plan would fail.",
    "Ivo Marsh told Peruvian media that the plan would fail.",
    "Ivo Marsh told the Chilean press that the budget was on track.",
    "Ivo Marsh told sports daily Gazeta Austral that the plan would fail.",
    "Ivo Marsh told private Chilean radio station Cadena Austral that the plan would fail.",
    'Ivo Marsh told The Sun the plan was "a waste of time".',
    "Ivo Marsh told AFP that the plan would fail.",
    "Ivo Marsh told AP that the plan would fail.",
    "Ivo Marsh told Agence France Presse that the plan would fail.",
])
def test_an_outlet_or_court_told_is_briefed_by_no_one(sentence):
    records = found(sentence)
    assert not [r for r in records if r[1] == "briefs"], records


def test_a_body_told_is_briefed():
    assert ("Ivo Marsh", "briefs", "Harbour Council") in found(
        "Ivo Marsh told the Harbour Council that the plan would go ahead.")


def test_a_person_after_a_title_of_the_press_is_briefed():
    found_here = found("Ivo Marsh told press secretary Ana Soto that the plan was off.")
    assert ("Ivo Marsh", "briefs", "Ana Soto") in found_here
