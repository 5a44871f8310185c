"""Verbs joined by "neither ... nor" are both denied: "Norland neither attacked Caldera nor threatened Bayport" is no
attack and no threat. Sentences and names of our own."""

from __future__ import annotations

from tests.conftest import facts


def test_verbs_joined_by_neither_nor_are_denied():
    found = facts("Norland neither attacked Caldera nor threatened Bayport.")
    assert ("Norland", "attacks", "Caldera", True, "asserted") in found, found
    assert ("Norland", "threatens", "Bayport", True, "asserted") in found, found


def test_what_neither_a_denial_nor_an_admission_takes_stays_open():
    for text in ("Norland neither denied nor confirmed attacking Caldera.",
                 "Norland neither denied nor admitted attacking Caldera.",
                 "Norland did not deny or confirm attacking Caldera."):
        found = [f for f in facts(text) if f[1] == "attacks" and f[2] == "Caldera"]
        assert found and all(f[3:] == (False, "possible") for f in found), (text, found)
    admitted = [f for f in facts("Norland did not deny but admitted attacking Caldera.") if f[1] == "attacks"]
    assert admitted and not any(f[3] for f in admitted), admitted  # an admission made denies nothing


def test_a_denial_of_neither_nor_leaves_both_acts_open():
    found = facts("Dana Holm denied that Norland had neither attacked Caldera nor threatened Bayport.")
    assert ("Norland", "attacks", "Caldera", False, "possible") in found, found  # one of them took place
    assert ("Norland", "threatens", "Bayport", False, "possible") in found, found
    said = facts("Dana Holm said that Norland had neither attacked Caldera nor threatened Bayport.")
    assert ("Norland", "threatens", "Bayport", True, "asserted") in said, said  # only the denial turns them


def test_the_nor_verb_shares_the_condition_of_the_first():
    found = facts("If Norland neither attacks Caldera nor threatens Bayport, Dorvik will lift its sanctions.")
    assert ("Norland", "threatens", "Bayport", True, "hypothetical") in found, found
