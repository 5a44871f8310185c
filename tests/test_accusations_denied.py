"""An accusation denied was still made: 'Y denied accusations by X that it armed Z' keeps X's accusation of Y (the
act it claims is denied); the denial of an act denies the act. Sentences of our own."""

from __future__ import annotations

from tests.conftest import facts


def test_an_accusation_denied_was_made():
    records = facts("Vardia has denied accusations by Norland that it armed the Kelo rebels.")
    assert ("Norland", "accuses", "Vardia", False, "asserted") in records, records
    assert ("Norland", "accuses", "Vardia", True, "asserted") not in records, records


def test_an_accusation_not_made_is_denied():
    records = facts("Vardia did not make accusations against Norland.")
    assert ("Vardia", "accuses", "Norland", True, "asserted") in records, records
