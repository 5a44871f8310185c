"""A country's name that opens a company's name is part of that name (issue 14): "Chile Telecom", "Peru Hats" are
companies, not the countries; a country before a body a country has ("the Chile Army"), a war or a summit stays the
country."""

from __future__ import annotations

import pytest

from graph_builder.build import process
from graph_builder.records import Document
from tests.conftest import extract, triples


def types(text: str) -> dict[str, str]:
    """label -> type of every entity the pipeline finds in ``text``."""
    return {e.label: e.type for r in process([Document(id="c", text=text, source="<test>")]) for e in r.entities}


@pytest.mark.parametrize(("text", "company", "country"), [
    ("Tarn Mobile has teamed up with Chile Telecom, while Zorba Networks is tied to Harlow Group.", "Chile Telecom",
     "Chile"),
    ("The mills were Ridge Textiles, Norland Garments, Peru Hats and Sunset Weaving.", "Peru Hats", "Peru"),
    ("Norway Post bought Sweden Freight last year.", "Sweden Freight", "Sweden"),
    # Proper nouns right before the country open the name too.
    ("Ann Lee, a spokeswoman for Harlow Group, told Agence Peru Presse that the deal was done.",
     "Agence Peru Presse", "Peru"),
    ("Tom Reed told Banca Chile Finanza on Monday that the bank would grow.", "Banca Chile Finanza", "Chile"),
])
def test_a_country_that_opens_a_company_name_is_the_company(text, company, country):
    found = types(text)
    assert found.get(company) == "Organization", found
    assert country not in found, found


def test_the_company_not_the_country_is_the_partner():
    found = triples(extract("Tarn Mobile has teamed up with Chile Telecom, while Zorba Networks is tied to Harlow "
                            "Group."))
    assert ("Tarn Mobile", "cooperatesWith", "Chile Telecom") in found, found
    assert not [t for t in found if "Chile" in t], found


@pytest.mark.parametrize(("text", "country"), [
    ("Veterans of the Chile War marched past the embassy of Peru on Monday.", "Chile"),
    ("Delegates at the Chile Summit criticised Peru.", "Chile"),
    ("The Chile Army held exercises with Peru.", "Chile"),
])
def test_a_country_before_a_war_a_summit_or_a_body_stays_the_country(text, country):
    found = types(text)
    assert found.get(country) == "Country", found
    assert not [label for label in found if label.startswith(country + " ")], found
