"""Thanks said with an adjective ("was grateful to B", "remains thankful for B's help") or with "appreciate" praise
B (CAMEO 051), as "thanked B" does; the one who gave what an event noun of giving names ("the support provided by
B", "the help given by B") is its doer, as the one who carried out an attack is."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

FOUND = [
    ("The Lakeside mayor Ana Ruiz said she was deeply grateful to Norway for the rescue boats.",
     ("Ana Ruiz", "praises", "Norway")),
    ("Senator Ilse Varga remained thankful for Chile's quiet diplomacy.", ("Ilse Varga", "praises", "Chile")),
    ("Senator Ilse Varga said she was appreciative of Chile's patience.", ("Ilse Varga", "praises", "Chile")),
    ("Ghana appreciated Senegal's leadership on the fishing accord.", ("Ghana", "praises", "Senegal")),
    ("Ghana praised the support provided by Senegal after the floods.", ("Ghana", "praises", "Senegal")),
    ("Senator Ilse Varga said she was grateful for the help given by Peru.", ("Ilse Varga", "praises", "Peru")),
    ("Ghana condemned the backing offered by Togo to the mutineers.", ("Ghana", "criticizes", "Togo")),
]

NOT_FOUND = [
    ("Senator Ilse Varga said she was grateful for a quiet week in Peru.", ("Ilse Varga", "praises", "Peru")),
    ("Ghana praised the aid that was criticised by Togo.", ("Ghana", "praises", "Togo")),
    ("Ghana welcomed the support condemned by Togo.", ("Ghana", "praises", "Togo")),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[f"{s[:40]}-{e[1]}" for s, e in FOUND])
def test_found(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found


@pytest.mark.parametrize(("sentence", "unexpected"), NOT_FOUND, ids=[f"{s[:40]}-{e[1]}" for s, e in NOT_FOUND])
def test_not_found(sentence, unexpected):
    assert unexpected not in triples(extract(sentence), asserted_only=False)
