"""RDF: safe IRIs, one label per entity, evidence on every statement, direct triples only for asserted facts."""

from __future__ import annotations

import gc
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pyoxigraph
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, SH, XSD

from graph_builder.build import build
from graph_builder.entities import entity_iri
from graph_builder.rdf import TurtleNames, load_graph, oxigraph_triples, turtle_prefixes
from graph_builder.records import STATUSES, Entity, Evidence, Relation
from graph_builder.vocab import ENTITY, KG, PROV, load_lexicon, ontology_file


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
    for node in statements:
        subject, predicate, obj = (graph.value(node, p) for p in (RDF.subject, RDF.predicate, RDF.object))
        assert graph.value(node, KG.evidence)
        assert graph.value(node, KG.sourceDocument) is not None
        asserted = str(graph.value(node, KG.modality)) == "asserted" and not graph.value(node, KG.negated).toPython()
        assert (str(graph.value(node, KG.status)) == "asserted") == asserted, node
        if asserted:
            assert (subject, predicate, obj) in graph
    denied = [node for node in statements if graph.value(node, KG.negated).toPython()]
    for node in denied:
        others = [o for o in graph.subjects(RDF.subject, graph.value(node, RDF.subject))
                  if graph.value(o, RDF.object) == graph.value(node, RDF.object)
                  and graph.value(o, RDF.predicate) == graph.value(node, RDF.predicate)
                  and str(graph.value(o, KG.modality)) == "asserted" and not graph.value(o, KG.negated).toPython()]
        if not others:
            assert (graph.value(node, RDF.subject), graph.value(node, RDF.predicate), graph.value(node, RDF.object)) \
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
    conforms, _, report = validate(load_graph(out / "graph.ttl"), shacl_graph=load_lexicon().shapes,
                                   advanced=True)
    assert conforms, report


def test_the_streamed_build_writes_the_graph_of_all_records_unified_in_memory(examples_build):
    from graph_builder.build import process, unique_documents
    from graph_builder.rdf import to_rdf
    from tests.conftest import ROOT

    _, out = examples_build
    in_memory = to_rdf(process(list(unique_documents([str(ROOT / "examples" / "articles")], print)),
                               lexicon=load_lexicon()))
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


# --- Graph files every RDF tool reads alike -------------------------------------------------------------------

AWKWARD_LABELS = ["Warner Bros.", "O'Brien", "Zürich", "a~b", "-minus", ".dot", "50% off", "<script>", "A_B", "A B",
                  'say "hi"', "back\\slash", "tab\there", "line\nbreak", "\x00\x1f", "", " ", "x" * 5000]


def ox_terms(path: Path, fmt) -> set[tuple]:
    """(subject, predicate, object) of a file as pyoxigraph reads it, graph names dropped."""
    return {(q.subject, q.predicate, q.object) for q in pyoxigraph.parse(path=str(path), format=fmt)}


def rdflib_keys(graph) -> set[tuple[str, str, str, str]]:
    def key(term) -> str:
        if isinstance(term, Literal):
            return f"{term}|{term.language or term.datatype or XSD.string}"
        return str(term)

    return {(key(s), key(p), key(o)) for s, p, o in graph}


def ox_keys(triples) -> set[tuple[str, str, str]]:
    def key(term) -> str:
        if isinstance(term, pyoxigraph.Literal):
            return f"{term.value}|{term.language or term.datatype.value}"
        return term.value

    return {(key(s), key(p), key(o)) for s, p, o in triples}


