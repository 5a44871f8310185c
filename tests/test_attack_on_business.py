"""Attacking a bid, a takeover, a merger or a case is disapproval of whoever made it, never an assault
(senses.yaml noun_classes ``discourse``; senses_attack.yaml): a bank "attacks" a rival's bid in words.
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CASES = {
    "Norvale Bank attacked Tarrow Group's takeover bid for Kestrel Mines.": ("Norvale Bank", "Tarrow Group"),
    "Brenmoor Capital attacked Osterlin's case against the regulator.": ("Brenmoor Capital", "Osterlin"),
    "Corvex Holdings attacked Tarrow Group's merger with Kestrel Mines.": ("Corvex Holdings", "Tarrow Group"),
}


@pytest.mark.parametrize("sentence", list(CASES))
def test_attacking_a_bid_or_case_criticizes_its_owner(sentence):
    speaker, owner = CASES[sentence]
    records = triples(extract(sentence, date="2026-01-05"), asserted_only=False)
    assert {r for r in records if r[1] == "attacks"} == set()
    assert (speaker, "criticizes", owner) in records, records
