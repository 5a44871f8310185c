"""An occupation's noun capitalised only because it opens a sentence ("Actress Ilse Varga, known to millions ...",
"Keeper Tomas Rell echoed ...") is no part of the person's name: the node is "Ilse Varga", the one her surname
alone stands for later. Names and sentences of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "fact"), [
    ("Actress Ilse Varga, known to millions for her role in Harbour Nights, praised the Caldera Theatre.",
     ("Ilse Varga", "praises", "Caldera Theatre")),
    ("Keeper Tomas Rell echoed the coach's words. Rell criticised the Norland Football Association.",
     ("Tomas Rell", "criticizes", "Norland Football Association")),
])
def test_an_occupation_opening_a_sentence_is_no_part_of_the_name(text, fact):
    assert fact in triples(extract(text))
