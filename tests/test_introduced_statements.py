"""A paragraph of a speaker's own words with no quotation marks, introduced by a line ending in a colon ("Senator X
said:" then "I condemn ..."), is that speaker's quotation: its "I" is the speaker, and a colon with no one saying
anything before it introduces no one's words. Sentences and names of our own."""

from __future__ import annotations

import pytest

from graph_builder.build import process
from graph_builder.ingest import Document
from tests.conftest import extract, triples

FOUND = [
    ("Senator Ilse Varga said:\n\nI condemn Peru's attack on Bolivia.", ("Ilse Varga", "criticizes", "Peru")),
    ("Speaking in Lima, Senator Ilse Varga said:\n\nI am appalled by Peru's attack on Bolivia, a week after the vote."
     "\n\nWe will not stay silent.", ("Ilse Varga", "criticizes", "Peru")),
    ("The Chilean Foreign Minister, Ana Rojas, said:\n\nI met Peru's envoy Luis Campos in Lima today.",
     ("Ana Rojas", "meets", "Luis Campos")),
]

NOT_FOUND = [
    ("The agenda of the summit:\n\nI condemn Peru's attack on Bolivia.", "criticizes"),
    ("Senator Ilse Varga set out her three demands:\n\n- Condemn Peru's attack on Bolivia.", "criticizes"),
]


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=[t for t, _ in FOUND])
def test_an_introduced_paragraph_is_the_speakers(text, expected):
    found = triples(extract(text))
    assert expected in found, found


@pytest.mark.parametrize(("text", "relation"), NOT_FOUND, ids=[t for t, _ in NOT_FOUND])
def test_a_colon_with_no_speaker_introduces_no_one(text, relation):
    assert not [r for r in extract(text) if r.relation == relation]


def test_the_paragraph_is_quoted():
    text = "Senator Ilse Varga said:\n\nI condemn Peru's attack on Bolivia.\n\nThe vote is on Friday."
    quotes = process([Document(id="t", text=text, source="<test>")])[0].quotes
    assert [(q.speaker.label, q.text) for q in quotes] == [("Ilse Varga", "I condemn Peru's attack on Bolivia")]
