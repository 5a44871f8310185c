"""Failure voiced in speech criticizes who failed: an actor that wasted or frittered away something (kg:Disapproval)
or has not delivered on, or not lived up to, what it promised (kg:Merit denied). Wasting nothing ("wasted no time")
and delivering are no criticism. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CASES = (
    ("\"The Harbour Party has wasted its chance to fix the ferries,\" said Olaf Tamsin.", True),
    ("Olaf Tamsin said the Harbour Party had frittered away the toll money.", True),
    ("\"The Harbour Party has not delivered on its pledges to the islanders,\" said Olaf Tamsin.", True),
    ("Olaf Tamsin said the Harbour Party had not lived up to its promises on the pier.", True),
    # nothing wasted, a pledge kept
    ("\"The Harbour Party wasted no time in backing the ferry plan,\" said Olaf Tamsin.", False),
    ("\"The Harbour Party has delivered on its pledges to the islanders,\" said Olaf Tamsin.", False),
    ("Olaf Tamsin said the Harbour Party had not wasted a penny of the toll money.", False),
)


@pytest.mark.parametrize(("text", "criticized"), CASES)
def test_failure_voiced_criticizes_who_failed_and_nothing_else_does(text, criticized):
    assert (("Olaf Tamsin", "criticizes", "Harbour Party") in triples(extract(text))) is criticized
