"""A judgement in the complement of a verb of feeling, belief or concession (kg:OwnViewVerb) whose subject is the one
judged is its own view of itself, which a speaker who reports it does not voice; the complement of a factive verb of
knowing is what the speaker holds true, a criticism voiced. Sentences and names of our own."""

from __future__ import annotations

from tests.conftest import facts

_CRITICISM = ("Mara Voss", "criticizes", "Arvo Pellik", False, "asserted")


def test_what_the_one_judged_knows_is_voiced_by_the_speaker():
    text = "Mara Voss said Arvo Pellik knows his plan is a disgrace."
    assert _CRITICISM in facts(text), facts(text)


def test_what_the_one_judged_admits_of_himself_is_not():
    text = "Mara Voss said Arvo Pellik admitted he had run out of ideas for Norland."
    assert _CRITICISM not in facts(text), facts(text)
