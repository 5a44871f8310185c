"""An event noun after "in" under a verb's object is the verb's subject's: "flew missions in support of B",
"tabled a motion in support of B", also after coordinated prepositions ("raids coordinated with and in support
of B"); not when the verb speaks about the thing ("opposed a motion in support of B"). Sentences and names of our
own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

FOUND = [
    ("Norway flew missions in support of the Latvian army.", ("Norway", "supports", "army of Latvia")),
    ("Norway tabled a motion in support of Latvia.", ("Norway", "supports", "Latvia")),
    ("Danish troops carried out raids planned with and in support of Estonia's government.",
     ("armed forces of Denmark", "supports", "government of Estonia")),
]

NOT_FOUND = [
    ("Norway opposed a motion in support of Latvia.", ("Norway", "supports", "Latvia")),
    ("Norway criticised the strikes in support of Latvia.", ("Norway", "supports", "Latvia")),
    # "for" under an object names what the thing is for, not the subject's event
    ("Norway praised the rally for the support of Latvia.", ("Norway", "supports", "Latvia")),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[s for s, _ in FOUND])
def test_an_event_the_object_is_done_in(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found


@pytest.mark.parametrize(("sentence", "unexpected"), NOT_FOUND, ids=[s for s, _ in NOT_FOUND])
def test_no_supporter_invented(sentence, unexpected):
    assert unexpected not in triples(extract(sentence), asserted_only=False)
