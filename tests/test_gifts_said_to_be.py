"""A gift noun that "be" says another event noun is names that noun's giver with its "from" phrase: "the largest
donation to B was a bequest from A", "among the gifts to B were two donations from A" (supports, CAMEO 071); a
noun "be" says is no gift names none ("the donation to B was a mistake, A said"). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


@pytest.mark.parametrize(("sentence", "giver"), [
    ("The largest donation to the Harbour Party was a bequest from Ilse Varga.", "Ilse Varga"),
    ("Among the gifts to the Harbour Party were 24 donations from Norcom Holdings.", "Norcom Holdings"),
])
def test_the_giver_of_what_the_gift_is_said_to_be(sentence, giver):
    found = {(r.subject.label, r.relation, r.object.label) for r in extract(sentence)}
    assert (giver, "supports", "Harbour Party") in found, found


def test_no_giver_when_the_gift_is_said_to_be_no_gift():
    found = {(r.subject.label, r.relation) for r in extract(
        "The donation to the Harbour Party was a mistake from the start, Ilse Varga said.")}
    assert ("Ilse Varga", "supports") not in found, found


@pytest.mark.parametrize("sentence", [
    "The largest donation to the Harbour Party was never a bequest from Ida Brandt.",
    "The largest donation to the Harbour Party was not a gift from Ida Brandt.",
])
def test_a_gift_denied_names_no_giver(sentence):
    assert [r for r in extract(sentence) if r.relation == "supports" and not r.negated] == []
