"""The one encouraged or heartened by what another decided, said or did approves of it and endorses its doer
(praises, CAMEO 051, as backing the doer's bid does); encouraged by an actor itself, it is asked to act (an
appeal). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


@pytest.mark.parametrize("text", [
    "Norway was encouraged by the decision of Iceland to lift the herring quota.",
    "Norway was heartened by Iceland's proposal on the herring quota.",
])
def test_encouraged_by_an_actors_act_endorses_the_actor(text):
    found = {(r.subject.label, r.relation, r.object.label, r.cameo_code) for r in extract(text) if r.asserted}
    assert ("Norway", "praises", "Iceland", "051") in found, found


def test_encouraged_by_an_actor_itself_is_asked_to_act():
    """A guard (passes on main too)."""
    found = {(r.subject.label, r.relation, r.object.label) for r in extract(
        "Norway was encouraged by Iceland to lift the herring quota.")}
    assert ("Norway", "praises", "Iceland") not in found, found
