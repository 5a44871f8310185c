"""A title of one holder that only a nationality qualifies ("the Peruvian president", "the Peruvian foreign
minister") means the office's holder, not the country: when the article leaves the holder unknown, the event the
title's possessive owns ("the Peruvian president's visit to Osterby") is no act of Peru. Sentences and names of our
own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

UNNAMED_HOLDER = [
    "Papers on the Peruvian president's visit to Osterby were found in a taxi. "
    "President Ana Ruiz met President Tomas Varga of Chile.",
    "Papers on the Peruvian foreign minister's visit to Osterby were found in a taxi. "
    "Foreign Minister Ana Ruiz met Foreign Minister Tomas Varga of Chile.",
]


@pytest.mark.parametrize("text", UNNAMED_HOLDER)
def test_a_nationality_title_is_not_the_country(text):
    visits = [r for r in extract(text) if r.relation == "visits" and r.object.label == "Osterby"]
    assert not any(r.subject.label == "Peru" for r in visits)


def test_a_country_that_owns_the_event_still_acts():
    found = extract("Officials said Peru's visit to Osterby had gone well.")
    assert any(r.subject.label == "Peru" and r.relation == "visits" for r in found)
