"""A title written with "co-" that the parser splits into pieces ("another co-chairman of the Harbour Group") is read
with the words before the whole word: one of its chairmen, a member, not its leader. Sentences and names of our
own."""

from __future__ import annotations

from tests.conftest import extract, triples

TEXT = ("The Harbour Group opposes the toll. Labour MP Ann Lee, another co-chairman of Harbour Group, said the plan "
        "was poorly drafted.")


def test_another_co_chairman_is_a_member():
    found = triples(extract(TEXT))
    assert ("Ann Lee", "memberOf", "Harbour Group") in found, found
    assert ("Ann Lee", "leaderOf", "Harbour Group") not in found, found
