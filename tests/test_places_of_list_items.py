"""The place of a relation whose end is one item of a list of places ("opened embassies in Lima in Peru and Quito in
Ecuador") is no other item of that list: the embassy in Ecuador is not in Peru. A place that is or is in the one
country every end names stays ("opened an embassy in Quito, in Ecuador"), and so does a place beside an end that
is no listed place. The one capital among the places a subject goes to is the place of the going only when every
place is its country ("Peru sent troops to Chile and Kabul": Chile is not in Kabul). Sentences of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def _places(text: str) -> dict[str, str | None]:
    return {r.object.label: r.place.label if r.place else None for r in extract(text, date="2026-01-05")}


@pytest.mark.parametrize(("text", "country"), [
    ("Britain opened embassies in Lima in Peru and Quito in Ecuador.", "Ecuador"),
    ("Britain opened embassies in Lima in Peru and Quito in Ecuador.", "Peru"),
    ("The Foreign Office has opened new missions in Quito in Ecuador and Riga in Latvia.", "Latvia"),
    ("Britain has opened consulates in Peru, Ecuador and Riga in Latvia.", "Peru"),
    ("Spain has opened embassies in Tunis in Tunisia, Hanoi in Vietnam and Riga in Latvia.", "Vietnam"),
    ("Peru sent troops to Chile and Kabul.", "Chile"),  # a capital among destinations
    ("Tom Hale flew to Chile and Kabul.", "Chile"),
])
def test_another_place_of_a_list_is_no_place(text, country):
    assert _places(text).get(country, "no record") in (None, country), _places(text)


@pytest.mark.parametrize(("text", "country", "place"), [
    ("Britain opened an embassy in Quito, in Ecuador.", "Ecuador", "Quito"),
    ("Tom Hale met Ann Reed in Quito in Ecuador.", "Ann Reed", "Quito"),
])
def test_the_place_of_the_one_country_stays(text, country, place):
    assert _places(text).get(country) == place, _places(text)
