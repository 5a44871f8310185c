"""What `graph-builder query` and `serve` answer, on a graph file and on a store: the same columns in the same
order, and errors as one readable line (bugs a new user found)."""

from __future__ import annotations

import csv
import io
import subprocess

import pytest

from tests.conftest import post, start

TURTLE = """@prefix kg: <https://w3id.org/newskg/ontology#> .
<https://w3id.org/newskg/entity/Oslo_Council> kg:meets <https://w3id.org/newskg/entity/Riga_Board> .
"""
STAR = "SELECT * WHERE { ?s ?p ?o . ?c ?b ?a } LIMIT 1"


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> tuple:
    """A graph file and an Oxigraph store holding the same triple (in a named graph, as builds write it)."""
    import pyoxigraph

    folder = tmp_path_factory.mktemp("answers")
    graph = folder / "graph.ttl"
    graph.write_text(TURTLE, encoding="utf-8")
    store = pyoxigraph.Store(str(folder / "kg"))
    store.load(TURTLE.encode(), format=pyoxigraph.RdfFormat.TURTLE,
               to_graph=pyoxigraph.NamedNode("https://w3id.org/newskg/graph/doc/one"))
    store.flush()
    del store
    return graph, folder / "kg"


def query(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["graph-builder", "query", *args], capture_output=True, text=True, timeout=300)


def header(text: str) -> list[str]:
    return next(csv.reader(io.StringIO(text)))


def test_select_star_columns_come_in_the_order_of_the_query_on_a_file_a_store_and_the_server(sources):
    graph, store = sources
    from_file = query(str(graph), STAR, "--format", "csv")
    from_store = query("--store", str(store), STAR, "--format", "csv")
    assert from_file.returncode == 0 and from_store.returncode == 0, from_file.stderr + from_store.stderr
    assert header(from_file.stdout) == header(from_store.stdout) == ["s", "p", "o", "c", "b", "a"]
    assert from_file.stdout == from_store.stdout
    for source in (graph, store):
        process, base = start(source)
        try:
            status, _, body = post(f"{base}/sparql", {"query": STAR}, accept="text/csv")
        finally:
            process.terminate()
            process.wait(timeout=10)
        assert status == 200 and header(body) == ["s", "p", "o", "c", "b", "a"]


def test_an_explicit_projection_keeps_its_order(sources):
    graph, store = sources
    text = "SELECT ?o ?s WHERE { ?s ?p ?o }"
    for source in (("--store", str(store)), (str(graph),)):
        assert header(query(*source, text, "--format", "csv").stdout) == ["o", "s"]
