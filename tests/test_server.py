"""The SPARQL endpoint, started on a loopback port and queried by real clients (SPARQLWrapper, HTTP)."""

from __future__ import annotations

import json
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper

from graph_builder.build import build
from tests.conftest import post, start


@pytest.fixture(scope="module")
def store_dir(examples_store) -> Path:
    return examples_store


@pytest.fixture(scope="module")
def endpoint(store_dir):
    process, base = start(store_dir, "--timeout", "2", "--max-rows", "5")
    yield base
    process.terminate()
    process.wait(timeout=10)


MEETS = "SELECT ?a ?b WHERE { ?x kg:meets ?y . ?x rdfs:label ?a . ?y rdfs:label ?b }"


def test_sparqlwrapper_reads_json_xml_csv_and_turtle(endpoint):
    client = SPARQLWrapper(f"{endpoint}/sparql")
    client.setQuery("PREFIX kg: <https://w3id.org/newskg/ontology#> "
                    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> " + MEETS)
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]
    assert {"a": "Evika Silina", "b": "Alexander Stubb"} in [{k: v["value"] for k, v in r.items()} for r in rows]
    client.setReturnFormat(XML)
    assert client.query().convert().getElementsByTagName("result")
    client.setReturnFormat(CSV)
    assert b"Evika Silina" in client.query().convert()
    client.setQuery("CONSTRUCT { ?x <https://w3id.org/newskg/ontology#meets> ?y } "
                    "WHERE { ?x <https://w3id.org/newskg/ontology#meets> ?y }")
    client.setReturnFormat(TURTLE)
    assert b"meets" in client.query().convert()


def test_get_and_post_with_content_negotiation(endpoint):
    url = f"{endpoint}/sparql?" + urllib.parse.urlencode({"query": MEETS})
    request = urllib.request.Request(url, headers={"Accept": "text/tab-separated-values"})
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.headers["Content-Type"].startswith("text/tab-separated-values")
        assert response.read().decode().splitlines()[0] == "?a\t?b"
    status, kind, body = post(f"{endpoint}/sparql", MEETS, "application/sparql-query", "text/csv")
    assert status == 200 and kind.startswith("text/csv") and "Evika Silina" in body
    status, _, body = post(f"{endpoint}/sparql", {"query": "ASK { ?x kg:meets ?y }"})
    assert status == 200 and json.loads(body)["boolean"] is True


def test_row_cap(endpoint):
    status, _, body = post(f"{endpoint}/sparql", {"query": "SELECT ?s WHERE { ?s ?p ?o }"})
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 5


def test_updates_are_refused(endpoint):
    insert = "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"
    assert post(f"{endpoint}/sparql", {"update": insert})[0] == 403
    assert post(f"{endpoint}/sparql", insert, "application/sparql-update")[0] == 403
    status, _, body = post(f"{endpoint}/sparql", {"query": "ASK { <http://example.org/a> ?p ?o }"})
    assert json.loads(body)["boolean"] is False


def test_service_is_refused_not_executed(endpoint):
    status, _, body = post(f"{endpoint}/sparql",
                           {"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"})
    assert status == 400 and "SERVICE" in body


def test_timeout_is_honoured_and_the_endpoint_recovers(endpoint):
    started = time.time()
    status, _, body = post(f"{endpoint}/sparql",
                           {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"})
    assert status == 503 and "limit" in body
    assert time.time() - started < 10
    assert post(f"{endpoint}/sparql", {"query": "ASK { ?x kg:meets ?y }"})[0] == 200


def test_query_page_works_offline(endpoint):
    with urllib.request.urlopen(f"{endpoint}/", timeout=30) as response:
        html = response.read().decode()
    assert "<textarea" in html and "http://" not in html.replace("http://www.w3.org", "") and "<script src" not in html


def test_bad_query_is_a_400(endpoint):
    assert post(f"{endpoint}/sparql", {"query": "SELEKT ?x"})[0] == 400


def test_updates_when_allowed(store_dir, tmp_path):
    import shutil

    copy = tmp_path / "kg"
    shutil.copytree(store_dir, copy)
    process, base = start(copy, "--allow-update")
    try:
        insert = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/b> 1 } }"
        assert post(f"{base}/sparql", insert, "application/sparql-update")[0] == 204
        status, _, body = post(f"{base}/sparql", {"query": "ASK { <http://example.org/a> ?p ?o }"})
        assert json.loads(body)["boolean"] is True
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_a_graph_file_can_be_served(seed_build):
    _, out = seed_build
    process, base = start(out / "graph.ttl")
    try:
        status, _, body = post(f"{base}/sparql", {"query": MEETS})
        rows = [{k: v["value"] for k, v in r.items()} for r in json.loads(body)["results"]["bindings"]]
        assert {"a": "Andriy Yermak", "b": "Steve Witkoff"} in rows
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_a_served_graph_file_is_read_again_when_a_build_replaces_it(tmp_path):
    first, second = tmp_path / "one.txt", tmp_path / "two.txt"
    first.write_text("Talks in Oslo\n\nNorway's foreign minister met Ukraine's foreign minister.", encoding="utf-8")
    second.write_text("Moldova protests\n\nMoldova accused Russia of meddling in its election.", encoding="utf-8")
    out = tmp_path / "out"
    build([str(first)], out=out, html=False)
    process, base = start(out / "graph.ttl")
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    try:
        before = json.loads(post(f"{base}/sparql", {"query": count})[2])["results"]["bindings"][0]["n"]["value"]
        build([str(first), str(second)], out=out, html=False)
        after = {json.loads(post(f"{base}/sparql", {"query": count})[2])["results"]["bindings"][0]["n"]["value"]
                 for _ in range(4)}
        assert len(after) == 1 and int(after.pop()) > int(before)
    finally:
        process.terminate()
        process.wait(timeout=20)
