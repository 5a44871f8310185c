"""A product's or an award's name (gazetteer product_names: "Oscar", "Emmy") is no actor only after a determiner or
a possessive ("his Oscar", "the Xbox") or where the model took it for no person; a name the model read as a
person's with nothing before it is the person's ("Oscar criticised Tom Hale"), as a longer name holding one is
("Oscar Vale") (review of the merged change). Sentences of our own."""

from __future__ import annotations

import pytest

from graph_builder import api


def _triples(text):
    return {(r.subject.label, r.relation, r.object.label) for r in api.extract(text) if r.object is not None}


@pytest.mark.parametrize(("text", "triple"), [
    ("Oscar criticised Tom Hale.", ("Oscar", "criticizes", "Tom Hale")),
    ("Oscar Vale criticised Tom Hale.", ("Oscar Vale", "criticizes", "Tom Hale")),
    ("Emmy Hart criticised Tom Hale.", ("Emmy Hart", "criticizes", "Tom Hale")),
])
def test_a_person_so_named_is_an_actor(text, triple):
    assert triple in _triples(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Tom Hale turned down his Oscar.", "Oscar"),
    ("Ana Ruiz turned down her best actress Oscar in 1980.", "Oscar"),
    ("Tom Hale praised the Xbox.", "Xbox"),
])
def test_a_determined_award_or_product_is_no_actor(text, name):
    assert not any(name in end for triple in _triples(text) for end in (triple[0], triple[2]))
