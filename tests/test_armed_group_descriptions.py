""""This group" and "the terrorist group" refer back like "the group": to the one organisation or group named in the
sentence or the two before. With "terrorist", "militant" or "rebel" before the noun, only to a group of its own that
the document names by such members ("Red Hand militants"): a body of no arms (a charity), a state's forces ("Peruvian
troops") and a group the text gives no such sign for are never the terrorist group. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

FOUND = [
    ("Red Hand terrorists seized two villages near Kessan. Peru shelled this terrorist group near the river.",
     ("Peru", "attacks", "Red Hand")),
    ("Red Hand militants seized two villages near Kessan. Peru shelled the terrorist group near the river.",
     ("Peru", "attacks", "Red Hand")),
    ("Oxfam criticised Red Hand militants for the siege. Peru bombed the terrorist organisation near the river.",
     ("Peru", "attacks", "Red Hand")),
    ("The Red Hand Brigade seized two villages. This group has killed dozens of civilians.",
     ("Red Hand Brigade", "attacks", "civilians")),
]

NOT_FOUND = [
    ("Oxfam said the port was quiet. Peru vowed to defeat the terrorist group.", ("Peru", "attacks", "Oxfam")),
    ("The Zorvani Front seized two villages near Kessan. Peru vowed to defeat this terrorist organisation.",
     ("Peru", "attacks", "Zorvani Front")),
    # a state's forces, named in the sentence before, are not the terrorist group Chile fights
    ("Peruvian troops entered Kessan at dawn. Chile bombed the terrorist group near the river.",
     ("Chile", "attacks", "armed forces of Peru")),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[s for s, _ in FOUND])
def test_a_described_armed_group_is_the_one_named_before(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found


@pytest.mark.parametrize(("sentence", "unexpected"), NOT_FOUND, ids=[s for s, _ in NOT_FOUND])
def test_the_terrorist_group_is_never_a_body_without_arms(sentence, unexpected):
    assert unexpected not in triples(extract(sentence), asserted_only=False)
