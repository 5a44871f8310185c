"""A denial that is not made leaves what it would deny open: "Norland refused to deny that it had attacked Caldera",
"could neither confirm nor deny that", "did not deny meeting Caldera" leave the attack or the meeting possible, not
denied; "denied that", "denied meeting" still deny. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


def _read(text: str, relation: str) -> list[tuple[str, str, str, bool, str]]:
    return [f for f in facts(text) if f[1] == relation and f[2] == "Caldera"]


@pytest.mark.parametrize("text", [
    "Norland refused to deny that it had attacked Caldera.",
    "Norland could neither confirm nor deny that it had attacked Caldera.",
])
def test_a_clause_under_a_denial_not_made_stays_open(text):
    found = _read(text, "attacks")
    assert found and all(f[3:] == (False, "possible") for f in found), found
    denied = _read("Norland has denied that its army attacked Caldera.", "attacks")
    assert denied and all(f[3] for f in denied), denied  # a denial made denies


@pytest.mark.parametrize("text", [
    "Norland did not deny meeting Caldera.",
    "Norland did not deny a meeting with Caldera.",
])
def test_an_act_a_denial_not_made_would_deny_stays_open(text):
    found = _read(text, "meets")
    assert found and all(f[3:] == (False, "possible") for f in found), found
    denied = _read("Norland denied meeting Caldera.", "meets")
    assert denied and all(f[3] for f in denied), denied  # a denial made denies


@pytest.mark.parametrize("text", [
    "Norland reportedly denied that it had attacked Caldera.",
    "Norland allegedly denied attacking Caldera.",
    "Norland is said to have denied attacking Caldera.",
    "Norland did not simply deny attacking Caldera.",
    "Norland did not just deny that it had attacked Caldera; it blamed Bayport.",
])
def test_a_denial_made_under_hearsay_or_a_focus_still_denies(text):
    found = _read(text, "attacks")
    assert found and all(f[3] for f in found), found
    weighed = _read("Norland may deny that it had attacked Caldera.", "attacks")
    assert weighed and not any(f[3] for f in weighed), weighed  # a modal of its own makes no denial


@pytest.mark.parametrize("text", [
    "Norland did not deny that it met Caldera after the attack on Bayport.",
    "Norland declined to deny that it met Caldera after the attack on Bayport.",
])
def test_an_event_in_a_time_phrase_under_a_denial_not_made_is_its_own(text):
    found = facts(text)
    assert ("Norland", "attacks", "Bayport", False, "asserted") in found, found  # after the attack: it took place
    assert ("Norland", "meets", "Caldera", False, "possible") in found, found
