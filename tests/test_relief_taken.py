"""Relief or supplies "taken from" someone are taken away from them, no aid the taker receives: "aid to the flood
victims will not take relief from Africa" makes Africa support no one. Sentences and names of our own."""

from __future__ import annotations

from tests.conftest import extract, triples


def test_relief_taken_from_someone_is_no_aid_received():
    text = ("Norland aid to help the victims of the floods will not take much needed relief from Africa, "
            "Prime Minister Lena Kask has promised.")
    records = triples(extract(text), asserted_only=False)
    assert not any(subject == "Africa" and relation == "supports" for subject, relation, _ in records), records
    assert ("Peru", "supports", "Chile") in triples(extract("Chile received aid from Peru after the floods."))
