""""Number 10" and "No 10" without a determiner are the prime minister's office, Downing Street
(``organization_aliases`` in ontology/gazetteer.json), which the model takes for no name or cuts at the number;
the entity ruler takes an alias of a word and a number whole. A prefix joined by a hyphen to such a name ("Ex-No
10") is no name of its own. Sentences and names of our own."""

from __future__ import annotations

import pytest

from graph_builder.build import process
from graph_builder.records import Document
from tests.conftest import facts


@pytest.mark.parametrize(("text", "expected"), [
    ("No 10 criticised Ann Lowe over her remarks on Monday.",
     ("Downing Street", "criticizes", "Ann Lowe", False, "asserted")),
    ("Number 10 has rejected the demands of Ann Lowe.",
     ("Downing Street", "rejects", "Ann Lowe", False, "asserted")),
    ("Tom Reed quit Number 10 in May to join a bank.",
     ("Tom Reed", "memberOf", "Downing Street", False, "past")),
])
def test_number_ten_is_downing_street(text, expected):
    assert expected in facts(text)


def test_a_hyphened_prefix_before_number_ten_is_no_actor():
    records = facts("Ex-No 10 press chief Tom Reed praised Ann Lowe.")
    assert ("Tom Reed", "memberOf", "Downing Street", False, "past") in records, records
    assert not [r for r in records if "Ex" in (r[0], r[2])], records


@pytest.mark.parametrize("text", [
    "Wayne Rooney will wear the No 10 shirt against Spain.",
    "Ann Lowe was seeded No 10 at the open in Madrid.",
    "Ann Lowe, the world No 10, beat Tom Reed in Paris.",
])
def test_a_number_after_a_determiner_a_participle_or_a_noun_is_no_office(text):
    labels = [entity.label for entity in process([Document(id="t", text=text, date=None, source="<test>")])[0].entities]
    assert "Downing Street" not in labels, labels
