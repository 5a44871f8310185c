"""A tribute paid to an actor praises it (CAMEO 051), while homage paid or a silence kept commemorates (017, a
comment); a director general named after the body before the title heads it ("CBI director general X"), as a
boss or a head does, while "a ... director general" is one of several."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

FOUND = [
    ("Senator Ilse Varga paid tribute to Mr Tomas Brenner's campaign, saying he had fought hard.",
     ("Ilse Varga", "praises", "Tomas Brenner")),
    ("Chile offered tribute to Peru's rescue effort.", ("Chile", "praises", "Peru")),
    ("Chile paid homage to Peru's efforts to end the war.", ("Chile", "commentsOn", "Peru")),
    ("Sir Oren Pask, Harbour Bank director general, warned the Treasury.", ("Oren Pask", "leaderOf", "Harbour Bank")),
]

NOT_FOUND = [
    ("Senator Ilse Varga paid tribute to Mr Tomas Brenner's campaign, saying he had fought hard.",
     ("Ilse Varga", "commentsOn", "Tomas Brenner")),
    ("A Harbour Bank director general, Oren Pask, warned the Treasury.", ("Oren Pask", "leaderOf", "Harbour Bank")),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[f"{s[:40]}-{e[1]}" for s, e in FOUND])
def test_found(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found


@pytest.mark.parametrize(("sentence", "unexpected"), NOT_FOUND, ids=[f"{s[:40]}-{e[1]}" for s, e in NOT_FOUND])
def test_not_found(sentence, unexpected):
    assert unexpected not in triples(extract(sentence), asserted_only=False)
