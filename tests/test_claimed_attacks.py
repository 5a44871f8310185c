"""An attack whose doer a participle names with "by" (kg:PerpetratorVerb: "claimed by", "carried out by") is that
doer's attack, as "an attack by X" is: "an attack claimed by X killed Y" gives X attacks Y. A participle that only
speaks about the attack ("condemned by") names no doer, and a report "published by" X is no event."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CLAIMED = [
    ("A bombing claimed by the Red Hand Brigade killed 30 Somali soldiers near Baidoa.",
     ("Red Hand Brigade", "attacks", "armed forces of Somalia")),
    ("Several attacks, claimed by the Red Hand Brigade, have killed at least 14 more Somali civilians.",
     ("Red Hand Brigade", "attacks", "civilians of Somalia")),
    ("A raid carried out by the Red Hand Brigade killed nine Kenyan soldiers at the border post.",
     ("Red Hand Brigade", "attacks", "armed forces of Kenya")),
]

NOT_CLAIMED = [
    ("A bombing condemned by Kenya killed 30 Somali soldiers near Baidoa.", "Kenya"),
    ("A raid criticised by the Red Hand Brigade killed nine Kenyan soldiers at the border post.", "Red Hand Brigade"),
]


@pytest.mark.parametrize(("sentence", "triple"), CLAIMED, ids=[s for s, _ in CLAIMED])
def test_an_attack_claimed_by_a_group_is_its_attack(sentence, triple):
    assert triple in triples(extract(sentence))


@pytest.mark.parametrize(("sentence", "speaker"), NOT_CLAIMED, ids=[s for s, _ in NOT_CLAIMED])
def test_one_who_speaks_about_an_attack_did_not_make_it(sentence, speaker):
    assert not any(s == speaker and r == "attacks" for s, r, _ in triples(extract(sentence), asserted_only=False))
