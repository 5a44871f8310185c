"""Serve: a SPARQL 1.1 Protocol endpoint over a store or a graph file, with a query page.

    guard     which operations a request asks for, from its parse tree (SERVICE and LOAD are refused)
    workers   query processes: data opened read-only and current, time limits, failures answered
    results   content negotiation and the result formats
    app       the WSGI application: routes, hosts and origins, served by waitress

Oxigraph answers the queries. Neither Oxigraph's own server nor rdflib-endpoint offers together what
this endpoint needs on an analyst's machine: federated calls and LOAD refused before execution,
updates refused unless allowed and then only from the same origin, a per-query time limit that really
stops the query, a row cap that says when it cut, loopback binding and DNS-rebinding protection by
default, and a query page that works offline.
"""

from __future__ import annotations

import logging
import signal
import threading
from pathlib import Path

from graph_builder.errors import StoreError, UsageError
from graph_builder.server.app import Endpoint, EndpointConfig
from graph_builder.server.workers import WorkerPool, open_data

__all__ = ["Endpoint", "EndpointConfig", "serve"]


def _check_source(path: Path, writable: bool, ontology: str | None) -> None:
    """Open the data once here, so a wrong path is one clear error before any process starts."""
    if not path.exists():
        raise StoreError(f"{path}: no store folder or graph file here; build one with graph-builder build "
                         "--store DIR (or --out DIR for graph.ttl)")
    try:
        store = open_data(path, writable=writable, ontology=ontology)
    except (OSError, ValueError, SyntaxError) as exc:
        hint = ("is another process (a build, another server) holding it for writing?" if writable
                else "is it a store made by graph-builder build --store, or a graph file?")
        raise StoreError(f"{path}: cannot be served ({' '.join(str(exc).split())}); {hint}") from exc
    del store


def _server(app, host: str, port: int, config: EndpointConfig):
    from waitress.server import create_server

    for name in ("waitress", "waitress.queue"):
        logging.getLogger(name).setLevel(logging.ERROR)  # no queue-depth chatter; errors still reach stderr
    try:
        return create_server(app, host=host, port=port, threads=config.threads, backlog=1024,
                             connection_limit=1000, channel_timeout=config.client_timeout,
                             cleanup_interval=max(1, config.client_timeout / 4), max_request_body_size=config.max_body,
                             max_request_header_size=64 * 1024, expose_tracebacks=False,
                             ident="graph-builder-sparql", clear_untrusted_proxy_headers=True)
    except OSError as exc:
        raise StoreError(f"cannot listen on {host}:{port} ({exc.strerror or exc}); is another server using that "
                         "port? Choose another with --port") from exc
    except (OverflowError, ValueError) as exc:
        raise UsageError(f"cannot listen on {host}:{port} ({exc}); give --host an address of this machine "
                         "(127.0.0.1, ::1, 0.0.0.0) and --port a number from 0 to 65535") from exc


def serve(source: str | Path, *, host: str = "127.0.0.1", port: int = 7878, config: EndpointConfig | None = None,
          ready: threading.Event | None = None) -> None:
    """Serve until interrupted (Ctrl-C or SIGTERM), then stop the query processes."""
    config = config or EndpointConfig()
    if not 0 <= port <= 65535:
        raise UsageError(f"port {port} is out of range; give a port from 0 to 65535 (0 picks a free one)")
    path = Path(source)
    _check_source(path, config.allow_update, config.ontology)
    pool = WorkerPool(str(path), size=1 if config.allow_update else config.workers, writable=config.allow_update,
                      max_rows=config.max_rows, max_waiting=config.max_waiting, ontology=config.ontology)
    try:
        server = _server(Endpoint(pool, config, listen_host=host), host, port, config)
        address = f"http://{host if ':' not in host else f'[{host}]'}:{server.effective_port}"
        print(f"SPARQL endpoint: {address}/sparql (query page: {address}/); Ctrl-C stops it", flush=True)
        if ready is not None:
            ready.set()
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, _interrupt)  # a terminated server stops its query processes too
        try:
            server.run()
        except KeyboardInterrupt:
            pass
        finally:
            server.close()
    finally:
        pool.close()


def _interrupt(signum, frame):
    raise KeyboardInterrupt
