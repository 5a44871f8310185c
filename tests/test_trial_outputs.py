"""What a new user's trial found in the outputs, each checked the way a user meets it (the real command line, the
endpoint over HTTP, the page in Chromium):

- every record and the graph say which file (and line, and URL) its document came from, not only a hash;
- a graph file answers queries by what the ontology says of a relation (its quad class), on ``query`` and ``serve``;
- the build's summary, the page and ``review`` count actors the same way, and say which;
- the page guide's (docs/page.md) column list of the page's CSV export is the page's;
- a malformed JSON Lines line is told in words ("unterminated string at column 21").
"""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF

from graph_builder.records import ENTITY_TYPES
from graph_builder.vocab import DOC, ENTITY, KG, SCHEMA, ontology_file
from tests.conftest import ROOT, ontology_copy, open_page, post, start
from tests.test_cli import cli

ARTICLE = """Harbour Party leader attacked over port plan

Marta Quill, the leader of the Harbour Party, met Tomas Brenn in Leeds on Monday.
The Foreign Secretary criticised Marta Quill over the port plan.
The government accused Tomas Brenn of misleading voters.
Mr Brenn said the plan was "a gift to the shipping lobby".
"""
WIRE = [
    {"id": "wire-1", "text": "Ines Varro criticised Paolo Denti on Tuesday. Varro, the head of the Lantern Union, "
                             "accused Denti of lying.", "url": "https://news.example.org/varro-denti"},
    {"id": "wire-2", "text": "Paolo Denti met Ines Varro in Glasgow on Friday."},
]

# (document id or None for the hashed text file, the source a record names, its url)
SOURCES = [
    (None, "news/harbour.txt", None),
    ("wire-1", "news/wire.jsonl:1", "https://news.example.org/varro-denti"),
    ("wire-2", "news/wire.jsonl:2", None),
]

