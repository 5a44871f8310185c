"""A raid by the police or a security service is a search and a seizure (coerces, CAMEO 1711), no armed attack; a
raid by troops, rebels or militants stays an attack (CAMEO 19)."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

FOUND = [
    ("Norland police raided Velcorp on Monday.", ("police of Norland", "coerces", "Velcorp")),
    ("The Tarn Constabulary raided the Velcorp headquarters in Rovna.", ("Tarn Constabulary", "coerces", "Velcorp")),
    ("Police raids on Velcorp's offices began at dawn, Senator Ilse Varga said.", ("police", "coerces", "Velcorp")),
    ("The FBI carried out a raid on Velcorp last week.", ("FBI", "coerces", "Velcorp")),
    ("Chilean troops raided Arica before dawn.", ("armed forces of Chile", "attacks", "Arica")),
    ("The Red Hand Brigade launched a raid on Arica.", ("Red Hand Brigade", "attacks", "Arica")),
]

NOT_FOUND = [
    ("Norland police raided Velcorp on Monday.", ("police of Norland", "attacks", "Velcorp")),
    ("The FBI carried out a raid on Velcorp last week.", ("FBI", "attacks", "Velcorp")),
    ("Chilean troops raided Arica before dawn.", ("armed forces of Chile", "coerces", "Arica")),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[f"{s[:40]}-{e[1]}" for s, e in FOUND])
def test_found(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found


@pytest.mark.parametrize(("sentence", "unexpected"), NOT_FOUND, ids=[f"{s[:40]}-{e[1]}" for s, e in NOT_FOUND])
def test_not_found(sentence, unexpected):
    assert unexpected not in triples(extract(sentence), asserted_only=False)
