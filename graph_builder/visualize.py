"""Visualize: the actor network as plain networkx data, then as one self-contained HTML page (pyvis)."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from pathlib import Path

import networkx as nx
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PackageLoader, select_autoescape
from pyvis.network import Network
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from graph_builder.files import write_text_atomic
from graph_builder.vocab import KG, SCHEMA, load_lexicon

NODE_COLOURS = {"Person": "#e15759", "Organization": "#4e79a7", "Country": "#f28e2b", "Place": "#59a14f",
                "Group": "#b07aa1"}
QUAD_LABELS = {"VerbalCooperation": "verbal cooperation", "MaterialCooperation": "material cooperation",
               "VerbalConflict": "verbal conflict", "MaterialConflict": "material conflict",
               "Affiliation": "affiliation"}


def _local(iri: URIRef | None) -> str:
    return str(iri).rsplit("#", 1)[-1] if iri is not None else ""


def _text(graph: Graph, node, prop) -> str | None:
    value = graph.value(node, prop)
    return str(value) if value is not None else None


def actor_view(rdf_graph: Graph) -> nx.MultiDiGraph:
    """Every entity as a node and every statement as an edge, with the evidence on the edge."""
    G = nx.MultiDiGraph()
    for type_ in NODE_COLOURS:
        for node in rdf_graph.subjects(RDF.type, KG[type_]):
            G.add_node(str(node), label=_text(rdf_graph, node, RDFS.label) or str(node), type=type_,
                       aliases=sorted(str(a) for a in rdf_graph.objects(node, SKOS.altLabel)),
                       mentions=int(rdf_graph.value(node, KG.mentionCount) or 0))
    documents: dict[URIRef, dict] = {}
    for statement in rdf_graph.subjects(RDF.type, KG.Statement):
        subject = rdf_graph.value(statement, RDF.subject)
        obj = rdf_graph.value(statement, RDF.object)
        if str(subject) not in G or str(obj) not in G:
            continue
        doc = rdf_graph.value(statement, KG.sourceDocument)
        if doc not in documents:
            documents[doc] = {"doc": _text(rdf_graph, doc, SCHEMA.identifier) or "",
                              "title": _text(rdf_graph, doc, SCHEMA.headline) or "",
                              "date": _text(rdf_graph, doc, SCHEMA.datePublished) or "",
                              "url": _text(rdf_graph, doc, SCHEMA.url) or ""}
        attributed = rdf_graph.value(statement, KG.attributedTo)
        place = rdf_graph.value(statement, KG.place)
        G.add_edge(
            str(subject), str(obj), key=str(statement),
            relation=_local(rdf_graph.value(statement, RDF.predicate)),
            verb=_text(rdf_graph, statement, KG.verb) or "",
            sentence=_text(rdf_graph, statement, KG.evidence) or "",
            negated=str(rdf_graph.value(statement, KG.negated)).lower() == "true",
            modality=_text(rdf_graph, statement, KG.modality) or "asserted",
            time=_text(rdf_graph, statement, KG.time) or "",
            confidence=float(rdf_graph.value(statement, KG.confidence) or 0),
            attributed_to=_text(rdf_graph, attributed, RDFS.label) if attributed is not None else "",
            place=_text(rdf_graph, place, RDFS.label) if place is not None else "",
            **documents[doc],
        )
    return G


def _edge_style(relations: list[dict]) -> tuple[str, str]:
    """Colour and quad class of a merged edge: those of its most frequent asserted relation."""
    lexicon = load_lexicon()
    asserted = [r for r in relations if not r["negated"] and r["modality"] == "asserted"] or relations
    name = Counter(r["relation"] for r in asserted).most_common(1)[0][0]
    info = lexicon.relations[name]
    return info.colour, info.quad_class


def render_html(G: nx.MultiDiGraph, *, title: str = "graph_builder: actor network") -> str:
    """One HTML page that works offline: vis-network inlined, data as escaped JSON, text never run as HTML."""
    lexicon = load_lexicon()
    net = Network(height="100vh", width="100%", directed=True, cdn_resources="in_line", heading="")
    degree = dict(G.degree())
    for node, data in G.nodes(data=True):
        net.add_node(node, label=data["label"], color=NODE_COLOURS[data["type"]], shape="dot",
                     value=1 + degree.get(node, 0), gbType=data["type"], gbAliases=data["aliases"],
                     gbMentions=data["mentions"])
    merged: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for source, target, data in G.edges(data=True):
        merged[(source, target)].append(data)
    for (source, target), relations in merged.items():
        colour, quad = _edge_style(relations)
        names = sorted({r["relation"] for r in relations})
        any_asserted = any(not r["negated"] and r["modality"] == "asserted" for r in relations)
        net.add_edge(source, target, label=", ".join(names), color=colour, arrows="to",
                     width=1 + 2 * math.log2(len(relations)), dashes=not any_asserted, gbQuad=quad,
                     gbRelations=sorted(relations, key=lambda r: (r["time"] or r["date"], r["relation"])))
    net.options = {
        "physics": {"enabled": True, "solver": "barnesHut",
                    "barnesHut": {"gravitationalConstant": -8000, "springLength": 160, "avoidOverlap": 0.2},
                    "stabilization": {"enabled": True, "iterations": 400, "updateInterval": 50}},
        "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False},
        "nodes": {"font": {"size": 14}, "scaling": {"min": 8, "max": 40}},
        "edges": {"font": {"size": 10, "align": "middle"}, "smooth": {"type": "continuous"}},
    }
    environment = Environment(
        loader=ChoiceLoader([PackageLoader("graph_builder", "templates"), FileSystemLoader(net.template_dir)]),
        autoescape=select_autoescape(["html"]),
    )
    environment.globals.update(
        page_title=title,
        node_legend=[(type_, colour) for type_, colour in NODE_COLOURS.items()],
        edge_legend=[(QUAD_LABELS[q], colour) for q, colour in
                     sorted({(i.quad_class, i.colour) for i in lexicon.relations.values()})],
        relation_names={name: info.label for name, info in lexicon.relations.items()},
        node_count=G.number_of_nodes(), edge_count=len(merged),
    )
    net.templateEnv = environment
    net.path = "graph.html"
    return net.generate_html()


def write_page(rdf_graph: Graph, path: Path, *, title: str | None = None) -> None:
    """Write the network page for an RDF graph (atomically)."""
    html = render_html(actor_view(rdf_graph), title=title or "graph_builder: actor network")
    write_text_atomic(Path(path), html)
