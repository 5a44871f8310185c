"""A committee or an inquiry that the text does not name but only ties to a legislature ("a Senate committee", "the
MPs' committee", "a committee of senators", "told a Senate inquiry") is not the legislature: evidence given or words
said to it brief or address no chamber (they were the chamber's). A committee named as one stays its own actor, and
the chamber told directly stays the chamber. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

CHAMBERS = {"House of Commons", "Senate", "legislators", "Norland Parliament"}


@pytest.mark.parametrize("text", [
    "Minister Arvo Pellik gave evidence to a Commons committee last week.",
    "Minister Arvo Pellik gave evidence to a Senate committee last week.",
    "Minister Arvo Pellik told a Norland Parliament committee that the prisons were full.",
    "Senator Lena Kask said bridge tolls could also be raised, she told a Senate inquiry.",
    "But Norland Party spokesman Arvo Pellik warned the MPs' committee that the plan might fail.",
    "The Caldera Water Agency warned a committee of senators that the old dams were failing.",
])
def test_an_unnamed_committee_of_a_chamber_is_not_the_chamber(text):
    found = [(r.subject.label, r.relation, r.object.label) for r in extract(text)]
    assert not [t for t in found if t[2] in CHAMBERS], found


@pytest.mark.parametrize(("text", "expected"), [
    ("Minister Arvo Pellik gave evidence to the Senate Finance Committee last week.",
     ("Arvo Pellik", "briefs", "Senate Finance Committee")),
    ("Minister Arvo Pellik told the Senate that the prisons were full.", ("Arvo Pellik", "commentsOn", "Senate")),
])
def test_a_named_committee_or_the_chamber_itself_is_still_told(text, expected):
    assert expected in [(r.subject.label, r.relation, r.object.label) for r in extract(text)]
