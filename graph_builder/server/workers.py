"""Workers: the processes that run queries, so a query past its time limit is stopped for real.

Each worker opens the data itself. A store folder is opened read-only and opened again whenever its
files have changed since, so every query sees one consistent snapshot (Oxigraph reads from one RocksDB
snapshot) that is the current one, while ``graph-builder build --store`` may be writing to it. A graph
file is loaded into memory and loaded again when the file is replaced. With updates allowed there is
one worker, which holds the store open for writing.

Whatever happens in a worker, the client gets an answer: a failing query is answered with a 500 and the
worker goes on; a worker that dies (a crash, ``kill -9``) is replaced and the request answered with a
500; one past its time limit is killed and replaced, and the request answered with a 503. Workers are
started by a fork server, so the threads of the HTTP server are never forked.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import threading
import time
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path

from graph_builder import results
from graph_builder.server import guard, negotiation

GRAPH_FILE_FORMATS = {".ttl": "TURTLE", ".turtle": "TURTLE", ".nt": "N_TRIPLES", ".nq": "N_QUADS",
                      ".trig": "TRIG", ".jsonld": "JSON_LD", ".json": "JSON_LD", ".rdf": "RDF_XML",
                      ".owl": "RDF_XML", ".xml": "RDF_XML"}
READ_ATTEMPTS = 4
_STORE_FILES = ("CURRENT", "MANIFEST-", ".log", ".sst")  # RocksDB's data; its own LOG and LOCK are not


@dataclass(frozen=True)
class Request:
    """One SPARQL operation for a worker: ``query`` or ``update``, the text, and the client's Accept."""

    operation: str
    sparql: str
    accept: str = ""


@dataclass(frozen=True)
class Response:
    status: int
    content_type: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = field(default=())

    @classmethod
    def text(cls, status: int, message: str, *headers: tuple[str, str]) -> Response:
        return cls(status, "text/plain", (message.rstrip("\n") + "\n").encode("utf-8"), tuple(headers))


def _store_signature(path: Path) -> tuple:
    """What changes on disk when a store's data changes (files added, removed, grown)."""
    entries = []
    for entry in os.scandir(path):
        if entry.name.startswith(_STORE_FILES) or entry.name.endswith(_STORE_FILES):
            stat = entry.stat()
            entries.append((entry.name, stat.st_size, stat.st_mtime_ns))
    return tuple(sorted(entries))


def _file_signature(path: Path) -> tuple:
    stat = path.stat()
    return stat.st_ino, stat.st_size, stat.st_mtime_ns


def open_data(path: Path, *, writable: bool = False, ontology: str | None = None):
    """An Oxigraph store over a store folder (read-only unless ``writable``) or a graph file in memory, with the
    ontology (``newskg.ttl`` of the folder ``ontology``, by default the installed one) in its ontology graph as a
    store holds it, unless the file holds it already."""
    import pyoxigraph

    from graph_builder.query import with_ontology

    if path.is_dir():
        if writable:
            return pyoxigraph.Store(str(path))
        if not (path / "CURRENT").is_file():
            raise FileNotFoundError(f"{path} holds no Oxigraph store (no CURRENT file)")
        return pyoxigraph.Store.read_only(str(path))
    rdf_format = GRAPH_FILE_FORMATS.get(path.suffix.lower())
    if rdf_format is None:
        raise ValueError(f"{path}: unknown graph format {path.suffix!r}; use one of "
                         f"{', '.join(sorted(GRAPH_FILE_FORMATS))}")
    store = pyoxigraph.Store()
    store.bulk_load(path=str(path), format=getattr(pyoxigraph.RdfFormat, rdf_format))
    return with_ontology(store, ontology)


class CurrentData:
    """The data as it is now: opened again when the folder's or file's contents have changed."""

    def __init__(self, path: Path, *, writable: bool, ontology: str | None = None):
        self.path, self.writable, self.ontology = path, writable, ontology
        self._signature: tuple | None = None
        self._store = None

    def _current_signature(self) -> tuple:
        if self.writable:
            return ()
        return _store_signature(self.path) if self.path.is_dir() else _file_signature(self.path)

    def changed(self) -> bool:
        """Whether the data on disk is no longer what the open store was opened from."""
        try:
            return self._current_signature() != self._signature
        except OSError:
            return True

    def forget(self) -> None:
        """Open the data afresh on the next request."""
        self._store = None

    def store(self):
        signature = self._current_signature()
        if self._store is None or signature != self._signature:
            self._store = None  # the old snapshot is released before the new one is opened
            self._store = open_data(self.path, writable=self.writable, ontology=self.ontology)
            self._signature = signature
        return self._store


