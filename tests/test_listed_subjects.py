"""A list of three names the parser read as a name and its appositive ("A, the wider B and C ...") gives every
item its part in the clause; a description or a title in apposition adds nobody. Sentences and names of our own."""

from __future__ import annotations

from tests.conftest import extract, triples


def test_a_list_read_as_an_apposition_gives_each_item():
    found = triples(extract("Chile, the wider Northern Alliance and the Government of Peru are committed to "
                            "defeating the Red Hand Brigade."), asserted_only=False)
    for fighter in ("Chile", "Northern Alliance", "government of Peru"):
        assert (fighter, "attacks", "Red Hand Brigade") in found, found


def test_a_title_in_apposition_adds_nobody():
    found = extract("Ana Lopez, the Chilean Defence Minister and a former general, criticised the Red Hand "
                    "Brigade on Monday.")
    assert {r.subject.label for r in found if r.relation == "criticizes"} == {"Ana Lopez"}, found
