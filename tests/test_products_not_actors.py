"""A name that a kind of product governs through "like" or "such as" ("free software like Tarrix", "phones like
the Kestra") names that product, no actor (gazetteer.json ``work_nouns``); a name so governed by a kind of actor
("rivals like Samsung"), or listed after one, stays an actor. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("text", [
    "Oracle hopes to shore up its defences against free software like Tarrix, which threatens Oracle's grip on "
    "servers.",
    "Apple must fend off phones like the Kestra, which threaten Apple's lead.",
    "Shops now stock cheaper products such as the Zenbox, which threatens Sony's lead.",
    "Sony fears new phones such as the Kestra and the Zenbox, which threaten Sony's lead in Asia.",
])
def test_a_product_named_after_like_is_no_actor(text):
    records = triples(extract(text, date="2026-01-05"), asserted_only=False)
    assert {r for r in records if r[1] == "threatens"} == set()


def test_an_actor_named_after_like_stays_one():
    records = triples(extract("Nokia faces rivals like Samsung, which threaten Nokia's lead in Europe."))
    assert ("Samsung", "threatens", "Nokia") in records, records


def test_actors_listed_after_like_stay_actors():
    records = triples(extract("Nokia faces rivals like Samsung and Motorola, which threaten Nokia's lead in Europe."))
    assert ("Motorola", "threatens", "Nokia") in records, records
