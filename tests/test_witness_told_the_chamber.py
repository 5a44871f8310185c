"""A witness who tells a whole legislature something gives evidence to it, a briefing (briefs, 040), no speech in its
debate: a person the document gives roles only outside parties, governments and legislatures ("Harbour Bank governor
X told the Senate"), or one it says gives evidence to a committee. A minister or a person with no role named still
makes a public statement to the chamber (commentsOn). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "speaker", "chamber"), [
    ("Harbour Bank governor Ruth Adler told the Norland Senate that interest rates would rise.",
     "Ruth Adler", "Norland Senate"),
    ("Judge Arvo Pellik gave evidence to the Norland Senate justice committee on Tuesday. Later Mr Pellik told the "
     "Norland Parliament that the courts were short of money.", "Arvo Pellik", "Norland Parliament"),
])
def test_a_witness_briefs_the_chamber(text, speaker, chamber):
    found = triples(extract(text))
    assert (speaker, "briefs", chamber) in found, found
    assert (speaker, "commentsOn", chamber) not in found, found


@pytest.mark.parametrize(("text", "speaker", "chamber"), [
    ("Finance Minister Tomas Reyes told the Norland Senate that the budget would balance.",
     "Tomas Reyes", "Norland Senate"),
    ("Ruth Adler told the Norland Senate that the tolls would rise.", "Ruth Adler", "Norland Senate"),
])
def test_others_still_comment_before_the_chamber(text, speaker, chamber):
    assert (speaker, "commentsOn", chamber) in triples(extract(text))
