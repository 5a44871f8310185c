"""A quotation in which someone names the speaker as something bad ('"Y even called me a coward," X said') is Y's
criticism of X, the speaker ("me"), never X's of Y; the parser may take "me" for a dative. Sentences and names of
our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

CASES = [
    ("\"Tom Reed even called me a mongrel,\" Ann Vale said.", ("Tom Reed", "criticizes", "Ann Vale")),
    ("\"Tom Reed called me a coward,\" Ann Vale said.", ("Tom Reed", "criticizes", "Ann Vale")),
    ("\"I called Tom Reed a coward,\" Ann Vale said.", ("Ann Vale", "criticizes", "Tom Reed")),
]


@pytest.mark.parametrize(("text", "triple"), CASES, ids=[text for text, _ in CASES])
def test_the_one_who_calls_names_criticizes_the_one_named(text, triple):
    found = {(r.subject.label, r.relation, r.object.label) for r in extract(text) if r.asserted}
    critic, _, named = triple
    assert triple in found, found
    assert not {(named, "criticizes", critic), (named, "commentsOn", critic)} & found, found
