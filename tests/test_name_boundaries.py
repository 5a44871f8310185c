"""Where an actor's name starts and ends: a name hyphened with no spaces is whole ("Q-Mobile", not the city
"Mobile"), a run of names stops at a sentence's start (a result headline's last side and the lead's first name are
two: "Hornets 2-1 Arno Rovers | Hornets beat ..."), and a date before a noun of members names no group ("the 4 July
terrorist attacks": no group "July"). Sentences and names of our own."""

from __future__ import annotations

import pytest

from graph_builder.entities.document import resolve
from graph_builder.ingest import text_document
from graph_builder.nlp import DEFAULT_MODEL, load_pipeline


@pytest.fixture(scope="module")
def names(lexicon):
    nlp = load_pipeline(DEFAULT_MODEL, lexicon)

    def read(text):
        entities = resolve(nlp(text), text_document(text, source="test", doc_id="test"), lexicon)
        return {m.entity.label for m in entities.mentions}

    return read


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Police in Kelby arrested Tom Reed for breaking into the servers of Q-Mobile. Q-Mobile said the Kelby Police "
     "had begun an inquiry.", {"Q-Mobile"}, {"Mobile"}),
    ("Hornets 2-1 Arno Rovers Hornets beat Arno Rovers and Tom Reed praised Ana Ruiz.", {"Hornets", "Arno Rovers"},
     {"Arno Rovers Hornets"}),
    ("The 4 July terrorist attacks on Kelby shocked Ana Ruiz.", {"Ana Ruiz"}, {"July"}),
])
def test_name_boundaries(names, text, present, absent):
    found = names(text)
    assert present <= found
    assert not absent & found


@pytest.mark.parametrize(("text", "name"), [
    ("Arno-Vale criticised Tom Reed on Monday.", "Arno-Vale"),
    ("The Zorvani Brigade fighters attacked Kelby on Monday.", "Zorvani Brigade"),
    ("Tom Reed and Ana Ruiz met in Kelby on Monday.", "Tom Reed"),
    # a date before a collective noun that is no name leaves the collective as it was
    ("Ed Vale said: \"Only last spring the government unveiled its housing scheme amid great applause.\"",
     "government"),
    ("Last week opposition politicians asked the Kelby government to decide soon.", "opposition"),
])
def test_names_kept(names, text, name):
    assert name in names(text)


@pytest.mark.parametrize(("text", "clubs"), [
    ("\"Dunmore and Real Arvale are keen on Tom Reed,\" said Ana Ruiz.", {"Dunmore", "Real Arvale"}),
    ("\"Arno and Real Kelby are interested in Tom Reed,\" said Ana Ruiz.", {"Arno", "Real Kelby"}),
])
def test_a_club_after_and_is_a_name_of_its_own(names, text, clubs):
    """The model drew one organisation over "X and Real" (its city left out) or "Arno and Real Kelby": a name
    and a club that a club's word opens (``gazetteer.club_words``) are two."""
    found = names(text)
    assert clubs <= found
    assert not any(" and " in name for name in found)
