"""Visualize: the actor network as plain networkx data, then as one self-contained HTML page (pyvis).

``actor_view`` turns an RDF graph (a graph file, a CONSTRUCT result) into a networkx MultiDiGraph: one node per
actor, one edge per statement with its evidence; a build makes the same graph from its record stream with an
``ActorCollector``, without keeping an RDF copy. ``select_view`` cuts it to one actor's neighbourhood.
``page_data`` decides what the page holds and draws at first (every actor of the view; the most connected up to
``max_nodes`` drawn, with positions and communities), ``render_html`` writes it into the project's template
with pyvis, and writing files is a separate step. The relations' names, labels, colours and quad classes come
from the lexicon each of them is handed (the ontology's).
"""

from __future__ import annotations

import hashlib
import math
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, fields
from datetime import date as Date
from pathlib import Path
from typing import NamedTuple

import networkx as nx
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PackageLoader, select_autoescape
from pyvis.network import Network
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from graph_builder.errors import UsageError, VisualizationError
from graph_builder.files import write_atomic, write_text_atomic
from graph_builder.layout import LABEL_SIZE, NODE_SIZE, Label, communities, layout
from graph_builder.rdf import statement_iri
from graph_builder.records import Document, DocumentResult, Entity, Relation
from graph_builder.vocab import KG, SCHEMA, Lexicon

NODE_COLOURS = {"Person": "#e15759", "Organization": "#4e79a7", "Country": "#f28e2b", "Place": "#59a14f",
                "Group": "#b07aa1"}
COMMUNITY_COLOURS = ["#332288", "#ddcc77", "#117733", "#cc6677", "#88ccee", "#aa4499", "#44aa99", "#999933",
                     "#882255", "#ee8866"]
"""One colour for each of the largest communities: Paul Tol's colour-blind-safe "muted" scheme and the orange of
his "light" one, none of them a type colour (Tableau 10, ``NODE_COLOURS``)."""
COMMUNITY_NEUTRAL = "#b0b0b0"
"""The colour of every smaller community and of the actors not drawn at first."""
DEFAULT_MAX_NODES = 5000
BROWSER_LAYOUT_LIMIT = 100
"""Up to this many actors drawn at first, vis-network's physics lays them out in the browser and then stops;
beyond it they arrive placed by igraph. In headless Chromium on two cores physics adds about 0.5 s to the first
draw at 50 actors, 0.9 s at 100 and over 1 s at 150 (``benchmarks/page.py --browser-layout-limit``)."""
ARROW_LIMIT = 2000
"""Arrowheads are drawn while no more links than this are shown: they triple the time of a redraw. Beyond it the
page also draws its actors first and adds the links in the next frame, as creating vis-network's link objects
takes about a second at 15,000 links."""
STATEMENT_FIELDS = ("relation", "verb", "sentence", "negated", "modality", "time", "time_start", "time_end",
                    "confidence", "attributed_to", "place")
"""The fields of a statement as the page's data holds it: one list in this order, then the index of its document
in the page's table of documents (``DOCUMENT_FIELDS``), which the page's script turns back into objects. Field
names repeated for every statement were half the page's size."""
DOCUMENT_FIELDS = ("doc", "title", "date", "url")
LABELLED_EDGES_LIMIT = 100
"""Up to this many actors drawn at first, edges carry their relations as labels; beyond it the labels (about a
millisecond an edge to draw) are left to the tooltip and the panel."""
BIG = 1500
"""Beyond this many actors drawn at first, edges are straight and hide while the view is dragged or zoomed."""


def _local(iri: URIRef | None) -> str:
    return str(iri).rsplit("#", 1)[-1] if iri is not None else ""


def _text(graph: Graph, node, prop) -> str | None:
    value = graph.value(node, prop)
    return str(value) if value is not None else None


