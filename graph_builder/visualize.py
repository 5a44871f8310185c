"""Visualize: the actor network as plain networkx data, then as one self-contained HTML page (pyvis).

``actor_view`` turns the RDF graph into a networkx MultiDiGraph (one edge per statement, evidence on
the edge); ``select_view`` keeps a neighbourhood or the most connected actors; ``render_html`` draws
it with pyvis through the project's own template; writing files is a separate step. The relations'
names, labels, colours and quad classes come from the lexicon each of them is handed (the ontology's).
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PackageLoader, select_autoescape
from pyvis.network import Network
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from graph_builder.errors import UsageError, VisualizationError
from graph_builder.files import write_atomic, write_text_atomic
from graph_builder.vocab import KG, SCHEMA, Lexicon

NODE_COLOURS = {"Person": "#e15759", "Organization": "#4e79a7", "Country": "#f28e2b", "Place": "#59a14f",
                "Group": "#b07aa1"}
COMMUNITY_COLOURS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
                     "#bcbd22", "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173"]
DEFAULT_MAX_NODES = 5000


def _local(iri: URIRef | None) -> str:
    return str(iri).rsplit("#", 1)[-1] if iri is not None else ""


def _text(graph: Graph, node, prop) -> str | None:
    value = graph.value(node, prop)
    return str(value) if value is not None else None


def actor_view(rdf_graph: Graph, *, lexicon: Lexicon) -> nx.MultiDiGraph:
    """Every entity as a node and every statement as an edge, with the evidence on the edge."""
    G = nx.MultiDiGraph()
    _add_actors(rdf_graph, G)
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
    _check_relations_known(G, lexicon)
    return G


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
    """What an edge says about the document its statement comes from."""
    return {"doc": _text(rdf_graph, doc, SCHEMA.identifier) or "",
            "title": _text(rdf_graph, doc, SCHEMA.headline) or "",
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


def select_view(G: nx.MultiDiGraph, *, focus: str | None = None, hops: int = 2,
                max_nodes: int = DEFAULT_MAX_NODES) -> tuple[nx.MultiDiGraph, int]:
    """The part of the graph to draw, and how many actors were left out.

    With ``focus``, the actors within ``hops`` links of that actor; then, beyond ``max_nodes``, the most
    connected actors.
    """
    view = G
    if focus:
        centre = find_actor(G, focus)
        view = G.subgraph(nx.ego_graph(G.to_undirected(as_view=True), centre, radius=hops).nodes).copy()
    left_out = G.number_of_nodes() - view.number_of_nodes()
    if view.number_of_nodes() > max_nodes:
        keep = sorted(view.nodes, key=lambda n: (-view.degree(n), -view.nodes[n]["mentions"], n))[:max_nodes]
        left_out += view.number_of_nodes() - len(keep)
        view = view.subgraph(keep).copy()
    return view, left_out


def communities(G: nx.MultiDiGraph) -> dict[str, int]:
    """Community number of each actor (Louvain on the undirected graph; isolated actors get their own)."""
    simple = nx.Graph(G.to_undirected(as_view=True))
    groups = nx.community.louvain_communities(simple, seed=7) if simple.number_of_edges() else [
        {n} for n in simple.nodes]
    order = sorted(groups, key=lambda g: (-len(g), min(g)))
    return {node: index for index, group in enumerate(order) for node in group}


def _asserted(relation: dict) -> bool:
    return not relation["negated"] and relation["modality"] == "asserted"


def _edge_style(relations: list[dict], lexicon: Lexicon) -> tuple[str, str]:
    """Colour and quad class of a merged edge: those of its most frequent asserted relation."""
    asserted = [r for r in relations if _asserted(r)] or relations
    name = Counter(r["relation"] for r in asserted).most_common(1)[0][0]
    info = lexicon.relations[name]
    return info.colour, info.quad_class


BROWSER_LAYOUT_LIMIT = 300


def _physics(nodes: int) -> dict:
    """Small graphs are laid out by vis-network's physics, which then stops; big ones arrive placed."""
    if nodes > BROWSER_LAYOUT_LIMIT:
        return {"enabled": False}
    return {"enabled": True, "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -3500, "springLength": 120, "springConstant": 0.04,
                          "avoidOverlap": 0.2, "centralGravity": 0.8},
            "stabilization": {"enabled": True, "iterations": 400, "updateInterval": 25, "fit": True}}


