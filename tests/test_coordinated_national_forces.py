"""Owners coordinated before a collective noun each own it: "Latvian and Estonian troops" are the armed forces of
Latvia and those of Estonia, "the Latvian and Estonian governments" both governments (before, only the owner next to
the noun was read and the first was lost). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Latvian and Estonian troops attacked the Red Hand Brigade near the border.",
     {("armed forces of Latvia", "attacks", "Red Hand Brigade"),
      ("armed forces of Estonia", "attacks", "Red Hand Brigade")}),
    ("The Red Hand Brigade ambushed Latvian and Estonian soldiers on Monday.",
     {("Red Hand Brigade", "attacks", "armed forces of Latvia"),
      ("Red Hand Brigade", "attacks", "armed forces of Estonia")}),
    ("The Latvian and Estonian governments criticised Finland over the pipeline.",
     {("government of Latvia", "criticizes", "Finland"), ("government of Estonia", "criticizes", "Finland")}),
])
def test_each_coordinated_owner_owns_the_noun(text, expected):
    records = set(triples(extract(text, date="2026-01-05")))
    assert expected <= records, records


def test_one_owner_is_read_as_before():
    records = triples(extract("Latvian troops attacked the Red Hand Brigade near the border.", date="2026-01-05"))
    assert ("armed forces of Latvia", "attacks", "Red Hand Brigade") in records, records


def test_a_common_adjective_coordinated_with_an_owner_owns_nothing():
    records = triples(extract("Finland criticised the British and foreign troops in the region.", date="2026-01-05"))
    assert all("foreign" not in r[2] for r in records), records
