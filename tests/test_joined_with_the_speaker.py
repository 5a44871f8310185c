"""An actor a speaker names together with their own pronoun ("Y and I", "Y and himself") is no actor the speaker
comments on: the speaker tells what the two of them do, as "we" would. Alone, the other stays commented on.
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

JOINED = [
    'Arvo Pellik said Tomas Varga and himself had no plan to sell the ferry service.',
    '"Tomas Varga and I are taking the same line on the ferry tolls," Arvo Pellik said.',
    'Councillor Ann Vale says that Tomas Varga and herself were the real losers of the Caldera vote.',
]


@pytest.mark.parametrize("text", JOINED)
def test_an_actor_joined_with_the_speakers_pronoun_is_no_comment(text):
    assert not {(s, o) for s, r, o in triples(extract(text)) if r == "commentsOn" and o == "Tomas Varga"}


def test_the_other_alone_is_still_commented_on():
    text = 'Arvo Pellik said Tomas Varga had no plan to sell the ferry service.'
    assert ("Arvo Pellik", "commentsOn", "Tomas Varga") in triples(extract(text))
