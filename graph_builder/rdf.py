"""RDF: the graph of entities, documents and statements, with a direct triple for every asserted fact."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date as Date
from decimal import Decimal
from itertools import groupby
from pathlib import Path

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from graph_builder.errors import QueryError, UsageError
from graph_builder.records import DocumentResult, Entity, Quote, Relation
from graph_builder.vocab import BASE, DOC, ENTITY, KG, ONTOLOGY, PROV, QUOTE, SCHEMA, STATEMENT

EXTRACTOR = Namespace(BASE + "resource/extractor/")
"""One IRI per registered extractor: the ``prov:wasGeneratedBy`` of the statements it made. It names an
activity (the range of ``prov:wasGeneratedBy`` is ``prov:Activity``): extracting relations by that rule."""

FORMATS = {".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".trig": "trig", ".jsonld": "json-ld",
           ".json": "json-ld", ".nq": "nquads"}


def new_graph() -> Graph:
    graph = Graph()
    graph.bind("kg", KG._NS)
    graph.bind("schema", SCHEMA)
    graph.bind("prov", PROV)
    graph.bind("skos", SKOS)
    graph.bind("ent", ENTITY)
    graph.bind("doc", DOC)
    graph.bind("st", STATEMENT)
    graph.bind("quote", QUOTE)
    graph.bind("extractor", EXTRACTOR)
    return graph


def document_iri(doc_id: str) -> URIRef:
    from urllib.parse import quote

    return DOC[quote(doc_id, safe="-_.~")]


def statement_iri(relation: Relation) -> URIRef:
    """Stable for the same fact read from the same place, so rebuilding gives the same graph."""
    key = "|".join([relation.evidence.doc_id, str(relation.evidence.start), relation.subject.id,
                    relation.relation, relation.object.id, relation.verb, str(relation.negated), relation.modality])
    return STATEMENT[hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]]


def extractor_iri(name: str) -> URIRef:
    from urllib.parse import quote

    return EXTRACTOR[quote(name, safe="-_.~")]


class TripleSet:
    """Triples in a plain set: all one document's facts need on their way into a store or a file,
    without the indexes and namespace bindings an rdflib Graph builds (which cost more than the facts)."""

    def __init__(self) -> None:
        self.triples: set[tuple] = set()

    def add(self, triple: tuple) -> None:
        self.triples.add(triple)

    def __contains__(self, triple: tuple) -> bool:
        return triple in self.triples

    def __iter__(self):
        return iter(self.triples)

    def __len__(self) -> int:
        return len(self.triples)

    def move(self, into: TripleSet, where) -> None:
        """Move the triples ``where(triple)`` picks into another set."""
        picked = [triple for triple in self.triples if where(triple)]
        self.triples.difference_update(picked)
        into.triples.update(picked)


def _oxigraph_term(term):
    import pyoxigraph

    if isinstance(term, Literal):
        if term.language:
            return pyoxigraph.Literal(str(term), language=term.language)
        if term.datatype:
            return pyoxigraph.Literal(str(term), datatype=pyoxigraph.NamedNode(str(term.datatype)))
        return pyoxigraph.Literal(str(term))
    if isinstance(term, BNode):
        return pyoxigraph.BlankNode(str(term))
    return pyoxigraph.NamedNode(str(term))


def oxigraph_triples(triples: Iterable[tuple]) -> list:
    """rdflib terms as pyoxigraph Triples, which print as N-Triples and serialize without rdflib."""
    import pyoxigraph

    return [pyoxigraph.Triple(*(_oxigraph_term(t) for t in triple)) for triple in triples]


def ntriples(triples: Iterable[tuple]) -> str:
    """N-Triples text of rdflib-term triples, sorted so a subject's triples sit together."""
    return "".join(f"{triple} .\n" for triple in sorted(oxigraph_triples(triples), key=str))


def _add_entity(entities: Graph | TripleSet, entity: Entity) -> URIRef:
    node = URIRef(entity.id)
    label = Literal(entity.label)
    if (node, RDFS.label, label) not in entities:
        entities.add((node, RDF.type, KG[entity.type]))
        entities.add((node, RDFS.label, label))
        _add_collective(entities, entity, node)
    for alias in entity.aliases:
        entities.add((node, SKOS.altLabel, Literal(alias)))
    return node


def _add_collective(entities: Graph | TripleSet, entity: Entity, node: URIRef) -> None:
    """A collective actor's CAMEO sector code, the actor it belongs to, and the document a node of one document
    stands for."""
    if entity.sector:
        entities.add((node, KG.sector, Literal(entity.sector)))
    if entity.owner is not None:
        entities.add((node, KG.belongsTo, _add_entity(entities, entity.owner)))
    if entity.scope:
        entities.add((node, KG.scopeDocument, document_iri(entity.scope)))


