"""A score right under the verb or its object ("went down 4-1 to B", "defeated a Selkirk XV 24-10", "beat B 6-2")
reports the result of a game, whoever its sides are: no visit, attack or meeting between them, even where the
document names neither side as a player or a team (senses._scored_predicate; the families that refuse senses.yaml's
"competitor", "sport" or "contest" in any slot). A range of days ("from 12-14 March") is no score.

Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

RESULTS = [  # (text, the two sides: neither visits nor attacks the other)
    ("Redford lost their captain early and went down 4-1 to Kingsport.", ("Redford", "Kingsport")),
    ("Tolsey weather\n\nIn a wet warm-up last August, Norway defeated a Selkirk XV 24-10 at Holm Park.",
     ("Norway", "Selkirk")),
]

KEPT = [  # (text, a record of a verb with two numbers that are no score)
    ("President Ann Vale of Peru flew to Chile on 12-14 March for talks with Tom Reed.",
     ("Ann Vale", "visits", "Chile")),
]


@pytest.mark.parametrize(("text", "sides"), RESULTS)
def test_a_verb_with_a_score_reports_a_game(text, sides):
    records = triples(extract(text, date="2026-01-05"), asserted_only=False)
    assert not {r for r in records if r[1] in ("attacks", "visits") and r[0] in sides}, records


@pytest.mark.parametrize(("text", "record"), KEPT)
def test_a_range_of_days_is_no_score(text, record):
    assert record in triples(extract(text, date="2026-01-05"), asserted_only=False)
