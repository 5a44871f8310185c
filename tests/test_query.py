"""SPARQL: the CLI answers from the built graph in every output format, and the example queries run."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph_builder.errors import QueryError
from graph_builder.query import format_result, run_query
from graph_builder.rdf import load_graph
from tests.conftest import ROOT

MEETS = "SELECT ?a ?b WHERE { ?s kg:meets ?o . ?s rdfs:label ?a . ?o rdfs:label ?b }"


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["graph-builder", *args], capture_output=True, text=True, timeout=300)


def test_meets_query_returns_yermak_and_witkoff(seed_build):
    _, out = seed_build
    done = cli("query", str(out / "graph.ttl"), MEETS, "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert {"a": "Andriy Yermak", "b": "Steve Witkoff"} in rows


def test_json_output_is_sparql_results_json(seed_build):
    _, out = seed_build
    done = cli("query", str(out / "graph.ttl"), MEETS, "--format", "json")
    data = json.loads(done.stdout)
    assert data["head"]["vars"] == ["a", "b"]
    pairs = {(b["a"]["value"], b["b"]["value"]) for b in data["results"]["bindings"]}
    assert ("Andriy Yermak", "Steve Witkoff") in pairs


def test_table_and_tsv_output(seed_build):
    _, out = seed_build
    table = cli("query", str(out / "graph.ttl"), MEETS).stdout
    assert table.splitlines()[0].split() == ["a", "b"] and "Andriy Yermak" in table and "rows)" in table
    tsv = cli("query", str(out / "graph.ttl"), MEETS, "--format", "tsv").stdout
    assert tsv.splitlines()[0] == "?a\t?b"
    assert '"Andriy Yermak"\t"Steve Witkoff"' in tsv, "SPARQL 1.1 TSV: literals in N-Triples form"


def test_construct_prints_turtle(seed_build):
    _, out = seed_build
    done = cli("query", str(out / "graph.ttl"), "CONSTRUCT { ?s kg:meets ?o } WHERE { ?s kg:meets ?o }")
    assert done.returncode == 0 and "kg:meets" in done.stdout


def test_bad_query_and_missing_graph_fail_clearly(seed_build, tmp_path):
    _, out = seed_build
    done = cli("query", str(out / "graph.ttl"), "SELECT WHERE {")
    assert done.returncode == 1 and "SPARQL query failed" in done.stderr
    done = cli("query", str(tmp_path / "none.ttl"), MEETS)
    assert done.returncode == 1 and "no such graph file" in done.stderr
    with pytest.raises(QueryError):
        run_query(load_graph(out / "graph.ttl"), "SELEKT ?x")


@pytest.mark.parametrize("query_file", sorted((ROOT / "examples" / "queries").glob("*.rq")),
                         ids=lambda p: p.name)
def test_example_queries_answer_on_the_examples(examples_build, query_file: Path):
    _, out = examples_build
    assert query_file.read_text(encoding="utf-8").startswith("#"), "each query opens with what it answers"
    graph = load_graph(out / "graph.ttl")
    result = run_query(graph, query_file.read_text(encoding="utf-8"))
    rows = list(result)
    assert rows, f"{query_file.name} found nothing in the example articles"
    assert format_result(run_query(graph, query_file.read_text(encoding="utf-8")), "csv")


def test_graph_formats_are_read_by_suffix(seed_build, tmp_path):
    _, out = seed_build
    graph = load_graph(out / "graph.ttl")
    for suffix, fmt in ((".nt", "nt"), (".jsonld", "json-ld"), (".trig", "trig")):
        path = tmp_path / f"g{suffix}"
        graph.serialize(path, format=fmt)
        assert len(load_graph(path)) == len(graph)


# IRIs, plain, language-tagged and typed literals, and text with a tab, a newline, quotes and a backslash.
AWKWARD = """SELECT ?country ?label ?value WHERE {
  ?country a kg:Country ; rdfs:label ?label .
  VALUES ?value { "tab\\there" "new\\nline"@en-gb 42 "2025-08-30"^^xsd:date "say \\"hi\\" \\\\ back"
                  <https://example.org/x> }
} ORDER BY STR(?label) STR(?value)"""
TYPED = "SELECT ?d ?date WHERE { ?d schema:datePublished ?date } ORDER BY STR(?d)"


CONSTRUCT = "CONSTRUCT { ?a kg:meets ?b } WHERE { ?a kg:meets ?b }"
ASK = "ASK { ?a kg:meets ?b }"
ACCEPT = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml", "csv": "text/csv",
          "tsv": "text/tab-separated-values", "table": None}


def cli_bytes(*args: str) -> bytes:
    done = subprocess.run(["graph-builder", *args], capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout


@pytest.fixture(scope="module")
def query_store(examples_build, tmp_path_factory) -> Path:
    """The examples' graph.ttl loaded into a store, as one document graph."""
    import pyoxigraph

    from graph_builder.store import KnowledgeStore, document_graph_iri

    _, out = examples_build
    store = tmp_path_factory.mktemp("query") / "store"
    KnowledgeStore(store).oxigraph.load(path=str(out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE,
                                        to_graph=pyoxigraph.NamedNode(document_graph_iri("all")))
    return store


@pytest.fixture(scope="module")
def query_endpoint(query_store):
    from tests.conftest import start

    process, base = start(query_store, "--max-rows", "100000")
    yield base
    process.terminate()
    process.wait(timeout=10)


def endpoint_bytes(base: str, sparql: str, accept: str) -> bytes:
    import urllib.parse
    import urllib.request

    request = urllib.request.Request(f"{base}/sparql", data=urllib.parse.urlencode({"query": sparql}).encode(),
                                     headers={"Accept": accept})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.read()


@pytest.mark.parametrize("fmt", ["tsv", "csv", "json", "xml", "table"])
@pytest.mark.parametrize("sparql", [AWKWARD, TYPED, ASK], ids=["awkward", "typed", "ask"])
def test_a_file_a_store_and_the_endpoint_answer_with_the_same_bytes(examples_build, query_store, query_endpoint,
                                                                     fmt, sparql):
    _, out = examples_build
    from_file = cli_bytes("query", str(out / "graph.ttl"), sparql, "--format", fmt)
    from_store = cli_bytes("query", "--store", str(query_store), sparql, "--format", fmt)
    assert from_file == from_store
    if ACCEPT[fmt]:
        assert endpoint_bytes(query_endpoint, sparql, ACCEPT[fmt]) == from_file
    if sparql != ASK:
        assert len(from_file) > 300
    if fmt == "tsv" and sparql == AWKWARD:  # SPARQL 1.1 TSV: IRIs in <>, literals as in N-Triples
        for cell in ('"tab\\there"', '"new\\nline"@en-gb', '"say \\"hi\\" \\\\ back"', "\t42\n",
                     "<https://example.org/x>", '"2025-08-30"^^<http://www.w3.org/2001/XMLSchema#date>',
                     "<https://w3id.org/newskg/resource/entity/"):
            assert cell.encode() in from_file, cell


def test_a_construct_gives_the_same_turtle_from_a_file_a_store_and_the_endpoint(examples_build, query_store,
                                                                                 query_endpoint):
    _, out = examples_build
    from_file = cli_bytes("query", str(out / "graph.ttl"), CONSTRUCT)
    assert from_file.startswith(b"@prefix") and b"kg:meets" in from_file
    assert cli_bytes("query", "--store", str(query_store), CONSTRUCT) == from_file
    assert endpoint_bytes(query_endpoint, CONSTRUCT, "text/turtle") == from_file


# --- the results writer against pyoxigraph's own ----------------------------------------------------------

def _oracle(variables: list[str], rows: list[list], fmt: str) -> bytes:
    """What pyoxigraph writes for these rows (read back from the SPARQL JSON the module writes)."""
    import pyoxigraph

    from graph_builder.results import term_json

    data = {"head": {"vars": variables}, "results": {"bindings": [
        {v: term_json(t) for v, t in zip(variables, row, strict=True) if t is not None} for row in rows]}}
    solutions = pyoxigraph.parse_query_results(json.dumps(data).encode(), format=pyoxigraph.QueryResultsFormat.JSON)
    return solutions.serialize(format=getattr(pyoxigraph.QueryResultsFormat, fmt.upper()))


def _awkward_terms(text: str) -> list:
    import pyoxigraph

    xsd = "http://www.w3.org/2001/XMLSchema#"
    terms = [pyoxigraph.Literal(text), pyoxigraph.Literal(text, language="en-gb")]
    terms += [pyoxigraph.Literal(text, datatype=pyoxigraph.NamedNode(xsd + kind))
              for kind in ("integer", "decimal", "double", "boolean", "date")]
    return terms


NUMBERS = ["1", "-1", "+7", "01", "1.5", ".5", "5.", "1e3", "1.E3", "-2.5e-3", "true", "false", "TRUE", "NaN"]


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_rows_are_written_byte_for_byte_as_pyoxigraph_writes_them(fmt):
    import pyoxigraph

    from graph_builder.results import solutions

    terms = [term for text in NUMBERS + ["", " lead", "trail\t", 'a "b", c', "x\r\ny", "<&'>", "\\", "\x01\x7f"]
             for term in _awkward_terms(text)]
    terms += [pyoxigraph.NamedNode("http://example.org/a?b=1&c='d'"), pyoxigraph.BlankNode("b0"),
              pyoxigraph.Triple(pyoxigraph.NamedNode("http://x/a"), pyoxigraph.NamedNode("http://x/b"),
                                pyoxigraph.Literal('c, "d"\n', language="en"))]
    rows = [[term, None] for term in terms] + [[None, None], [terms[0], terms[-1]]]
    assert solutions(["v", "w"], rows, fmt) == _oracle(["v", "w"], rows, fmt)
    assert solutions(["v"], [], fmt) == _oracle(["v"], [], fmt)


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=12))
def test_any_literal_is_written_as_pyoxigraph_writes_it(text):
    from graph_builder.results import solutions

    rows = [[term] for term in _awkward_terms(text)]
    for fmt in ("json", "xml", "csv", "tsv"):
        assert solutions(["v"], rows, fmt) == _oracle(["v"], rows, fmt), fmt


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
@pytest.mark.parametrize("value", [True, False])
def test_ask_is_written_as_pyoxigraph_writes_it(fmt, value):
    import pyoxigraph

    from graph_builder.results import boolean

    answer = pyoxigraph.Store().query("ASK { }" if value else "ASK { ?s ?p ?o }")
    assert boolean(value, fmt) == answer.serialize(format=getattr(pyoxigraph.QueryResultsFormat, fmt.upper()))


def test_rows_cut_by_the_endpoint_are_what_a_limit_gives():
    """The endpoint writes the first --max-rows rows itself (pyoxigraph's writers cannot stop early): the same
    bytes as the query with that LIMIT."""
    import pyoxigraph

    from graph_builder.results import solutions

    store = pyoxigraph.Store()
    query = "SELECT ?n WHERE { VALUES ?n { 1 2 3 4 5 6 } } ORDER BY ?n"
    for fmt in ("json", "xml", "csv", "tsv"):
        rows = [[solution["n"]] for solution in store.query(query)][:4]
        limited = store.query(query + " LIMIT 4").serialize(format=getattr(pyoxigraph.QueryResultsFormat, fmt.upper()))
        assert solutions(["n"], rows, fmt) == limited