def _add_relation(facts: Graph, entities: Graph, relation: Relation, doc_node: URIRef) -> None:
    node = statement_iri(relation)
    subject = _add_entity(entities, relation.subject)
    obj = _add_entity(entities, relation.object)
    predicate = ONTOLOGY[relation.relation]  # a name the extractors took from the lexicon
    facts.add((node, RDF.type, KG.Statement))
    facts.add((node, RDF.subject, subject))
    facts.add((node, RDF.predicate, predicate))
    facts.add((node, RDF.object, obj))
    facts.add((node, KG.evidence, Literal(relation.evidence.sentence)))
    facts.add((node, KG.start, Literal(relation.evidence.start)))
    facts.add((node, KG.end, Literal(relation.evidence.end)))
    facts.add((node, KG.sourceDocument, doc_node))
    facts.add((node, KG.verb, Literal(relation.verb)))
    facts.add((node, KG.negated, Literal(relation.negated)))
    facts.add((node, KG.modality, Literal(relation.modality)))
    facts.add((node, KG.status, Literal(relation.status)))
    facts.add((node, KG.confidence, Literal(Decimal(str(round(relation.confidence, 3))), datatype=XSD.decimal)))
    for prop, day in ((KG.time, relation.time), (KG.timeStart, relation.time_start), (KG.timeEnd, relation.time_end)):
        if day:
            facts.add((node, prop, Literal(Date.fromisoformat(day), datatype=XSD.date)))
    if relation.place:
        facts.add((node, KG.place, _add_entity(entities, relation.place)))
    if relation.attributed_to:
        facts.add((node, KG.attributedTo, _add_entity(entities, relation.attributed_to)))
    if relation.role:
        facts.add((node, KG.role, Literal(relation.role)))
    if relation.cameo_code:
        facts.add((node, KG.cameoCode, Literal(relation.cameo_code)))
    if relation.extractor:
        facts.add((node, PROV.wasGeneratedBy, extractor_iri(relation.extractor)))
    if relation.asserted:
        facts.add((subject, predicate, obj))


def _add_quote(facts: Graph, entities: Graph, quote: Quote, doc_node: URIRef) -> None:
    key = f"{quote.evidence.doc_id}|{quote.evidence.start}|{quote.speaker.id}|{quote.text}"
    node = QUOTE[hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]]
    facts.add((node, RDF.type, KG.Quote))
    facts.add((node, KG.speaker, _add_entity(entities, quote.speaker)))
    facts.add((node, KG.quoteText, Literal(quote.text)))
    facts.add((node, KG.evidence, Literal(quote.evidence.sentence)))
    facts.add((node, KG.start, Literal(quote.evidence.start)))
    facts.add((node, KG.end, Literal(quote.evidence.end)))
    facts.add((node, KG.sourceDocument, doc_node))


def add_document(facts: Graph, entities: Graph, result: DocumentResult) -> None:
    """A document's node, statements and quotes into ``facts``; its entities into ``entities``."""
    document = result.document
    doc_node = document_iri(document.id)
    facts.add((doc_node, RDF.type, KG.Document))
    facts.add((doc_node, SCHEMA.identifier, Literal(document.id)))
    if document.title:
        facts.add((doc_node, SCHEMA.headline, Literal(document.title)))
    if document.opening:
        facts.add((doc_node, SCHEMA.description, Literal(document.opening)))
    if document.date:
        facts.add((doc_node, SCHEMA.datePublished, Literal(Date.fromisoformat(document.date[:10]),
                                                            datatype=XSD.date)))
    if document.url:
        facts.add((doc_node, SCHEMA.url, Literal(document.url, datatype=XSD.anyURI)))
    if document.source:
        facts.add((doc_node, DCTERMS.source, Literal(document.source)))
    for entity in result.entities:
        facts.add((doc_node, SCHEMA.mentions, _add_entity(entities, entity)))
        if entity.owner is not None:  # "Iraqi Security Forces" names Iraq too (a store forgets it with the document)
            facts.add((doc_node, SCHEMA.mentions, URIRef(entity.owner.id)))
    for relation in result.relations:
        _add_relation(facts, entities, relation, doc_node)
    for quote in result.quotes:
        _add_quote(facts, entities, quote, doc_node)


def mention_counts(results: Iterable[DocumentResult]) -> Counter:
    counts: Counter = Counter()
    for result in results:
        for mention in result.mentions:
            counts[mention.entity.id] += 1
    return counts


def add_mention_counts(sink: Graph | TripleSet, counts: Counter) -> None:
    """How often each entity is mentioned, as kg:mentionCount triples (the page sizes nodes by it)."""
    for entity_id, count in counts.items():
        sink.add((URIRef(entity_id), KG.mentionCount, Literal(count)))


def to_rdf(results: Iterable[DocumentResult]) -> Graph:
    """Entities with one label each, documents, statement nodes with their evidence, and direct triples."""
    results = list(results)
    graph = new_graph()
    for result in results:
        add_document(graph, graph, result)
    add_mention_counts(graph, mention_counts(results))
    return graph


