"""Validate: check a graph against the SHACL shapes of the ontology (pyshacl)."""

from __future__ import annotations

from rdflib import Graph

from graph_builder.vocab import ontology_file


def validate(graph: Graph, lexicon=None) -> tuple[bool, str]:
    """(conforms, report text) for a graph against ontology/shapes.ttl (or the lexicon's shapes)."""
    from pyshacl import validate as shacl_validate

    shapes = lexicon.shapes if lexicon is not None else str(ontology_file("shapes.ttl"))
    conforms, _, report = shacl_validate(graph, shacl_graph=shapes, advanced=True)
    return bool(conforms), str(report)
