"""What "which" stands for when the parser hung the relative clause on the place an event happened in: a noun of a
kind of place (kg:PlaceNoun) with a name as its "of" is that place, and so is the name, whatever the model took the
name for ("the town of Sal Varo", "Sal Varo" read as a person's): "the bombings in the town of Sal Varo in Tarapaca
Province, which killed ..." are the attacks that killed, not the town nor a person. Sentences and names of our
own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

KILLERS = [
    ("Norway deplores the Red Hand Brigade’s car bomb attacks in the town of Sal Varo in Tarapaca Province, which "
     "killed many Chilean civilians at a school and a bus station.",
     ("Red Hand Brigade", "attacks", "civilians of Chile"), "Sal Varo"),
    ("Norway condemns the Red Hand Brigade's bombings in the city of Hal Morek in Tarapaca Province, which killed "
     "dozens of Chilean soldiers.", ("Red Hand Brigade", "attacks", "armed forces of Chile"), "Hal Morek"),
]


@pytest.mark.parametrize(("sentence", "triple", "place"), KILLERS, ids=[s[:60] for s, _, _ in KILLERS])
def test_the_event_not_the_named_town_did_it(sentence, triple, place):
    found = triples(extract(sentence), asserted_only=False)
    assert triple in found, found
    assert not any(s == place for s, _, _ in found), found
