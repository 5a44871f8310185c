"""Serve: a read-only SPARQL 1.1 Protocol endpoint over a store or a graph file, with a query page.

Oxigraph answers the queries; this module adds what an endpoint on an analyst's machine needs and
neither Oxigraph's own server nor rdflib-endpoint offers together: federated SERVICE calls refused
before execution (a SERVICE clause can make the server fetch any URL), updates refused unless
allowed, a per-query time limit, a row cap, loopback binding by default, and a query page that
works offline. The HTTP layer is the standard library's threading server: one small handler.
"""

from __future__ import annotations

import csv
import io
import json
import re
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qs, urlparse
from xml.sax.saxutils import escape

from graph_builder.errors import QueryError

RESULT_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
GRAPH_TYPES = {"turtle": "text/turtle", "ntriples": "application/n-triples", "jsonld": "application/ld+json"}
_STRIPPED = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
                       r'|<[^<>\s]*>|#[^\n]*')


def uses_service(query: str) -> bool:
    """Whether a query asks for a federated SERVICE call (outside strings, IRIs and comments)."""
    return re.search(r"\bSERVICE\b", _STRIPPED.sub(" ", query), re.IGNORECASE) is not None


@dataclass(frozen=True, kw_only=True)
class EndpointConfig:
    timeout: float = 30.0
    max_rows: int = 10_000
    allow_update: bool = False


def _open_store(source: str | Path, *, writable: bool = False):
    """An Oxigraph store: the persistent one in a folder (read-only unless updates are allowed), or a
    graph file loaded into memory."""
    import pyoxigraph

    path = Path(source)
    if path.is_dir():
        from graph_builder.store import KnowledgeStore

        return KnowledgeStore(path, read_only=not writable).oxigraph
    if not path.is_file():
        raise QueryError(f"{path}: no store folder or graph file here; build one first")
    from graph_builder.rdf import load_graph

    store = pyoxigraph.Store()
    data = load_graph(path).serialize(format="nt", encoding="utf-8")
    store.load(data, format=pyoxigraph.RdfFormat.N_TRIPLES)
    return store


def _term_json(term) -> dict:
    kind = type(term).__name__
    if kind == "NamedNode":
        return {"type": "uri", "value": term.value}
    if kind == "BlankNode":
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def _term_xml(term) -> str:
    kind = type(term).__name__
    if kind == "NamedNode":
        return f"<uri>{escape(term.value)}</uri>"
    if kind == "BlankNode":
        return f"<bnode>{escape(term.value)}</bnode>"
    if term.language:
        return f'<literal xml:lang="{escape(term.language)}">{escape(term.value)}</literal>'
    return f'<literal datatype="{escape(term.datatype.value)}">{escape(term.value)}</literal>'


def serialize_solutions(variables: list[str], rows: list[list], fmt: str) -> bytes:
    """SPARQL 1.1 results in JSON, XML, CSV or TSV."""
    if fmt == "json":
        bindings = [{v: _term_json(t) for v, t in zip(variables, row, strict=True) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}}).encode("utf-8")
    if fmt == "xml":
        head = "".join(f'<variable name="{escape(v)}"/>' for v in variables)
        body = "".join(
            "<result>" + "".join(f'<binding name="{escape(v)}">{_term_xml(t)}</binding>'
                                 for v, t in zip(variables, row, strict=True) if t is not None) + "</result>"
            for row in rows)
        return (f'<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>{head}</head>'
                f"<results>{body}</results></sparql>").encode("utf-8")
    buffer = io.StringIO()
    if fmt == "csv":
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(variables)
        writer.writerows([["" if t is None else t.value for t in row] for row in rows])
    else:
        buffer.write("\t".join(f"?{v}" for v in variables) + "\n")
        for row in rows:
            buffer.write("\t".join("" if t is None else str(t) for t in row) + "\n")
    return buffer.getvalue().encode("utf-8")


def _boolean(value: bool, fmt: str) -> bytes:
    if fmt == "xml":
        return (f'<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
                f"<boolean>{str(value).lower()}</boolean></sparql>").encode("utf-8")
    if fmt in ("csv", "tsv"):
        return f"_askResult\n{str(value).lower()}\n".encode()
    return json.dumps({"head": {}, "boolean": value}).encode("utf-8")


