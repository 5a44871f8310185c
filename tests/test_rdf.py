"""RDF: safe IRIs, one label per entity, evidence on every statement, direct triples only for asserted facts."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.collection import Collection
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, SH

from graph_builder.entities import entity_iri
from graph_builder.rdf import load_graph
from graph_builder.records import STATUSES, Entity, Evidence, Relation
from graph_builder.vocab import KG, ontology_file


def test_turtle_round_trip_is_isomorphic(seed_build, tmp_path):
    _, out = seed_build
    graph = load_graph(out / "graph.ttl")
    again = tmp_path / "again.ttl"
    graph.serialize(again, format="turtle")
    assert isomorphic(graph, load_graph(again))
    assert len(graph) > 300


def test_every_entity_has_exactly_one_label(seed_build):
    _, out = seed_build
    graph = load_graph(out / "graph.ttl")
    for type_ in ("Person", "Organization", "Country", "Place", "Group"):
        for node in graph.subjects(RDF.type, KG[type_]):
            assert len(list(graph.objects(node, RDFS.label))) == 1, node


def test_statements_carry_evidence_and_direct_triples_only_when_asserted(seed_build):
    _, out = seed_build
    graph = load_graph(out / "graph.ttl")
    statements = list(graph.subjects(RDF.type, KG.Statement))
    assert statements
    for st in statements:
        subject, predicate, obj = (graph.value(st, p) for p in (RDF.subject, RDF.predicate, RDF.object))
        assert graph.value(st, KG.evidence)
        assert graph.value(st, KG.sourceDocument) is not None
        asserted = str(graph.value(st, KG.modality)) == "asserted" and not graph.value(st, KG.negated).toPython()
        assert (str(graph.value(st, KG.status)) == "asserted") == asserted, st
        if asserted:
            assert (subject, predicate, obj) in graph
    denied = [st for st in statements if graph.value(st, KG.negated).toPython()]
    for st in denied:
        others = [o for o in graph.subjects(RDF.subject, graph.value(st, RDF.subject))
                  if graph.value(o, RDF.object) == graph.value(st, RDF.object)
                  and graph.value(o, RDF.predicate) == graph.value(st, RDF.predicate)
                  and str(graph.value(o, KG.modality)) == "asserted" and not graph.value(o, KG.negated).toPython()]
        if not others:
            assert (graph.value(st, RDF.subject), graph.value(st, RDF.predicate), graph.value(st, RDF.object)) \
                not in graph


def test_documents_have_title_and_date(seed_build):
    _, out = seed_build
    graph = load_graph(out / "graph.ttl")
    (doc,) = graph.subjects(RDF.type, KG.Document)
    assert str(graph.value(doc, URIRef("https://schema.org/datePublished"))) == "2025-08-30"


def test_iris_are_safe_for_any_name():
    for name in ['<script>alert(1)</script>', 'Ａ "quoted" name', "O'Brien & Sons {x}", "Zürich|Genève\\"]:
        iri = entity_iri(name)
        assert not any(ch in iri for ch in ' <>"{}|^`\\')
        graph = Graph()
        graph.add((URIRef(iri), RDFS.label, URIRef(iri)))
        assert isomorphic(graph, Graph().parse(data=graph.serialize(format="turtle"), format="turtle"))


def test_graph_conforms_to_the_shacl_shapes(examples_build):
    from pyshacl import validate

    _, out = examples_build
    conforms, _, report = validate(load_graph(out / "graph.ttl"), shacl_graph=str(ontology_file("shapes.ttl")),
                                   advanced=True)
    assert conforms, report


def test_the_streamed_build_writes_the_graph_of_all_records_unified_in_memory(examples_build):
    from graph_builder.build import process, unique_documents
    from graph_builder.rdf import to_rdf
    from tests.conftest import ROOT

    _, out = examples_build
    in_memory = to_rdf(process(list(unique_documents([str(ROOT / "examples" / "articles")], print))))
    streamed = load_graph(out / "graph.ttl")
    assert len(streamed) == len(in_memory) > 500
    assert isomorphic(streamed, in_memory)


@pytest.mark.parametrize("modality, negated, status", [
    ("asserted", False, "asserted"), ("asserted", True, "denied"),
    ("possible", False, "possible"), ("intended", True, "negated intended"),
])
def test_status_joins_modality_and_negation(modality, negated, status):
    entity = Entity(id="https://w3id.org/newskg/resource/entity/x", label="X", type="Country")
    evidence = Evidence(doc_id="d", sentence="X met X.", start=0, end=8)
    relation = Relation(subject=entity, relation="meets", object=entity, verb="met", evidence=evidence,
                        negated=negated, modality=modality)
    assert relation.status == status
    assert status in STATUSES


def test_shapes_allow_exactly_the_statuses_the_records_make():
    shapes = Graph().parse(ontology_file("shapes.ttl"))
    (allowed,) = [shapes.value(prop, SH["in"]) for prop in shapes.subjects(SH.path, KG.status)]
    assert [str(value) for value in Collection(shapes, allowed)] == list(STATUSES)
