"""Store: a persistent Oxigraph store on disk, one named graph per document.

Layout of the dataset:

    <.../graph/doc/{id}>     a document's node, statements, quotes, direct triples, and what it says of its
                             entities: the names it calls them by (skos:altLabel) and how often (kg:mentionCount)
    <.../graph/entities>     every entity's class and label
    <.../graph/ontology>     the ontology the latest build read (ontology/newskg.ttl, or the --ontology copy's)

Queries see the union of all graphs as their default graph. Writing a document is one SPARQL update
(drop its graph and the entities only it mentioned, insert the new one, add its entities), which Oxigraph
applies as one transaction: an interrupted build leaves every document either as it was or as it is now, and
a document written again leaves the store as if it had been written once. Exports list their statements in
sorted order, so the same store always exports the same bytes.

pyoxigraph is used directly rather than through oxrdflib's rdflib Store API: named graphs,
transactions and SPARQL all map one-to-one, and nothing pays for rdflib's per-triple Python layer.

``RemoteStore`` writes the same layout into any SPARQL 1.1 Graph Store Protocol endpoint over HTTP
(Oxigraph server, Fuseki, GraphDB), for graphs that live on a server.
"""

from __future__ import annotations

import io
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote

from rdflib import Graph
from rdflib.namespace import RDF, RDFS, SKOS

from graph_builder.errors import StoreError, UsageError
from graph_builder.rdf import document_graphs, ntriples, turtle_text
from graph_builder.records import DocumentResult, Entity
from graph_builder.vocab import BASE, ENTITY, KG, SCHEMA, Lexicon

if TYPE_CHECKING:
    from graph_builder.aliases import Corrections

GRAPH_BASE = BASE + "resource/graph/"
DOC_GRAPH_BASE = GRAPH_BASE + "doc/"
ENTITIES_GRAPH = GRAPH_BASE + "entities"
ONTOLOGY_GRAPH = GRAPH_BASE + "ontology"
SCOPED_ENTITY = str(ENTITY) + "doc/"
ONTOLOGY_BASE = str(KG.Person)[: -len("Person")]
EXPORT_FORMATS = {"trig": "TRIG", "nq": "N_QUADS", "ttl": "TURTLE", "nt": "N_TRIPLES", "jsonld": "JSON_LD"}


def _node(iri) -> object:
    import pyoxigraph

    return pyoxigraph.NamedNode(str(iri))


LABEL, RDF_TYPE, ALT_LABEL = _node(RDFS.label), _node(RDF.type), _node(SKOS.altLabel)
RDF_SUBJECT, RDF_OBJECT, MENTION_COUNT, MENTIONS = (_node(RDF.subject), _node(RDF.object), _node(KG.mentionCount),
                                                    _node(SCHEMA.mentions))


def document_graph_iri(doc_id: str) -> str:
    return DOC_GRAPH_BASE + quote(doc_id, safe="-_.~")


def _labels_and_types(triples) -> dict[str, str]:
    """label -> type (class local name) from the entities graph's (subject, predicate, object) terms."""
    labels, types = {}, {}
    for subject, predicate, obj in triples:
        if predicate.value == str(RDFS.label):
            labels[subject.value] = obj.value
        elif predicate.value == str(RDF.type):
            types[subject.value] = obj.value.rsplit("#", 1)[-1]
    return {label: types[node] for node, label in labels.items() if node in types}


