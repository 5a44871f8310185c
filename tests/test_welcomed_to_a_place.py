"""An actor welcomed to a place or a gathering is a visitor hosted (meets, CAMEO 043: "X welcomed Y to Paris", "to
the summit"), no praise; welcomed with no such place, or what it did welcomed, it is praised (praises, 051).
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

HOSTED = (
    "Mayor Greta Lind welcomed Pavel Sorn to Lisbon on Tuesday.",
    "Mayor Greta Lind welcomed Pavel Sorn to the harbour summit.",
    "Mayor Greta Lind welcomed Pavel Sorn to the ferry conference in Eastport.",
)


@pytest.mark.parametrize("text", HOSTED)
def test_a_visitor_welcomed_to_a_place_or_gathering_is_hosted(text):
    codes = {(r.relation, r.cameo_code) for r in extract(text) if r.asserted and r.object.label == "Pavel Sorn"}
    assert ("meets", "043") in codes
    assert ("praises", "051") not in codes


@pytest.mark.parametrize("text", [
    "Mayor Greta Lind welcomed Pavel Sorn's decision to reopen the ferry.",
    "Mayor Greta Lind warmly welcomed Pavel Sorn.",
])
def test_an_actor_welcomed_elsewhere_is_praised(text):
    assert ("Greta Lind", "praises", "Pavel Sorn") in triples(extract(text))
