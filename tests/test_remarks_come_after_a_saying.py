"""A clause that says when someone's remarks came ("Mr Pellik's remarks come the day after X said ...") is no report
of what X said, even where the parser hangs it under X's verb of saying: X did not comment on Mr Pellik. What X
said stays X's, and a clause set off before its verb of saying is still reported. Sentences and names of our own."""

from __future__ import annotations

from tests.conftest import extract, triples

AFTER = ("Senator Arvo Pellik criticised the ferry plan on Monday. Mr Pellik's remarks come the day after Sir Martin "
         "Holm, the newly-elected Caldera mayor, said he was against the bridge tolls.")


def test_remarks_that_come_after_a_saying_are_not_its_report():
    found = triples(extract(AFTER))
    assert not [t for t in found if t[0] == "Martin Holm" and t[2] == "Arvo Pellik"], found


def test_a_clause_set_off_before_its_saying_is_still_reported():
    found = triples(extract("Minister Tomas Varga's plan is a disaster, Senator Arvo Pellik said."))
    assert ("Arvo Pellik", "criticizes", "Tomas Varga") in found
