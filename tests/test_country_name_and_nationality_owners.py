"""A country's name joined to a nationality adjective before a collective noun ("US and Latvian troops", which the
parser reads as a noun modifier with the adjective joined to it) owns the noun as the adjective does: the armed
forces of each act and are acted on, as with "Latvian and Estonian troops". Sentences and names of our own."""

from __future__ import annotations

from tests.conftest import extract, triples

US = "armed forces of the United States"


def test_a_country_name_joined_to_a_nationality_owns_the_acting_force_too():
    records = triples(extract("US and Latvian troops attacked the Red Hand Brigade near the border.",
                              date="2026-01-05"))
    assert {(US, "attacks", "Red Hand Brigade"), ("armed forces of Latvia", "attacks", "Red Hand Brigade")} <= records


def test_a_country_name_joined_to_a_nationality_owns_the_force_acted_on_too():
    records = triples(extract("The Red Hand Brigade ambushed US and Estonian soldiers on Monday.", date="2026-01-05"))
    assert {("Red Hand Brigade", "attacks", US), ("Red Hand Brigade", "attacks", "armed forces of Estonia")} <= records
