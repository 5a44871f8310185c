"""The endpoint against hostile and unlucky clients: every case here once broke it or made it fetch a URL.

Each test starts a real `graph-builder serve` on loopback and talks to it with real clients (urllib,
curl, raw sockets); the URLs a query tries to make the server fetch are real listeners on loopback
that count their visitors.
"""

from __future__ import annotations

import http.server
import json
import os
import signal
import socket
import subprocess
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph_builder.server.guard import check
from tests.conftest import free_port, post, start

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def store_dir(examples_store) -> Path:
    return examples_store


@pytest.fixture(scope="module")
def endpoint(store_dir):
    process, base = start(store_dir, "--timeout", "2", "--max-rows", "5", "--client-timeout", "1")
    yield process, base
    stop(process)


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture
def listener():
    """A loopback HTTP server that records every request made to it."""
    hits: list[str] = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()

        do_POST = do_GET  # noqa: N815

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/", hits
    server.shutdown()


def curl(*args: str) -> tuple[int, str]:
    """curl's status code and body."""
    done = subprocess.run(["curl", "-s", "-w", "\n%{http_code}", *args], capture_output=True, text=True, timeout=60)
    body, _, code = done.stdout.rpartition("\n")
    return int(code), body


def count(base: str) -> int:
    status, _, body = post(f"{base}/sparql", {"query": COUNT})
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def worker_pids(server_pid: int) -> list[int]:
    """The query processes: children of the fork server, itself a child of the server."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    forkservers = [pid for pid, parent in parents.items() if parent == server_pid]
    return [pid for pid, parent in parents.items() if parent in forkservers]


def raw(base: str, request: bytes, *, wait: float = 5.0) -> bytes:
    """Send bytes on a fresh connection and read until the server closes it or ``wait`` passes."""
    host, port = urllib.parse.urlsplit(base).netloc.split(":")
    with socket.create_connection((host, int(port)), timeout=wait) as sock:
        sock.sendall(request)
        chunks = []
        try:
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        except TimeoutError:
            pass
    return b"".join(chunks)


# --- The query guard, on its own --------------------------------------------------------------------------

HIDDEN = 'SELECT * WHERE { FILTER(1<2)#>"""\n SERVICE <{url}> { ?s ?p ?o }\n#"""\n}'


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
    "SELECT * WHERE { service silent <http://127.0.0.1:9/> { ?s ?p ?o } }",
    HIDDEN.replace("{url}", "http://127.0.0.1:9/"),
    "SELECT * WHERE { SERV\\u0049CE <http://127.0.0.1:9/> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o .SERVICE ?endpoint { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE # a comment\n <http://127.0.0.1:9/> { ?s ?p ?o } }",
])
def test_federated_queries_are_found_in_the_parse_tree(query):
    assert check(query, "query") is not None


@pytest.mark.parametrize("update", ["LOAD <http://127.0.0.1:9/data.ttl>",
                                    "load silent <http://127.0.0.1:9/d> INTO GRAPH <http://example.org/g>",
                                    "INSERT DATA { <a:b> <a:c> 1 } ; LOAD <http://127.0.0.1:9/d>"])
def test_load_is_found_in_updates(update):
    assert check(update, "update") is not None


@pytest.mark.parametrize("query", [
    "SELECT ?service WHERE { ?service a kg:Country }",
    "SELECT ?x WHERE { ?x a schema:Service ; rdfs:label ?load }",
    'SELECT ?x WHERE { ?x rdfs:label "Secret Service" }',
    "SELECT ?t WHERE { BIND(TRIPLE(<http://x/a>, <http://x/b>, <http://x/c>) AS ?t) }",
    "# this query uses no SERVICE\nASK { ?s ?p ?o }",
])
def test_innocent_queries_pass_the_guard(query):
    assert check(query, "query") is None


# --- Workers that fail --------------------------------------------------------------------------------------