def actor_view(rdf_graph: Graph, *, lexicon: Lexicon) -> nx.MultiDiGraph:
    """Every entity as a node and every statement as an edge, with the evidence on the edge."""
    G = nx.MultiDiGraph()
    _add_actors(rdf_graph, G)
    for doc in rdf_graph.subjects(RDF.type, KG.Document):
        _count_document(G, _text(rdf_graph, doc, SCHEMA.datePublished) or "")
    documents: dict[URIRef, dict] = {}
    for statement in rdf_graph.subjects(RDF.type, KG.Statement):
        subject = str(rdf_graph.value(statement, RDF.subject))
        obj = str(rdf_graph.value(statement, RDF.object))
        if subject not in G or obj not in G:
            continue
        doc = rdf_graph.value(statement, KG.sourceDocument)
        if doc not in documents:
            documents[doc] = _document(rdf_graph, doc)
        G.add_edge(subject, obj, key=str(statement), **_statement(rdf_graph, statement), **documents[doc])
        role = _text(rdf_graph, statement, KG.role)
        if role:
            _add_role(G, subject, f"{role} ({G.nodes[obj]['label']})")
    _add_bare_triples(rdf_graph, G, lexicon)
    _sort_roles(G)
    _check_relations_known(G, lexicon)
    return G


def _count_document(G: nx.MultiDiGraph, day: str) -> None:
    """One more document behind the view ``G``, published on ``day`` ("" when not known): the page's default title
    names how many and when (``archive_title``)."""
    G.graph["documents"] = G.graph.get("documents", 0) + 1
    if day:
        first, last = G.graph.get("dates", (day, day))
        G.graph["dates"] = (min(first, day), max(last, day))


def archive_title(G: nx.MultiDiGraph) -> str:
    """The page's title when none is given: the articles behind the view and the days they span."""
    count = G.graph.get("documents", 0)
    if not count:
        return "Actor network"
    title = f"Actor network of {count:,} article{'s' if count != 1 else ''}"
    first, last = G.graph.get("dates", ("", ""))
    if first and first != last:
        return f"{title}, {first} to {last}"
    return f"{title}, {first}" if first else title


def _check_relations_known(G: nx.MultiDiGraph, lexicon: Lexicon) -> None:
    """A graph built with another ontology (``--ontology``) holds relations this lexicon cannot draw."""
    unknown = sorted({data["relation"] for *_, data in G.edges(data=True)} - set(lexicon.relations))
    if unknown:
        raise VisualizationError(
            f"the graph holds relations the ontology in {lexicon.folder} does not define ({', '.join(unknown)}); "
            "give the ontology folder the graph was built with (--ontology DIR)")


def _add_actors(rdf_graph: Graph, G: nx.MultiDiGraph) -> None:
    for type_ in NODE_COLOURS:
        for node in rdf_graph.subjects(RDF.type, KG[type_]):
            G.add_node(str(node), label=_text(rdf_graph, node, RDFS.label) or str(node), type=type_,
                       aliases=sorted(str(a) for a in rdf_graph.objects(node, SKOS.altLabel)),
                       mentions=sum(int(c) for c in rdf_graph.objects(node, KG.mentionCount)), roles=[])


def _document(rdf_graph: Graph, doc) -> dict:
    """What an edge says about the document its statement comes from; a document with no title is named by its
    opening words (schema:description), with its id before them."""
    identifier, opening = _text(rdf_graph, doc, SCHEMA.identifier) or "", _text(rdf_graph, doc, SCHEMA.description)
    return {"doc": identifier, "title": _text(rdf_graph, doc, SCHEMA.headline) or _untitled(identifier, opening),
            "date": _text(rdf_graph, doc, SCHEMA.datePublished) or "",
            "url": _text(rdf_graph, doc, SCHEMA.url) or ""}


def _label_of(rdf_graph: Graph, node) -> str | None:
    return _text(rdf_graph, node, RDFS.label) if node is not None else ""


def _statement(rdf_graph: Graph, statement) -> dict:
    """What an edge says about its statement: relation, verb, evidence, negation, modality, time, place."""
    return dict(
        relation=_local(rdf_graph.value(statement, RDF.predicate)), verb=_text(rdf_graph, statement, KG.verb) or "",
        sentence=_text(rdf_graph, statement, KG.evidence) or "",
        negated=str(rdf_graph.value(statement, KG.negated)).lower() == "true",
        modality=_text(rdf_graph, statement, KG.modality) or "asserted",
        time=_text(rdf_graph, statement, KG.time) or "",
        time_start=_text(rdf_graph, statement, KG.timeStart) or "",
        time_end=_text(rdf_graph, statement, KG.timeEnd) or "",
        confidence=float(rdf_graph.value(statement, KG.confidence) or 0),
        attributed_to=_label_of(rdf_graph, rdf_graph.value(statement, KG.attributedTo)),
        place=_label_of(rdf_graph, rdf_graph.value(statement, KG.place)),
    )


