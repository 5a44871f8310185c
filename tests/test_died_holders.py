"""A holder the sentence says has died holds the role no more: "X, the party's treasurer, has died" gives a past
membership, as "former" does (kg:DeathVerb, and the passive of kg:KillingVerb). A death that is someone else's,
that has not happened or that is only feared leaves the role as it is. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


@pytest.mark.parametrize(("text", "holder"), [
    ("Sir Tom Hale, the Labour backbencher who challenged the party leader in 1990, has died.", "Tom Hale"),
    ("Ann Reed, a Green councillor in Eastport, was killed in a crash on Monday.", "Ann Reed"),
    ("The Labour MP Ben Dunn, who died last year, was a friend of the mayor.", "Ben Dunn"),
])
def test_the_role_of_a_holder_who_died_is_past(text, holder):
    found = facts(text)
    assert any(s == holder and r == "memberOf" and m == "past" for s, r, _, _, m in found), found


@pytest.mark.parametrize(("text", "holder"), [
    ("Labour MP Ben Dunn said the old dog had died.", "Ben Dunn"),
    ("Conservative MP Tom Lee, who survived the crash, is in hospital.", "Tom Lee"),
    ("Labour MP Ann Cole could die, doctors said.", "Ann Cole"),
    ("Tory MP Jim Parr killed a fox on his farm.", "Jim Parr"),
])
def test_a_death_not_the_holders_or_not_asserted_leaves_the_role(text, holder):
    found = facts(text)
    assert any(s == holder and r == "memberOf" and m == "asserted" for s, r, _, _, m in found), found
