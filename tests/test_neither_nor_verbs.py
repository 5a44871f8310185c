"""Verbs joined by "neither ... nor" are both denied: "Norland neither attacked Caldera nor threatened Bayport" is no
attack and no threat. Sentences and names of our own."""

from __future__ import annotations

from tests.conftest import facts


def test_verbs_joined_by_neither_nor_are_denied():
    found = facts("Norland neither attacked Caldera nor threatened Bayport.")
    assert ("Norland", "attacks", "Caldera", True, "asserted") in found, found
    assert ("Norland", "threatens", "Bayport", True, "asserted") in found, found
