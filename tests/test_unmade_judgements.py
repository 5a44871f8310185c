"""A claim under a verb of confirming or denying that judges nothing stays open: "refused to confirm reports that Y
attacked Z", "wants to confirm", "will confirm", "may confirm", "if X confirms reports that", "did not deny reports
that" leave the attack possible, neither asserted nor denied, as a claim no verb judges does; so does a clause under a
verb of confirming that confirms nothing ("declined to confirm that Y had attacked Z"). Sentences and names of our
own."""

from __future__ import annotations

import pytest

from tests.conftest import facts

UNJUDGED = [
    "Norland refused to confirm reports that its army had attacked Caldera.",
    "Norland declined to confirm claims that its army attacked Caldera.",
    "Norland would not confirm reports that its army had attacked Caldera.",
    "Norland did not confirm rumours that its army had shelled Caldera.",
    "Norland could neither confirm nor deny reports that its army had attacked Caldera.",
    "Norland wants to confirm reports that its army attacked Caldera.",
    "Norland will confirm reports that its army attacked Caldera.",
    "Norland may verify claims that its army attacked Caldera.",
    "Officials urged Norland to confirm reports that its army attacked Caldera.",
    "If Norland confirms reports that its army attacked Caldera, the talks will end.",
    "Norland did not deny reports that its army had attacked Caldera.",
    "Norland refused to deny claims that its army had attacked Caldera.",
]


@pytest.mark.parametrize("text", UNJUDGED)
def test_a_claim_a_verb_does_not_judge_stays_open(text):
    found = [f for f in facts(text) if f[1] == "attacks" and f[2] == "Caldera"]
    assert found and all(f[3:] == (False, "possible") for f in found), found


@pytest.mark.parametrize("text", [
    "Minister Arvo Pellik refused to confirm that Norland had attacked Caldera.",
    "Minister Arvo Pellik did not confirm that Norland had attacked Caldera.",
])
def test_a_clause_a_verb_does_not_confirm_stays_open(text):
    found = [f for f in facts(text) if f[1] == "attacks" and f[2] == "Caldera"]
    assert found and all(f[3:] == (False, "possible") for f in found), found


@pytest.mark.parametrize(("text", "read"), [
    ("Norland confirmed reports that its army had attacked Caldera.", (False, "asserted")),
    ("Minister Arvo Pellik confirmed that Norland had attacked Caldera.", (False, "asserted")),
    ("Norland denied reports that its army had attacked Caldera.", (True, "possible")),
])
def test_a_claim_a_verb_judges_is_judged(text, read):
    found = [f for f in facts(text) if f[1] == "attacks" and f[2] == "Caldera"]
    assert found and all(f[3:] == read for f in found), found
