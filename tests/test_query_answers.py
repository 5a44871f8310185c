"""What `graph-builder query` and `serve` answer, on a graph file and on a store: the same columns in the same
order, and errors as one readable line (bugs a new user found)."""

from __future__ import annotations

import csv
import io
import subprocess

import pytest

from tests.conftest import graph_and_store, post, start

TURTLE = """@prefix kg: <https://w3id.org/newskg/ontology#> .
<https://w3id.org/newskg/entity/Oslo_Council> kg:meets <https://w3id.org/newskg/entity/Riga_Board> .
"""
STAR = "SELECT * WHERE { ?s ?p ?o . ?c ?b ?a } LIMIT 1"


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> tuple:
    """A graph file and an Oxigraph store holding the same triple (in a named graph, as builds write it)."""
    return graph_and_store(tmp_path_factory.mktemp("answers"), TURTLE, "https://w3id.org/newskg/graph/doc/one")


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
    # (not the row: without ORDER BY each engine gives its own first, and the file is read with the ontology)
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


@pytest.fixture(scope="module")
def served_store(sources):
    process, base = start(sources[1])
    yield base
    process.terminate()
    process.wait(timeout=10)


BROKEN = "SELECT ?x WHERE { ?x kg:meets }"
UPDATE = "DELETE WHERE { ?x ?p ?o }"


def test_a_malformed_query_on_a_store_is_one_readable_line(sources, served_store):
    done = query("--store", str(sources[1]), BROKEN)
    assert done.returncode == 1 and done.stdout == ""
    assert len(done.stderr.splitlines()) == 1 and "\\u{" not in done.stderr
    assert "line 1, column 19, at '?x'" in done.stderr and "stopped at line 1, column 31, at '}'" in done.stderr
    status, _, body = post(f"{served_store}/sparql", {"query": BROKEN})
    assert status == 400 and len(body.splitlines()) == 1 and "\\u{" not in body and "line 1, column 31" in body


def test_an_update_sent_as_a_query_is_refused_as_an_update(sources, served_store):
    graph, store = sources
    for source in (("--store", str(store)), (str(graph),)):
        done = query(*source, UPDATE)
        assert done.returncode == 1 and "SPARQL update (DELETE WHERE)" in done.stderr, done.stderr
        assert "not accepted" in done.stderr and "CONSTRUCT" not in done.stderr.split(";")[0]
    status, _, body = post(f"{served_store}/sparql", {"query": UPDATE})
    assert status == 400 and "SPARQL update (DELETE WHERE)" in body and "--allow-update" in body
    assert query(str(graph), "ASK { ?s ?p ?o }").stdout.strip() == "true"


def test_the_query_page_names_every_predeclared_prefix(served_store):
    import urllib.request

    from graph_builder.query import PREFIXES

    with urllib.request.urlopen(f"{served_store}/", timeout=30) as response:
        page = response.read().decode()
    assert all(f"{prefix}:" in page.split("are predeclared")[0] for prefix in PREFIXES)


def test_the_query_page_asks_for_nothing_the_server_lacks(served_store, browser):
    """A browser's request for /favicon.ico gets no 404 (a console error on the query page)."""
    import urllib.request

    with urllib.request.urlopen(f"{served_store}/favicon.ico", timeout=30) as response:
        assert response.status == 204
    page = browser.new_context().new_page()
    failed = []
    page.on("response", lambda response: failed.append(response.url) if response.status >= 400 else None)
    page.on("console", lambda message: failed.append(message.text) if message.type == "error" else None)
    try:
        page.goto(f"{served_store}/")
        page.wait_for_load_state("networkidle")
    finally:
        page.context.close()
    assert failed == []
