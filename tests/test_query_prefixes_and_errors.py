"""The same prefixes and the same words for a malformed query on every path: `graph-builder query` on a graph file
(rdflib) and on a store, and `serve` (Oxigraph) over HTTP. A new user's `dcterms:` query ran on a file and failed at
the endpoint, and "SELEC ?s WHERE ..." was told "expected CONSTRUCT" there."""

from __future__ import annotations

import subprocess

import pytest

from tests.conftest import graph_and_store, post, start

TURTLE = """@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix kg: <https://w3id.org/newskg/ontology#> .
@prefix col: <https://w3id.org/newskg/ontology/collective#> .
<https://w3id.org/newskg/resource/doc/lark-1> dcterms:title "Tarn Council meets the Vell Board" .
<https://w3id.org/newskg/resource/entity/Ona_Brisk> foaf:name "Ona Brisk" ; kg:meets col:Board .
"""

KNOWN = [
    ("SELECT ?t WHERE { ?d dcterms:title ?t }", "Tarn Council meets the Vell Board"),
    ("SELECT ?n WHERE { ?p foaf:name ?n }", "Ona Brisk"),
    ("SELECT ?n WHERE { ?p foaf:name ?n ; kg:meets col:Board }", "Ona Brisk"),
    ("PREFIX dcat: <http://purl.org/dc/terms/> SELECT ?t WHERE { ?d dcat:title ?t }", "Tarn Council"),
]

MALFORMED = [
    ("SELECT ?t WHERE { ?d dcat:title ?t }", "line 1, column 22, at 'dcat:title': the prefix 'dcat:' is not declared"),
    ("SELECT ?t WHERE { ?d :title ?t }", "line 1, column 22, at ':title': the prefix ':' is not declared"),
    ("SELEC ?s WHERE { ?s ?p ?o }", "line 1, column 1, at 'SELEC': a query starts with SELECT, CONSTRUCT"),
    ("SELECT ?s WHER { ?s ?p ?o }", "line 1, column 11, at 'WHER'"),
    ("SELECT ?s WHERE { ?s ?p ?o } LIMT 3", "line 1, column 30, at 'LIMT': the query should end before this"),
    ("SELECT ?s WHERE { ?s ?p ?o }}", "line 1, column 29, at '}'"),
    ("SELECT ?s WHERE {\n  ?s ?p ?o .\n  ?s kg:meets ?x\n  FILTER(?x = ) }", "line 4, column 3, at 'FILTER'"),
    ("SELECT ?x WHERE { ?x kg:meets }", "the parser stopped at line 1, column 31, at '}'"),
    ("SELECT ?s WHERE { ?s ?p ?o ", "the end of the query: the query ends too soon"),
]


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> tuple:
    """A graph file and an Oxigraph store holding the same triples."""
    return graph_and_store(tmp_path_factory.mktemp("prefixes"), TURTLE, "https://w3id.org/newskg/graph/doc/lark-1")


@pytest.fixture(scope="module")
def served(sources):
    process, base = start(sources[0])
    yield base
    process.terminate()
    process.wait(timeout=10)


def query(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["graph-builder", "query", *args, "--format", "csv"], capture_output=True, text=True,
                          timeout=300)


@pytest.mark.parametrize(("sparql", "answer"), KNOWN, ids=[case[0][:40] for case in KNOWN])
def test_a_predeclared_prefix_works_on_a_file_a_store_and_the_endpoint(sources, served, sparql, answer):
    graph, store = sources
    for source in ((str(graph),), ("--store", str(store))):
        done = query(*source, sparql)
        assert done.returncode == 0 and answer in done.stdout, (source, done.stderr)
    status, _, body = post(f"{served}/sparql", {"query": sparql}, accept="text/csv")
    assert status == 200 and answer in body, body


@pytest.mark.parametrize(("sparql", "message"), MALFORMED, ids=[case[0][:40] for case in MALFORMED])
def test_a_malformed_query_gets_the_same_line_on_every_path(sources, served, sparql, message):
    """Exit status 1 and one line from `query` on a file and a store, 400 with the same words from `serve`: where
    (line, column, the word there), what was wanted, and to check the query."""
    graph, store = sources
    said = []
    for source in ((str(graph),), ("--store", str(store))):
        done = query(*source, sparql)
        assert done.returncode == 1 and done.stdout == "", (source, done.stderr)
        (line,) = done.stderr.splitlines()
        assert line.startswith("graph-builder: error: the SPARQL query failed: syntax error at ") and message in line
        said.append(line.removeprefix("graph-builder: error: the SPARQL query failed: "))
    status, _, body = post(f"{served}/sparql", {"query": sparql})
    (line,) = body.splitlines()
    assert status == 400 and line == f"The SPARQL query failed: {said[0]}."
    assert said[0] == said[1]
    assert "expected CONSTRUCT" not in line and "\\u{" not in line
