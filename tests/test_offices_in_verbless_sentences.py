"""An office spoken of in a sentence with no verb ("Worries for the foreign minister.", a headline or a caption) is
still its holder's, and reading it ends: the search for the clause a description stands in climbs to the root of
the sentence and stops there, verb or not."""

from __future__ import annotations

import signal

import pytest

from tests.conftest import extract, triples

TEXTS = [
    "Norland's foreign minister Ann Rees flew to Caldera. Worries for the foreign minister.",
    "Norland's foreign minister Ann Rees flew to Caldera. Fresh doubts over the foreign minister's trip.",
]


def _give_up(signum, frame):
    raise TimeoutError("reading a verbless sentence did not end")


@pytest.mark.parametrize("text", TEXTS, ids=[t[-40:] for t in TEXTS])
def test_a_verbless_sentence_with_an_office_is_read_to_the_end(text):
    previous = signal.signal(signal.SIGALRM, _give_up)
    signal.alarm(60)
    try:
        found = triples(extract(text))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert ("Ann Rees", "memberOf", "Norland") in found, found
