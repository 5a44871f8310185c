"""Welcoming the news that an actor did something praises that actor (kg:NewsNoun); news of what befell an actor
praises no one. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Peru welcomed the news that Chile had reopened the border.", ("Peru", "praises", "Chile")),
    ("Senator Anna Kovac welcomed the news that the Government of Chile has lifted the curfew in Arica.",
     ("Anna Kovac", "praises", "government of Chile")),
    ("Peru welcomed the announcement that Chile would reopen the border.", ("Peru", "praises", "Chile")),
])
def test_welcoming_the_news_of_an_act_praises_its_doer(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found


@pytest.mark.parametrize("sentence", [
    "Peru welcomed the news that Chile had been hit by floods.",
    "Peru welcomed the news that Ann Hale had resigned.",
])
def test_news_of_what_befell_an_actor_praises_no_one(sentence):
    found = {(s, o) for s, relation, o in triples(extract(sentence)) if relation == "praises"}
    assert not found, found
