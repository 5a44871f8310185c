"""A country's word in a list that ends in a noun of a force, with no article inside it ("the UK, Dutch and Belgian
Navy"), is that country's force: forces working together cooperate materially (cooperatesMateriallyWith, CAMEO 062),
not in diplomacy; countries listed with a navy ("Canada, Norway and the Royal Navy") stay countries. Sentences of our
own."""

from __future__ import annotations

from tests.conftest import extract, triples


def test_navies_listed_by_their_countries_cooperate_materially():
    found = triples(extract("Since May, the UK, Dutch and Belgian Navy have worked together on rescues in the "
                            "Channel."))
    assert ("United Kingdom", "cooperatesMateriallyWith", "Netherlands") in found, found
    assert ("United Kingdom", "cooperatesWith", "Netherlands") not in found, found


def test_countries_listed_with_a_navy_cooperate_in_diplomacy():
    found = triples(extract("Canada, Norway and the Royal Navy worked together on a rescue off Bergen."))
    assert ("Canada", "cooperatesWith", "Norway") in found, found
