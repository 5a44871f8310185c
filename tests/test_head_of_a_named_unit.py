"""A head title over a named unit an organisation owns ("head of the Forum's Health Initiative", "chief of the
Council's Early Warning System") makes the holder a member of the organisation, not its leader; over the
organisation itself it still leads it. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "organisation"), [
    ('"Too few firms are ready," said Dr Ann Hale, head of the Tarvik Forum\'s global Health Initiative.',
     "Tarvik Forum"),
    ('"Prices will rise," said Tom Reed, chief of the Grain Council\'s Early Warning System.', "Grain Council"),
])
def test_the_head_of_a_named_unit_is_a_member(text, organisation):
    records = triples(extract(text, date="2026-01-05"))
    holder = "Ann Hale" if "Ann Hale" in text else "Tom Reed"
    assert (holder, "memberOf", organisation) in records, records
    assert (holder, "leaderOf", organisation) not in records, records


def test_the_head_of_the_organisation_leads_it():
    records = triples(extract('"Prices will rise," said Tom Reed, chief of the Grain Council.', date="2026-01-05"))
    assert ("Tom Reed", "leaderOf", "Grain Council") in records, records
