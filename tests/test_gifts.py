"""Who gives what a noun of a gift names (kg:GiftNoun): "a donation from A to B", "aid from A to B", "donations for B
from A" give supports(A, B) (CAMEO 07), as "A's donation to B" does; "a letter from A to B" is no gift. Sentences and
names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "expected"), [
    ("A £3m donation from the Velcorp Trust to the Greens was made public.", ("Velcorp Trust", "supports", "Greens")),
    ("Last year there were donations of £40,000 for the Greens from the Velcorp Trust.",
     ("Velcorp Trust", "supports", "Greens")),
    ("Portugal praised the aid from Norway to Chad after the floods.", ("Norway", "supports", "Chad")),
    ("The new loan from the World Bank to Moldova was signed on Friday.", ("World Bank", "supports", "Moldova")),
])
def test_the_giver_of_a_gift_named_with_from_supports_its_receiver(text, expected):
    assert expected in triples(extract(text))


def test_a_letter_from_one_actor_to_another_is_no_gift():
    assert not [r for r in extract("A letter from the Velcorp Trust to the Greens was leaked.")
                if r.relation == "supports"]
