"""A speech or a statement to a party's conference, a society or a club, or to a whole legislature or its members, is
a public statement before an audience (commentsOn, CAMEO 010), no counterpart briefed; one to a council or a
committee still briefs the body (briefs, CAMEO 040). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

AUDIENCES = {
    "Governor Tomas Reyes delivered a speech to the Liberal Party's annual conference in Dunmere.":
        ("Tomas Reyes", "Liberal Party"),
    "Senator Ilse Varga set out her housing plans in a speech to the Kestrel Society on Friday.":
        ("Ilse Varga", "Kestrel Society"),
    "Governor Tomas Reyes made a statement to the Norland Parliament on the ferry strike.":
        ("Tomas Reyes", "Norland Parliament"),
    "In a statement to MPs, Governor Tomas Reyes said the ferry fares would rise.":
        ("Tomas Reyes", "legislators"),
}

BODIES = {
    "Senator Ilse Varga set out her housing plans in a speech to the Harbour Council on Friday.":
        ("Ilse Varga", "briefs", "Harbour Council"),
    "Governor Tomas Reyes made a statement to the Norland Senate's fisheries committee on the ferry strike.":
        ("Tomas Reyes", "briefs", "Norland Senate's fisheries committee"),
}


@pytest.mark.parametrize("sentence", list(AUDIENCES))
def test_a_speech_to_an_audience_is_a_public_statement(sentence):
    speaker, audience = AUDIENCES[sentence]
    records = triples(extract(sentence))
    assert (speaker, "commentsOn", audience) in records, records
    assert not any(relation == "briefs" for _, relation, _ in records), records


@pytest.mark.parametrize("sentence", list(BODIES))
def test_a_speech_to_a_council_or_a_committee_still_briefs_it(sentence):
    assert BODIES[sentence] in triples(extract(sentence))
