"""A plural noun set off after one name of a list ("Tarbury Holdings, the two Glasgow firms, and Wenlow Group")
renames no one actor: its place words locate none of them (issue 14, a blind reading of sport records: a list
of football clubs with "the two Milan sides" set off after its first club put that club in Milan). Sentences and
names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "name"), [
    ("The Kelso Trust, the two Glasgow charities and the Ashby Fund are among the bidders.", "Kelso Trust"),
    ("Tarbury Holdings, the two Glasgow firms, and Wenlow Group are among the bidders.", "Tarbury Holdings"),
])
def test_a_plural_appositive_locates_no_name_of_a_list(text, name):
    records = triples(extract(text, date="2026-01-05"), asserted_only=False)
    assert (name, "locatedIn", "Glasgow") not in records, records
    # a singular noun set off so still places its actor
    kept = triples(extract("Tarbury Holdings, the Glasgow firm, said that Wenlow Group had misled it.",
                           date="2026-01-05"))
    assert ("Tarbury Holdings", "locatedIn", "Glasgow") in kept, kept
    # and a plural noun before the names names them all
    kept = triples(extract("Korean giants Tarbury Holdings and Wenlow Group will show their new handsets.",
                           date="2026-01-05"))
    assert ("Tarbury Holdings", "locatedIn", "South Korea") in kept, kept
