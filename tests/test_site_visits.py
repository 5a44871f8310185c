"""A visit to a site that is no actor ("visited a camp in the Kenyan capital", "toured two factories in Portugal") is
a visit to the place the site is in (visits, CAMEO 042); a person or a group visited there is met or visited
themselves, and a site with no place named gives nothing. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "expected"), [
    ("On Friday, Tom Varga visited a flood camp in the Kenyan capital Nairobi.", ("Tom Varga", "visits", "Nairobi")),
    ("Anna Kiel toured two cork factories in Portugal.", ("Anna Kiel", "visits", "Portugal")),
    ("In Lisbon, Anna Kiel visited a cork factory.", ("Anna Kiel", "visits", "Lisbon")),
    # people visited who are no person of their own: where they are is where the visit goes
    ("Anna Kiel visited the Chilean community in Lisbon on Friday.", ("Anna Kiel", "visits", "Lisbon")),
    ("Anna Kiel visited Danish troops in Portugal.", ("Anna Kiel", "visits", "Portugal")),
])
def test_a_site_visited_is_a_visit_to_its_place(text, expected):
    assert expected in triples(extract(text))


@pytest.mark.parametrize("text", [
    "Tom Varga visited his sister in hospital.",
    "Tom Varga visited a cork factory on Friday.",
])
def test_a_site_with_no_place_gives_no_visit(text):
    assert not [r for r in extract(text) if r.relation == "visits"]


def test_a_person_visited_in_a_place_is_met_there():
    found = extract("Tom Varga visited Anna Kiel in Lisbon.")
    assert [(r.relation, r.object.label, r.place.label if r.place else None) for r in found] == [
        ("meets", "Anna Kiel", "Lisbon")]
