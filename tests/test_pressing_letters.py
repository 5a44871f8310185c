"""A letter written "demanding" something demands it of whom it is written to (demands, CAMEO 100), one written
"urging", "asking for" or "calling for" something appeals to them (appealsTo, 020), a participle or a to-infinitive
of its purpose under the verb, its letter or its addressee; a letter with no such purpose, or one that asks a
question ("asking whether"), still briefs (briefs, 040). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

PRESSING = {
    "Senator Ilse Varga has written to Governor Tomas Reyes demanding an explanation of the ferry fares.":
        ("Ilse Varga", "demands", "Tomas Reyes"),
    "Senator Ilse Varga wrote to Governor Tomas Reyes to demand an apology for the ferry fares.":
        ("Ilse Varga", "demands", "Tomas Reyes"),
    "Ms Varga has written to Mr Reyes asking for clarification on the ferry deal.": ("Varga", "appealsTo", "Reyes"),
    "The Green Party wrote to the Harbour Council on Monday, urging it to scrap the ferry fares.":
        ("Green Party", "appealsTo", "Harbour Council"),
    "Senator Ilse Varga sent a letter to Governor Tomas Reyes calling for an inquiry into the fares.":
        ("Ilse Varga", "appealsTo", "Tomas Reyes"),
}

TELLING = {
    "Senator Ilse Varga has written to Governor Tomas Reyes explaining the new ferry fares.":
        ("Ilse Varga", "briefs", "Tomas Reyes"),
    "Senator Ilse Varga wrote to the Harbour Council about the ferry timetable.":
        ("Ilse Varga", "briefs", "Harbour Council"),
    # a question asked urges nothing
    "Senator Ilse Varga wrote to Governor Tomas Reyes asking whether the ferry fares would rise.":
        ("Ilse Varga", "briefs", "Tomas Reyes"),
    "Senator Ilse Varga wrote to Governor Tomas Reyes asking why the ferry report was late.":
        ("Ilse Varga", "briefs", "Tomas Reyes"),
    # naming someone something (an object predicate) asks nothing of them
    "Senator Ilse Varga wrote to Governor Tomas Reyes calling him a coward over the ferry fares.":
        ("Ilse Varga", "briefs", "Tomas Reyes"),
}


@pytest.mark.parametrize("sentence", list(PRESSING))
def test_a_letter_that_demands_or_urges_is_no_briefing(sentence):
    records = triples(extract(sentence))
    assert PRESSING[sentence] in records, records
    assert not any(relation == "briefs" for _, relation, _ in records), records


@pytest.mark.parametrize("sentence", list(TELLING))
def test_a_letter_with_no_demand_still_briefs(sentence):
    records = triples(extract(sentence))
    assert TELLING[sentence] in records, records
    assert not any(relation in ("appealsTo", "demands") for _, relation, _ in records), records

