"""Being or coming "under pressure from" an actor is its demand, as facing pressure from it is (10_demand.yaml):
"B is under pressure from A to ..." gives demands(A, B). Pressure a player is under when it does something on the
pitch ("headed it wide under pressure from X") hangs on no "be" or "come" and gives nothing. Sentences and names
of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def found(sentence):
    return {(r.subject.label, r.relation, r.object.label, r.negated) for r in extract(sentence, date="2026-01-05")}


@pytest.mark.parametrize("sentence", [
    "Chile came under pressure from Peru to reopen the border.",
    "Chile is under pressure from Peru over the border camps.",
])
def test_under_pressure_from_an_actor_is_its_demand(sentence):
    assert ("Peru", "demands", "Chile", False) in found(sentence)


def test_pressure_on_the_pitch_is_no_demand():
    sentence = "Tom Reyes headed the ball wide under pressure from Ann Lee in the second half."
    assert not {r for r in found(sentence) if r[1] == "demands"}