def document_graphs(result: DocumentResult) -> tuple[TripleSet, TripleSet]:
    """(facts, entities) of one document, for a store that keeps each document in its own named graph.

    What only this document says of an entity, the names it calls it by and how often it mentions it, goes
    with its facts, so it leaves with the document; the entities keep their class and label.
    """
    facts, entities = TripleSet(), TripleSet()
    add_document(facts, entities, result)
    add_mention_counts(facts, mention_counts([result]))
    entities.move(facts, lambda triple: triple[1] == SKOS.altLabel)
    return facts, entities


def turtle_prefixes() -> dict[str, str]:
    """The prefixes the project's graphs use (rdflib binds dozens more by default)."""
    wanted = {"kg", "schema", "prov", "skos", "ent", "doc", "st", "quote", "extractor", "rdf", "rdfs", "xsd",
              "dcterms"}
    return {prefix: str(namespace) for prefix, namespace in new_graph().namespaces() if prefix in wanted}


# A local name every Turtle reader takes as it is: no escapes, no dot at the end, no % (pyoxigraph writes \%).
_PLAIN_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?")

# Literals Turtle writes bare: 42, true.
_BARE = {str(XSD.integer): re.compile(r"[+-]?[0-9]+"), str(XSD.boolean): re.compile(r"true|false")}


class TurtleNames:
    """How terms are written in Turtle: ``prefix:local`` where the local part is plain, the full ``<IRI>``
    otherwise (``ent:Donald_Trump`` but ``<.../entity/O%27Brien>``), so rdflib, pyoxigraph and rapper all read
    the file. pyoxigraph's own Turtle writer escapes such names instead (``ent:O\\%27Brien``,
    ``ent:Warner_Bros\\.``), and rdflib 7.6 cannot read the second."""

    def __init__(self, prefixes: dict[str, str]):
        self.prefixes = dict(sorted(prefixes.items()))
        self._longest_first = sorted(self.prefixes.items(), key=lambda item: -len(item[1]))
        self._names: dict[str, str] = {}

    def header(self) -> str:
        return "".join(f"@prefix {prefix}: <{namespace}> .\n" for prefix, namespace in self.prefixes.items()) + "\n"

    def iri(self, node) -> str:
        name = self._names.get(node.value)
        if name is None:
            name = str(node)
            for prefix, namespace in self._longest_first:
                local = node.value[len(namespace):]
                if node.value.startswith(namespace) and _PLAIN_LOCAL.fullmatch(local):
                    name = f"{prefix}:{local}"
                    break
            self._names[node.value] = name
        return name

    def term(self, term) -> str:
        import pyoxigraph

        if isinstance(term, pyoxigraph.NamedNode):
            return self.iri(term)
        if isinstance(term, pyoxigraph.Literal) and term.language is None and term.datatype.value != str(XSD.string):
            bare = _BARE.get(term.datatype.value)
            if bare and bare.fullmatch(term.value):
                return term.value
            return f"{pyoxigraph.Literal(term.value)}^^{self.iri(term.datatype)}"
        return str(term)  # N-Triples forms of strings, language-tagged strings and blank nodes are Turtle

    def blocks(self, triples: Iterable) -> Iterator[str]:
        """One block a subject (pyoxigraph Triples), in sorted order: ``s p o1, o2 ;\\n    p2 o3 .``"""
        for subject, about in groupby(sorted(triples, key=str), key=lambda t: t.subject):
            pairs = [f"{self._predicate(p)} {', '.join(self.term(t.object) for t in ts)}"
                     for p, ts in groupby(about, key=lambda t: t.predicate)]
            yield f"{self.term(subject)} " + " ;\n    ".join(pairs) + " .\n\n"

    def _predicate(self, node) -> str:
        return "a" if node.value == str(RDF.type) else self.iri(node)


def turtle_text(triples: Iterable) -> str:
    """Turtle of pyoxigraph Triples with the project's prefixes (see ``TurtleNames``)."""
    names = TurtleNames(turtle_prefixes())
    return names.header() + "".join(names.blocks(triples))


def move_entity_triples(facts: TripleSet, entities: TripleSet) -> None:
    """Move what a document says about entities themselves (the direct triple ``ent:A kg:meets ent:B``, which
    other documents may state too) from its facts to the entities, which hold each triple once."""
    facts.move(entities, lambda triple: str(triple[0]).startswith(str(ENTITY)))


def load_graph(path: str | Path) -> Graph:
    """Read a graph file; the format follows the suffix (see ``FORMATS``)."""
    path = Path(path)
    if not path.is_file():
        raise QueryError(f"{path}: no such graph file; build one first with graph-builder build")
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise UsageError(f"{path}: unknown graph format {path.suffix!r}; use {', '.join(sorted(FORMATS))}")
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