def layout(G: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Positions for a big graph by igraph's Fruchterman-Reingold (grid variant): a fraction of a second
    for thousands of actors, where physics in the browser would take many seconds."""
    import igraph

    index = {node: i for i, node in enumerate(G.nodes)}
    simple = {(min(index[a], index[b]), max(index[a], index[b])) for a, b in G.edges() if a != b}
    positions = igraph.Graph(n=len(index), edges=sorted(simple)).layout_fruchterman_reingold(
        niter=500, grid="grid", seed=None)
    xs, ys = [p[0] for p in positions], [p[1] for p in positions]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    scale = math.sqrt(len(index)) * 70 / span  # about 70 px of room for each actor
    return {node: ((positions[i][0] - min(xs)) * scale, (positions[i][1] - min(ys)) * scale)
            for node, i in index.items()}


def quad_labels(lexicon: Lexicon) -> dict[str, str]:
    """The CAMEO quad classes' names for people ("verbal conflict"), from their rdfs:label in the ontology."""
    return {name: quad.label for name, quad in lexicon.quad_classes.items()}


def render_html(G: nx.MultiDiGraph, *, lexicon: Lexicon, title: str = "graph_builder: actor network",
                size_by: str = "degree", left_out: int = 0) -> str:
    """One HTML page that works offline: vis-network inlined, data as escaped JSON, text never run as HTML."""
    if size_by not in ("degree", "mentions"):
        raise UsageError(f"size_by must be 'degree' or 'mentions', not {size_by!r}")
    net = Network(height="100vh", width="100%", directed=True, cdn_resources="in_line", heading="")
    big = G.number_of_nodes() > 1500
    _add_nodes(net, G, size_by)
    merged: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for source, target, data in G.edges(data=True):
        merged[(source, target)].append(data)
    _add_edges(net, merged, lexicon, big=big)
    net.options = _options(G.number_of_nodes(), big=big)
    net.templateEnv = _environment(net)
    net.templateEnv.globals.update(
        page_title=title, size_by=size_by, left_out=left_out, node_count=G.number_of_nodes(),
        edge_count=len(merged), **_legends(G, merged, lexicon))
    net.path = "graph.html"
    return net.generate_html()


def _add_nodes(net: Network, G: nx.MultiDiGraph, size_by: str) -> None:
    degree = dict(G.degree())
    community = communities(G)
    placed = layout(G) if G.number_of_nodes() > BROWSER_LAYOUT_LIMIT else {}
    for node, data in G.nodes(data=True):
        position = {"x": placed[node][0], "y": placed[node][1]} if node in placed else {}
        net.add_node(node, label=data["label"], color=NODE_COLOURS[data["type"]], shape="dot", **position,
                     value=1 + (degree.get(node, 0) if size_by == "degree" else data["mentions"]),
                     gbType=data["type"], gbAliases=data["aliases"], gbMentions=data["mentions"],
                     gbDegree=degree.get(node, 0), gbRoles=data.get("roles", []),
                     gbCommunity=community.get(node, 0))


def _add_edges(net: Network, merged: dict[tuple[str, str], list[dict]], lexicon: Lexicon, *, big: bool) -> None:
    """One edge per pair of actors, as wide as its relations are many, coloured by quad class."""
    for (source, target), relations in merged.items():
        colour, quad = _edge_style(relations, lexicon)
        names = sorted({r["relation"] for r in relations})
        net.add_edge(source, target, label="" if big else ", ".join(names), color=colour, arrows="to",
                     width=1 + 2 * math.log2(len(relations)), dashes=not any(_asserted(r) for r in relations),
                     gbQuad=quad,
                     gbRelations=sorted(relations, key=lambda r: (r["time"] or r["date"], r["relation"])))


def _options(nodes: int, *, big: bool) -> dict:
    return {
        "physics": _physics(nodes),
        "layout": {"improvedLayout": nodes <= 150, "randomSeed": 7},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big},
        "nodes": {"font": {"size": 16, "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "scaling": {"min": 8, "max": 48, "label": {"enabled": True, "min": 12, "max": 28,
                                                             "drawThreshold": 3}}},
        "edges": {"font": {"size": 11, "align": "middle", "strokeWidth": 3},
                  "smooth": {"enabled": not big, "type": "continuous"},
                  "arrows": {"to": {"scaleFactor": 0.6}}},
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
    dates = sorted({r["time"] or r["date"] for r in relations} - {"", None})
    return dict(
        node_legend=_node_legend(G), **_relation_legends(lexicon, relations),
        type_colours=NODE_COLOURS, community_colours=COMMUNITY_COLOURS,
        date_range=(dates[0], dates[-1]) if dates else ("", ""),
        documents=sorted({(r["doc"], r["title"]) for r in relations}),
    )


def _node_legend(G: nx.MultiDiGraph) -> list[tuple[str, str]]:
    types_present = {data["type"] for _, data in G.nodes(data=True)}
    return [(type_, colour) for type_, colour in NODE_COLOURS.items() if type_ in types_present]


def _relation_legends(lexicon: Lexicon, relations: list[dict]) -> dict:
    """The relations drawn, grouped by quad class, for the legend and the filters."""
    return dict(relation_groups=relation_groups(lexicon, Counter(r["relation"] for r in relations)),
                relation_names={name: info.label for name, info in lexicon.relations.items()})


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
    G = actor_view(rdf_graph, lexicon=lexicon)
    view, left_out = select_view(G, focus=focus, hops=hops, max_nodes=max_nodes)
    heading = title or ("graph_builder: actor network" if not focus else f"graph_builder: around {focus}")
    write_text_atomic(Path(path), render_html(view, lexicon=lexicon, title=heading, size_by=size_by,
                                              left_out=left_out))
    written = [Path(path)]
    if exports:
        written += write_exports(view, Path(path))
    return written
