"""A noun of a kind of place that describes a named place stands for it, as "the town of Arica" does: "Arica, a town
held by X" and "Arica is the largest town controlled by X" say X holds Arica (occupies, CAMEO 192), when X is an
armed actor. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import FIGHTS, extract, triples

HELD = [
    "Arica, a town seized by the Red Hand Brigade in May, was shelled.",
    "Arica is the largest town controlled by the Red Hand Brigade in Chile.",
    "The city of Arica is the largest city controlled by the Red Hand Brigade.",
]

NOT_HELD = [
    "Bolton, a town controlled by Labour, voted for the plan.",
    "Arica is the largest town visited by the Red Hand Brigade.",
]


@pytest.mark.parametrize("sentence", HELD)
def test_a_town_that_describes_a_named_place_stands_for_it(sentence):
    found = triples(extract(sentence))
    assert ("Red Hand Brigade", "occupies", "Arica") in found, found


@pytest.mark.parametrize("sentence", NOT_HELD)
def test_a_party_or_a_visit_holds_no_town(sentence):
    assert not [r for r in extract(sentence) if r.relation in FIGHTS]