def _add_role(G: nx.MultiDiGraph, node: str, described: str) -> None:
    if described not in G.nodes[node]["roles"]:
        G.nodes[node]["roles"].append(described)


def _sort_roles(G: nx.MultiDiGraph) -> None:
    """Roles in alphabetical order, so they do not depend on the order statements were read in."""
    for _, data in G.nodes(data=True):
        data["roles"].sort()


def _add_bare_triples(rdf_graph: Graph, G: nx.MultiDiGraph, lexicon: Lexicon) -> None:
    """Direct relation triples with no statement behind them (a CONSTRUCT result) still become edges."""
    for name in lexicon.relations:
        for subject, obj in rdf_graph.subject_objects(lexicon.relation_iri(name)):
            source, target = str(subject), str(obj)
            if source not in G or target not in G:
                continue
            if any(d["relation"] == name for d in G.get_edge_data(source, target, default={}).values()):
                continue
            G.add_edge(source, target, key=f"{source}|{name}|{target}", relation=name, verb="", sentence="",
                       negated=False, modality="asserted", time="", time_start="", time_end="", confidence=1.0,
                       attributed_to="", place="", doc="", title="", date="", url="")


def _day(text: str | None) -> str:
    """An ISO day as the graph file writes it (an xsd:date), or "" for none."""
    return Date.fromisoformat(text[:10]).isoformat() if text else ""


class ActorCollector:
    """The actor view of a build, made from its documents as they stream past: what ``actor_view`` gives for the
    graph file of the same build, from the records instead of the RDF (so memory holds the actors and
    statements, not every triple of mentions, documents and quotes).

    The actors are the entities the graph file types: each document's entities, the two ends, the place and
    the source of each relation, each quote's speaker, and the country or organisation a collective actor
    belongs to. An edge is a statement, keyed by its statement IRI as in the graph file, so a statement read
    twice is one edge, as there."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.graph = nx.MultiDiGraph()
        self._seen: set[tuple[str, str]] = set()
        self._aliases: defaultdict[str, set[str]] = defaultdict(set)
        self._mentions: Counter = Counter()

    def document(self, result: DocumentResult) -> None:
        """One unified document's actors, statements and mentions."""
        _count_document(self.graph, _day(result.document.date))
        for entity in result.entities:
            self._actor(entity)
        about = _document_fields(result.document)
        for relation in result.relations:
            self._relation(relation, about)
        for quote in result.quotes:
            self._actor(quote.speaker)
        self._mentions.update(mention.entity.id for mention in result.mentions)

    def view(self) -> nx.MultiDiGraph:
        """The actor view once every document has passed (aliases, mention counts and roles settled)."""
        for node, data in self.graph.nodes(data=True):
            data["aliases"] = sorted(self._aliases[node])
            data["mentions"] = self._mentions[node]
        _sort_roles(self.graph)
        _check_relations_known(self.graph, self.lexicon)
        return self.graph

    def _actor(self, entity: Entity) -> None:
        """An entity as ``rdf`` writes it: typed and labelled when first seen under that label (then the actor it
        belongs to too), its aliases each time."""
        if (entity.id, entity.label) not in self._seen:
            self._seen.add((entity.id, entity.label))
            if entity.type in NODE_COLOURS and entity.id not in self.graph:
                self.graph.add_node(entity.id, label=entity.label, type=entity.type, aliases=[], mentions=0, roles=[])
            if entity.owner is not None:
                self._actor(entity.owner)
        self._aliases[entity.id].update(entity.aliases)

    def _relation(self, relation: Relation, about: dict) -> None:
        for entity in (relation.subject, relation.object, relation.place, relation.attributed_to):
            if entity is not None:
                self._actor(entity)
        G, subject, obj, key = self.graph, relation.subject.id, relation.object.id, str(statement_iri(relation))
        if subject not in G or obj not in G or G.has_edge(subject, obj, key):
            return
        G.add_edge(subject, obj, key=key, **self._statement(relation), **about)
        if relation.role:
            _add_role(G, subject, f"{relation.role} ({G.nodes[obj]['label']})")

    def _statement(self, relation: Relation) -> dict:
        """What an edge says about its statement, as ``_statement`` reads it from the graph file."""
        return dict(relation=relation.relation, verb=relation.verb or "", sentence=relation.evidence.sentence,
                    negated=bool(relation.negated), modality=relation.modality or "asserted",
                    time=_day(relation.time), time_start=_day(relation.time_start), time_end=_day(relation.time_end),
                    confidence=float(round(relation.confidence, 3)), attributed_to=self._label(relation.attributed_to),
                    place=self._label(relation.place))

    def _label(self, entity: Entity | None) -> str:
        if entity is None:
            return ""
        return self.graph.nodes[entity.id]["label"] if entity.id in self.graph else entity.label


