"""Statements in a quotation whose speaker the context gives (extract/quoted_statements.py): a sentence said wholly
inside a quotation, after 'X said: "..."' or in a quoted paragraph that goes on from X's quotation, that names
another actor as what it is about makes X comment on that actor (commentsOn, CAMEO 010). Not where the speaker is
unknown, nor for a pronoun, "we" or the speaker. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("text", [
    'Senator Idris Kale said: "The harbour will open in May. Governor Mara Toft has done nothing for the valley '
    'towns."',
    'Senator Idris Kale said: "The harbour will open in May. "Governor Mara Toft has done nothing for the valley '
    'towns."',
    'Senator Idris Kale opened the harbour on Monday. "The toll will fall," he said. "Governor Mara Toft has done '
    'nothing for the valley towns."',
])
def test_a_quoted_sentence_about_an_actor_is_the_speakers_comment(text):
    found = [r for r in extract(text) if r.relation == "commentsOn"]
    assert [(r.subject.label, r.object.label, r.cameo_code, r.extractor) for r in found] \
        == [("Idris Kale", "Mara Toft", "010", "quoted_statements")]


@pytest.mark.parametrize("text", [
    'Senator Idris Kale said the harbour would open. "Governor Mara Toft has done nothing for the valley towns."',
    'Senator Idris Kale said: "The harbour will open in May. She has done nothing for the valley towns."',
    'Senator Idris Kale said: "The harbour will open in May. Idris Kale has kept every promise to the valley."',
])
def test_no_quoted_statement_without_a_certain_speaker_or_a_named_other(text):
    """A guard (main has no such extractor): no speaker, a pronoun, the speaker himself."""
    assert not [r for r in extract(text) if r.relation == "commentsOn" and r.extractor == "quoted_statements"]


def test_a_criticism_in_the_quotation_says_more_than_the_bare_statement():
    """A guard (passes on main too): dedupe drops the bare statement beside the criticism."""
    text = 'Senator Idris Kale said: "The harbour will open in May. Governor Mara Toft has lied to the valley towns."'
    found = triples(extract(text))
    assert ("Idris Kale", "criticizes", "Mara Toft") in found
    assert ("Idris Kale", "commentsOn", "Mara Toft") not in found