def test_a_triple_term_result_is_answered_and_the_workers_live_on(endpoint):
    _, base = endpoint
    triple = "SELECT ?t WHERE { BIND(TRIPLE(<http://x/a>, <http://x/b>, <http://x/c>) AS ?t) }"
    for fmt in ("application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                "text/tab-separated-values"):
        status, _, body = post(f"{base}/sparql", {"query": triple}, accept=fmt)
        assert status == 200 and "http://x/b" in body, (fmt, body)
    status, _, body = post(f"{base}/sparql", {"query": triple})
    assert json.loads(body)["results"]["bindings"][0]["t"]["type"] == "triple"
    assert [post(f"{base}/sparql", {"query": "ASK { ?s ?p ?o }"})[0] for _ in range(6)] == [200] * 6


def test_workers_killed_from_outside_are_replaced(endpoint):
    process, base = endpoint
    for pid in worker_pids(process.pid):
        os.kill(pid, signal.SIGKILL)
    time.sleep(0.2)
    assert [post(f"{base}/sparql", {"query": "ASK { ?s ?p ?o }"})[0] for _ in range(8)] == [200] * 8


def test_a_worker_dying_mid_query_gets_an_answer_and_a_replacement(endpoint):
    process, base = endpoint
    for _ in range(3):  # on a busy machine the kill may land before the query reached a worker: try again
        with ThreadPoolExecutor(1) as pool:
            running = pool.submit(post, f"{base}/sparql", {"query": HEAVY})
            time.sleep(0.5)
            for pid in worker_pids(process.pid):
                os.kill(pid, signal.SIGKILL)
            status, _, body = running.result(timeout=30)
        if status == 500:
            break
    assert status == 500 and "replaced" in body
    time.sleep(0.2)  # the idle workers were killed too: as in the test above, let the kernel finish them first
    assert [post(f"{base}/sparql", {"query": "ASK { ?s ?p ?o }"})[0] for _ in range(4)] == [200] * 4


# --- Queries that would fetch URLs --------------------------------------------------------------------------

def test_hidden_service_is_refused_and_nothing_is_fetched(endpoint, listener):
    _, base = endpoint
    url, hits = listener
    status, body = curl(f"{base}/sparql", "-H", "Content-Type: application/sparql-query",
                        "--data-binary", HIDDEN.replace("{url}", url))
    assert status == 400 and "SERVICE" in body
    assert hits == []


def test_load_is_refused_even_with_updates_allowed(store_dir, tmp_path, listener):
    import shutil

    url, hits = listener
    copy = tmp_path / "kg"
    shutil.copytree(store_dir, copy)
    process, base = start(copy, "--allow-update")
    try:
        status, body = curl(f"{base}/sparql", "--data-urlencode", f"update=LOAD <{url}data.ttl>")
        assert status == 400 and "LOAD" in body
        assert hits == []
    finally:
        stop(process)


def test_words_that_only_look_like_service_are_answered(endpoint):
    _, base = endpoint
    for query in ("SELECT ?service WHERE { ?service a kg:Country }",
                  "SELECT ?x WHERE { ?x a schema:Service }"):
        assert post(f"{base}/sparql", {"query": query})[0] == 200


# --- Bodies, headers and slow clients -----------------------------------------------------------------------

def test_bodies_are_bounded_and_lengths_checked(endpoint, tmp_path):
    _, base = endpoint
    huge = raw(base, b"POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
                     b"Content-Length: 99999999999\r\n\r\nASK {}")
    assert huge.startswith(b"HTTP/1.1 413")
    garbled = raw(base, b"POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
                        b"Content-Length: abc\r\n\r\nASK {}")
    assert garbled.startswith(b"HTTP/1.1 400")
    big = tmp_path / "big.rq"
    big.write_text("ASK { " + "?s ?p ?o . " * 200_000 + "}")
    status, body = curl(f"{base}/sparql", "-H", "Content-Type: application/sparql-query", "--data-binary", f"@{big}")
    assert status == 413 and "max_body" in body


def test_a_client_that_never_finishes_its_headers_is_dropped(endpoint):
    _, base = endpoint
    started = time.time()
    answer = raw(base, b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: local", wait=30)
    assert answer == b"" and time.time() - started < 10  # --client-timeout 1: dropped, not held for good
    assert post(f"{base}/sparql", {"query": "ASK {}"})[0] == 200


def test_many_clients_at_once_are_all_answered(endpoint):
    _, base = endpoint

    def ask(_):
        return post(f"{base}/sparql", {"query": "ASK { ?s ?p ?o }"})[0]

    with ThreadPoolExecutor(50) as pool:
        statuses = list(pool.map(ask, range(450)))
    assert set(statuses) <= {200, 503} and statuses.count(200) > 300  # no reset, no dropped connection


def test_saturation_is_a_quick_503_not_an_endless_wait(endpoint):
    _, base = endpoint
    started = time.time()
    with ThreadPoolExecutor(30) as pool:
        answers = list(pool.map(lambda _: post(f"{base}/sparql", {"query": HEAVY}), range(30)))
    assert time.time() - started < 15  # --timeout 2: nobody waits beyond it for a worker
    assert {status for status, _, _ in answers} == {503}
    assert any("busy" in body for _, _, body in answers) and any("time limit" in body for _, _, body in answers)
    assert post(f"{base}/sparql", {"query": "ASK {}"})[0] == 200


# --- The store: read-only, current, consistent --------------------------------------------------------------

def article(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_the_store_is_served_read_only_while_a_build_writes_and_each_query_sees_it_now(tmp_path):
    from graph_builder.build import stream_to_store
    from graph_builder.ingest import read_documents
    from graph_builder.store import KnowledgeStore
    from graph_builder.vocab import load_lexicon

    first = article(tmp_path, "one", "Moldova protests\n\nMoldova accused Russia of meddling in its election.")
    second = article(tmp_path, "two", "Talks in Oslo\n\nNorway's foreign minister met Ukraine's foreign minister.")
    path = tmp_path / "kg"
    writer = KnowledgeStore(path)  # a build holds the store for writing all along
    stream_to_store(read_documents([first]), writer, lexicon=load_lexicon())
    process, base = start(path, "--timeout", "2")
    try:
        before = count(base)
        stream_to_store(read_documents([second]), writer, lexicon=load_lexicon())
        after = [count(base) for _ in range(4)]
        assert after[0] > before and len(set(after)) == 1
        assert post(f"{base}/sparql", {"query": HEAVY})[0] == 503
        assert {count(base) for _ in range(6)} == {after[0]}  # no worker answers from an older snapshot
        assert post(f"{base}/sparql", {"update": "DROP ALL"})[0] == 403
    finally:
        stop(process)


def test_serving_changes_no_file_of_the_store(store_dir):
    def files():
        return {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in store_dir.iterdir()
                if p.name not in ("LOG", "LOCK") and not p.name.startswith("LOG.old")}

    before = files()
    process, base = start(store_dir)
    try:
        assert post(f"{base}/sparql", {"query": COUNT})[0] == 200
    finally:
        stop(process)
    assert files() == before


def test_a_store_on_a_read_only_file_system_is_served(store_dir, tmp_path):
    mount = tmp_path / "read-only"
    mount.mkdir()
    subprocess.run(["mount", "--bind", str(store_dir), str(mount)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(mount)], check=True)
        assert subprocess.run(["touch", str(mount / "probe")], capture_output=True).returncode != 0
        process, base = start(mount)
        try:
            assert count(base) > 0
        finally:
            stop(process)
    finally:
        subprocess.run(["umount", str(mount)], check=True)


# --- Updates, origins and hosts -----------------------------------------------------------------------------

def test_updates_only_from_the_same_origin(store_dir, tmp_path):
    import shutil

    copy = tmp_path / "kg"
    shutil.copytree(store_dir, copy)
    process, base = start(copy, "--allow-update")
    try:
        total = count(base)
        status, body = curl(f"{base}/sparql", "-H", "Origin: http://evil.example", "--data-urlencode",
                            "update=DROP ALL")
        assert status == 403 and "origin" in body
        status, _ = curl(f"{base}/sparql", "-H", "Sec-Fetch-Site: cross-site", "--data-urlencode", "update=DROP ALL")
        assert status == 403 and count(base) == total
        insert = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/b> 1 } }"
        status, _ = curl(f"{base}/sparql", "-H", f"Origin: {base}", "--data-urlencode", f"update={insert}")
        assert status == 204 and count(base) == total + 1
    finally:
        stop(process)


@pytest.mark.parametrize("host", ["evil.example", "127.0.0.1.evil.example", "127.evil.example", "localhost.evil",
                                  "127.0.0.1evil", "0.0.0.0"])
def test_requests_for_another_host_are_refused_on_loopback(endpoint, host):
    _, base = endpoint
    status, body = curl(f"{base}/sparql?query=ASK%7B%7D", "-H", f"Host: {host}")
    assert status == 403 and "localhost" in body
    assert curl(f"{base}/sparql?query=ASK%7B%7D", "-H", f"Host: localhost:{base.rsplit(':', 1)[1]}")[0] == 200


# --- HTTP manners ---------------------------------------------------------------------------------------------

def test_head_methods_and_formats(endpoint):
    _, base = endpoint
    head = subprocess.run(["curl", "-s", "-I", f"{base}/"], capture_output=True, text=True, timeout=30).stdout
    assert head.startswith("HTTP/1.1 200") and "text/html" in head
    assert curl("-X", "DELETE", f"{base}/sparql")[0] == 405
    construct = "CONSTRUCT { ?x kg:meets ?y } WHERE { ?x kg:meets ?y }"
    status, body = curl(f"{base}/sparql", "-H", "Accept: application/rdf+xml", "--data-urlencode",
                        f"query={construct}")
    assert status == 200 and body.startswith("<?xml") and "rdf:RDF" in body
    from rdflib import Graph

    assert len(Graph().parse(data=body, format="xml")) > 0
    assert curl(f"{base}/sparql", "-H", "Accept: image/png", "--data-urlencode", f"query={construct}")[0] == 406
    for awkward in ('CONSTRUCT { <http://x/s> <http://x/123> "v" } WHERE {}',
                    'CONSTRUCT { <http://x/s> <http://x/p> "a\u0001b" } WHERE {}'):
        status, body = curl(f"{base}/sparql", "-H", "Accept: application/rdf+xml", "--data-urlencode",
                            f"query={awkward}")
        assert status == 406 and "text/turtle" in body, body
        assert curl(f"{base}/sparql", "-H", "Accept: text/turtle", "--data-urlencode", f"query={awkward}")[0] == 200


def test_a_query_the_engine_cannot_evaluate_is_the_client_s_error(endpoint):
    _, base = endpoint
    status, _, body = post(f"{base}/sparql", {"query": "SELECT (<http://example.org/fn>(1) AS ?x) WHERE {}"})
    assert status == 400 and "http://example.org/fn" in body and "store" not in body
    status, _, body = post(f"{base}/sparql", {"query": "ASK {}", "update": "DROP ALL"})
    assert status == 400 and "not both" in body


def test_the_row_cap_says_when_it_cut(endpoint):
    _, base = endpoint
    cut = subprocess.run(["curl", "-s", "-D", "-", "-o", "/dev/null", f"{base}/sparql", "--data-urlencode",
                          "query=SELECT ?s WHERE { ?s ?p ?o }"], capture_output=True, text=True).stdout
    assert "X-Result-Truncated: true; limit=5" in cut
    whole = subprocess.run(["curl", "-s", "-D", "-", "-o", "/dev/null", f"{base}/sparql", "--data-urlencode",
                            "query=SELECT ?s WHERE { ?s a kg:Country } LIMIT 2"], capture_output=True, text=True).stdout
    assert whole.startswith("HTTP/1.1 200") and "X-Result-Truncated" not in whole


# --- Starting and stopping ----------------------------------------------------------------------------------

def test_port_in_use_is_one_clear_line(store_dir):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(["graph-builder", "serve", "--store", str(store_dir), "--port", str(port)],
                              capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "--port" in done.stderr and "Traceback" not in done.stderr


def test_ctrl_c_stops_it_quietly(store_dir):
    port = free_port()
    process = subprocess.Popen(["graph-builder", "serve", "--store", str(store_dir), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    assert "SPARQL endpoint" in process.stdout.readline()  # printed once it listens
    assert post(f"http://127.0.0.1:{port}/sparql", {"query": "ASK {}"})[0] == 200
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C in a terminal does: the whole process group
    _, err = process.communicate(timeout=30)
    assert process.returncode == 0 and err == ""
    assert worker_pids(process.pid) == []


# --- Whatever a client sends -----------------------------------------------------------------------------------

@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=300), accept=st.sampled_from(["", "*/*", "text/csv", "application/json;q=0.5",
                                                            "image/png", "text/turtle, */*;q=0.1", ";;,q="]),
       media=st.sampled_from(["application/sparql-query", "application/x-www-form-urlencoded",
                              "application/sparql-update", "text/plain", ""]))
def test_any_request_gets_a_deliberate_answer(endpoint, query, accept, media):
    _, base = endpoint
    status, _, body = post(f"{base}/sparql", query, media, accept) if media else \
        post(f"{base}/sparql", {"query": query}, accept=accept)
    assert status in (200, 400, 403, 406, 415, 503), (status, body)
    assert "Traceback" not in body


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400))
def test_any_bytes_on_the_socket_get_an_answer_or_a_close(endpoint, data):
    _, base = endpoint
    answer = raw(base, data + b"\r\n\r\n", wait=3)
    assert answer == b"" or answer.startswith(b"HTTP/1.")
    assert post(f"{base}/sparql", {"query": "ASK {}"})[0] == 200