def _document_fields(document: Document) -> dict:
    """What an edge says about the document its statement comes from, as ``_document`` reads it."""
    return {"doc": document.id, "title": document.title or _untitled(document.id, document.opening),
            "date": _day(document.date), "url": document.url or ""}


def _untitled(identifier: str, opening: str | None) -> str:
    """How the page names a document with no title: its id and its opening words (a graph made before they were
    kept: its id alone)."""
    return f"{identifier}: {opening}" if opening else ""


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a name, for search."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().strip()


def find_actor(G: nx.MultiDiGraph, name: str) -> str:
    """The node whose label or alias best matches a name ("zelensky" finds "Volodymyr Zelensky")."""
    wanted = fold(name)
    exact, partial = [], []
    for node, data in G.nodes(data=True):
        names = [fold(data["label"])] + [fold(a) for a in data["aliases"]]
        if wanted in names:
            exact.append(node)
        elif any(wanted in n for n in names):
            partial.append(node)
    found = exact or partial
    if not found:
        raise VisualizationError(f"no actor named {name!r} in the graph; check the spelling or query the labels")
    return max(found, key=lambda n: G.degree(n))


def select_view(G: nx.MultiDiGraph, *, focus: str | None = None, hops: int = 2) -> tuple[nx.MultiDiGraph, int]:
    """The actors the page holds, and how many it leaves out: with ``focus``, the actors within ``hops`` links of
    that actor; without, all of them. (What is drawn at first is ``page_data``'s choice.)"""
    if not focus:
        return G, 0
    centre = find_actor(G, focus)
    view = G.subgraph(nx.ego_graph(G.to_undirected(as_view=True), centre, radius=hops).nodes).copy()
    return view, G.number_of_nodes() - view.number_of_nodes()


def quad_labels(lexicon: Lexicon) -> dict[str, str]:
    """The CAMEO quad classes' names for people ("verbal conflict"), from their rdfs:label in the ontology."""
    return {name: quad.label for name, quad in lexicon.quad_classes.items()}


class CommunityLegend(NamedTuple):
    """One of the largest communities as the legend shows it: its rank by size (0 = largest), colour, number of
    actors, and the label of its most connected actor (which names it)."""

    rank: int
    colour: str
    size: int
    example: str


@dataclass(frozen=True, kw_only=True)
class Drawing:
    """What the page draws at first: the actors (the most connected first), the positions given to them (none
    when the browser's physics lays them out), and their communities (rank by size) with the legend of the
    ``len(COMMUNITY_COLOURS)`` largest."""

    drawn: tuple[str, ...]
    positions: dict[str, tuple[float, float]]
    community: dict[str, int]
    legend: tuple[CommunityLegend, ...]
    other_communities: int


def _importance(G: nx.MultiDiGraph, degree: dict[str, int]):
    """Sort key of the actors, the most connected first (then the most mentioned, then by id)."""
    return lambda node: (-degree[node], -G.nodes[node]["mentions"], node)


def drawing(G: nx.MultiDiGraph, degree: dict[str, int], pairs: Collection[tuple[str, str]],
            max_nodes: int, values: dict[str, float]) -> Drawing:
    """The actors in at least one relation, the most connected first, up to ``max_nodes``; laid out here when
    the browser would take too long (their names given room by the ``values`` their dots are sized by); grouped
    into communities by the ``pairs`` of actors linked."""
    drawn = tuple(sorted((node for node in G.nodes if degree[node]), key=_importance(G, degree))[:max_nodes])
    positions = {}
    if len(drawn) > BROWSER_LAYOUT_LIMIT:
        positions = layout(list(drawn), pairs, {node: Label(G.nodes[node]["label"], values[node]) for node in drawn})
    community = communities(list(drawn), pairs) if drawn else {}
    members: defaultdict[int, list[str]] = defaultdict(list)
    for node in drawn:  # most connected first, so each community's first member names it
        members[community[node]].append(node)
    legend = tuple(CommunityLegend(rank=rank, colour=colour, size=len(members[rank]),
                                   example=G.nodes[members[rank][0]]["label"])
                   for rank, colour in enumerate(COMMUNITY_COLOURS[:len(members)]))
    return Drawing(drawn=drawn, positions=positions, community=community, legend=legend,
                   other_communities=len(members) - len(legend))


