"""An adviser or a consultant to a firm, a bank or a department is its staff (kg:employedBy), as its economist is;
to a party or a government of members the same title stays a membership (memberOf)."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

FOUND = [
    ("Tom Dale is now an adviser to Norcrest Consulting Limited.",
     ("Tom Dale", "employedBy", "Norcrest Consulting Limited")),
    ("Norcrest Bank adviser Ann Lowe warned of a slump in lending.", ("Ann Lowe", "employedBy", "Norcrest Bank")),
    ("Ann Lowe, a consultant to Velcorp, said the plant would close.", ("Ann Lowe", "employedBy", "Velcorp")),
]

NOT_FOUND = [
    ("Tom Dale is now an adviser to Norcrest Consulting Limited.",
     ("Tom Dale", "memberOf", "Norcrest Consulting Limited")),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[f"{s[:40]}-{e[1]}" for s, e in FOUND])
def test_found(sentence, expected):
    found = triples(extract(sentence), asserted_only=False)
    assert expected in found, found


@pytest.mark.parametrize(("sentence", "unexpected"), NOT_FOUND, ids=[f"{s[:40]}-{e[1]}" for s, e in NOT_FOUND])
def test_not_found(sentence, unexpected):
    assert unexpected not in triples(extract(sentence), asserted_only=False)


def test_an_adviser_to_a_party_is_its_member():
    found = triples(extract("Senator Ilse Varga hired Tomas Brenner, a veteran adviser to the Harbour Party."),
                    asserted_only=False)
    assert ("Tomas Brenner", "memberOf", "Harbour Party") in found, found
