"""A city the gazetteer lists as a body's seat (seat_aliases) stands for the body only when it is an argument itself
("Warsaw had asked Brussels"); before a noun that needs an owner ("Brussels police") it is the city, owned by the
country whose capital it is, as any capital is (review of the merged change). Seats of our own, and Brussels."""

from __future__ import annotations

import json
import shutil

import pytest

from graph_builder import api
from graph_builder.vocab import load_lexicon
from tests.conftest import extract

CASES = [
    ("Brussels police arrested Tom Hale.", ("police of Belgium", "coerces", "Tom Hale")),
    ("Warsaw had asked Brussels to release the funds.", ("Poland", "appealsTo", "European Union")),
]


@pytest.mark.parametrize(("sentence", "triple"), CASES)
def test_a_seat_before_a_noun_is_the_city(sentence, triple):
    assert [(r.subject.label, r.relation, r.object.label) for r in extract(sentence)] == [triple]


def test_a_seat_of_our_own(tmp_path):
    folder = tmp_path / "ontology"
    shutil.copytree(load_lexicon().folder, folder)
    path = folder / "gazetteer.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**data, "seat_aliases": {"Madrid": "Velmish Union"}}), encoding="utf-8")
    found = {(r.subject.label, r.relation, r.object.label)
             for text in ("Madrid police arrested Tom Hale.", "Madrid criticised Tom Hale over the new law.")
             for r in api.extract(text, ontology=folder)}
    assert found == {("police of Spain", "coerces", "Tom Hale"), ("Velmish Union", "criticizes", "Tom Hale")}
