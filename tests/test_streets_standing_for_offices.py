"""A street that stands for the offices along it (gazetteer seat_aliases: "Whitehall", the civil service) is an
organisation where it acts or is spoken of, even where the model tagged nothing there, and stays a place where
something happens in it. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


@pytest.mark.parametrize("text", [
    "Tom Varrick said Whitehall had ignored the rules.",
    "Tom Varrick accused Whitehall of hiding the report.",
])
def test_a_street_spoken_of_is_the_offices(text):
    ends = {end.label: end.type for r in extract(text, date="2026-01-05") for end in (r.subject, r.object)}
    assert ends.get("Whitehall") == "Organization"


def test_a_street_where_something_happens_is_a_place():
    found = extract("Tom Varrick criticised Ann Polder at a rally in Whitehall.", date="2026-01-05")
    assert [(r.object.label, r.place.label if r.place else None) for r in found] == [("Ann Polder", "Whitehall")]
