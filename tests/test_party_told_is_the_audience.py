"""A party told something, or spoken to, is the audience briefed, not the actor the statement is about: 'X told the
Blue Party conference: "..."' gives X briefs the Blue Party and no commentsOn of it, as telling a council does;
what a party's concerns are addressed still speaks of it, and told to act it is asked. Sentences and names of our
own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "speaker", "party"), [
    ('Tom Varga told the Blue Party conference on Monday: "Nothing will get in the way of a united party."',
     "Tom Varga", "Blue Party"),
    ("Senator Ilse Varga told a Green Party rally that the harbour plan would fail.", "Ilse Varga", "Green Party"),
    ("Senator Ilse Varga spoke to the Green Party about the ferry fares.", "Ilse Varga", "Green Party"),
])
def test_a_party_told_is_briefed_not_commented_on(text, speaker, party):
    found = triples(extract(text))
    assert (speaker, "briefs", party) in found, found
    assert (speaker, "commentsOn", party) not in found, found


def test_a_party_whose_concerns_are_addressed_is_spoken_of():
    found = triples(extract("Senator Ilse Varga addressed the Green Party's concerns in her speech."))
    assert ("Ilse Varga", "commentsOn", "Green Party") in found, found
    assert ("Ilse Varga", "briefs", "Green Party") not in found, found


def test_a_party_told_to_act_is_asked():
    found = triples(extract("Tom Varga told the Blue Party to back the harbour plan."))
    assert ("Tom Varga", "appealsTo", "Blue Party") in found, found
    assert not {("Tom Varga", r, "Blue Party") for r in ("briefs", "commentsOn")} & found, found
