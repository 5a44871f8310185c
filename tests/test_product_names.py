"""A product named after its maker with a model code ("Embraer E190s", "Fokker F100s") is no name of the maker:
the maker's own mentions keep the maker's name ("Embraer"), not the product's (coreference ``_model_after``).
Sentences of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CASES = {
    "Embraer and Bombardier accuse each other of taking illegal subsidies. On Tuesday Delta announced it would "
    "trim an earlier order for smaller Embraer E190s from 80 jets to 50.": ("Embraer", "Bombardier"),
    "Fokker and Bombardier accuse each other of taking illegal subsidies. KLM said it was cutting its order "
    "for smaller Fokker F100s from 40 planes to 25.": ("Fokker", "Bombardier"),
}


@pytest.mark.parametrize("text", list(CASES))
def test_a_model_named_after_its_maker_does_not_name_the_maker(text):
    maker, rival = CASES[text]
    records = triples(extract(text, date="2026-01-05"))
    assert (maker, "accuses", rival) in records, records
    assert (rival, "accuses", maker) in records, records