def _asserted(relation: dict) -> bool:
    return not relation["negated"] and relation["modality"] == "asserted"


def _edge_style(relations: list[dict], lexicon: Lexicon) -> tuple[str, str]:
    """Colour and quad class of a merged edge: those of its most frequent asserted relation (of two as frequent,
    the first of ``relations``)."""
    asserted = [r for r in relations if _asserted(r)] or relations
    name = Counter(r["relation"] for r in asserted).most_common(1)[0][0]
    info = lexicon.relations[name]
    return info.colour, info.quad_class


def _physics(nodes: int) -> dict:
    """Small graphs are laid out by vis-network's physics, which then stops; big ones arrive placed."""
    if nodes > BROWSER_LAYOUT_LIMIT:
        return {"enabled": False}
    return {"enabled": True, "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -3500, "springLength": 120, "springConstant": 0.04,
                          "avoidOverlap": 0.2, "centralGravity": 0.8},
            "stabilization": {"enabled": True, "iterations": 400, "updateInterval": 25, "fit": True}}


def merged_edges(G: nx.MultiDiGraph) -> dict[tuple[str, str], list[dict]]:
    """The statements of each ordered pair of actors, for one edge each on the page."""
    return {(source, target): list(statements.values())
            for source, targets in G.adjacency() for target, statements in targets.items()}


def edge_id(source: str, target: str) -> str:
    """The page's id of the edge from ``source`` to ``target``: short, and the same in every page that holds it."""
    return "e" + hashlib.blake2b(f"{source}\n{target}".encode(), digest_size=8).hexdigest()


def _node_records(G: nx.MultiDiGraph, degree: dict[str, int], drawn: Drawing, values: dict[str, float]) -> list[dict]:
    """Every actor as vis-network and the page's script read it: those drawn at first first, then the others
    (the most connected first)."""
    first = set(drawn.drawn)
    order = list(drawn.drawn) + sorted((n for n in G.nodes if n not in first), key=_importance(G, degree))
    records = []
    for node in order:
        data, rank = G.nodes[node], drawn.community.get(node, -1)
        record = {"id": node, "label": data["label"], "color": NODE_COLOURS[data["type"]], "shape": "dot",
                  "value": values[node],
                  "gbType": data["type"], "gbAliases": data["aliases"], "gbMentions": data["mentions"],
                  "gbDegree": degree[node], "gbRoles": data.get("roles", []), "gbCommunity": rank,
                  "gbCommunityColour": _community_colour(rank), "gbDrawn": node in first}
        if node in drawn.positions:
            record["x"], record["y"] = drawn.positions[node]
        records.append(record)
    return records


def _community_colour(rank: int) -> str:
    return COMMUNITY_COLOURS[rank] if 0 <= rank < len(COMMUNITY_COLOURS) else COMMUNITY_NEUTRAL


def _chronological(relation: dict) -> tuple:
    """Sort key of an edge's statements: by day, then relation, then where they were read."""
    return (relation["time"] or relation["date"], relation["relation"], relation["doc"], relation["sentence"],
            relation["verb"])


def _edge_records(merged: dict[tuple[str, str], list[dict]], lexicon: Lexicon, *, labelled: bool) -> list[dict]:
    """One edge per ordered pair of actors, as wide as its relations are many, coloured by quad class (in the
    order of their ends' ids, so the page does not depend on the order statements were read in)."""
    records = []
    for (source, target), found in sorted(merged.items(), key=lambda item: item[0]):
        relations = sorted(found, key=_chronological)
        colour, quad = _edge_style(relations, lexicon)
        records.append({
            "id": edge_id(source, target), "from": source, "to": target,
            "label": _edge_label(relations, lexicon) if labelled else "", "color": colour,
            "width": 1 + 2 * math.log2(len(relations)), "dashes": not any(_asserted(r) for r in relations),
            "gbQuad": quad,
            "gbRelations": relations})
    return records


def _edge_label(relations: list[dict], lexicon: Lexicon) -> str:
    """The relations of a link as people read them ("comments on, member of"), as the legend, the filters and the
    panel name them: the ontology's labels, not the property names."""
    known = lexicon.relations
    return ", ".join(sorted({known[r["relation"]].label if r["relation"] in known else r["relation"]
                             for r in relations}))


