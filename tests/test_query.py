"""SPARQL: the CLI answers from the built graph in every output format, and the example queries run."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import pytest

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
    assert format_result(run_query(graph, query_file.read_text(encoding="utf-8")), graph, "csv")


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


@pytest.mark.parametrize("fmt", ["tsv", "csv", "json"])
@pytest.mark.parametrize("sparql", [AWKWARD, TYPED], ids=["awkward", "typed"])
def test_a_file_and_a_store_answer_with_the_same_bytes(examples_build, tmp_path_factory, fmt, sparql):
    import pyoxigraph

    from graph_builder.store import KnowledgeStore, document_graph_iri

    _, out = examples_build
    store = tmp_path_factory.getbasetemp() / "query-store"
    if not store.exists():  # the same graph, in a store
        KnowledgeStore(store).oxigraph.load(path=str(out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE,
                                            to_graph=pyoxigraph.NamedNode(document_graph_iri("all")))
    from_file = cli("query", str(out / "graph.ttl"), sparql, "--format", fmt)
    from_store = cli("query", "--store", str(store), sparql, "--format", fmt)
    assert from_file.returncode == 0 and from_store.returncode == 0, from_file.stderr + from_store.stderr
    assert from_file.stdout == from_store.stdout
    assert len(from_file.stdout) > 300
    if fmt == "tsv" and sparql == AWKWARD:  # SPARQL 1.1 TSV: IRIs in <>, literals as in N-Triples
        for cell in ('"tab\\there"', '"new\\nline"@en-gb', '"say \\"hi\\" \\\\ back"', "\t42\n",
                     "<https://example.org/x>", '"2025-08-30"^^<http://www.w3.org/2001/XMLSchema#date>',
                     "<https://w3id.org/newskg/resource/entity/"):
            assert cell in from_file.stdout, cell
