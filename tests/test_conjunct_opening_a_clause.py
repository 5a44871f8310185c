"""A conjunct that is the subject of the finite verb right after it, which the parser hung with no subject of its own
on the clause above, is no argument of that clause ("faces pressure from shareholders such as X and the government
is due to rule on ...": the government puts no pressure); a plain list still is. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("text", [
    "Zentrix is facing heavy pressure from shareholders such as Corvex and the Irish government is due to rule on its "
    "Cork routes in May.",
    "Zentrix is under pressure from Corvex and the Irish government is in talks about new rules.",
])
def test_a_conjunct_with_a_clause_of_its_own_is_no_argument(text):
    records = triples(extract(text, date="2026-01-05"), asserted_only=False)
    assert not any(r[0] == "government of Ireland" and r[2] == "Zentrix" for r in records), records


def test_a_plain_list_keeps_every_actor():
    records = triples(extract("Tom Reed criticised Corvex and the Irish government on Monday.", date="2026-01-05"))
    assert {("Tom Reed", "criticizes", "Corvex"), ("Tom Reed", "criticizes", "government of Ireland")} <= records, \
        records
