"""Validate: check a graph against the SHACL shapes of the ontology (pyshacl)."""

from __future__ import annotations

from rdflib import Graph

from graph_builder.vocab import Lexicon


def validate(graph: Graph, lexicon: Lexicon) -> tuple[bool, str]:
    """(conforms, report text) for a graph against the lexicon's SHACL shapes (``shapes.ttl`` of its
    ontology folder, with the relations of its ontology as the allowed predicates)."""
    from pyshacl import validate as shacl_validate

    conforms, _, report = shacl_validate(graph, shacl_graph=lexicon.shapes, advanced=True)
    return bool(conforms), str(report)
