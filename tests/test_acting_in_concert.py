"""An event noun of cooperation in an "in" phrase of a verb, or of its subject set off by commas, says how the
subject acts, whatever the verb: "A attacked B in coordination with C" and "A, in coordination with C, attacked
B" give A's cooperation with C besides the attack (the verb of attack reacts to nothing here). "Coordination" is
an event noun of diplomatic cooperation like "cooperation". Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CASES = [
    ("The Kenyan army raided the camp in coordination with Uganda.", ("army of Kenya", "cooperatesWith", "Uganda")),
    ("Ghana attacked the Red Hand Brigade in cooperation with Togo.", ("Ghana", "cooperatesWith", "Togo")),
    ("Chadian troops, in coordination with Niger, attacked the Red Hand Brigade.",
     ("armed forces of Chad", "cooperatesWith", "Niger")),
    ("Peru, in partnership with Chile, attacked the Shining Valley Front.", ("Peru", "cooperatesWith", "Chile")),
    ("Coordination between Ghana and Togo on border patrols has improved.", ("Ghana", "cooperatesWith", "Togo")),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s for s, _ in CASES])
def test_acting_in_concert_with_another_is_cooperation(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found

