"""A name right after a plural noun of a trade that firms ply ("analysts X", "auditors X", "brokers X") is a firm's:
one name after a plural is no person; so is one after "bourse" or after "the sale of", "the auction of", "the
purchase of", which are sales of firms (gazetteer.json organization_cues). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


@pytest.mark.parametrize(("text", "name"), [
    ("Ann Hale told reporters that external auditors Marlow Ashby had approved Corvex's accounts.", "Marlow Ashby"),
    ("Brokers Kelso said Corvex was the likely bidder.", "Kelso"),
    ("Retail analysts Tarnwell said Corvex had misled Lumina Bank.", "Tarnwell"),
    ("Rival bourse Merrion said it would bid. Ann Hale said Merrion had misled Lumina Bank.", "Merrion"),
    ("The court ordered the auction of Kirovsk. Olga Brin said Kirovsk had misled Lumina Bank.", "Kirovsk"),
    ("The purchase of Belgrano was a surprise. Olga Brin said Belgrano had misled Lumina Bank.", "Belgrano"),
])
def test_a_name_after_a_plural_trade_noun_is_an_organisation(text, name):
    records = extract(text, date="2026-01-05")
    types = {end.type for r in records for end in (r.subject, r.object) if end.label == name}
    assert types == {"Organization"}, records


def test_a_name_after_a_singular_trade_noun_may_be_a_person():
    records = extract("Analyst Tom Reed said Corvex had misled Lumina Bank.", date="2026-01-05")
    types = {end.type for r in records for end in (r.subject, r.object) if end.label == "Tom Reed"}
    assert types == {"Person"}, records
