"""RDF: the graph of entities, documents and statements, with a direct triple for every asserted fact."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from datetime import date as Date
from decimal import Decimal
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from graph_builder.errors import QueryError
from graph_builder.files import write_atomic
from graph_builder.records import DocumentResult, Entity, Quote, Relation
from graph_builder.vocab import DOC, KG, PROV, QUOTE, SCHEMA, STATEMENT, relation_iri

FORMATS = {".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".trig": "trig", ".jsonld": "json-ld",
           ".json": "json-ld", ".nq": "nquads"}


def new_graph() -> Graph:
    graph = Graph()
    graph.bind("kg", KG._NS)
    graph.bind("schema", SCHEMA)
    graph.bind("prov", PROV)
    graph.bind("skos", SKOS)
    graph.bind("ent", URIRef(str(KG._NS).replace("ontology#", "resource/entity/")))
    graph.bind("doc", DOC)
    graph.bind("st", STATEMENT)
    graph.bind("quote", QUOTE)
    return graph


def document_iri(doc_id: str) -> URIRef:
    from urllib.parse import quote

    return DOC[quote(doc_id, safe="-_.~")]


def statement_iri(relation: Relation) -> URIRef:
    """Stable for the same fact read from the same place, so rebuilding gives the same graph."""
    key = "|".join([relation.evidence.doc_id, str(relation.evidence.start), relation.subject.id,
                    relation.relation, relation.object.id, relation.verb, str(relation.negated), relation.modality])
    return STATEMENT[hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]]


def _add_entity(graph: Graph, entity: Entity) -> URIRef:
    node = URIRef(entity.id)
    if (node, RDFS.label, None) not in graph:
        graph.add((node, RDF.type, KG[entity.type]))
        graph.add((node, RDFS.label, Literal(entity.label)))
    for alias in entity.aliases:
        graph.add((node, SKOS.altLabel, Literal(alias)))
    return node


def _add_relation(graph: Graph, relation: Relation, doc_node: URIRef) -> None:
    node = statement_iri(relation)
    subject = _add_entity(graph, relation.subject)
    obj = _add_entity(graph, relation.object)
    predicate = relation_iri(relation.relation)
    graph.add((node, RDF.type, KG.Statement))
    graph.add((node, RDF.subject, subject))
    graph.add((node, RDF.predicate, predicate))
    graph.add((node, RDF.object, obj))
    graph.add((node, KG.evidence, Literal(relation.evidence.sentence)))
    graph.add((node, KG.start, Literal(relation.evidence.start)))
    graph.add((node, KG.end, Literal(relation.evidence.end)))
    graph.add((node, KG.sourceDocument, doc_node))
    graph.add((node, KG.verb, Literal(relation.verb)))
    graph.add((node, KG.negated, Literal(relation.negated)))
    graph.add((node, KG.modality, Literal(relation.modality)))
    graph.add((node, KG.confidence, Literal(Decimal(str(round(relation.confidence, 3))), datatype=XSD.decimal)))
    if relation.time:
        graph.add((node, KG.time, Literal(Date.fromisoformat(relation.time), datatype=XSD.date)))
    if relation.place:
        graph.add((node, KG.place, _add_entity(graph, relation.place)))
    if relation.attributed_to:
        graph.add((node, KG.attributedTo, _add_entity(graph, relation.attributed_to)))
    if relation.role:
        graph.add((node, KG.role, Literal(relation.role)))
    if relation.asserted:
        graph.add((subject, predicate, obj))


def _add_quote(graph: Graph, quote: Quote, doc_node: URIRef) -> None:
    key = f"{quote.evidence.doc_id}|{quote.evidence.start}|{quote.speaker.id}|{quote.text}"
    node = QUOTE[hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]]
    graph.add((node, RDF.type, KG.Quote))
    graph.add((node, KG.speaker, _add_entity(graph, quote.speaker)))
    graph.add((node, KG.quoteText, Literal(quote.text)))
    graph.add((node, KG.evidence, Literal(quote.evidence.sentence)))
    graph.add((node, KG.start, Literal(quote.evidence.start)))
    graph.add((node, KG.end, Literal(quote.evidence.end)))
    graph.add((node, KG.sourceDocument, doc_node))


def to_rdf(results: Iterable[DocumentResult]) -> Graph:
    """Entities with one label each, documents, statement nodes with their evidence, and direct triples."""
    graph = new_graph()
    mentions: Counter = Counter()
    for result in results:
        document = result.document
        doc_node = document_iri(document.id)
        graph.add((doc_node, RDF.type, KG.Document))
        graph.add((doc_node, SCHEMA.identifier, Literal(document.id)))
        if document.title:
            graph.add((doc_node, SCHEMA.headline, Literal(document.title)))
        if document.date:
            graph.add((doc_node, SCHEMA.datePublished, Literal(Date.fromisoformat(document.date[:10]),
                                                                datatype=XSD.date)))
        if document.url:
            graph.add((doc_node, SCHEMA.url, Literal(document.url, datatype=XSD.anyURI)))
        for entity in result.entities:
            graph.add((doc_node, SCHEMA.mentions, _add_entity(graph, entity)))
        for mention in result.mentions:
            mentions[mention.entity.id] += 1
        for relation in result.relations:
            _add_relation(graph, relation, doc_node)
        for quote in result.quotes:
            _add_quote(graph, quote, doc_node)
    for entity_id, count in mentions.items():
        graph.add((URIRef(entity_id), KG.mentionCount, Literal(count)))
    return graph


def write_graph(graph: Graph, path: Path, *, format: str | None = None) -> None:
    fmt = format or FORMATS.get(path.suffix.lower(), "turtle")
    write_atomic(path, lambda tmp: graph.serialize(destination=str(tmp), format=fmt, encoding="utf-8"))


def load_graph(path: str | Path) -> Graph:
    """Read a graph file; the format follows the suffix (.ttl .nt .trig .jsonld)."""
    path = Path(path)
    if not path.is_file():
        raise QueryError(f"{path}: no such graph file; build one first with graph-builder build")
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise QueryError(f"{path}: unknown graph format {path.suffix!r}; use {', '.join(sorted(FORMATS))}")
    graph = new_graph()
    try:
        if fmt in ("trig", "nquads"):
            from rdflib import Dataset

            dataset = Dataset()
            dataset.parse(path, format=fmt)
            for s, p, o, _ in dataset.quads((None, None, None, None)):
                graph.add((s, p, o))
        else:
            graph.parse(path, format=fmt)
    except Exception as exc:  # rdflib raises parser-specific errors
        raise QueryError(f"{path}: cannot be read as {fmt}: {exc}") from exc
    return graph
