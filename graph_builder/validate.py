"""Validate: check a graph against the SHACL shapes of the ontology (pyshacl)."""

from __future__ import annotations

from rdflib import Graph

from graph_builder.vocab import ontology_file


def validate(graph: Graph) -> tuple[bool, str]:
    """(conforms, report text) for a graph against ontology/shapes.ttl."""
    from pyshacl import validate as shacl_validate

    conforms, _, report = shacl_validate(graph, shacl_graph=str(ontology_file("shapes.ttl")), advanced=True)
    return bool(conforms), str(report)
