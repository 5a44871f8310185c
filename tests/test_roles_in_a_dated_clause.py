"""A title given to the subject of a clause that a year long before the article dates, by the verb's own date or by
a clause of time on it, is the one held then: the role is past (as "former" makes it). A date in the subject's or
the object's words, a recent year, or a clause in the present beside it leave the role as it is. Sentences and
names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts

DATE = "2005-03-01"

PAST = [
    ("In 1979, Labour leader Tom Reed won the election.", ("Tom Reed", "leaderOf", "Labour Party")),
    ("When Kelby voted in 1972, Tory leader Ann Vale was swept into power.", ("Ann Vale", "leaderOf",
                                                                             "Conservative Party")),
]

KEPT = [
    ("Tory leader Ann Vale attacked the reforms of the 1960s.", ("Ann Vale", "leaderOf", "Conservative Party")),
    ("In 2004, Labour leader Tom Reed won the vote.", ("Tom Reed", "leaderOf", "Labour Party")),
    ("Labour MP Tom Reed won the seat in 1983 and still holds it.", ("Tom Reed", "memberOf", "Labour Party")),
]


@pytest.mark.parametrize(("text", "triple"), PAST, ids=[t for t, _ in PAST])
def test_a_role_in_a_clause_dated_long_ago_is_past(text, triple):
    found = {(s, r, o): m for s, r, o, negated, m in facts(text, date=DATE) if not negated}
    assert found.get(triple) == "past", found


@pytest.mark.parametrize(("text", "triple"), KEPT, ids=[t for t, _ in KEPT])
def test_a_role_in_a_clause_not_dated_long_ago_holds(text, triple):
    """Guards."""
    found = {(s, r, o): m for s, r, o, negated, m in facts(text, date=DATE) if not negated}
    assert found.get(triple) == "asserted", found
