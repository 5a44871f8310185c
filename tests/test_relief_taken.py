"""Relief or supplies "taken from" someone are taken away from them, no aid the taker receives: "their flood
aid will not take relief from Africa" makes Africa support no one. Sentences and names of our own."""

from __future__ import annotations

from tests.conftest import extract, triples


def test_relief_taken_from_someone_is_no_aid_received():
    text = ("Lena Kask, Norland's prime minister, has promised that her country's flood aid will not take badly "
            "needed relief from Africa.")
    records = triples(extract(text), asserted_only=False)
    assert not any(subject == "Africa" and relation == "supports" for subject, relation, _ in records), records
    assert ("Peru", "supports", "Chile") in triples(extract("Chile received aid from Peru after the floods."))
