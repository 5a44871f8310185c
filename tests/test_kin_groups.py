"""A tribe or a clan named by capitalised words before its noun (gazetteer kin_nouns: "the Ajuran clan", "the Al
bu Hadi tribe") is a group actor, whatever the model took the words for (a person, a region, nothing): "killed 40
members of the Ajuran clan" gives attacks on the clan. A country, a city or a party before the noun is no tribe's
name. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

KIN = [
    ("The Red Hand Brigade has killed 40 members of the Ajuran clan near Kismayo.",
     ("Red Hand Brigade", "attacks", "Ajuran")),
    ("The Red Hand Brigade has killed members of the Al Hadi tribe in Anbar.",
     ("Red Hand Brigade", "attacks", "Al Hadi")),
    ("The Red Hand Brigade attacked the Marehan clan in Gedo.", ("Red Hand Brigade", "attacks", "Marehan")),
]


@pytest.mark.parametrize(("sentence", "triple"), KIN, ids=[s for s, _ in KIN])
def test_a_named_tribe_or_clan_is_an_actor(sentence, triple):
    assert triple in triples(extract(sentence))


def test_the_group_is_typed_a_group():
    found = [r.object for r in extract(KIN[0][0]) if r.object.label == "Ajuran"]
    assert found and found[0].type == "Group"


def test_a_party_before_tribe_is_still_the_party():
    found = triples(extract("The Labour tribe rallied behind its leader in Kelby."), asserted_only=False)
    assert not any("tribe" in s.lower() or "tribe" in o.lower() for s, _, o in found)
