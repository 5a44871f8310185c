"""A refusal or a rejection that is over leaves the act it denied open: "Norland no longer rejects talks with
Caldera", "Norland dropped its refusal to meet Caldera" give the meeting possible, neither denied nor done.
Sentences and names of our own."""

from __future__ import annotations

from tests.conftest import facts


def test_an_act_a_refusal_no_longer_denies_is_open():
    for text in ("Norland no longer rejects talks with Caldera.", "Norland has dropped its refusal to meet Caldera."):
        found = [f for f in facts(text) if f[1] == "meets" and f[2] == "Caldera"]
        assert found and all(f[3:] == (False, "possible") for f in found), (text, found)
    weighed = [f for f in facts("Norland may drop its refusal to meet Caldera.") if f[1] == "meets"]
    assert weighed and all(f[3] for f in weighed), weighed  # only weighed, the refusal still stands


def test_an_act_a_rejection_not_made_would_deny_is_open():
    found = [f for f in facts("Norland did not reject talks with Caldera.") if f[1] == "meets" and f[2] == "Caldera"]
    assert found and all(f[3:] == (False, "possible") for f in found), found
    rejected = [f for f in facts("Norland rejected talks with Caldera.") if f[1] == "meets"]
    assert rejected and all(f[3] for f in rejected), rejected  # a rejection made denies the talks


def test_an_event_in_a_time_phrase_under_an_act_left_open_is_its_own():
    for text in ("Norland dropped its refusal to meet Caldera after the attack on Bayport.",
                 "Norland has ended its refusal to meet Caldera since the attack on Bayport.",
                 "Norland no longer refuses to meet Caldera after the attack on Bayport."):
        found = facts(text)
        assert ("Norland", "attacks", "Bayport", False, "asserted") in found, (text, found)
        assert ("Norland", "meets", "Caldera", False, "possible") in found, (text, found)
