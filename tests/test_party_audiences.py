"""Telling a party something, its rally or its committee, briefs its audience (briefs, CAMEO 040), as telling a
council, a person or a meeting of a council does: the party is addressed, not the actor the statement speaks of (no
commentsOn of it); a speech to a party's conference is a public statement before it (tests/test_speech_audiences.py).
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

BRIEFED = {
    "Prime Minister Lena Kask told the Harbour Council that the hospital plan would go ahead.":
        ("Lena Kask", "briefs", "Harbour Council"),
    "Senator Ilse Varga addressed a meeting of the Harbour Council on Friday.": ("Ilse Varga", "briefs",
                                                                                 "Harbour Council"),
    "Senator Ilse Varga told Tomas Reyes that the plan would fail.": ("Ilse Varga", "briefs", "Tomas Reyes"),
}


STATED = {
    "Senator Ilse Varga told a Green Party rally that the harbour plan would fail.": ("Ilse Varga", "Green Party"),
    "Mr Reyes made his remarks in a speech in Dunmere to the Liberal Party Youth Committee on housing.":
        ("Reyes", "Liberal Party Youth Committee"),
}


@pytest.mark.parametrize("sentence", list(STATED))
def test_speaking_to_a_party_briefs_its_audience(sentence):
    speaker, party = STATED[sentence]
    records = triples(extract(sentence))
    assert any(s.endswith(speaker) and relation == "briefs" and o == party for s, relation, o in records), records
    assert not any(relation == "commentsOn" and o == party for _, relation, o in records), records


@pytest.mark.parametrize("sentence", list(BRIEFED))
def test_a_council_or_a_person_told_is_still_briefed(sentence):
    assert BRIEFED[sentence] in triples(extract(sentence))
