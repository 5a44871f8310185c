"""What befalls a country or a firm (a crisis, a drought, a slump) is no act of it: "Peru's energy crisis forced its
president to act" gives no coercion by Peru, while "Chile's threats forced Peru" still does. Sentences and names of
our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("sentence", "owner"), [
    ("Last year Peru's deepening debt crisis forced President Alan Garcia to cut fuel subsidies.", "Peru"),
    ("Chile's worst drought in decades forced Governor Ana Ruiz to ration water.", "Chile"),
])
def test_a_circumstance_is_no_act_of_its_owner(sentence, owner):
    records = triples(extract(sentence), asserted_only=False)
    assert not any(subject == owner for subject, _, _ in records), records
    acted = triples(extract("Chile's threats forced Peru to withdraw its troops."))
    assert ("Chile", "coerces", "Peru") in acted, acted
