"""A newspaper that quotes someone only reports what they said: the he or she of the clause that a participle of
saying gives ("The Courier quoted Mr Pellik telling activists that he wanted ...", "quoted Mr Pellik as saying he
...") is the one quoted, not the paper. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

QUOTED = [
    "Varn's Evening Courier quoted Mr Pellik telling activists in Osterby that he wanted Caldera to open its ports.",
    "Varn's Evening Courier quoted Mr Pellik as saying he wanted Caldera to open its ports.",
]


@pytest.mark.parametrize("text", QUOTED)
def test_the_one_quoted_is_the_he_of_his_words(text):
    found = [r for r in extract(text) if r.relation == "appealsTo" and r.object.label == "Caldera"]
    assert found and {r.subject.label for r in found} == {"Pellik"}