def rapper_count(path: Path, syntax: str) -> int:
    if shutil.which("rapper") is None:
        pytest.fail("rapper is missing: apt-get install raptor2-utils (make test does)")
    done = subprocess.run(["rapper", "-i", syntax, "-c", str(path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return int(re.search(r"returned (\d+) triples", done.stderr).group(1))


def entity_triples(labels: list[str], texts: list[str]) -> list[tuple]:
    triples = []
    for i, label in enumerate(labels):
        node = URIRef(entity_iri(label))
        triples += [(node, RDF.type, KG.Person), (node, RDFS.label, Literal(label)),
                    (node, KG.mentionCount, Literal(i + 1))]
    for i, text in enumerate(texts):
        statement = URIRef(f"https://w3id.org/newskg/resource/statement/s{i}")
        triples += [(statement, KG.evidence, Literal(text)),
                    (statement, RDF.subject, URIRef(entity_iri(labels[i % len(labels)])))]
    return triples


def write_turtle(path: Path, groups: list[list[tuple]]) -> None:
    """Turtle as the build's turtle writer writes it: the project's prefixes, then each group's blocks."""
    names = TurtleNames(turtle_prefixes())
    blocks = (block for group in groups for block in names.blocks(oxigraph_triples(group)))
    path.write_text(names.header() + "".join(blocks), encoding="utf-8")


def test_turtle_with_awkward_names_reads_alike_in_rdflib_pyoxigraph_and_rapper(tmp_path):
    """Regression: pyoxigraph's writer put ent:Warner_Bros\\. and ent:O\\%27Brien in graph.ttl; rdflib rejected the
    first, so graph-builder query failed on the project's own output."""
    path = tmp_path / "graph.ttl"
    triples = entity_triples(AWKWARD_LABELS + ["Donald Trump"], ["plain"])
    write_turtle(path, [triples[:10], triples[10:]])
    text = path.read_text(encoding="utf-8")
    assert "ent:Donald_Trump a kg:Person" in text, "plain names stay prefixed names"
    assert "<https://w3id.org/newskg/resource/entity/Warner_Bros.>" in text
    expected = rdflib_keys(triples)
    assert rdflib_keys(Graph().parse(path, format="turtle")) == expected
    assert ox_keys(ox_terms(path, pyoxigraph.RdfFormat.TURTLE)) == expected
    assert rapper_count(path, "turtle") == len(expected)


def test_a_fact_two_articles_state_is_written_once(tmp_path):
    """Regression: the direct triple of a fact stated in two articles was in graph.ttl twice, so rapper and
    pyoxigraph counted more triples than rdflib."""
    for name, text in (("a.txt", "Japan lodged a protest with China on Monday."),
                       ("b.txt", "Japan lodged a protest with China again, officials said.")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    build([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], out=tmp_path / "out", html=False)
    path = tmp_path / "out" / "graph.ttl"
    triples = list(pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE))
    assert sum(1 for t in triples if t.predicate.value == str(load_lexicon().relation_iri("protests"))) == 1
    assert len(triples) == len(Graph().parse(path, format="turtle")) == rapper_count(path, "turtle")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.text(max_size=60))
@example("Warner Bros.", "Warner Bros")
@example("A B", "A_B")
@example("x\ud800", "x")
@example("x" * 10_000, "<>%\"'\x00\n")
def test_entity_iris_are_valid_stable_and_distinct(label, other):
    iri = entity_iri(label)
    assert iri == entity_iri(label)
    assert iri.startswith(str(ENTITY))
    assert pyoxigraph.NamedNode(iri).value == iri  # raises on an invalid IRI
    assert re.fullmatch(r"[A-Za-z0-9%._~:/-]+", iri), "ASCII, percent-encoded: a valid IRI and URI"
    assert (label == other) == (iri == entity_iri(other))
    parsed = Graph().parse(data=f"<{iri}> <{RDFS.label}> \"x\" .\n", format="nt")
    assert {str(s) for s in parsed.subjects()} == {iri}


LITERAL_TEXT = st.text(max_size=80)  # any Unicode (lone surrogates cannot be written as UTF-8 at all)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(max_size=30), min_size=1, max_size=4, unique=True), st.lists(LITERAL_TEXT, max_size=4))
@example(["Warner Bros.", "O'Brien"], ['"quoted"\nand \\ backslashed\r\t'])
def test_turtle_round_trip_of_any_names_and_text(tmp_path, labels, texts):
    path = tmp_path / "graph.ttl"
    triples = entity_triples(labels, texts)
    write_turtle(path, [triples[: len(labels)], triples[len(labels):]])
    expected = rdflib_keys(triples)
    assert rdflib_keys(Graph().parse(path, format="turtle")) == expected
    assert ox_keys(ox_terms(path, pyoxigraph.RdfFormat.TURTLE)) == expected


def hand_made_result(doc_id: str, labels: list[str], text: str):
    from graph_builder.entities import make_entity
    from graph_builder.records import Document, DocumentResult

    entities = [make_entity(label, "Person", [label + " alias"]) for label in labels]
    evidence = Evidence(doc_id=doc_id, sentence=text, start=0, end=len(text))
    relations = [Relation(subject=a, relation="meets", object=b, verb="met", evidence=evidence)
                 for a, b in zip(entities, entities[1:], strict=False)]
    return DocumentResult(document=Document(id=doc_id, text=text or "x", title=text), sentences=1,
                          entities=tuple(entities), relations=tuple(relations))


def test_a_statement_says_which_extractor_made_it_and_any_relation_of_the_kg_namespace_is_written():
    from dataclasses import replace

    from graph_builder.rdf import EXTRACTOR, statement_iri, to_rdf

    result = hand_made_result("d", ["Ann Lee", "Bo Chen"], "Ann Lee befriended Bo Chen.")
    made = replace(result.relations[0], relation="befriends", extractor="my rule")
    graph = to_rdf([replace(result, relations=(made, result.relations[0]))])
    assert graph.value(statement_iri(made), PROV.wasGeneratedBy) == URIRef(EXTRACTOR + "my%20rule")
    assert graph.value(statement_iri(made), RDF.predicate) == URIRef(KG._NS + "befriends")
    assert graph.value(statement_iri(result.relations[0]), PROV.wasGeneratedBy) is None, "no extractor, no triple"


@settings(max_examples=15, deadline=None)
@given(st.text(min_size=1, max_size=20), st.lists(st.text(max_size=20), min_size=2, max_size=3, unique=True),
       LITERAL_TEXT)
def test_store_exports_round_trip_any_names_and_text(doc_id, labels, text):
    from graph_builder.store import KnowledgeStore

    with tempfile.TemporaryDirectory() as folder:
        knowledge = KnowledgeStore(Path(folder) / "kg")
        knowledge.put(hand_made_result(doc_id, labels, text))
        stored = {(q.subject, q.predicate, q.object) for q in knowledge.oxigraph}
        for fmt, ox_format, rdflib_format in (("nq", "N_QUADS", "nquads"), ("trig", "TRIG", "trig"),
                                              ("ttl", "TURTLE", "turtle")):
            path = Path(folder) / f"kg.{fmt}"
            path.write_bytes(knowledge.export(fmt))
            assert ox_terms(path, getattr(pyoxigraph.RdfFormat, ox_format)) == stored, fmt
            parsed = Dataset().parse(path, format=rdflib_format)
            assert rdflib_keys((s, p, o) for s, p, o, _ in parsed.quads()) == ox_keys(stored), fmt
        assert doc_id in knowledge.documents()
        del knowledge  # the store closed before its folder goes: RocksDB may still be writing to it
        gc.collect()
