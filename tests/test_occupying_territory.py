"""Taking, holding or taking back a place by force is its own relation, occupies (CAMEO 192), a sub-property of
attacks (CAMEO 19, fight): a query for fights finds it, and its name says the place is held, not struck. Striking a
place stays attacks. Sentences and names of our own."""

from __future__ import annotations

import pytest
from rdflib import RDFS

from graph_builder.vocab import ONTOLOGY, load_lexicon
from tests.conftest import asserted_triples

HELD = [
    ("The Red Hand Brigade seized the town of Arica in March.", ("Red Hand Brigade", "Arica")),
    ("The Red Crescent Army has had control of Tacna for two years.", ("Red Crescent Army", "Tacna")),
    ("Norland annexed the Vesk Peninsula in 2014.", ("Norland", "Vesk Peninsula")),
    ("Kenyan troops liberated the town of Kismayo in May.", ("armed forces of Kenya", "Kismayo")),
    ("The town of Tacna fell to Red Hand Brigade fighters.", ("Red Hand Brigade", "Tacna")),
]


@pytest.mark.parametrize(("sentence", "ends"), HELD, ids=[s for s, _ in HELD])
def test_a_place_taken_or_held_is_occupied(sentence, ends):
    found = asserted_triples(sentence)
    assert found.get((ends[0], "occupies", ends[1])) is True, found
    assert (ends[0], "attacks", ends[1]) not in found, found


def test_a_place_struck_is_attacked():
    found = asserted_triples("Norland's army shelled Arica on Monday.")
    assert any(relation == "attacks" and obj == "Arica" for _, relation, obj in found), found
    assert not any(relation == "occupies" for _, relation, _ in found), found


def test_occupying_is_a_fight_of_material_conflict():
    lexicon = load_lexicon()
    info = lexicon.relations["occupies"]
    assert (info.cameo, info.quad_class, info.place_object) == ("19", lexicon.relations["attacks"].quad_class, True)
    assert (ONTOLOGY.occupies, RDFS.subPropertyOf, ONTOLOGY.attacks) in lexicon.graph