def _capped(iterator, limit: int) -> tuple[list, bool]:
    """At most ``limit`` items of the iterator, and whether there were more."""
    items = []
    for item in iterator:
        if len(items) == limit:
            return items, True
        items.append(item)
    return items, False


def _not_acceptable(offered: tuple[negotiation.MediaType, ...]) -> Response:
    names = ", ".join(media.media_type for media in offered)
    return Response.text(HTTPStatus.NOT_ACCEPTABLE, f"None of the formats in the Accept header can be written for "
                                                    f"this result; ask for one of: {names}.")


def _truncation(truncated: bool, max_rows: int) -> tuple[tuple[str, str], ...]:
    return (("X-Result-Truncated", f"true; limit={max_rows}"),) if truncated else ()


def _run(store, request: Request, prefixes: dict[str, str]):
    """The result of one operation, or the Response that says why it could not run."""
    try:
        if request.operation == "update":
            store.update(request.sparql, prefixes=prefixes)
            store.flush()
            return Response(HTTPStatus.NO_CONTENT, "text/plain", b"")
        return store.query(request.sparql, use_default_graph_as_union=True, prefixes=prefixes)
    except SyntaxError as exc:
        return Response.text(HTTPStatus.BAD_REQUEST, _syntax_error(exc, request))
    except (ValueError, TypeError) as exc:
        return Response.text(HTTPStatus.BAD_REQUEST, f"The request cannot be run: {' '.join(str(exc).split())}")


SERVER_UPDATES = ("send it as update= or with Content-Type application/sparql-update, to a server started with "
                  "--allow-update")


def _syntax_error(exc: SyntaxError, request: Request) -> str:
    """One line for a request Oxigraph cannot parse: an update sent as a query said plainly."""
    from graph_builder.query import syntax_message, update_refusal
    from graph_builder.sparql import syntax_problem

    refusal = request.operation == "query" and update_refusal(request.sparql, how=SERVER_UPDATES)
    if refusal:
        return refusal[0].upper() + refusal[1:] + "."
    problem = syntax_problem(request.sparql, update=request.operation == "update")
    if problem:
        return f"The SPARQL {request.operation} failed: {problem}."
    return f"SPARQL syntax error at {syntax_message(str(exc), request.sparql)}"


def _written(result, media: negotiation.MediaType, max_rows: int, sparql: str) -> Response:
    """A query result in the negotiated format, cut at ``max_rows``; ``sparql`` orders the columns of
    ``SELECT *`` as ``graph-builder query`` does."""
    import pyoxigraph

    from graph_builder.query import result_variables

    if isinstance(result, pyoxigraph.QueryBoolean):
        return Response(HTTPStatus.OK, media.media_type, results.boolean(bool(result), media.name))
    if isinstance(result, pyoxigraph.QueryTriples):
        triples, truncated = _capped(result, max_rows)
        try:
            body = results.graph(triples, media.name)
        except results.Unwritable as exc:
            return Response.text(HTTPStatus.NOT_ACCEPTABLE, f"This result cannot be written as {media.media_type} "
                                                            f"({exc}); ask for text/turtle or application/n-triples.")
    else:
        variables = result_variables([v.value for v in result.variables], sparql)
        solutions, truncated = _capped(result, max_rows)
        body = results.solutions(variables, [[s[v] for v in variables] for s in solutions], media.name)
    return Response(HTTPStatus.OK, media.media_type, body, _truncation(truncated, max_rows))


def answer(store, request: Request, max_rows: int, prefixes: dict[str, str]) -> Response:
    """Run one checked operation against an open store and write the response."""
    import pyoxigraph

    result = _run(store, request, prefixes)
    if isinstance(result, Response):
        return result
    offered = negotiation.GRAPH_TYPES if isinstance(result, pyoxigraph.QueryTriples) else negotiation.SOLUTION_TYPES
    media = negotiation.negotiate(request.accept, offered)
    if media is None:
        return _not_acceptable(offered)
    return _written(result, media, max_rows, request.sparql)


def handle(data: CurrentData, request: Request, max_rows: int, prefixes: dict[str, str]) -> Response:
    """Check, then run; every failure becomes a response that says what happened.

    A store folder that a build is writing to can change under a reader (RocksDB compacts and deletes
    files that the snapshot just opened still names): the read is tried again on a fresh snapshot."""
    refusal = guard.check(request.sparql, request.operation)
    if refusal is not None:
        return Response.text(HTTPStatus.BAD_REQUEST, refusal.message)
    for attempt in range(1, READ_ATTEMPTS + 1):
        try:
            store = data.store()
        except (OSError, RuntimeError, ValueError, SyntaxError) as exc:
            failure = _one_line(exc)
        else:
            try:
                return answer(store, request, max_rows, prefixes)
            except (OSError, RuntimeError, ValueError) as exc:
                if data.writable or not data.changed():  # the query's own failure, not a moving store
                    return Response.text(HTTPStatus.BAD_REQUEST, f"The query could not be evaluated: "
                                                                 f"{_one_line(exc)}")
                failure = _one_line(exc)
        data.forget()
        time.sleep(0.05 * attempt)
    return Response.text(HTTPStatus.SERVICE_UNAVAILABLE, f"The data cannot be read now ({failure}); is the store "
                                                        "or file still there?")


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300]


