"""A name the document names as a product or a work ("its Vortex console") is no actor, and its owner does not act
through it either: "Velmark's Skyline is a threat to Borrin" is no threat by Velmark
(arguments._name_of_no_actor). A title ("Russia's President") and a body's word ("Peru's Foreign Ministry") after
an owner still stand for it or its holder, and so do a capitalised common noun ("dismissed Rita Moss's Budget") and
a name its owner modifies ("comply with Security Council Resolution 2390").

Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

PRODUCT = ("Velmark readies Skyline handset\n\nVelmark will launch its Skyline handset in May. Borrin sells mostly to "
           "schools while the Skyline targets designers, so the rivals rarely meet. Velmark's Skyline represents a "
           "serious threat to Borrin given its low price.")

KEPT = [  # (text, a record of an owner or of the holder of its title)
    ("Russia's President criticised Ukraine.", ("President of Russia", "criticizes", "Ukraine")),
    ("Peru's Foreign Ministry condemned Chile.", ("foreign ministry of Peru", "criticizes", "Chile")),
    ("The Tarvan regime must comply with Security Council Resolution 2390 to protect civilians.",
     ("regime led by Tarvan", "yieldsTo", "Security Council")),
    ("Labour chairman Ben Cole has dismissed Rita Moss's Budget as a raid on pensioners.",
     ("Ben Cole", "rejects", "Rita Moss")),
]


def test_the_owner_of_a_product_does_not_act_through_it():
    records = triples(extract(PRODUCT, date="2026-01-05"), asserted_only=False)
    assert not {r for r in records if r[1] == "threatens"}, records


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_a_title_a_body_or_a_common_noun_after_an_owner_still_stands_for_it(text, kept):
    assert kept in triples(extract(text, date="2026-01-05"), asserted_only=False)
