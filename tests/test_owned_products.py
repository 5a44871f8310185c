"""A name the document names as a product or a work ("its Vortex console") is no actor, and its owner does not act
through it either: "Kestrel's Vortex represents a real threat to Harlow" is no threat by Kestrel
(arguments._name_of_no_actor). A title ("Russia's President") and a body's word ("Peru's Foreign Ministry") after
an owner still stand for it or its holder, and so do a capitalised common noun ("dismissed Ann Vale's Budget") and
a name its owner modifies ("comply with Security Council Resolution 2390").

Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

PRODUCT = ("Kestrel readies Vortex console\n\nKestrel is expected to release its Vortex console soon. Although "
           "Harlow is aiming for younger players and the Vortex is more for older gamers, the two firms will "
           "compete. Kestrel's Vortex represents a real threat to Harlow because of the huge number of owners.")

KEPT = [  # (text, a record of an owner or of the holder of its title)
    ("Russia's President criticised Ukraine.", ("President of Russia", "criticizes", "Ukraine")),
    ("Peru's Foreign Ministry condemned Chile.", ("foreign ministry of Peru", "criticizes", "Chile")),
    ("The Tarvan regime must comply with Security Council Resolution 2390 to protect civilians.",
     ("regime led by Tarvan", "yieldsTo", "Security Council")),
    ("Tory leader Tom Hale has dismissed Ann Vale's Budget as \"vote now, pay later\" spending plans.",
     ("Tom Hale", "rejects", "Ann Vale")),
]


def test_the_owner_of_a_product_does_not_act_through_it():
    records = triples(extract(PRODUCT, date="2026-01-05"), asserted_only=False)
    assert not {r for r in records if r[1] == "threatens"}, records


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_a_title_a_body_or_a_common_noun_after_an_owner_still_stands_for_it(text, kept):
    assert kept in triples(extract(text, date="2026-01-05"), asserted_only=False)