BY_QUAD_CLASS = """SELECT ?class (COUNT(?st) AS ?statements) WHERE {
  ?st rdf:predicate ?relation ; kg:status "asserted" .
  ?relation kg:quadClass ?quad . ?quad rdfs:label ?class }
GROUP BY ?class ORDER BY ?class"""
RELATIONS_WITH_A_QUAD_CLASS = "SELECT (COUNT(*) AS ?n) WHERE { ?relation kg:quadClass ?quad }"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Two inputs built from the command line in their folder, named by relative paths as a user would."""
    folder = tmp_path_factory.mktemp("trial")
    (folder / "news").mkdir()
    (folder / "news" / "harbour.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "news" / "wire.jsonl").write_text("".join(json.dumps(r) + "\n" for r in WIRE), encoding="utf-8")
    done = cli("build", "news", "--out", "out", "--quiet", cwd=folder)
    assert done.returncode == 0, done.stderr
    return folder, done.stdout


def _records(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _sources(records: list[dict]) -> dict[str, tuple[str, str | None]]:
    return {r["doc"]: (r["source"], r.get("url")) for r in records}


@pytest.mark.parametrize("doc_id, source, url", SOURCES)
def test_each_record_says_where_its_document_was_read(built, doc_id, source, url):
    folder, _ = built
    records = _records(folder / "out" / "relations.jsonl") + _records(folder / "out" / "quotes.jsonl")
    found = {s: (d, u) for d, (s, u) in _sources(records).items()}
    assert source in found, found
    doc, found_url = found[source]
    assert found_url == url and (doc_id is None or doc == doc_id)
    assert all(list(r)[:2] == ["doc", "source"] for r in records if r.get("kind") != "quote")


@pytest.mark.parametrize("doc_id, source, url", SOURCES)
def test_the_graph_gives_each_document_its_source(built, doc_id, source, url):
    folder, _ = built
    graph = Graph().parse(folder / "out" / "graph.ttl")
    documents = set(graph.subjects(DCTERMS.source, Literal(source)))
    assert len(documents) == 1
    (document,) = documents
    assert (document, RDF.type, KG.Document) in graph
    assert doc_id is None or document == DOC[doc_id]
    assert {str(u) for u in graph.objects(document, SCHEMA.url)} == ({url} if url else set())


def test_extract_prints_the_source_too(built):
    folder, _ = built
    done = cli("extract", "news/wire.jsonl", cwd=folder)
    assert done.returncode == 0, done.stderr
    assert _sources(_records_of(done.stdout)) == {"wire-1": ("news/wire.jsonl:1", WIRE[0]["url"]),
                                                  "wire-2": ("news/wire.jsonl:2", None)}


def _records_of(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def _csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_a_graph_file_answers_by_quad_class_on_the_command_line(built):
    folder, _ = built
    done = cli("query", "out/graph.ttl", BY_QUAD_CLASS, "--format", "csv", cwd=folder)
    assert done.returncode == 0, done.stderr
    rows = dict(_csv_rows(done.stdout)[1:])
    assert {"verbal cooperation", "verbal conflict", "affiliation"} <= set(rows), done.stdout
    assert int(rows["verbal conflict"]) == 3  # criticizes twice, accuses once: the bare "government" of no stated
    # state gives no record


def _query_endpoint(source, sparql: str) -> str:
    process, url = start(source)
    try:
        status, _, body = post(url + "/sparql", {"query": sparql}, accept="text/csv")
    finally:
        process.terminate()
        process.communicate(timeout=30)
    assert status == 200, body
    return body.replace("\r\n", "\n")  # as the command line's output reads in text mode


def test_serve_answers_by_quad_class_on_a_graph_file_with_the_bytes_query_prints(built):
    folder, _ = built
    served = _query_endpoint(folder / "out" / "graph.ttl", BY_QUAD_CLASS)
    printed = cli("query", "out/graph.ttl", BY_QUAD_CLASS, "--format", "csv", cwd=folder).stdout
    assert len(_csv_rows(served)) > 3 and served == printed


def test_a_file_that_holds_the_ontology_already_is_read_as_it_is(built):
    """An export that merged the ontology in is not given it twice: each relation is counted once."""
    folder, _ = built
    merged = Graph().parse(folder / "out" / "graph.ttl").parse(ontology_file("newskg.ttl"))
    merged.serialize(folder / "merged.nt", format="nt", encoding="utf-8")
    plain = cli("query", "out/graph.ttl", RELATIONS_WITH_A_QUAD_CLASS, "--format", "csv", cwd=folder).stdout
    assert int(_csv_rows(plain)[1][0]) > 20
    assert cli("query", "merged.nt", RELATIONS_WITH_A_QUAD_CLASS, "--format", "csv", cwd=folder).stdout == plain
    assert _query_endpoint(folder / "merged.nt", RELATIONS_WITH_A_QUAD_CLASS) == plain


def test_the_ontology_copy_a_graph_was_built_with_is_read_with_ontology(built, tmp_path):
    folder, _ = built
    copy = ontology_copy(tmp_path, '\nkg:meets rdfs:comment "a copy\'s own words" .\n')
    ask = "ASK { kg:meets rdfs:comment \"a copy's own words\" }"
    graph = str(folder / "out" / "graph.ttl")
    assert cli("query", graph, ask).stdout.strip() == "false"
    assert cli("query", graph, ask, "--ontology", str(copy)).stdout.strip() == "true"
    process, url = start(folder / "out" / "graph.ttl", "--ontology", str(copy))
    try:
        status, _, body = post(url + "/sparql", {"query": ask})
    finally:
        process.terminate()
        process.communicate(timeout=30)
    assert status == 200 and json.loads(body)["boolean"] is True


def _actor_nodes(graph: Graph) -> set[URIRef]:
    return {node for kind in ENTITY_TYPES for node in graph.subjects(RDF.type, KG[kind])}


def test_the_summary_the_page_and_review_count_actors_alike(built, browser):
    """The summary and the page count every actor node of the graph (the United Kingdom, owner of the unnamed
    Foreign Secretary, too); review the archive-wide ones, without the document's bare "government"."""
    folder, summary = built
    nodes = _actor_nodes(Graph().parse(folder / "out" / "graph.ttl"))
    assert URIRef(ENTITY["United_Kingdom"]) in nodes
    assert re.search(rf"^actors: {len(nodes)} \(", summary, re.M), summary
    page = open_page(browser, folder / "out" / "graph.html")
    try:
        assert re.search(rf"\b of {len(nodes)} actors shown", page.inner_text("#status"))
    finally:
        page.context.close()
    scoped = {node for node in nodes if str(node).startswith(str(ENTITY) + "doc/")}
    assert scoped
    reviewed = cli("review", "out/graph.ttl", cwd=folder)
    assert reviewed.stdout.startswith(f"{len(nodes) - len(scoped)} archive-wide actors "), reviewed.stdout


def test_the_page_guide_lists_the_columns_of_the_page_csv():
    template = (ROOT / "graph_builder" / "templates" / "graph.html").read_text(encoding="utf-8")
    columns = re.findall(r'"(\w+)"', re.search(r"CSV_COLUMNS = \[(.*?)\]", template, re.S).group(1))
    guide = " ".join((ROOT / "docs" / "page.md").read_text(encoding="utf-8").split())
    listed = re.search(r'"CSV" its relations \((.*?); with an actor', guide).group(1)
    assert "polarity" not in listed
    for column in columns:
        if column not in ("time_start", "time_end"):  # "time and interval"
            assert re.search(rf"\b{column}\b", listed), column


@pytest.mark.parametrize("line, message", [
    ('{"id": "b", "text": "Ana Ruiz met Tom Hale', "not valid JSON: unterminated string at column 21;"),
    ('{"id": "b" "text": "Ana Ruiz met Tom Hale."}', "not valid JSON: expecting ',' delimiter at column 12;"),
    ('{"id": "b", "text": }', "not valid JSON: expecting value at column 21;"),
])
def test_a_malformed_line_is_told_in_words(tmp_path, line, message):
    wire = tmp_path / "mixed.jsonl"
    wire.write_text('{"id": "a", "text": "Ana Ruiz met Tom Hale in Lima."}\n' + line + "\n", encoding="utf-8")
    done = cli("extract", str(wire))
    assert f"mixed.jsonl:2: {message}" in done.stderr, done.stderr
