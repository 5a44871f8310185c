"""Load on `graph-builder serve`: many concurrent clients on loopback sending a mix of requests.

Usage: python benchmarks/endpoint_load.py [--clients 200] [--seconds 30] [--timeout 2] [--seed 7]

Builds the example articles into a store, starts the endpoint on a free loopback port and runs
``--clients`` client threads for ``--seconds``; each opens a new connection per request and picks, by a
seeded draw, one of:

- light    a SELECT, an ASK or a COUNT that answers in milliseconds (the rest);
- heavy    a cross product that runs into the endpoint's --timeout (--heavy, 10 % by default);
- malformed  bytes that are no HTTP request, a bad Content-Length, or a query that is no SPARQL (10 %);
- oversized  a body announced as larger than --max-body (10 %).

It reports requests answered by status, the errors the server did not send on purpose (connection
resets, dropped or unanswered connections, 500s), p50 and p99 latency by kind, and the resident memory
of the server and its query processes at the start and the end. Traffic goes only to 127.0.0.1; the
run stops by itself.
"""

from __future__ import annotations

import argparse
import http.client
import random
import socket
import statistics
import subprocess
import tempfile
import threading
import time
import urllib.parse
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIGHT = ("SELECT ?a ?b WHERE { ?x kg:meets ?y . ?x rdfs:label ?a . ?y rdfs:label ?b }",
         "ASK { ?s kg:attacks ?o }",
         "SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Statement }")
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
MALFORMED = (b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 not http\r\n\r\n",
             b"POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Length: abc\r\n\r\n",
             b"POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
             b"Content-Length: 9\r\n\r\nSELEKT ?x")
ON_PURPOSE = {200, 400, 403, 404, 405, 406, 413, 415, 431, 503}


def rss_kib(pid: int) -> int:
    """Resident memory of a process and all its descendants, in KiB."""
    children: dict[int, list[int]] = defaultdict(list)
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                children[int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])].append(int(entry.name))
            except OSError:
                continue
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        stack.extend(children.get(current, ()))
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total


def status_of(answer: bytes) -> int | None:
    """The status code of a raw HTTP response, or None when nothing (or no HTTP) came back."""
    if not answer.startswith(b"HTTP/1."):
        return None
    return int(answer.split(b" ", 2)[1])


def raw_request(port: int, data: bytes) -> int | None:
    with socket.create_connection(("127.0.0.1", port), timeout=60) as sock:
        sock.sendall(data)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
            if b"\r\n\r\n" in b"".join(chunks):
                break
    return status_of(b"".join(chunks))


def query_request(port: int, sparql: str) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("POST", "/sparql", body=urllib.parse.urlencode({"query": sparql}),
                           headers={"Content-Type": "application/x-www-form-urlencoded",
                                    "Accept": "application/sparql-results+json"})
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def oversized_request(port: int, max_body: int) -> int | None:
    """Headers announcing a body past the limit and its first bytes; the answer comes before the rest."""
    head = (f"POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
            f"Content-Length: {max_body * 4}\r\n\r\n").encode()
    return raw_request(port, head + b"ASK { " + b"?s ?p ?o . " * 100)


def one(kind: str, port: int, rng: random.Random, max_body: int) -> int | None:
    if kind == "light":
        return query_request(port, rng.choice(LIGHT))
    if kind == "heavy":
        return query_request(port, HEAVY)
    if kind == "malformed":
        return raw_request(port, rng.choice(MALFORMED))
    return oversized_request(port, max_body)


def client(port: int, seed: int, until: float, args: argparse.Namespace, results: list, lock: threading.Lock) -> None:
    rng = random.Random(seed)
    kinds, weights = ("light", "heavy", "malformed", "oversized"), (80 - args.heavy, args.heavy, 10, 10)
    mine = []
    while time.monotonic() < until:
        (kind,) = rng.choices(kinds, weights)
        started = time.monotonic()
        try:
            outcome = one(kind, port, rng, args.max_body)
        except (ConnectionError, TimeoutError, OSError, http.client.HTTPException) as exc:
            outcome = type(exc).__name__
        mine.append((kind, outcome, time.monotonic() - started))
    with lock:
        results.extend(mine)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(store: Path, port: int, args: argparse.Namespace, log: Path) -> subprocess.Popen:
    extra = ["--workers", str(args.workers)] if args.workers else []
    process = subprocess.Popen(["graph-builder", "serve", "--store", str(store), "--port", str(port), "--timeout",
                                str(args.timeout), "--max-body", str(args.max_body), *extra],
                               stdout=subprocess.DEVNULL, stderr=log.open("w"))
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("the endpoint did not start within 60 s; see " + str(log))


def report(results: list, seconds: float, memory: tuple[int, int], log: Path, args: argparse.Namespace) -> None:
    by_status = Counter(outcome for _, outcome, _ in results)
    unintended = {k: v for k, v in by_status.items() if k not in ON_PURPOSE}
    print(f"{args.clients} clients, {args.heavy} % heavy: requests answered: {len(results)} in {seconds:.1f} s "
          f"({len(results) / seconds:.0f}/s)")
    print("by status:", ", ".join(f"{k}: {v}" for k, v in sorted(by_status.items(), key=lambda kv: str(kv[0]))))
    print(f"errors the server did not send on purpose: {sum(unintended.values())} {unintended or ''}")
    for kind in ("light", "heavy", "malformed", "oversized"):
        times = sorted(t for k, _, t in results if k == kind)
        if times:
            p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
            statuses = Counter(o for k, o, _ in results if k == kind)
            print(f"  {kind:9} n={len(times):5}  p50 {statistics.median(times) * 1000:7.1f} ms  "
                  f"p99 {p99 * 1000:7.1f} ms  {dict(statuses)}")
    print(f"memory (server and query processes, RSS): {memory[0] / 1024:.0f} MiB at start, "
          f"{memory[1] / 1024:.0f} MiB at the end")
    errors = log.read_text().strip()
    print(f"server stderr: {len(errors.splitlines())} lines" + (f"; first: {errors.splitlines()[0]}" if errors else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--timeout", type=float, default=2.0, help="the endpoint's --timeout")
    parser.add_argument("--max-body", type=int, default=1 << 20, help="the endpoint's --max-body")
    parser.add_argument("--workers", type=int, default=None, help="the endpoint's --workers (default: its own)")
    parser.add_argument("--heavy", type=int, default=10, choices=range(0, 81), metavar="PERCENT",
                        help="share of requests that run into --timeout (default: 10)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    from graph_builder.build import build

    with tempfile.TemporaryDirectory() as tmp:
        store, log = Path(tmp) / "kg", Path(tmp) / "serve.err"
        build([str(ROOT / "examples" / "articles")], store=store)
        port = free_port()
        server = start_server(store, port, args, log)
        try:
            before = rss_kib(server.pid)
            results: list = []
            lock = threading.Lock()
            until = time.monotonic() + args.seconds
            started = time.monotonic()
            threads = [threading.Thread(target=client, args=(port, args.seed * 1000 + i, until, args, results, lock))
                       for i in range(args.clients)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            elapsed = time.monotonic() - started
            after = rss_kib(server.pid)
        finally:
            server.terminate()
            server.wait(timeout=30)
        report(results, elapsed, (before, after), log, args)


if __name__ == "__main__":
    main()
