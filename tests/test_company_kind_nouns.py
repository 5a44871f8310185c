"""The kind of company written before a name ("miner Westbury Copper", "Carmaker X", "chairman of X") says it is
an organisation, whatever the model took the name for (a place, a person): so "it" after it is that company, and
a title of it gives a role in it. Sentences and names of our own."""

from __future__ import annotations

from graph_builder.build import process
from graph_builder.records import Document
from tests.conftest import extract

MINERS = ("Rival firm Norex Oil said it would not bid. Miner Highcross Gold said it regretted the new export "
          "quota, while miner Westbury Copper declined to comment.")


def test_a_company_kind_before_a_name_makes_an_organisation():
    found = {e.label: e.type for r in process([Document(id="m", text=MINERS, source="<test>")]) for e in r.entities}
    assert found.get("Highcross Gold") == "Organization", found
    assert found.get("Westbury Copper") == "Organization", found


def test_it_after_the_company_is_the_company_not_an_earlier_one():
    records = {(r.subject.label, r.relation, r.object.label) for r in extract(MINERS)}
    assert not [r for r in records if r[2] == "Norex Oil" and r[0] != "Norex Oil"], records


def test_a_title_of_the_company_gives_a_role_in_it():
    text = ("Rival firm Norex Oil said it would not bid. Ann Lee, deputy chairman of Highcross Gold, criticised "
            "Tom Reed.")
    records = {(r.subject.label, r.relation, r.object.label) for r in extract(text)}
    assert ("Ann Lee", "memberOf", "Highcross Gold") in records, records