def _negotiate(accept: str, options: dict[str, str], default: str) -> str:
    accept = accept or ""
    for part in accept.split(","):
        media = part.split(";")[0].strip().lower()
        for name, media_type in options.items():
            if media == media_type or (media == "application/json" and name == "json"):
                return name
        if media in ("text/xml", "application/xml") and "xml" in options:
            return "xml"
    return default


def _execute(store, operation: str, sparql: str, accept: str, max_rows: int) -> tuple[int, str, bytes]:
    """Run one query or update against an open store and return the HTTP status, type and body."""
    import pyoxigraph

    from graph_builder.query import PREFIXES

    prefixes = {k: str(v) for k, v in PREFIXES.items()}
    try:
        if operation == "update":
            store.update(sparql, prefixes=prefixes)
            store.flush()
            return HTTPStatus.NO_CONTENT, "text/plain", b""
        result = store.query(sparql, use_default_graph_as_union=True, prefixes=prefixes)
    except SyntaxError as exc:
        return HTTPStatus.BAD_REQUEST, "text/plain", f"Query syntax error: {exc}".encode()
    except (ValueError, OSError) as exc:
        return HTTPStatus.BAD_REQUEST, "text/plain", f"The request failed: {exc}".encode()
    if isinstance(result, pyoxigraph.QueryBoolean):
        fmt = _negotiate(accept, RESULT_TYPES, "json")
        return HTTPStatus.OK, RESULT_TYPES[fmt], _boolean(bool(result), fmt)
    if isinstance(result, pyoxigraph.QueryTriples):
        triples = [t for _, t in zip(range(max_rows), result, strict=False)]
        fmt = _negotiate(accept, GRAPH_TYPES, "turtle")
        rdf_format = {"turtle": pyoxigraph.RdfFormat.TURTLE, "ntriples": pyoxigraph.RdfFormat.N_TRIPLES,
                      "jsonld": pyoxigraph.RdfFormat.JSON_LD}[fmt]
        return HTTPStatus.OK, GRAPH_TYPES[fmt], pyoxigraph.serialize(triples, format=rdf_format)
    variables = [v.value for v in result.variables]
    rows = [[solution[v] for v in variables] for _, solution in zip(range(max_rows), result, strict=False)]
    fmt = _negotiate(accept, RESULT_TYPES, "json")
    return HTTPStatus.OK, RESULT_TYPES[fmt], serialize_solutions(variables, rows, fmt)


def _worker_main(connection, source: str, writable: bool, max_rows: int) -> None:
    """A query process: it opens the store itself and answers requests until told to stop."""
    store = _open_store(source, writable=writable)
    while True:
        try:
            request = connection.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        connection.send(_execute(store, *request, max_rows))


class _Worker:
    """One query process that can be killed when a query overruns, and started again."""

    def __init__(self, source: str, config: EndpointConfig):
        self.source, self.config = source, config
        self._start()

    def _start(self) -> None:
        import multiprocessing

        context = multiprocessing.get_context("fork")
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_worker_main, daemon=True,
                                       args=(child, self.source, self.config.allow_update, self.config.max_rows))
        self.process.start()

    def call(self, request: tuple[str, str, str]) -> tuple[int, str, bytes]:
        self.connection.send(request)
        if self.connection.poll(self.config.timeout):
            return self.connection.recv()
        self.process.kill()
        self.process.join()
        self._start()
        return HTTPStatus.SERVICE_UNAVAILABLE, "text/plain", (
            f"The query ran longer than the {self.config.timeout:g} s limit and was stopped; "
            "narrow it or add a LIMIT.".encode())

    def close(self) -> None:
        try:
            self.connection.send(None)
        except OSError:
            pass
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()


