"""An event that a participle describing a thing names took place, whatever the clause that names the thing says of
it: "will study the evidence gathered during Y's raids on Z" asserts the raids. Not under a participle of intent, time
to come or doubt, nor under one describing a noun of intent ("a plan drawn up for talks with Z"), nor in a content
clause the parser hangs on its noun the same way ("dismissed suggestions that Y had attacked Z"); not what a present
participle says a thing claims or would do ("denied a report claiming Y had attacked Z", "may sign an accord
recognising Z"), nor what a participle's own complement says ("must use the opportunity afforded by its presidency to
press Z")."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

ASSERTED = [
    ("Caldera will study the evidence gathered during Norland's raids on Arica.", ("Norland", "attacks", "Arica")),
    ("Ghana could release the report written after Senegal's talks with Togo.", ("Senegal", "meets", "Togo")),
]

NOT_ASSERTED = [
    ("Norland will publish a plan drawn up for talks with Chile.", ("Norland", "meets", "Chile")),
    ("Norland will publish a proposal aimed at talks with Chile.", ("Norland", "meets", "Chile")),
    ("Anna Kask dismissed suggestions that Chad had attacked Niger.", ("Chad", "attacks", "Niger")),
    ("Caldera will study the evidence of an alleged raid by Norland on Arica.", ("Norland", "attacks", "Arica")),
    ("Ghana denied a report claiming Senegal had attacked Togo.", ("Senegal", "attacks", "Togo")),
    ("Norland may sign an accord recognising the Chilean government.",
     ("Norland", "cooperatesWith", "government of Chile")),
    ("Ghana must use the opportunity afforded by its presidency of the union to press Togo to cut tariffs.",
     ("Ghana", "appealsTo", "Togo")),
]


@pytest.mark.parametrize(("sentence", "expected"), ASSERTED, ids=[f"{s[:40]}-{e[1]}" for s, e in ASSERTED])
def test_asserted(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found


@pytest.mark.parametrize(("sentence", "unexpected"), NOT_ASSERTED, ids=[f"{s[:40]}-{e[1]}" for s, e in NOT_ASSERTED])
def test_not_asserted(sentence, unexpected):
    relations = extract(sentence)
    assert unexpected in triples(relations, asserted_only=False), relations
    assert unexpected not in triples(relations)
