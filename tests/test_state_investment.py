"""A state investing in a country cooperates materially with it (CAMEO 061), intended when pledged ("Japan pledged
to invest in India"); a firm investing is business, no event. Names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

CASES = [
    ("Norway pledged to invest in Chile.", [("Norway", "Chile", False, "intended")]),
    ("Norway invested in Chile after the earthquake.", [("Norway", "Chile", False, "asserted")]),
    ("Norway pledged to invest in Chile's railways.", [("Norway", "Chile", False, "intended")]),
    ("Chile will not invest in Peru.", [("Chile", "Peru", True, "future")]),
    # a firm's investment is business
    ("Velcorp will invest in Chile.", []),
    ("Velcorp invested in Tarrix last year.", []),
    ("Velcorp's port contract became another Danish investment in Peru that ran into problems.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_a_state_investing_in_a_country(sentence, expected):
    found = [(r.subject.label, r.object.label, r.negated, r.modality) for r in extract(sentence)
             if r.relation == "cooperatesMateriallyWith"]
    assert found == expected
