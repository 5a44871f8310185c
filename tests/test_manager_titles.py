"""Titles of a manager of a kind of work ("project manager", "fund manager", "campaign manager"): a role in the
organisation named with them (employedBy a company, memberOf a party), never in a country, as the other private
titles (kg:PrivateTitle). A bare "manager" stays no title: it is a sports club's coach as often. Sentences and
names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Anna Berg, project manager at the Harbour Trust, said the ferry ruling was good.",
     ("Anna Berg", "employedBy", "Harbour Trust")),
    ("Anna Berg, who is youth outreach programme manager at the Harbour Trust, praised the new ferry.",
     ("Anna Berg", "employedBy", "Harbour Trust")),
    ("Tom Reed, a fund manager at Northwind Capital, said the shares were cheap.",
     ("Tom Reed", "employedBy", "Northwind Capital")),
    ("Harbour Party campaign manager Ivo Sander said the leaflets had gone out.",
     ("Ivo Sander", "memberOf", "Harbour Party")),
])
def test_a_manager_of_a_kind_of_work_holds_a_role_in_the_organisation(text, expected):
    assert expected in triples(extract(text))


@pytest.mark.parametrize("text", [
    "Tom Reed, manager of Kessler Rovers, said the team had played well.",
    "Tom Reed, a British fund manager, said the shares were cheap.",
])
def test_a_bare_manager_or_a_country_gives_no_role(text):
    assert not [r for r in extract(text) if r.relation in ("memberOf", "leaderOf")]
