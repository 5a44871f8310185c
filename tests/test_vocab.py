"""The ontology and its mirror in code stay in step."""

from __future__ import annotations

import pytest
from rdflib.namespace import OWL, RDF

from graph_builder.errors import OntologyError
from graph_builder.vocab import KG, RELATION_NAMES, load_lexicon, ontology_graph, relation_iri


def test_every_ontology_term_is_in_the_closed_namespace_and_back():
    graph = ontology_graph()
    ns = str(KG._NS)
    in_ontology = {str(s)[len(ns):] for s in graph.subjects() if str(s).startswith(ns)}
    in_code = {name for name in KG.__annotations__}
    assert in_ontology == in_code


def test_misspelt_terms_fail_at_once():
    with pytest.raises(AttributeError):
        KG.meet  # noqa: B018
    with pytest.raises(OntologyError):
        relation_iri("meet")


def test_every_relation_has_cameo_or_affiliation_and_a_pattern():
    lexicon = load_lexicon()
    assert set(lexicon.relations) == set(RELATION_NAMES)
    patterns = {p.relation for ps in lexicon.verb_patterns.values() for p in ps}
    for name, info in lexicon.relations.items():
        assert info.quad_class in {"VerbalCooperation", "MaterialCooperation", "VerbalConflict", "MaterialConflict",
                                   "Affiliation"}
        if info.quad_class != "Affiliation":
            assert info.cameo, name
            assert name in patterns, f"{name} has no verb pattern"
    assert (KG.meets, RDF.type, OWL.SymmetricProperty) in ontology_graph()
    assert "president" in lexicon.leader_titles and "envoy" in lexicon.member_titles
