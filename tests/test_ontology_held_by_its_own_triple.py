"""Graph data is given the ontology unless it holds it: the check is the ontology's own triple
(``<https://w3id.org/newskg/ontology> a owl:Ontology``), the same for a graph file queried with rdflib
(``graph-builder query --graph``) and one served from an Oxigraph store in memory (``graph-builder serve``).
Regression: the store's check matched any predicate, so a graph file saying anything else of the ontology's node
with owl:Ontology as object was served without the ontology, and a query by a relation's label found nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from graph_builder.query import with_ontology
from graph_builder.server.workers import open_data
from graph_builder.vocab import load_lexicon

DATA = """@prefix kg: <https://w3id.org/newskg/ontology#> .
@prefix ent: <https://w3id.org/newskg/entity/> .
ent:Pellham_Council kg:criticizes ent:Ann_Voss .
"""
LOOKS_LIKE_IT = ("<https://w3id.org/newskg/ontology> <http://www.w3.org/2000/01/rdf-schema#seeAlso> "
                 "<http://www.w3.org/2002/07/owl#Ontology> .\n")
OWN_TRIPLE = ("<https://w3id.org/newskg/ontology> a <http://www.w3.org/2002/07/owl#Ontology> .")
ONTOLOGY_TRIPLES = f"SELECT (COUNT(*) AS ?n) WHERE {{ {{ {OWN_TRIPLE} }} UNION {{ GRAPH ?g {{ {OWN_TRIPLE} }} }} }}"
LABEL = ("SELECT ?label WHERE { GRAPH ?g { <https://w3id.org/newskg/ontology#criticizes> "
         "<http://www.w3.org/2000/01/rdf-schema#label> ?label } }")


def graph_file(folder: Path, turtle: str) -> Path:
    path = folder / "graph.ttl"
    path.write_text(turtle, encoding="utf-8")
    return path


@pytest.mark.parametrize("turtle", [DATA, DATA + LOOKS_LIKE_IT], ids=["plain", "node-said-of-otherwise"])
def test_a_served_graph_file_without_the_ontology_gets_it(tmp_path, turtle):
    store = open_data(graph_file(tmp_path, turtle))
    assert [row[0].value for row in store.query(LABEL)] == ["criticizes"]


def test_a_served_graph_file_with_the_ontology_gets_it_once(tmp_path):
    ontology = (load_lexicon().folder / "newskg.ttl").read_text(encoding="utf-8")
    store = open_data(graph_file(tmp_path, ontology + "\n" + DATA))
    assert int(next(iter(store.query(ONTOLOGY_TRIPLES)))[0].value) == 1
    assert [row[0].value for row in store.query(LABEL)] == []  # the file's own copy is in its default graph


@pytest.mark.parametrize(("turtle", "added"), [(DATA + LOOKS_LIKE_IT, True), (DATA + OWN_TRIPLE + "\n", False)],
                         ids=["node-said-of-otherwise", "own-triple"])
def test_a_queried_graph_file_gets_the_ontology_unless_it_states_its_own_triple(turtle, added):
    graph = Graph().parse(data=turtle, format="turtle")
    before = len(graph)
    assert (len(with_ontology(graph)) > before) == added
