"""A name the parser hangs as an appositive on a noun that a conjunct or another appositive stands between is an
item of a list, not a renaming of that noun: no place word before the noun locates it ("the U.K. Embassy Chargé
d'Affaires, Tom Reed and Ann Hale, director of X, Heritage Board of Togo" puts no Togolese board in the United
Kingdom). Sentences and names of our own."""

from __future__ import annotations

from tests.conftest import extract

LIST = ("Today at the National Museum in Accra, the U.K. Embassy Chargé d'Affaires, a.i., Tom Reed and Dr. Ann Hale, "
        "Acting Director of the Office of Archives at the Togolese Ministry of Culture, Heritage Board of Togo (HBT) "
        "announced the grant.")


def test_a_listed_name_is_located_by_no_place_word_of_another_item():
    found = {(r.subject.label, r.relation, r.object.label) for r in extract(LIST)}
    assert not any(relation == "locatedIn" for _, relation, _ in found), found
