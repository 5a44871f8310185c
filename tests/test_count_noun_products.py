"""A name written as a count noun, an indefinite article right before it ("buyers who own an Orvo", "she had
bought a Zentara"), is one of many things of a kind, a product, no actor in its whole document: nobody comments
on it, criticises it or backs it (mentions.count_noun_names). A side described with an adjective ("a resurgent
Carrow"), a name with an organisation's word ("a Harlow Party taking power"), a person's name ("a Tom Reed") and a
company the document names as one ("Harlow said its profits fell") stay actors.

Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

PRODUCTS = [  # (text, the product's name)
    ('Harlow unveiled its new music player on Tuesday. Buyers who own an Orvo will get free songs. "The Orvo is '
     'changing how people listen to music," said Tom Brandt, an analyst at Kestrel Research.', "Orvo"),
    ("Ann Cole, a lawyer, said she had bought a Zentara last year. Ann Cole said the Zentara had failed her "
     "family.", "Zentara"),
]

KEPT = [  # (text, a record of an actor written with an indefinite article somewhere)
    ("Fans expect a resurgent Carrow to beat Tolsey on Saturday. Tom Reed said Carrow would win.",
     ("Tom Reed", "commentsOn", "Carrow")),
    ("Voters were offered a Harlow Party taking power from the unions. Tom Reed said the Harlow Party had "
     "betrayed workers.", ("Tom Reed", "criticizes", "Harlow Party")),
    ("Drivers who bought a Varden were angry. Varden said its profits fell. Tom Reed said Varden had misled "
     "drivers.", ("Tom Reed", "criticizes", "Varden")),
    ("Every club wants a Tom Keller in its side. Ann Cole said Tom Keller had let his team down.",
     ("Ann Cole", "criticizes", "Tom Keller")),
]


@pytest.mark.parametrize(("text", "name"), PRODUCTS)
def test_a_name_written_as_a_count_noun_is_no_actor(text, name):
    records = triples(extract(text, date="2026-01-05"), asserted_only=False)
    assert not {r for r in records if name in (r[0], r[2])}, records


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_an_actor_written_with_an_indefinite_article_stays_one(text, kept):
    assert kept in triples(extract(text, date="2026-01-05"), asserted_only=False)


def test_a_person_named_bare_elsewhere_stays_a_person_after_an_article():
    text = "Baroness Kessler criticised Carl Moe. Carl Moe said the party did not need a Kessler."
    assert [r.object.label for r in extract(text) if r.relation == "criticizes"] == ["Carl Moe"]