class KnowledgeStore:
    """The Oxigraph store of a knowledge graph, opened at a folder; ``create`` makes a missing one (only a
    build should: reading, removing or exporting a store that is not there is an error, and creates nothing).
    A build hands it its ``lexicon``, whose ontology graph then replaces the stored one."""

    def __init__(self, path: str | Path, *, read_only: bool = False, create: bool = True,
                 lexicon: Lexicon | None = None):
        import pyoxigraph

        self.path = Path(path)
        if not self.path.is_dir() and (read_only or not create):
            raise StoreError(f"{self.path}: no store here; build one with graph-builder build --store {self.path}")
        try:
            if read_only:
                self._store = pyoxigraph.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = pyoxigraph.Store(str(self.path))
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc}); is it a folder made by graph-builder "
                             "build --store, and is no other process writing to it?") from exc
        if lexicon is not None and not read_only:
            self._store.update(f"DROP SILENT GRAPH <{ONTOLOGY_GRAPH}> ;\n"
                               f"INSERT DATA {{ GRAPH <{ONTOLOGY_GRAPH}> {{ {ntriples(lexicon.graph)} }} }}")

    @property
    def oxigraph(self):
        return self._store

    def __len__(self) -> int:
        return len(self._store)

    def documents(self) -> list[str]:
        return sorted(unquote(g.value[len(DOC_GRAPH_BASE):]) for g in self._store.named_graphs()
                      if g.value.startswith(DOC_GRAPH_BASE))

    def known_entities(self, *, excluding: Collection[str] = ()) -> dict[str, str]:
        """label -> type of every entity already stored, so tomorrow's build names actors as today's did.

        Entities mentioned only by the documents ``excluding`` names (those a build is about to write again)
        are left out: a document is unified against the others, never against its own stale copy, so
        building it again gives what building it the first time gave."""
        import pyoxigraph

        quads = self._store.quads_for_pattern(None, None, None, pyoxigraph.NamedNode(ENTITIES_GRAPH))
        triples = ((q.subject, q.predicate, q.object) for q in quads)
        if excluding:
            mentioned = self._entities_mentioned(skipping={document_graph_iri(d) for d in excluding})
            triples = (t for t in triples if t[0].value in mentioned)
        return _labels_and_types(triples)

    def _entities_mentioned(self, *, skipping: set[str]) -> set[str]:
        """IRIs of the entities the document graphs (but those in ``skipping``) mention."""
        import pyoxigraph

        mentioned = set()
        for graph in self._store.named_graphs():
            if graph.value.startswith(DOC_GRAPH_BASE) and graph.value not in skipping:
                mentioned.update(q.object.value for q in self._store.quads_for_pattern(None, None, None, graph)
                                 if isinstance(q.object, pyoxigraph.NamedNode) and q.object.value.startswith(ENTITY))
        return mentioned

    def put(self, result: DocumentResult) -> None:
        """Write one document in one transaction: its named graph replaced as a whole, the entities only its
        earlier version mentioned dropped, its entities added with the class it gives them. The store ends as
        it would if the document had never been written before."""
        facts, entities = document_graphs(result)
        graph = document_graph_iri(result.document.id)
        classes = " ".join(f"({entity.n3()} {class_.n3()})" for entity, predicate, class_ in entities
                           if predicate == RDF.type)
        self._store.update(
            f"DELETE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e ?p ?o }} }} WHERE {{ GRAPH <{graph}> {{ ?x ?y ?e }} "
            f"GRAPH <{ENTITIES_GRAPH}> {{ ?e ?p ?o }} FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?q ?e }} "
            f"FILTER (?h != <{graph}> && STRSTARTS(STR(?h), \"{DOC_GRAPH_BASE}\")) }} }} ;\n"
            f"DELETE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e a ?old }} }} WHERE {{ VALUES (?e ?new) {{ {classes} }} "
            f"GRAPH <{ENTITIES_GRAPH}> {{ ?e a ?old }} FILTER (?old != ?new) }} ;\n"
            f"DROP SILENT GRAPH <{graph}> ;\n"
            f"INSERT DATA {{ GRAPH <{graph}> {{ {ntriples(facts)} }} "
            f"GRAPH <{ENTITIES_GRAPH}> {{ {ntriples(entities)} }} }}"
        )

    def flush(self) -> None:
        self._store.flush()

    def correct(self, corrections: Corrections) -> tuple[int, int]:
        """Apply an analyst's corrections to the entities already stored (see ``StoreCorrection``), in one
        transaction; (entities changed, graphs rewritten)."""
        correction = StoreCorrection(self._store, corrections)
        update, graphs = correction.update()
        if update:
            self._store.update(update)
            self._store.flush()
        return len(correction.changed), graphs

    def remove(self, doc_id: str) -> bool:
        """Withdraw a document and every entity that no other document mentions any more."""
        import pyoxigraph

        graph = document_graph_iri(doc_id)
        if not self._store.contains_named_graph(pyoxigraph.NamedNode(graph)):
            return False
        self._store.update(
            f"DROP GRAPH <{graph}> ;\n"
            f"DELETE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e ?p ?o }} }} WHERE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?x ?y ?e }} FILTER (STRSTARTS(STR(?g), \"{GRAPH_BASE}doc/\")) }} }}"
        )
        self._store.flush()
        return True

    def query(self, sparql: str):
        """Run SPARQL over the union of all graphs, with the project's prefixes predeclared."""
        from graph_builder.query import PREFIXES, query_error

        try:
            return self._store.query(sparql, use_default_graph_as_union=True,
                                     prefixes={k: str(v) for k, v in PREFIXES.items()})
        except (SyntaxError, ValueError, OSError) as exc:
            raise query_error(exc, sparql) from exc

    def export(self, fmt: str) -> bytes:
        """The store serialized: TriG and N-Quads keep the named graphs, the others are the merged view.

        Statements come sorted (N-Quads and N-Triples line by line, TriG graph by graph), so the same store
        always exports the same bytes; Turtle uses the project's prefixes where names are plain."""
        import pyoxigraph

        if fmt not in EXPORT_FORMATS:
            raise UsageError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
        quads = self._store.quads_for_pattern(None, None, None)
        if fmt in ("trig", "nq"):
            statements = sorted(quads, key=(lambda q: (str(q.graph_name), str(q))) if fmt == "trig" else str)
        else:
            statements = sorted({q.triple for q in quads}, key=str)
        if fmt == "ttl":
            return turtle_text(statements).encode("utf-8")
        buffer = io.BytesIO()
        pyoxigraph.serialize(statements, buffer, getattr(pyoxigraph.RdfFormat, EXPORT_FORMATS[fmt]))
        return buffer.getvalue()

    def export_query(self, sparql: str) -> Graph:
        """The rdflib graph a CONSTRUCT query returns, with its entities' labels and classes, for drawing."""
        import pyoxigraph

        result = self.query(sparql)
        if not isinstance(result, pyoxigraph.QueryTriples):
            raise UsageError("--visualize needs a CONSTRUCT or DESCRIBE query")
        graph = Graph().parse(data=result.serialize(format=pyoxigraph.RdfFormat.N_TRIPLES).decode("utf-8"),
                              format="nt")
        nodes = {str(n) for n in set(graph.subjects()) | set(graph.objects()) if not hasattr(n, "language")}
        values = " ".join(f"<{n}>" for n in nodes if n.startswith("http"))
        if values:
            extra = self.query(f"CONSTRUCT {{ ?n a ?c ; rdfs:label ?l }} WHERE {{ VALUES ?n {{ {values} }} "
                               f"?n a ?c ; rdfs:label ?l }}")
            graph.parse(data=extra.serialize(format=pyoxigraph.RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
        return graph


class RemoteStore:
    """A knowledge graph kept by a SPARQL 1.1 Graph Store Protocol endpoint (``URL?graph=IRI``).

    Each document is one PUT of its named graph (replacing any earlier version) after one POST adding
    its entities to the entities graph, so a document's graph never names an entity the server lacks.
    The two requests are not one transaction: an interruption between them leaves the entities of one
    unwritten document behind, which the next build of that document reuses.
    """

    def __init__(self, url: str, *, lexicon: Lexicon | None = None, timeout: float = 60.0):
        self.url = url
        self.timeout = timeout
        if lexicon is not None:
            self._request("PUT", ONTOLOGY_GRAPH, ntriples(lexicon.graph))

    def _request(self, method: str, graph: str, body: str | None = None, *, accept: str | None = None) -> bytes | None:
        """The response body, or None when the server has no such graph (404)."""
        import urllib.error
        import urllib.request
        from urllib.parse import urlencode

        separator = "&" if "?" in self.url else "?"
        request = urllib.request.Request(f"{self.url}{separator}{urlencode({'graph': graph})}", method=method,
                                         data=body.encode("utf-8") if body is not None else None)
        if body is not None:
            request.add_header("Content-Type", "application/n-triples")
        if accept:
            request.add_header("Accept", accept)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.read()
        except urllib.error.HTTPError as exc:
            if exc.code == 404 and method == "GET":
                return None
            detail = exc.read().decode("utf-8", "replace")[:300]
            raise StoreError(f"{self.url}: the store refused {method} of graph <{graph}> "
                             f"(HTTP {exc.code}: {detail}); is this its Graph Store Protocol URL, and writable?") \
                from exc
        except (urllib.error.URLError, OSError) as exc:
            raise StoreError(f"{self.url}: cannot reach the store ({getattr(exc, 'reason', exc)}); "
                             "is the server running and the URL its Graph Store Protocol endpoint?") from exc

    def known_entities(self) -> dict[str, str]:
        import pyoxigraph

        data = self._request("GET", ENTITIES_GRAPH, accept="application/n-triples")
        if not data:
            return {}
        return _labels_and_types((t.subject, t.predicate, t.object)
                                 for t in pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.N_TRIPLES))

    def put(self, result: DocumentResult) -> None:
        facts, entities = document_graphs(result)
        self._request("POST", ENTITIES_GRAPH, ntriples(entities))
        self._request("PUT", document_graph_iri(result.document.id), ntriples(facts))

    def flush(self) -> None:
        """Nothing to do: every request was complete when it returned."""



def _looped(triples: set) -> set:
    """The statement nodes whose subject and object are one node."""
    ends: dict = {}
    for t in triples:
        if t.predicate in (RDF_SUBJECT, RDF_OBJECT):
            ends.setdefault(t.subject, {})[t.predicate] = t.object
    return {node for node, pair in ends.items() if pair.get(RDF_SUBJECT) == pair.get(RDF_OBJECT)}


class StoreCorrection:
    """An analyst's corrections applied to what a store already holds (``KnowledgeStore.correct``).

    Every archive-wide entity of the store is corrected as a build would correct it (``Corrections.corrected``);
    the graphs that name a changed entity are rewritten: its IRI replaced, in a document's graph a statement
    whose two ends became one actor dropped (and the direct triple), mention counts of merged entities added up,
    the old name kept as an alias of what it became, a split name taken out of other entities' aliases; in the
    entities graph, one label and type an entity. What unification joined when the documents were built is
    not known to the store, so a split only takes the name out of the aliases there: building those documents
    again with ``--aliases`` keeps the name apart."""

    def __init__(self, store, corrections: Corrections):
        import pyoxigraph

        self.store = store
        entities = pyoxigraph.NamedNode(ENTITIES_GRAPH)
        self.labels = {q.subject.value: q.object.value for q in store.quads_for_pattern(None, LABEL, None, entities)}
        types = {q.subject.value: q.object.value.rsplit("#", 1)[-1]
                 for q in store.quads_for_pattern(None, RDF_TYPE, None, entities)}
        aliases: dict[str, set[str]] = {}
        for quad in store.quads_for_pattern(None, ALT_LABEL, None, None):
            aliases.setdefault(quad.subject.value, set()).add(quad.object.value)
        self.corrections = corrections.knowing({label: types.get(iri, "") for iri, label in self.labels.items()})
        self.changed: dict[str, Entity] = {}
        for iri, label in self.labels.items():
            entity = Entity(id=iri, label=label, type=types.get(iri, ""), aliases=tuple(sorted(aliases.get(iri, ()))))
            if not iri.startswith(SCOPED_ENTITY) and (fixed := self.corrections.corrected(entity)) != entity:
                self.changed[iri] = fixed
        self.final = {entity.id: entity for entity in self.changed.values()}

    def graphs(self) -> set:
        """The named graphs that name a changed entity."""
        import pyoxigraph

        found = set()
        for iri in self.changed:
            node = pyoxigraph.NamedNode(iri)
            found.update(q.graph_name for q in self.store.quads_for_pattern(node, None, None, None))
            found.update(q.graph_name for q in self.store.quads_for_pattern(None, None, node, None))
        return found

    def update(self) -> tuple[str, int]:
        """(one SPARQL update making every change, the number of graphs it rewrites)."""
        parts = []
        graphs = self.graphs()
        for graph in sorted(graphs, key=str):
            quads = list(self.store.quads_for_pattern(None, None, None, graph))
            before = {quad.triple for quad in quads}
            after = self._entities(before) if graph.value == ENTITIES_GRAPH else self._facts(before)
            gone, new = before - after, after - before
            if gone:
                parts.append(f"DELETE DATA {{ GRAPH {graph} {{ {' '.join(f'{t} .' for t in gone)} }} }}")
            if new:
                parts.append(f"INSERT DATA {{ GRAPH {graph} {{ {' '.join(f'{t} .' for t in new)} }} }}")
        return " ;\n".join(parts), len(graphs)

    def _node(self, term):
        import pyoxigraph

        entity = self.changed.get(term.value) if isinstance(term, pyoxigraph.NamedNode) else None
        return pyoxigraph.NamedNode(entity.id) if entity else term

    def _renamed(self, triples: set) -> set:
        import pyoxigraph

        return {pyoxigraph.Triple(self._node(t.subject), t.predicate, self._node(t.object)) for t in triples}

    def _entities(self, triples: set) -> set:
        import pyoxigraph

        kept = {t for t in self._renamed(triples)
                if not (t.subject.value in self.final and t.predicate in (RDF_TYPE, LABEL))}
        for entity in self.final.values():
            node = pyoxigraph.NamedNode(entity.id)
            kept.add(pyoxigraph.Triple(node, LABEL, pyoxigraph.Literal(entity.label)))
            kept.add(pyoxigraph.Triple(node, RDF_TYPE, pyoxigraph.NamedNode(ONTOLOGY_BASE + entity.type)))
        return kept

    def _facts(self, triples: set) -> set:
        import pyoxigraph

        renamed = self._renamed(triples)
        looped = _looped(renamed)
        kept = {t for t in renamed if t.subject not in looped and self._kept(t)}
        counts: dict = {}
        for t in triples:  # before renaming, where two entities' equal counts are still two triples
            if t.predicate == MENTION_COUNT:
                counts[self._node(t.subject)] = counts.get(self._node(t.subject), 0) + int(t.object.value)
        kept.update(pyoxigraph.Triple(node, MENTION_COUNT, pyoxigraph.Literal(count)) for node, count in counts.items())
        kept.update(self._old_names(triples))
        return kept

    def _kept(self, triple) -> bool:
        """Whether a renamed triple of a document stays: not a mention count (added up apart), not a direct
        triple from an actor to itself, not an alias the entity must lose."""
        if triple.predicate == MENTION_COUNT:
            return False
        if triple.subject == triple.object and triple.subject.value.startswith(str(ENTITY)):
            return False
        return not (triple.predicate == ALT_LABEL and self._not_alias(triple.subject.value, triple.object.value))

    def _old_names(self, triples: set) -> Iterator:
        """The name of each renamed entity the document mentions, as an alias of what it became."""
        import pyoxigraph

        for t in triples:
            entity = self.changed.get(t.object.value) if t.predicate == MENTIONS else None
            if entity is not None and entity.label != self.labels[t.object.value]:
                yield pyoxigraph.Triple(pyoxigraph.NamedNode(entity.id), ALT_LABEL,
                                        pyoxigraph.Literal(self.labels[t.object.value]))

    def _not_alias(self, iri: str, name: str) -> bool:
        """Whether ``name`` must not stay an alias of the entity ``iri``: it is its label, or a split name."""
        entity = self.final.get(iri)
        return entity is not None and (name == entity.label or name not in entity.aliases and name in
                                       self.corrections.splits)
