"""A title written with a region or a part of its owner before the owner ("the Scottish Conservative leader",
"the Senate Republican leader") is another office than the owner's plain title: the party's leader does not hold
it, and its holder is the one named with it. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.conftest import asserted_triples

CASES = [
    ("Conservative leader Tom Vale met Ann Hale. The Scottish Conservative leader criticised Ann Hale.",
     ("Tom Vale", "criticizes", "Ann Hale"), None),
    ("Labour leader Tom Vale met Ann Hale. The Welsh Labour leader criticised Ann Hale.",
     ("Tom Vale", "criticizes", "Ann Hale"), None),
    ("The Welsh Labour leader, Rob Moss, met Ann Hale. Labour leader Tom Vale met Ann Hale. The Welsh Labour leader "
     "criticised Ann Hale.", ("Rob Moss", "criticizes", "Ann Hale"), True),
    # no branch but after "the": a sentence's first word or a run-in headline's is none
    ("Earlier Foreign Secretary Tom Vale met Ann Hale. The foreign secretary criticised Ann Hale.",
     ("Tom Vale", "criticizes", "Ann Hale"), True),
    ("Conservative leader Tom Vale met Ann Hale. The Conservative leader criticised Ann Hale.",
     ("Tom Vale", "criticizes", "Ann Hale"), True),
    # a bare title may mean the holder of a branch or portfolio
    ("The EU Fisheries Commissioner Tom Vale met Ann Hale. The commissioner criticised Ann Hale.",
     ("Tom Vale", "criticizes", "Ann Hale"), True),
]


@pytest.mark.parametrize("case", CASES, ids=[case[0] for case in CASES])
def test_a_title_of_a_region_or_branch_is_not_the_owners_title(case):
    text, triple, expected = case
    assert asserted_triples(text).get(triple) is expected
