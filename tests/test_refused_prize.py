"""A prize, an award or a medal is no actor whose act one accepts or refuses (actor class honour of senses.yaml):
declining or accepting it neither rejects it nor cooperates with it; refusing an actor's offer still rejects the
actor. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


@pytest.mark.parametrize("text", [
    "Arvo Pellik declined to accept the Caldera Prize, citing ill health.",
    "Mara Voss accepted the Norland Medal at a ceremony in the capital.",
])
def test_a_prize_is_no_actor_accepted_or_refused(text):
    found = facts(text)
    assert not any(r in ("rejects", "cooperatesWith") for _, r, _, _, _ in found), found


def test_a_refused_offer_still_rejects_its_maker():
    found = facts("Arvo Pellik refused to accept Caldera's offer.")
    assert any("Arvo Pellik" in s and r == "rejects" and "Caldera" in o for s, r, o, _, _ in found), found