@dataclass(frozen=True, kw_only=True)
class PageData:
    """Everything the page holds: ``nodes`` and ``edges`` as vis-network and the page's script read them, vis-network's
    ``options``, and what the template shows besides (see ``template_globals``).

    ``nodes`` holds every actor of the view, those drawn at first (``gbDrawn`` true) first; ``x`` and ``y`` only
    when they arrive placed; ``gbCommunity`` is the rank of its community by size, -1 for an actor not drawn at
    first, and ``gbCommunityColour`` that community's colour (``COMMUNITY_NEUTRAL`` past the largest and for
    actors not drawn). ``edges`` holds every merged edge between them, each with a stable string ``id``."""

    nodes: tuple[dict, ...]
    edges: tuple[dict, ...]
    options: dict
    page_title: str
    size_by: str
    left_out: int
    """Actors of the graph outside the view (a ``--focus`` neighbourhood); 0 for the whole graph."""
    max_nodes: int
    drawn_count: int
    """Actors drawn at first: those in at least one relation, the most connected, up to ``max_nodes``."""
    connected_count: int
    isolated_count: int
    community_legend: tuple[CommunityLegend, ...]
    other_communities: int
    """Communities of the drawn actors beyond the legend's, all in ``COMMUNITY_NEUTRAL``."""
    node_legend: list[tuple[str, str]]
    relation_groups: list[RelationGroup]
    relation_names: dict[str, str]
    relation_colours: dict[str, str]
    """Each relation's colour (its quad class's): a link shown takes that of the statements the filters keep."""
    date_range: tuple[str, str]
    documents: list[tuple[str, str]]

    def template_globals(self) -> dict:
        """The fields but the nodes, edges and options, with the counts and colours the template shows."""
        named = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in ("nodes", "edges", "options")}
        return dict(named, node_count=len(self.nodes), edge_count=len(self.edges), type_colours=NODE_COLOURS,
                    community_colours=COMMUNITY_COLOURS, community_neutral=COMMUNITY_NEUTRAL, arrow_limit=ARROW_LIMIT)


def page_data(G: nx.MultiDiGraph, *, lexicon: Lexicon, title: str | None = None,
              size_by: str = "degree", left_out: int = 0, max_nodes: int = DEFAULT_MAX_NODES) -> PageData:
    """What the page of the actor view ``G`` holds: every actor, the ``max_nodes`` most connected drawn at first
    (laid out and grouped into communities here), the others brought in by the page on demand. ``left_out``
    is how many actors the view itself leaves out (outside a ``--focus`` neighbourhood); ``title`` the page's
    (default: ``archive_title``)."""
    if size_by not in ("degree", "mentions"):
        raise UsageError(f"size_by must be 'degree' or 'mentions', not {size_by!r}")
    if max_nodes < 1:
        raise UsageError(f"max_nodes must be a whole number of actors, 1 or more, not {max_nodes!r}")
    degree = dict(G.degree())
    values = {node: 1 + (degree[node] if size_by == "degree" else data["mentions"])
              for node, data in G.nodes(data=True)}
    merged = merged_edges(G)
    drawn = drawing(G, degree, merged.keys(), max_nodes, values)
    connected = sum(1 for d in degree.values() if d)
    return PageData(
        nodes=tuple(_node_records(G, degree, drawn, values)),
        edges=tuple(_edge_records(merged, lexicon, labelled=len(drawn.drawn) <= LABELLED_EDGES_LIMIT)),
        options=_options(len(drawn.drawn), len(merged), big=len(drawn.drawn) > BIG),
        page_title=title or archive_title(G), size_by=size_by, left_out=left_out, max_nodes=max_nodes,
        drawn_count=len(drawn.drawn), connected_count=connected,
        isolated_count=G.number_of_nodes() - connected, community_legend=drawn.legend,
        other_communities=drawn.other_communities, **_legends(G, merged, lexicon))


def render_html(G: nx.MultiDiGraph, *, lexicon: Lexicon, title: str | None = None,
                size_by: str = "degree", left_out: int = 0, max_nodes: int = DEFAULT_MAX_NODES) -> str:
    """One HTML page that works offline: vis-network inlined, data as escaped JSON, text never run as HTML
    (``page_data`` says what it holds)."""
    return html_page(page_data(G, lexicon=lexicon, title=title, size_by=size_by, left_out=left_out,
                               max_nodes=max_nodes))


