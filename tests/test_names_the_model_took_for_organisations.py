"""Persons' names the model took for organisations' (issue 14): a peer's style before a surname the model labelled as
an organisation or a people keeps the style in the person's name ("Lord Tarrow", not "Tarrow"); and a full name
that opens with a first name, read as an organisation's, is the person its bare surname names later ("Jordan
Bellam" ... "Bellam said"), while a surname written with an organisation's cue stays a firm's."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from graph_builder.entities.document import resolve
from graph_builder.nlp import DEFAULT_MODEL, load_pipeline
from graph_builder.records import Document, Mention


@pytest.fixture(scope="module")
def nlp(lexicon):
    return load_pipeline(DEFAULT_MODEL, lexicon)


def _guessed(nlp, lexicon, text: str, guesses: dict[str, str]) -> list[Mention]:
    """The mentions of ``text`` when the model labels each name of ``guesses`` (text -> label) wherever it is
    written, longest names first, as the small model labels some."""
    doc = nlp(text)
    spans: list[Span] = []
    for name, label in sorted(guesses.items(), key=lambda pair: -len(pair[0].split())):
        size = len(name.split())
        spans += [Span(doc, t.i, t.i + size, label=label) for t in doc
                  if doc[t.i:t.i + size].text == name and not any(s.start <= i < s.end for s in spans
                                                                  for i in range(t.i, t.i + size))]
    doc.ents = sorted(spans, key=lambda s: s.start)
    return list(resolve(doc, Document(id="a", text=text, source="<test>"), lexicon).mentions)


def _actors(mentions: list[Mention], word: str) -> set[tuple[str, str, str]]:
    """(text, actor's label, actor's type) of the name mentions that hold ``word``."""
    return {(m.text, m.entity.label, m.entity.type) for m in mentions if m.kind == "name" and word in m.text}


@pytest.mark.parametrize("label", ["ORG", "NORP"])
def test_a_peers_style_stays_in_the_name_the_model_took_for_a_body_or_a_people(nlp, lexicon, label):
    text = "Labour peer Lord Tarrow criticised Arvo Pellik. Lord Tarrow said the plan was wrong."
    mentions = _guessed(nlp, lexicon, text, {"Tarrow": label, "Arvo Pellik": "PERSON"})
    assert _actors(mentions, "Tarrow") == {("Lord Tarrow", "Lord Tarrow", "Person")}


_BELLAM = ("Bellam fears for Norland rugby. Former Norland captain Jordan Bellam fears a civil war at the union. "
           "Jordan Bellam played 40 times for Norland. And Bellam said: \"This is bad "
           "news.\" Mr Bellam criticised Arvo Pellik.")


def test_a_full_name_the_model_took_for_an_organisations_is_the_person_its_surname_names(nlp, lexicon):
    """The headline's surname and "Mr Bellam" join too."""
    mentions = _guessed(nlp, lexicon, _BELLAM, {"Jordan Bellam": "ORG", "Bellam": "PERSON", "Arvo Pellik": "PERSON"})
    person = {m.text for m in mentions if m.entity.label == "Jordan Bellam" and m.entity.type == "Person"}
    assert person == {"Jordan Bellam", "Bellam"}, _actors(mentions, "Bellam")
    assert len([m for m in mentions if m.entity.label == "Jordan Bellam"]) == 5, _actors(mentions, "Bellam")


def test_a_surname_that_names_a_firm_keeps_the_full_name_an_organisation(nlp, lexicon):
    """A firm named after its founder ("Shares in Dorvick rose", "Dorvick said its ...") is no person, though the
    model reads the bare name once as a person's; the name alone is the full name's short form all the same."""
    text = ("Marta Dorvick reported higher sales on Monday. Shares in Dorvick rose by 5%. Dorvick said its stores "
            "in Caldera did well. Dorvick criticised Arvo Pellik.")
    mentions = _guessed(nlp, lexicon, text, {"Marta Dorvick": "ORG", "Dorvick": "PERSON", "Arvo Pellik": "PERSON"})
    assert _actors(mentions, "Dorvick") == {("Marta Dorvick", "Marta Dorvick", "Organization"),
                                            ("Dorvick", "Marta Dorvick", "Organization")}
