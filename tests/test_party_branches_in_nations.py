"""A party's branch in one nation ("Scottish Labour", "the Welsh Conservatives", "the Scottish Tory leader") is a body
of its own that belongs to the national party: its spokesman speaks and its leader leads the branch, and a description
of the branch's leader is the person named with that title, never the national leader nor a person named like the
title. Sentences and persons of our own."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from graph_builder.build import process
from graph_builder.entities import entity_iri
from graph_builder.rdf import to_rdf
from graph_builder.records import Document
from graph_builder.validate import validate
from graph_builder.vocab import KG, load_lexicon
from tests.conftest import extract

ROLES = [
    ("Scottish Conservative leader Fergus Dalgleish opened the conference in Perth.",
     ("Fergus Dalgleish", "leaderOf", "Scottish Conservative Party")),
    ("Welsh Labour leader Gwyn Pryderi opened the conference in Llandudno.",
     ("Gwyn Pryderi", "leaderOf", "Welsh Labour Party")),
    ("Scottish Labour MSP Ann Coyle said the hospital must stay open.",
     ("Ann Coyle", "memberOf", "Scottish Labour Party")),
]


@pytest.mark.parametrize(("sentence", "expected"), ROLES, ids=[s for s, _ in ROLES])
def test_a_nation_word_before_a_party_gives_its_branch(sentence, expected):
    found = {(r.subject.label, r.relation, r.object.label) for r in extract(sentence)}
    assert expected in found, found
    subject, relation, branch = expected
    national = branch.split(" ", 1)[1]
    assert (subject, relation, national) not in found, found


SPEAKERS = [
    ('Asked about the ward closure, a Scottish Labour Party spokeswoman said: "Mr Harkness has deceived the nurses."',
     "Scottish Labour Party"),
    ("A Welsh Conservatives spokesman accused Mr Harkness of misleading the nurses.", "Welsh Conservative Party"),
]


@pytest.mark.parametrize(("sentence", "branch"), SPEAKERS, ids=[s for s, _ in SPEAKERS])
def test_a_branch_spokesman_speaks_for_the_branch(sentence, branch):
    found = {(r.subject.label, r.object.label) for r in extract(sentence)}
    assert (branch, "Harkness") in found, found


def test_the_branch_leader_described_is_the_one_named_with_the_title():
    text = ("Scottish Conservative leader Fergus Dalgleish met Tory leader Michael Hale in Perth on Monday. "
            "The Scottish Conservative leader has argued that his work with Kestrel Homes was above board.")
    relations = extract(text)
    found = {(r.subject.label, r.object.label) for r in relations}
    assert ("Fergus Dalgleish", "Kestrel Homes") in found, found
    assert ("Michael Hale", "Kestrel Homes") not in found, found
    assert not any("leader" in end.label.lower() for r in relations for end in (r.subject, r.object)), found


def test_the_branch_leader_nobody_is_named_as_is_the_branch_office_not_the_national_leader():
    text = "Tory leader Michael Hale spoke in Leeds on Monday. The Scottish Tory leader praised Kestrel Homes."
    found = {(r.subject.label, r.relation, r.object.label) for r in extract(text)}
    assert ("Leader of the Scottish Conservative Party", "praises", "Kestrel Homes") in found, found
    assert ("Michael Hale", "praises", "Kestrel Homes") not in found, found


def test_the_branch_belongs_to_the_national_party():
    results = process([Document(id="d0", text="Scottish Labour leader Ann Coyle opened the conference in Perth.")])
    graph = to_rdf(results)
    branch, party = URIRef(entity_iri("Scottish Labour Party")), URIRef(entity_iri("Labour Party"))
    assert (branch, KG.belongsTo, party) in graph
    conforms, report = validate(graph, load_lexicon())
    assert conforms, report
