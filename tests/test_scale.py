"""Archives beyond one machine: analysis on a Dask cluster, and a graph kept by a SPARQL server over HTTP."""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.request

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from SPARQLWrapper import JSON, SPARQLWrapper

from graph_builder.store import GRAPH_BASE, KnowledgeStore
from tests.conftest import ROOT, free_port

EXAMPLES = str(ROOT / "examples" / "articles")


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["graph-builder", *args], capture_output=True, text=True, timeout=600)


def test_a_dask_cluster_builds_the_same_graph_as_this_machine(examples_build, tmp_path):
    from dask.distributed import LocalCluster

    _, local_out = examples_build
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        done = run("build", EXAMPLES, "--out", str(tmp_path), "--dask", cluster.scheduler_address, "--quiet")
    assert done.returncode == 0, done.stderr
    assert "documents: 7" in done.stdout
    local = Graph().parse(local_out / "graph.ttl")
    on_cluster = Graph().parse(tmp_path / "graph.ttl")
    assert len(on_cluster) == len(local) > 500
    assert isomorphic(local, on_cluster)
    assert (tmp_path / "relations.jsonl").read_text() == (local_out / "relations.jsonl").read_text()


def test_an_unreachable_dask_scheduler_is_a_clear_error(tmp_path):
    done = run("build", EXAMPLES, "--out", str(tmp_path), "--dask", f"tcp://127.0.0.1:{free_port()}", "--quiet")
    assert done.returncode == 1
    assert "cannot reach the Dask scheduler" in done.stderr
    assert not (tmp_path / "graph.ttl").exists()


@pytest.fixture
def oxigraph_server(tmp_path):
    """A real Oxigraph server (the PyPI package ``oxigraph``) on a loopback port, persisting to disk."""
    port = free_port()
    process = subprocess.Popen(["oxigraph", "serve", "--location", str(tmp_path / "server-data"),
                                "--bind", f"127.0.0.1:{port}"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.time() + 30
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            if process.poll() is not None or time.time() > deadline:
                process.kill()
                pytest.fail(f"the Oxigraph server did not start: {process.stderr.read().decode()}")
            time.sleep(0.2)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


def server_quads(base: str) -> set[str]:
    request = urllib.request.Request(f"{base}/store", headers={"Accept": "application/n-quads"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return {line for line in response.read().decode("utf-8").splitlines() if line.strip()}


def test_store_url_writes_one_named_graph_per_document_into_an_oxigraph_server(oxigraph_server, tmp_path):
    done = run("build", EXAMPLES, "--store-url", f"{oxigraph_server}/store", "--quiet")
    assert done.returncode == 0, done.stderr

    client = SPARQLWrapper(f"{oxigraph_server}/query")
    client.setReturnFormat(JSON)
    client.setQuery(f"SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                    f"FILTER (STRSTARTS(STR(?g), '{GRAPH_BASE}doc/')) }}")
    assert client.queryAndConvert()["results"]["bindings"][0]["n"]["value"] == "7"

    local = tmp_path / "local"
    assert run("build", EXAMPLES, "--store", str(local), "--quiet").returncode == 0
    local_quads = {line for line in KnowledgeStore(local, read_only=True).export("nq").decode().splitlines()
                   if line.strip()}
    first = server_quads(oxigraph_server)
    assert first == local_quads

    again = run("build", str(ROOT / "examples" / "articles" / "01_baltic_summit.txt"), "--store-url",
                f"{oxigraph_server}/store", "--quiet")
    assert again.returncode == 0, again.stderr
    assert server_quads(oxigraph_server) == first


def test_an_unreachable_store_url_is_a_clear_error():
    done = run("build", EXAMPLES, "--store-url", f"http://127.0.0.1:{free_port()}/store", "--quiet")
    assert done.returncode == 1
    assert "cannot reach the store" in done.stderr
