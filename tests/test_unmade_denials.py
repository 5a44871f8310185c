"""A denial that is not made leaves what it would deny open: "Norland refused to deny that it had attacked Caldera",
"could neither confirm nor deny that" leave the attack possible, not denied; "denied that" still denies it.
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


def _attacks(text: str) -> list[tuple[str, str, str, bool, str]]:
    return [f for f in facts(text) if f[1] == "attacks" and f[2] == "Caldera"]


@pytest.mark.parametrize("text", [
    "Norland refused to deny that it had attacked Caldera.",
    "Norland could neither confirm nor deny that it had attacked Caldera.",
])
def test_a_clause_under_a_denial_not_made_stays_open(text):
    found = _attacks(text)
    assert found and all(f[3:] == (False, "possible") for f in found), found


def test_a_clause_under_a_denial_made_is_denied():
    found = _attacks("Norland has denied that its army attacked Caldera.")
    assert found and all(f[3] for f in found), found


@pytest.mark.parametrize("text", [
    "Norland did not deny meeting Caldera.",
    "Norland did not deny a meeting with Caldera.",
])
def test_an_act_a_denial_not_made_would_deny_stays_open(text):
    found = [f for f in facts(text) if f[1] == "meets" and f[2] == "Caldera"]
    assert found and all(f[3:] == (False, "possible") for f in found), found


def test_an_act_a_denial_made_denies_is_denied():
    found = [f for f in facts("Norland denied meeting Caldera.") if f[1] == "meets"]
    assert found and all(f[3] for f in found), found
