"""Every event a build states carries a CAMEO code (kg:cameoCode): the finer one where its pattern knows it, else
its relation's root. Criticism voiced in reported speech (the quotes extractor) had none, so a query by code or by
quad class (examples/queries/conflict_and_cooperation.rq) missed it; 51 of the 145 criticisms of the BBC politics
build. Affiliations keep none. Sentences of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_builder.build import process
from graph_builder.query import run_query
from graph_builder.rdf import to_rdf
from graph_builder.records import Document

ROOT = Path(__file__).resolve().parents[1]
VOICED = ["Senator Idris Kale said Governor Mara Toft's plan was a disgrace.",
          "Senator Idris Kale said Governor Mara Toft had failed the valley towns."]


@pytest.mark.parametrize("text", VOICED)
def test_criticism_voiced_in_speech_carries_the_root_code(text):
    results = process([Document(id="t", text=text, date=None, source="<test>")])
    found = [r for r in results[0].relations if r.relation == "criticizes" and r.extractor == "quotes"]
    assert [(r.subject.label, r.object.label, r.cameo_code) for r in found] == [("Idris Kale", "Mara Toft", "11")]
    query = (ROOT / "examples" / "queries" / "conflict_and_cooperation.rq").read_text(encoding="utf-8")
    rows = {(str(row.actor), str(row.quadClass)) for row in run_query(to_rdf(results), query)}
    assert ("Idris Kale", "verbal conflict") in rows


def test_an_affiliation_keeps_no_code():
    """A guard (passes on main too): affiliations are not CAMEO events."""
    results = process([Document(id="t", text="Governor Mara Toft, a member of the Harbour Party, spoke on Monday.",
                                date=None, source="<test>")])
    found = [r for r in results[0].relations if r.relation in ("memberOf", "leaderOf")]
    assert found and all(r.cameo_code is None for r in found)
