"""A company named before the longer name of its unit is the parent, not the unit (issue 14): in "Velcor will shut the
Velcor Engines plant" Velcor stays Velcor, and its chairman leads Velcor; a longer name written first still takes
the short name that follows as its own ("Harlow Group ... Harlow said")."""

from __future__ import annotations

from graph_builder.build import process
from graph_builder.records import Document
from tests.conftest import extract, triples


def labels(text: str) -> set[str]:
    return {e.label for r in process([Document(id="c", text=text, source="<test>")]) for e in r.entities}


PARENT_FIRST = ("Velcor is to close its engine plant. The unions say Velcor will shut the Velcor Engines plant near "
                "Tarn. Velcor chairman Tom Reed met union leaders on Tuesday.")


def test_a_company_named_before_its_units_name_is_the_parent():
    found = labels(PARENT_FIRST)
    assert {"Velcor", "Velcor Engines"} <= found, found


def test_the_parents_chairman_leads_the_parent():
    found = triples(extract(PARENT_FIRST))
    assert ("Tom Reed", "leaderOf", "Velcor") in found, found
    assert ("Tom Reed", "leaderOf", "Velcor Engines") not in found, found


def test_a_short_name_after_the_full_name_is_that_company():
    found = labels("Harlow Group has reported record profits. Harlow said its bankers had a good year, and Ann Hale, "
                   "chief executive of Harlow, praised them.")
    assert "Harlow Group" in found and "Harlow" not in found, found


def test_a_headline_short_name_run_into_the_full_name_is_that_company():
    found = labels("Harlow profits soar Harlow Group has reported record profits. Harlow said its bankers had a good "
                   "year.")
    assert "Harlow Group" in found and "Harlow" not in found, found
