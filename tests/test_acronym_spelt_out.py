"""An acronym the text writes without defining it is the one name of the text whose initials it spells, before
what the gazetteer knows it for elsewhere ("the World Tourism Organisation ... the WTO praised X" is not the World
Trade Organization); with no such name, the gazetteer's reading stands. Sentences and names of our own."""

from __future__ import annotations

from tests.conftest import extract, triples


def test_an_acronym_is_the_name_of_the_text_it_spells():
    records = triples(extract("Hotels in Asia were full, the World Tourism Organisation reported. The WTO praised "
                              "Thailand for its recovery.", date="2026-01-05"))
    assert ("World Tourism Organisation", "praises", "Thailand") in records, records


def test_an_acronym_of_a_name_the_text_does_not_write_keeps_the_gazetteer_reading():
    records = triples(extract("The WTO praised Ukraine for its reforms.", date="2026-01-05"))
    assert ("World Trade Organization", "praises", "Ukraine") in records, records


def test_an_acronym_that_spells_two_names_of_the_text_joins_neither():
    records = triples(extract("The World Tourism Organisation and the Western Trade Office met in Paris. The WTO "
                              "praised Thailand for its recovery.", date="2026-01-05"))
    assert not any(r[0] in ("World Tourism Organisation", "Western Trade Office") and r[2] == "Thailand"
                   for r in records), records


def test_an_acronym_of_a_name_spelt_another_way_keeps_the_gazetteer_label():
    records = triples(extract("The Securities & Exchange Commission met on Monday. The SEC praised Ukraine for its "
                              "reforms.", date="2026-01-05"))
    assert ("Securities and Exchange Commission", "praises", "Ukraine") in records, records


def test_a_name_with_the_acronym_or_a_number_in_it_is_not_spelt_by_it():
    records = triples(extract("Sales of the BMW 1 series rose. BMW praised Ukraine for its reforms.",
                              date="2026-01-05"))
    assert ("BMW", "praises", "Ukraine") in records, records
