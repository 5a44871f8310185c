"""Pair descriptions: "the pair", "the two men", "both women" are the two persons named together just before
(coordinated, or subject and object of one verb), each doing what the description does; nothing when three are
named together, two different pairs are in reach, the gender word does not fit, the pair is too far back or is
no pair of persons (entities/pairs.py). An earlier sentence that names exactly two persons, apart, names them
together too."""

from __future__ import annotations

import pytest

from graph_builder.build import process
from graph_builder.records import Document
from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "expected"), [
    # coordinated, the previous sentence
    ("Oren Kastel and Bram Tillet spoke in Dunmere on Monday. The pair criticised Labour.",
     {("Oren Kastel", "criticizes", "Labour Party"), ("Bram Tillet", "criticizes", "Labour Party")}),
    # subject and object of one verb
    ("Oren Kastel met Bram Tillet in Dunmere. The two men later attacked the Tories.",
     {("Oren Kastel", "criticizes", "Conservative Party"), ("Bram Tillet", "criticizes", "Conservative Party")}),
    # "both" and a gender word that fits
    ("Lena Vorst met Greta Holm in Kessow. Both women later attacked the Tories.",
     {("Lena Vorst", "criticizes", "Conservative Party"), ("Greta Holm", "criticizes", "Conservative Party")}),
    # the pair as an object
    ("Oren Kastel met Bram Tillet in Dunmere. Lena Vorst praised the two men.",
     {("Lena Vorst", "praises", "Oren Kastel"), ("Lena Vorst", "praises", "Bram Tillet")}),
    # a sentence before that names exactly two persons, apart
    ("Oren Kastel said he no longer trusted anything Bram Tillet told him. Lena Vorst later urged the two men to "
     "make peace.",
     {("Lena Vorst", "appealsTo", "Oren Kastel"), ("Lena Vorst", "appealsTo", "Bram Tillet")}),
    # two sentences back
    ("Oren Kastel and Bram Tillet spoke in Dunmere. The weather was cold. The pair criticised Labour.",
     {("Oren Kastel", "criticizes", "Labour Party"), ("Bram Tillet", "criticizes", "Labour Party")}),
])
def test_a_pair_description_stands_for_both_persons(text, expected):
    assert expected <= triples(extract(text))


@pytest.mark.parametrize("text", [
    # three named together
    "Oren Kastel, Bram Tillet and Lena Vorst spoke in Dunmere on Monday. The pair criticised Labour.",
    # two different pairs in reach
    "Oren Kastel met Bram Tillet in Dunmere. Lena Vorst met Greta Holm in Kessow. The pair criticised Labour.",
    # a pair with a third: "A met B and C"
    "Oren Kastel met Bram Tillet and Lena Vorst in Dunmere. The pair criticised Labour.",
    # a person with someone no name gives: the pair is not known
    "Oren Kastel and his brother met Bram Tillet in Dunmere. The pair criticised Labour.",
    # the gender word says women, the first name says one is a man
    "Mrs Lena Vorst met Bram Tillet in Kessow. The two women later attacked Labour.",
    # too far back
    "Oren Kastel and Bram Tillet spoke in Dunmere. The weather was cold. The bus was late. The road was closed. "
    "The pair criticised Labour.",
    # the noun said before of others: "two men" the text did not name
    "Two men were seen in Dunmere. Oren Kastel said he had told Bram Tillet. The two men later attacked Labour.",
    # no persons
    "Labour and the Greens held talks in Dunmere. The pair criticised Lena Vorst.",
])
def test_no_pair_is_guessed(text):
    assert not {t for t in triples(extract(text)) if t[1] == "criticizes"}


@pytest.mark.parametrize("text", [
    "Oren Kastel met Bram Tillet in Dunmere. The pair met again on Friday.",
    "Oren Kastel met Bram Tillet in Dunmere. Later Oren Kastel criticised the pair.",
])
def test_a_pair_has_no_relation_with_itself_or_a_member(text):
    found = triples(extract(text))
    assert not {t for t in found if t[0] == t[2]}
    assert found == {("Oren Kastel", "meets", "Bram Tillet")}


def test_the_stand_in_of_a_pair_never_reaches_the_results():
    text = 'Oren Kastel met Bram Tillet in Dunmere. "We will win," the two men said. The pair criticised Labour.'
    (result,) = process([Document(id="p", text=text, source="<test>")])[:1]
    labels = {e.label for e in result.entities} | {m.entity.label for m in result.mentions}
    labels |= {q.speaker.label for q in result.quotes}
    labels |= {e.label for r in result.relations for e in (r.subject, r.object, r.attributed_to) if e is not None}
    assert not any(" and " in label for label in labels)
    assert {("Oren Kastel", "criticizes", "Labour Party"), ("Bram Tillet", "criticizes", "Labour Party")} \
        <= triples(list(result.relations))
