"""A player named by a noun of two words whose first word the parser hangs on the name ("Argentine wild card Sam
Keel": "wild" an adjective of the name, "card" a compound) is a competitor all the same, and two competitors that
"meet" play a game (issue 14, a blind reading of sport records). Sentences and names of our own."""

from __future__ import annotations

from tests.conftest import extract, triples


def test_a_wild_card_is_a_player():
    text = ("Fifth seed Tom Reed beat Ian Doyle 6-2 6-4. Reed now meets Argentine wild card Sam Keel, who beat Ann "
            "Hale earlier.")
    records = triples(extract(text, date="2026-01-05"), asserted_only=False)
    assert not any(r[1] == "meets" for r in records), records
    kept = triples(extract("Tom Reed met Argentine envoy Sam Keel in Lima.", date="2026-01-05"))
    assert ("Tom Reed", "meets", "Sam Keel") in kept, kept