class Endpoint:
    """The request logic, independent of HTTP.

    Queries run in worker processes (two for a read-only store, one when updates are allowed) so a
    query that overruns its time limit is stopped for real, not left running in the background.
    """

    def __init__(self, source: str | Path, config: EndpointConfig):
        import queue

        path = Path(source)
        if not path.exists():
            raise QueryError(f"{path}: no store folder or graph file here; build one first")
        if path.is_dir() and not config.allow_update:
            from graph_builder.store import KnowledgeStore

            KnowledgeStore(path).oxigraph.flush()  # make sure the ontology graph exists before read-only use
        self.config = config
        self._free: queue.Queue[_Worker] = queue.Queue()
        for _ in range(1 if config.allow_update else 2):
            self._free.put(_Worker(str(source), config))

    def _run(self, request: tuple[str, str, str]) -> tuple[int, str, bytes]:
        worker = self._free.get()
        try:
            return worker.call(request)
        finally:
            self._free.put(worker)

    def query(self, sparql: str, accept: str) -> tuple[int, str, bytes]:
        if uses_service(sparql):
            return HTTPStatus.BAD_REQUEST, "text/plain", (
                b"Federated SERVICE queries are refused by this endpoint: they would make the server fetch "
                b"other URLs. Query the data held here.")
        return self._run(("query", sparql, accept))

    def update(self, sparql: str) -> tuple[int, str, bytes]:
        if not self.config.allow_update:
            return HTTPStatus.FORBIDDEN, "text/plain", (
                b"This endpoint is read-only; start it with --allow-update to accept SPARQL updates.")
        if uses_service(sparql):
            return HTTPStatus.BAD_REQUEST, "text/plain", b"Federated SERVICE calls are refused by this endpoint."
        return self._run(("update", sparql, ""))

    def close(self) -> None:
        while not self._free.empty():
            self._free.get().close()


def _page() -> bytes:
    return resources.files("graph_builder").joinpath("templates/sparql.html").read_bytes()


def make_handler(endpoint: Endpoint) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "graph-builder-sparql"

        def _send(self, status: int, content_type: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", f"{content_type}; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Content-Type-Options", "nosniff")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def log_message(self, format: str, *args) -> None:  # noqa: A002 (the base class's name)
            pass

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            url = urlparse(self.path)
            params = parse_qs(url.query)
            if url.path in ("/", "/index.html") and "query" not in params:
                self._send(HTTPStatus.OK, "text/html", _page())
            elif url.path in ("/sparql", "/query", "/") and "query" in params:
                self._send(*endpoint.query(params["query"][0], self.headers.get("Accept", "")))
            elif "update" in params:
                self._send(HTTPStatus.FORBIDDEN, "text/plain", b"Updates are only accepted by POST.")
            else:
                self._send(HTTPStatus.NOT_FOUND, "text/plain", b"Use /sparql?query=... or open / for the query page.")

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8", errors="replace")
            content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            accept = self.headers.get("Accept", "")
            if content_type == "application/sparql-query":
                self._send(*endpoint.query(body, accept))
            elif content_type == "application/sparql-update":
                self._send(*endpoint.update(body))
            elif content_type == "application/x-www-form-urlencoded":
                form = parse_qs(body)
                if "query" in form:
                    self._send(*endpoint.query(form["query"][0], accept))
                elif "update" in form:
                    self._send(*endpoint.update(form["update"][0]))
                else:
                    self._send(HTTPStatus.BAD_REQUEST, "text/plain", b"Give a query= or update= parameter.")
            else:
                self._send(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "text/plain",
                           b"Send application/sparql-query, application/sparql-update or a form.")

    return Handler


def serve(source: str | Path, *, host: str = "127.0.0.1", port: int = 7878,
          config: EndpointConfig | None = None, ready: threading.Event | None = None) -> None:
    """Serve until interrupted."""
    import signal

    def stop(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)  # a terminated server stops its query workers too
    endpoint = Endpoint(source, config or EndpointConfig())
    server = ThreadingHTTPServer((host, port), make_handler(endpoint))
    server.daemon_threads = True
    print(f"SPARQL endpoint: http://{host}:{server.server_address[1]}/sparql (query page: "
          f"http://{host}:{server.server_address[1]}/)", flush=True)
    if ready is not None:
        ready.set()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        endpoint.close()
