"""A score right under the verb or its object ("went down 4-1 to B", "defeated a Kelso XV 12-3", "beat B 6-2")
reports the result of a game, whoever its sides are: no visit, attack or meeting between them, even where the
document names neither side as a player or a team (senses._scored_predicate; the families that refuse senses.yaml's
"competitor", "sport" or "contest" in any slot). A range of days ("from 12-14 March") is no score.

Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

RESULTS = [  # (text, a relation between the sides that must not be read)
    ("Redford fielded a weakened side and went down 4-1 to Kingsport.", ("Redford", "visits", "Kingsport")),
    ("Kelso crash out of cup\n\nDunmore fielded weakened sides all season. New Zealand defeated a Kelso XV 12-3 at "
     "the Arms Park in 1974.", ("New Zealand", "attacks", "XV 12")),
]

KEPT = [  # (text, a record of a verb with two numbers that are no score)
    ("President Ann Vale of Peru flew to Chile on 12-14 March for talks with Tom Reed.",
     ("Ann Vale", "visits", "Chile")),
]


@pytest.mark.parametrize(("text", "record", "read"), [*((t, r, False) for t, r in RESULTS),
                                                    *((t, r, True) for t, r in KEPT)])
def test_a_verb_with_a_score_reports_a_game_and_a_range_of_days_no_score(text, record, read):
    assert (record in triples(extract(text, date="2026-01-05"), asserted_only=False)) is read
