"""Agreeing on a view is no cooperation: an "about" phrase or a clause of what is so ("X and Y agreed about what had
happened", "Y agrees with me that Caldera is a fine port") shares a view; a clause of what is to be done ("agreed
with Y that she would step down", "that the vote be put off") or a to-infinitive settles something, cooperation.
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("text", [
    "Senator Ilse Varga and Governor Tomas Reyes agreed about what had happened at the harbour.",
    "Arvo Pellik agrees with me that Caldera is a fine port.",
    "Norland and Caldera agreed that the tolls were too high.",
])
def test_a_view_agreed_on_is_no_cooperation(text):
    found = triples(extract(text), asserted_only=False)
    assert not any(relation == "cooperatesWith" for _, relation, _ in found), found


@pytest.mark.parametrize(("text", "subject", "obj"), [
    ("Arvo Pellik agreed with Ruth Adler that she would leave the finance ministry before the election.",
     "Arvo Pellik", "Ruth Adler"),
    ("The Harbour Council agreed with the Ferry Union that the vote be put off.", "Harbour Council", "Ferry Union"),
    ("Norland and Caldera agreed to open talks on the tolls.", "Norland", "Caldera"),
])
def test_what_is_to_be_done_agreed_on_is_cooperation(text, subject, obj):
    assert (subject, "cooperatesWith", obj) in triples(extract(text))
