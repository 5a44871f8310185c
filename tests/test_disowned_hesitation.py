"""A hesitation a verb of denial disowns makes no act: "Norland denied hesitating to attack Caldera" is Norland's own
word that it did not hesitate, no attack; the attack stays possible, while "did not hesitate to attack" asserts it.
Sentences and names of our own."""

from __future__ import annotations

from tests.conftest import facts


def test_an_act_under_a_denied_hesitation_stays_possible():
    for text in ("Norland denied hesitating to attack Caldera.",
                 "Norland denied that it had hesitated to attack Caldera."):
        found = [f for f in facts(text) if f[1] == "attacks" and f[2] == "Caldera"]
        assert found and all(f[3:] == (False, "possible") for f in found), (text, found)
    done = [f for f in facts("Norland did not hesitate to attack Caldera.") if f[1] == "attacks"]
    assert done and all(f[3:] == (False, "asserted") for f in done), done
