"""A short name two countries share ("Congo") is the one the article names in full. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


@pytest.mark.parametrize("text", [
    "Fighting went on in the Democratic Republic of Congo. Zambia accused Congo of shelling the border town of Kelo.",
    "The DRC held talks on the border. Zambia later accused Congo of shelling the border town of Kelo.",
])
def test_a_short_name_is_the_country_named_in_full(text):
    records = facts(text)
    assert ("Zambia", "accuses", "Democratic Republic of the Congo", False, "asserted") in records, records
    assert not any("Republic of the Congo" == r[2] for r in records), records


def test_a_short_name_alone_keeps_its_reading():
    records = facts("Gabon accused Congo of shelling the border town of Kelo.")
    assert ("Gabon", "accuses", "Republic of the Congo", False, "asserted") in records, records


def test_the_long_forms_of_both_named_are_each_kept():
    records = facts("The Republic of Congo and the Democratic Republic of Congo signed a river treaty. "
                    "Angola praised Congo for its part.")
    ends = {r[2] for r in records if r[1] == "praises"}
    assert "Democratic Republic of the Congo" not in ends, records
