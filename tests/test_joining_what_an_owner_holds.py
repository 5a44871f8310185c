"""Who joins a unit an organisation owns ("joined Y's Task Force 60") joins the unit, no member of its owner, even where
the parser made the owner, or its short form in brackets, the verb's object. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


def test_joining_an_owners_unit_makes_no_member_of_the_owner():
    found = triples(extract("The Dutch frigate HNLMS Tromp joined Norland Naval Forces Command's (NNFC) Task Force "
                            "(TF) 60 on Monday."))
    assert ("HNLMS Tromp", "memberOf", "Norland Naval Forces Command") not in found, found


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Dutch frigate HNLMS Tromp joined the Norland Navy's Task Force 60 on Monday.",
     ("HNLMS Tromp", "memberOf", "Task Force 60")),
    ("Anna Vale joined the Socialist Party in 1990.", ("Anna Vale", "memberOf", "Socialist Party")),
])
def test_what_is_joined_has_the_member(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found
