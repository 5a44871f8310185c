"""A player giving way or making way for another at a minute of a game is substituted, no yielding (issue 14, a
blind reading of sport records: "gave way on 55 minutes to B" was yieldsTo). The minute is of senses.yaml's
"contest" class, which the yield families refuse as a setting. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("text", [
    "Keel had few chances. Sam Keel gave way on 70 minutes to Tom Barrow, who had been out injured.",
    "Sam Keel made way for Tom Barrow in the 63rd minute.",
])
def test_a_substitution_is_no_yielding(text):
    records = triples(extract(text, date="2026-01-05"), asserted_only=False)
    assert not any(r[1] == "yieldsTo" for r in records), records
    kept = triples(extract("Ann Vale gave way to Tom Reed after a long dispute over the harbour plan.",
                           date="2026-01-05"))
    assert ("Ann Vale", "yieldsTo", "Tom Reed") in kept, kept
