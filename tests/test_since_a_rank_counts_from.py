""""Since" after a rank names the window the rank counts in, not the start of the relation: "the second MP to defect
to X since 2001" and "their first cup win since 1977" happened once, some time after the date (issue 14, a blind
reading of BBC records). Without a rank, "since" still starts the relation; so does a rank in the complement of the
copula the date hangs on. Names and places of our own."""

from __future__ import annotations

import pytest

from graph_builder import extract

RANKED = [
    ("Arvo Pellik is the second Harbour Party MP to defect to the Green Party since 2001.", "Green Party"),
    ("Coach Arvo Pellik led Caldera to their first cup success since 1977.", "Caldera"),
    # the parse hangs "since" on the verb, not on the ranked noun
    ("Arvo Pellik was happy to hail Ann Reed's part in Caldera's first win over Norland since 1993.", "Ann Reed"),
]


def _starts(text: str, label: str) -> set[str | None]:
    return {r.time_start for r in extract(text, date="2005-03-01") if r.subject.label == "Arvo Pellik"
            and r.object.label == label}


@pytest.mark.parametrize(("text", "label"), RANKED)
def test_since_after_a_rank_starts_nothing(text, label):
    assert _starts(text, label) == {None}


@pytest.mark.parametrize(("text", "label"), [
    ("Arvo Pellik has led the Harbour Party since 1997.", "Harbour Party"),
    ("Arvo Pellik has been first minister of Caldera since 1997.", "Caldera"),
])
def test_since_without_a_rank_still_starts_the_relation(text, label):
    assert _starts(text, label) == {"1997-01-01"}


@pytest.mark.parametrize(("text", "label", "start"), [
    # the rank is on an apposition or in a clause on the object, not on the noun "since" counts for
    ("Arvo Pellik has chaired Velcorp, Norland's second-largest bank, since 2001.", "Velcorp", "2001-01-01"),
    ("Arvo Pellik has led the Harbour Party, which came first in the 2003 election, since 2004.", "Harbour Party",
     "2004-01-01"),
    # the rank is on the complement of the clause above the relative clause "since" stands in
    ("Arvo Pellik, who has chaired Velcorp since 2001, is the firm's longest-serving director.", "Velcorp",
     "2001-01-01"),
])
def test_a_rank_off_the_noun_since_counts_for_leaves_the_start(text, label, start):
    assert _starts(text, label) == {start}
