"""A city the gazetteer lists as an organisation's seat (seat_aliases: Brussels -> European Union) stands for that
organisation as an actor, as a capital stands for its country, and is the place where an event happens. Names of
our own."""

from __future__ import annotations

import pytest

from graph_builder.gazetteer import Gazetteer
from tests.conftest import extract

CASES = [
    ("Warsaw had asked Brussels to release the funds.", ("Poland", "appealsTo", "European Union")),
    ("Brussels criticised Warsaw over the new law.", ("European Union", "criticizes", "Poland")),
]


@pytest.mark.parametrize(("sentence", "triple"), CASES)
def test_a_seat_stands_for_its_body(sentence, triple):
    assert [(r.subject.label, r.relation, r.object.label) for r in extract(sentence)] == [triple]


def test_a_seat_named_as_a_place_is_the_place():
    found = extract("Ana Ruiz met Tom Hale in Brussels.")
    assert [(r.subject.label, r.object.label, r.place and r.place.label) for r in found] == [
        ("Ana Ruiz", "Tom Hale", "Brussels")]


def test_seats_are_data():
    gazetteer = Gazetteer.from_data({**_data(), "seat_aliases": {"Carrow": "Velmish Union"}})
    assert gazetteer.seat("Carrow") == "Velmish Union" and gazetteer.seat("Warsaw") is None


def _data() -> dict:
    import json

    from graph_builder.vocab import load_lexicon

    return json.loads((load_lexicon().folder / "gazetteer.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("sentence", ["Tom Hale flew to Brussels for talks with Nato chiefs.",
                                      "Norway and Sweden travel to Brussels for the summit."])
def test_a_seat_gone_to_is_its_country(sentence):
    assert {(r.relation, r.object.label) for r in extract(sentence)} == {("visits", "Belgium")}


def test_a_visit_to_a_seat_is_one_to_its_country():
    assert {(r.relation, r.object.label) for r in extract("Tom Hale's visit to Brussels angered Ana Ruiz.")
            if r.relation == "visits"} == {("visits", "Belgium")}
