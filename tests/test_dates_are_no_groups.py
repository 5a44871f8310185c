"""A day the model tags as a date before a noun of members ("the 14 October terrorist attacks") names no group: no
organisation "October" acts, and the one who carries the attacks out does. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

SENTENCES = [
    "Tom Hale may have known of the 14 October terrorist attacks in Arica and Tacna.",
    "The report looked into the 14 October terrorist attacks on Chile.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_day_before_members_is_no_group(sentence):
    found = triples(extract(sentence), asserted_only=False)
    assert not [t for t in found if "October" in t[0]], found


def test_who_carried_out_the_days_attacks_attacks():
    found = triples(extract("The Black Lotus carried out the 14 October terrorist attacks in Arica."))
    assert ("Black Lotus", "attacks", "Arica") in found, found
