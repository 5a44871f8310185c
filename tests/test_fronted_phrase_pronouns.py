"""A subject pronoun is not a name inside a phrase that opens its own clause ("At a lunch hosted by Peter Crane, he
told ...": the host is not who told), but may be the subject of a clause there ("When Peter Crane arrived, he ...")
or the one a pronoun of the phrase stands for ("After his sacking, he said ..."). Sentences and names of our
own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

_OPENING = "Tom Ashby met the union leaders on Monday. "


@pytest.mark.parametrize("text", [
    "At a lunch hosted by Peter Crane, he told Mary Hollis that the plan would fail.",
    "After a meeting with Peter Crane, he criticised Mary Hollis.",
    "Speaking to Peter Crane's aides, he accused Mary Hollis of lying.",
])
def test_a_name_in_an_opening_phrase_is_not_the_subject_pronoun(text):
    records = triples(extract(_OPENING + text, date="2026-01-05"), asserted_only=False)
    assert not any(r[0] == "Peter Crane" and r[2] == "Mary Hollis" for r in records), records
    assert any(r[0] == "Tom Ashby" and r[2] == "Mary Hollis" for r in records), records


@pytest.mark.parametrize("text", [
    "When Peter Crane arrived, he criticised Mary Hollis.",
    "Peter Crane lost his post in May. After his sacking, he criticised Mary Hollis.",
])
def test_a_subject_or_a_pronoun_in_an_opening_phrase_may_be_the_subject_pronoun(text):
    records = triples(extract(_OPENING + text, date="2026-01-05"), asserted_only=False)
    assert ("Peter Crane", "criticizes", "Mary Hollis") in records, records
