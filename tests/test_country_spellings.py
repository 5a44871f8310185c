"""The country data's other spellings that are English words or names are no countries in English news: the surname
"Mann" is no Isle of Man, "Island" no Iceland (ontology/gazetteer.json not_country_spellings). Sentences and names
of our own."""

from __future__ import annotations

from graph_builder.vocab import load_lexicon
from tests.conftest import extract


def test_a_surname_that_spells_a_country_is_a_person():
    records = {(r.subject.label, r.relation, r.object.label)
               for r in extract("Yet Tom Mann, a senior analyst at Harbour Credit, said Ivo Reyes was wrong.",
                                date="2026-01-05")}
    assert not [r for r in records if "Isle of Man" in (r[0], r[2])], records
    assert ("Tom Mann", "employedBy", "Harbour Credit") in records, records


def test_the_countries_keep_their_names():
    gazetteer = load_lexicon().gazetteer
    assert gazetteer.country("Island") is None and gazetteer.country("Mann") is None
    assert gazetteer.country("Iceland") == "Iceland" and gazetteer.country("Isle of Man") == "Isle of Man"