def worker_main(connection, source: str, writable: bool, max_rows: int, ontology: str | None = None) -> None:
    """A query process: it opens the data itself and answers requests until told to stop."""
    from graph_builder.query import PREFIXES

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle, not each worker's
    prefixes = {name: str(namespace) for name, namespace in PREFIXES.items()}
    data = CurrentData(Path(source), writable=writable, ontology=ontology)
    while True:
        try:
            request = connection.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        try:
            response = handle(data, request, max_rows, prefixes)
        except Exception as exc:  # noqa: BLE001 (any failure is answered, and the worker goes on)
            response = Response.text(HTTPStatus.INTERNAL_SERVER_ERROR,
                                     f"The query failed inside the endpoint ({type(exc).__name__}: "
                                     f"{' '.join(str(exc).split())[:500]}); please report it.")
        connection.send(response)


def _context():
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["graph_builder.server.workers", "graph_builder.query",
                                    "rdflib.plugins.sparql.parser", "pyoxigraph"])
    return context


class Worker:
    """One query process, replaced when it dies or overruns its time limit."""

    def __init__(self, source: str, *, writable: bool, max_rows: int, ontology: str | None = None):
        self._args = (source, writable, max_rows, ontology)
        self._start()

    def _start(self) -> None:
        context = _context()
        self.connection, child = context.Pipe()
        self.process = context.Process(target=worker_main, args=(child, *self._args), daemon=True)
        self.process.start()
        child.close()

    def _replace(self) -> None:
        self.process.kill()
        self.process.join()
        self.connection.close()
        self._start()

    def call(self, request: Request, seconds: float) -> Response:
        if not self.process.is_alive() or self.connection.poll(0):  # an idle worker has nothing to say unless dead
            self._replace()
        try:
            self.connection.send(request)
            if self.connection.poll(max(0.0, seconds)):
                return self.connection.recv()
        except (EOFError, OSError) as exc:
            self._replace()
            return Response.text(HTTPStatus.INTERNAL_SERVER_ERROR,
                                 f"The query process stopped while answering ({type(exc).__name__}); it has been "
                                 "replaced. Try again; if this query stops it again, please report it.")
        self._replace()
        return Response.text(HTTPStatus.SERVICE_UNAVAILABLE,
                             "The query ran longer than the time limit and was stopped; narrow it or add a LIMIT.")

    def close(self) -> None:
        try:
            self.connection.send(None)
        except OSError:
            pass
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()


class WorkerPool:
    """Workers handed out one request at a time; a request waits for one at most until its deadline, and
    at most ``max_waiting`` requests wait at once: past that the server is saturated and says so."""

    def __init__(self, source: str, *, size: int, writable: bool, max_rows: int, max_waiting: int,
                 ontology: str | None = None):
        self._free: queue.Queue[Worker] = queue.Queue()
        self._workers = [Worker(source, writable=writable, max_rows=max_rows, ontology=ontology) for _ in range(size)]
        for worker in self._workers:
            self._free.put(worker)
        self._max_waiting = max_waiting
        self._waiting = 0
        self._lock = threading.Lock()

    def _busy(self, why: str) -> Response:
        return Response.text(HTTPStatus.SERVICE_UNAVAILABLE, f"The endpoint is busy ({why}); try again shortly.",
                             ("Retry-After", "1"))

    def run(self, request: Request, seconds: float) -> Response:
        """The response to ``request``, all within ``seconds`` of waiting and running."""
        deadline = time.monotonic() + seconds
        with self._lock:
            if self._waiting >= self._max_waiting:
                return self._busy(f"{self._max_waiting} requests are already waiting for a query process")
            self._waiting += 1
        try:
            worker = self._free.get(timeout=seconds)
        except queue.Empty:
            return self._busy("no query process came free within the time limit")
        finally:
            with self._lock:
                self._waiting -= 1
        try:
            return worker.call(request, deadline - time.monotonic())
        finally:
            self._free.put(worker)

    def close(self) -> None:
        for worker in self._workers:
            worker.close()
