"""Technologies, products and awards are no actors (a blind reading of BBC technology and entertainment records):
a name the gazetteer lists in ``product_names`` ("UWB", "IPTV", "the Xbox", "an Oscar") written alone is no end of
a record, whatever the model took it for; a longer name holding one ("Oscar Vale", a company's unit "Kelbysoft
IPTV") stays an actor. Sentences and names of our own."""

from __future__ import annotations

import pytest

from graph_builder import api


def _ends(text):
    return {end.label for r in api.extract(text) for end in (r.subject, r.object) if end is not None}


@pytest.mark.parametrize(("text", "product"), [
    ("Tom Reed said UWB was driving new ways to use computers.", "UWB"),
    ("\"IPTV lets us reach our audience,\" said Tom Reed.", "IPTV"),
    ("Tom Reed said the Xbox would need faster servers next year.", "Xbox"),
    ("Ana Ruiz turned down her best actress Oscar in 1980.", "Oscar"),
    ("Tom Reed told reporters that DVB-H would reach Kelby next year.", "DVB-H"),
])
def test_a_product_is_no_actor(text, product):
    assert product not in _ends(text)


@pytest.mark.parametrize(("text", "actor"), [
    ("Oscar Vale criticised Tom Reed on Monday.", "Oscar Vale"),
    ("Ed Vale, director of Kelbysoft IPTV, criticised Tom Reed.", "Ed Vale"),
    ("Tom Reed criticised Kelbysoft IPTV on Monday.", "Kelbysoft IPTV"),
    ("Tom Reed said Kelbysoft had hired Ana Ruiz as its new chief executive.", "Kelbysoft"),
])
def test_a_longer_name_holding_a_product_stays_an_actor(text, actor):
    assert actor in _ends(text)
