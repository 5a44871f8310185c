"""An acronym in brackets right after an organisation's name is its acronym even when it spells the name in another
language ("the Chilean Institute for Mining and Energy (INME)"), and one word that "and" adds after the name's "for"
or "of" is part of the name; "it" after them is that organisation, never a record of it about itself. Sentences and
names of our own."""

from __future__ import annotations

from graph_builder.build import process
from graph_builder.records import Document
from tests.conftest import extract

TEXT = ("The Chilean Institute for Mining and Energy (INME) said it would publish the figures on Monday. "
        "INME also said copper exports fell.")


def test_the_name_runs_on_past_and_and_the_acronym_joins_it():
    found = {e.label: e.type for r in process([Document(id="a", text=TEXT, source="<test>")]) for e in r.entities}
    assert found.get("Chilean Institute for Mining and Energy") == "Organization", found
    assert "INME" not in found, found


def test_no_record_of_the_organisation_about_its_acronym():
    assert not [r for r in extract(TEXT) if r.object.label in ("INME", r.subject.label)]


def test_a_person_with_a_party_in_brackets_is_not_the_party():
    text = "Ann Lee (SNP) said the plan would fail. The SNP criticised Tom Reed."
    found = {e.label: e.type for r in process([Document(id="b", text=text, source="<test>")]) for e in r.entities}
    assert found.get("Ann Lee") == "Person", found


def test_an_acronym_of_a_longer_name_the_model_cut_defines_no_cut_name():
    text = ("Norex will work with the Chilean Mining and Post Company (CMPC). CMPC said it would hire Ann Lee. "
            "Ann Lee praised the Post Company.")
    found = {e.label: e.type for r in process([Document(id="c", text=text, source="<test>")]) for e in r.entities}
    assert "CMPC" in found or "Chilean Mining and Post Company" in found, found
