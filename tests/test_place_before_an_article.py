"""A place named just before an article is no owner of the noun after it (issue 14): in "told the forum in Lisbon
the government was wrong" the parse runs "Lisbon the government" together, but the article opens a phrase of its
own, so "Lisbon" stays the place where the telling was (no government mention swallows it); "the Portuguese
government" still has its owner. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


@pytest.mark.parametrize(("text", "relation", "target"), [
    ("Senator Mara Kovic told the Harbour Forum in Lisbon the government was wrong.", "briefs", "Harbour Forum"),
    ("Senator Mara Kovic told the Harbour Forum in Lisbon the government was wrong.", "criticizes",
     "government of Portugal"),
    ("Senator Mara Kovic told reporters in Lisbon the Portuguese government had failed.", "criticizes",
     "government of Portugal"),
])
def test_a_place_before_an_article_is_where_the_telling_was(text, relation, target):
    found = {(r.object.label, r.place.label if r.place else None) for r in extract(text) if r.relation == relation}
    assert found == {(target, "Lisbon")}