def html_page(data: PageData) -> str:
    """The page of ``data``, through the project's template with pyvis's environment: pyvis supplies the
    inlined vis-network library and ``generate_html``; the node and edge lists are handed over as they are."""
    net = Network(height="100vh", width="100%", directed=True, cdn_resources="in_line", heading="")
    edges, documents = compact_statements(data.edges)
    net.nodes, net.edges, net.options = list(data.nodes), edges, data.options
    net.templateEnv = _environment(net)
    net.templateEnv.globals.update(data.template_globals(), documents_table=documents,
                                   statement_fields=STATEMENT_FIELDS, document_fields=DOCUMENT_FIELDS)
    net.path = "graph.html"
    return net.generate_html()


def compact_statements(edges: Iterable[dict]) -> tuple[list[dict], list[list]]:
    """The edges as the page's data holds them: each statement a list of its ``STATEMENT_FIELDS`` and the index of
    its document in the returned table, whose rows are ``DOCUMENT_FIELDS`` (a field a statement lacks is empty)."""
    table: dict[tuple, int] = {}
    compact = []
    for edge in edges:
        rows = []
        for statement in edge["gbRelations"]:
            document = tuple(statement.get(name, "") for name in DOCUMENT_FIELDS)
            index = table.setdefault(document, len(table))
            rows.append([statement.get(name, "") for name in STATEMENT_FIELDS] + [index])
        compact.append(dict(edge, gbRelations=rows))
    return compact, [list(document) for document in table]


def _options(nodes: int, links: int, *, big: bool) -> dict:
    """vis-network's options: the page's script keys the keyboard to the focused graph itself and switches the
    arrowheads as the links shown cross ``ARROW_LIMIT``; node sizes make the hubs stand out, and the page writes
    the actors' names itself, sized between the label scaling's min and max (vis-network draws no node label)."""
    return {
        "physics": _physics(nodes),
        "layout": {"improvedLayout": nodes <= 150, "randomSeed": 7},
        "interaction": {"hover": True, "tooltipDelay": 250, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
                        "keyboard": False},
        "nodes": {"scaling": {"min": NODE_SIZE[0], "max": NODE_SIZE[1],
                              "label": {"enabled": True, "min": LABEL_SIZE[0], "max": LABEL_SIZE[1]}}},
        "edges": {"font": {"size": 11, "align": "middle", "strokeWidth": 3},
                  "smooth": {"enabled": not big, "type": "continuous"},
                  "arrows": {"to": {"enabled": links <= ARROW_LIMIT, "scaleFactor": 0.6}}},
    }


def _environment(net: Network) -> Environment:
    """The project's template first, pyvis's own beside it."""
    return Environment(
        loader=ChoiceLoader([PackageLoader("graph_builder", "templates"), FileSystemLoader(net.template_dir)]),
        autoescape=select_autoescape(["html"]),
    )


def _legends(G: nx.MultiDiGraph, merged: dict[tuple[str, str], list[dict]], lexicon: Lexicon) -> dict:
    """What the legend and the filters offer: only the types, quad classes, relations, dates and documents
    the page holds."""
    relations = [r for rels in merged.values() for r in rels]
    dates = sorted({day for r in relations for day in _span(r)} - {"", None})
    return dict(
        node_legend=_node_legend(G), **_relation_legends(lexicon, relations),
        date_range=(dates[0], dates[-1]) if dates else ("", ""),
        documents=sorted({(r["doc"], r["title"]) for r in relations}),
    )


def _span(relation: dict) -> tuple[str, str]:
    """The first and last day of a statement as the page's date filter reads it: its day, else the interval the
    text names ("between 1983 and 1992", "since 1997"), else its article's date."""
    first = relation["time"] or relation["time_start"] or relation["time_end"] or relation["date"]
    return first, relation["time"] or relation["time_end"] or relation["date"] or first


def _node_legend(G: nx.MultiDiGraph) -> list[tuple[str, str]]:
    types_present = {data["type"] for _, data in G.nodes(data=True)}
    return [(type_, colour) for type_, colour in NODE_COLOURS.items() if type_ in types_present]


def _relation_legends(lexicon: Lexicon, relations: list[dict]) -> dict:
    """The relations drawn, grouped by quad class, for the legend and the filters."""
    return dict(relation_groups=relation_groups(lexicon, Counter(r["relation"] for r in relations)),
                relation_names={name: info.label for name, info in lexicon.relations.items()},
                relation_colours={name: info.colour for name, info in lexicon.relations.items()})


