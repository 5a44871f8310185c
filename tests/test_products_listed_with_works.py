"""A name listed with a plural work noun that another name opens ("Harlow's Vemo and Dunmore's Brix robots") is a
product too, no actor anywhere in its document: it visits nobody and nobody comments on it
(mentions._listed_with_works). Only names that each have an owner count: makers listed with what they make
("Kestrel and Harlow robots") stay makers, and an author listed with her works ("Ann Vale and her films") a person.

Sentences and names of our own."""

from __future__ import annotations

from tests.conftest import extract, triples

LISTED = ("Robot fair opens\n\nKestrel has shown off a walking robot named Tiko, to rival Harlow's Vemo and "
          "Dunmore's Brix robots. Vemo travelled to Norway and Chile for trade fairs in June. Tom Reed of Harlow "
          "praised Vemo.")
MAKERS = "Sales of Kestrel and Harlow robots rose last spring. Kestrel sued Harlow in Oslo."
AUTHOR = "Ann Vale and her films were celebrated in Kelso. Tom Reed said Ann Vale had changed cinema."


def test_a_name_listed_with_named_products_is_a_product():
    records = triples(extract(LISTED, date="2026-01-05"), asserted_only=False)
    assert not {r for r in records if "Vemo" in (r[0], r[2])}, records


def test_an_author_listed_with_her_works_stays_a_person():
    assert ("Tom Reed", "commentsOn", "Ann Vale") in triples(extract(AUTHOR, date="2026-01-05"), asserted_only=False)


def test_makers_listed_with_their_products_stay_makers():
    assert ("Kestrel", "criticizes", "Harlow") in triples(extract(MAKERS, date="2026-01-05"), asserted_only=False)
