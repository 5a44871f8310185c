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
    ("Then Tomas Rell went to Caldera, where he first saw his future wife Lina. Lina criticised the Kelvor Party.",
     ("Lina Rell", "criticizes", "Kelvor Party")),
    ("Tomas Pellik, whose daughter Lina was hurt, is suing Kelvor. Lina praised the Caldera police.",
     ("Lina Pellik", "praises", "police of Caldera")),
])
def test_a_first_name_after_a_family_tie_bears_the_family_surname(text, fact):
    assert fact in triples(extract(text))



@pytest.mark.parametrize(("text", "fact"), [
    ("Arvo Pellik visited the farm. One man said his daughter Anna had praised the Kelvor Party.",
     ("Anna", "praises", "Kelvor Party")),
    ("Tomas Rell toured Caldera. A driver said his wife Marta had criticised the Kelvor Party.",
     ("Marta", "criticizes", "Kelvor Party")),
])
def test_a_pronoun_read_as_a_person_of_another_sentence_gives_no_surname(text, fact):
    assert fact in triples(extract(text))
