"""A person the text names by a first name alone after a family tie of a named person ("Arvo Pellik's wife, Marta";
"his wife Lina" where "his" is the man named; "whose daughter Lina") bears that person's surname: the node is
"Marta Pellik", not a bare "Marta". Names and sentences of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "fact"), [
    ("Arvo Pellik's wife, Marta, is to lead the Norland campaign. Marta has been campaigning with Arvo on many visits.",
     ("Marta Pellik", "cooperatesWith", "Arvo Pellik")),
    ("At Caldera University Tomas Rell met his future wife Lina, now a Norland MEP. Lina criticised the Kelvor Party.",
     ("Lina Rell", "criticizes", "Kelvor Party")),
    ("From there Tomas Rell went to Caldera, where he met his future wife Lina. Lina criticised the Kelvor Party.",
     ("Lina Rell", "criticizes", "Kelvor Party")),
    ("Tomas Pellik, whose daughter Lina was hurt, is suing Kelvor. Lina praised the Caldera police.",
     ("Lina Pellik", "praises", "police of Caldera")),
])
def test_a_first_name_after_a_family_tie_bears_the_family_surname(text, fact):
    assert fact in triples(extract(text))