@dataclass(frozen=True, kw_only=True)
class RelationGroup:
    """One quad class as the page's legend and filters show it: its name, label and colour (the ontology's),
    and the relations of that class the page holds, each as (name, label, statements)."""

    quad: str
    label: str
    colour: str
    relations: tuple[tuple[str, str, int], ...]

    @property
    def statements(self) -> int:
        return sum(count for *_, count in self.relations)


def relation_groups(lexicon: Lexicon, counts: Counter) -> list[RelationGroup]:
    """The relations with statements in ``counts`` (relation name -> statements), one group per quad class, in
    CAMEO order (cooperation before conflict, verbal before material: the lowest root code of the class's
    relations; classes without codes, such as affiliation, last), relations by label within a group. A
    relation or class with nothing drawn is left out, so a large ontology still gives a short panel."""
    members: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
    for name, count in counts.items():
        if count:
            info = lexicon.relations[name]
            members[info.quad_class].append((name, info.label, count))
    groups = [RelationGroup(quad=quad, label=lexicon.quad_classes[quad].label, colour=lexicon.quad_classes[quad].colour,
                            relations=tuple(sorted(found, key=lambda item: (item[1].casefold(), item[0]))))
              for quad, found in members.items()]
    order = _cameo_order(lexicon)
    return sorted(groups, key=lambda group: (order.get(group.quad, CODELESS), group.label))


CODELESS = 100


def _cameo_order(lexicon: Lexicon) -> dict[str, int]:
    """Each quad class's lowest CAMEO root code (two digits: "112" is under "11")."""
    order: dict[str, int] = {}
    for info in lexicon.relations.values():
        if info.cameo and info.cameo[:2].isdigit():
            order[info.quad_class] = min(order.get(info.quad_class, CODELESS), int(info.cameo[:2]))
    return order


def _flat(value):
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return value


def exportable(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are plain strings and numbers, as GEXF and GraphML require."""
    flat = nx.MultiDiGraph()
    for node, data in G.nodes(data=True):
        flat.add_node(node, **{k: _flat(v) for k, v in data.items()})
    for source, target, key, data in G.edges(keys=True, data=True):
        flat.add_edge(source, target, key=key, **{k: _flat(v) for k, v in data.items()})
    return flat


def write_exports(G: nx.MultiDiGraph, page: Path) -> list[Path]:
    """GEXF (Gephi) and GraphML (Cytoscape, yEd) files beside the page."""
    flat = exportable(G)
    written = []
    for suffix, writer in ((".gexf", nx.write_gexf), (".graphml", nx.write_graphml)):
        path = Path(page).with_suffix(suffix)
        write_atomic(path, lambda tmp, writer=writer: writer(flat, str(tmp)))
        written.append(path)
    return written


def write_page(rdf_graph: Graph, path: Path, *, lexicon: Lexicon, title: str | None = None,
               focus: str | None = None, hops: int = 2, max_nodes: int = DEFAULT_MAX_NODES, size_by: str = "degree",
               exports: bool = True) -> list[Path]:
    """Write the network page for an RDF graph (atomically) and, with ``exports``, GEXF and GraphML beside it."""
    return write_view(actor_view(rdf_graph, lexicon=lexicon), path, lexicon=lexicon, title=title, focus=focus,
                      hops=hops, max_nodes=max_nodes, size_by=size_by, exports=exports)


def write_view(G: nx.MultiDiGraph, path: Path, *, lexicon: Lexicon, title: str | None = None,
               focus: str | None = None, hops: int = 2, max_nodes: int = DEFAULT_MAX_NODES, size_by: str = "degree",
               exports: bool = True) -> list[Path]:
    """Write the network page of an actor view (``actor_view``, ``ActorCollector``) and, with ``exports``, GEXF and
    GraphML of the actors it holds beside it: the whole view, or with ``focus`` one actor's neighbourhood."""
    view, left_out = select_view(G, focus=focus, hops=hops)
    heading = title or (archive_title(G) if not focus else f"{archive_title(G)}: around {focus}")
    write_text_atomic(Path(path), render_html(view, lexicon=lexicon, title=heading, size_by=size_by,
                                              left_out=left_out, max_nodes=max_nodes))
    written = [Path(path)]
    if exports:
        written += write_exports(view, Path(path))
    return written
