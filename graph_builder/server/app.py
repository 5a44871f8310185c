"""The HTTP side: a WSGI application for the SPARQL 1.1 Protocol, served by waitress.

waitress (Pylons) does what a server facing untrusted clients needs and this module should not write
again: request bodies bounded (413) and headers bounded (431) before the application sees them, idle
and half-sent requests dropped after a timeout, malformed requests answered with 400, a fixed pool of
threads fed by an event loop (so a slow client holds a socket, not a thread), and a deep listen backlog.
This module adds the endpoint's own rules: which routes exist, which hosts and origins may ask what, and
a bound on how long and how many requests wait for a query process.
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass
from http import HTTPStatus
from importlib import resources
from urllib.parse import parse_qs

from graph_builder.server.workers import Request, Response, WorkerPool

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1", "[::1]")
SECURITY_HEADERS = (("X-Content-Type-Options", "nosniff"), ("X-Frame-Options", "DENY"),
                    ("Cache-Control", "no-store"), ("Referrer-Policy", "no-referrer"))
ALLOWED_METHODS = "GET, HEAD, POST, OPTIONS"
MAX_FORM_FIELDS = 64


@dataclass(frozen=True, kw_only=True)
class EndpointConfig:
    """What ``graph-builder serve`` enforces; every figure a bound on what one client can take."""

    timeout: float = 30.0          # seconds a request may wait for and run a query
    max_rows: int = 10_000         # result rows or triples per response (more: truncated, and the header says so)
    allow_update: bool = False     # SPARQL updates (from the same origin only)
    max_body: int = 1 << 20        # bytes of a request body (more: 413)
    client_timeout: float = 20.0   # seconds a connection may sit idle or half-sent before it is dropped
    workers: int = 2               # query processes (one when updates are allowed)
    max_waiting: int = 240         # requests waiting for a query process at once (more: 503 at once)
    threads: int = 256             # HTTP threads (more than max_waiting, so the page and HEAD stay quick)
    ontology: str | None = None    # the ontology folder a graph file is served with (None: the installed one)

    @staticmethod
    def default_workers() -> int:
        """Four query processes a core: a query running into the time limit holds one, and the others keep
        answering the quick queries meanwhile (the operating system shares the cores between them)."""
        return 4 * (os.cpu_count() or 1)


def _page() -> bytes:
    return resources.files("graph_builder").joinpath("templates/sparql.html").read_bytes()


def _host_name(host_header: str) -> str:
    """The host of a Host or Origin authority, without its port (IPv6 keeps its brackets)."""
    if host_header.startswith("["):
        return host_header[: host_header.find("]") + 1]
    return host_header.rsplit(":", 1)[0] if host_header.count(":") == 1 else host_header


def _is_loopback(host: str) -> bool:
    """Whether a host name or address is this machine's loopback: ``localhost`` or an address in 127.0.0.0/8
    or ::1, exactly (``127.0.0.1.evil.example`` is a domain an attacker can point anywhere)."""
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class Endpoint:
    """The SPARQL protocol as a WSGI application over a pool of query processes."""

    def __init__(self, pool: WorkerPool, config: EndpointConfig, *, listen_host: str):
        self.pool, self.config = pool, config
        self.loopback_only = _is_loopback(listen_host)

    def __call__(self, environ, start_response):
        response = self.respond(environ)
        headers = [("Content-Type", f"{response.content_type}; charset=utf-8"),
                   ("Content-Length", str(len(response.body))), *SECURITY_HEADERS, *response.headers]
        start_response(f"{response.status} {HTTPStatus(response.status).phrase}", headers)
        return [b"" if environ["REQUEST_METHOD"] == "HEAD" else response.body]

    def respond(self, environ) -> Response:
        host = environ.get("HTTP_HOST", "")
        if self.loopback_only and not _is_loopback(_host_name(host.lower())):
            return Response.text(HTTPStatus.FORBIDDEN, f"This endpoint listens on loopback and answers only requests "
                                                       f"addressed to localhost, not to {host[:100]!r}.")
        method, path = environ["REQUEST_METHOD"], environ.get("PATH_INFO", "")
        if path == "/favicon.ico" and method in ("GET", "HEAD"):  # browsers ask for it: no icon, and no 404
            return Response(HTTPStatus.NO_CONTENT, "image/x-icon", b"")
        if path not in ("/", "/index.html", "/sparql", "/query"):
            return Response.text(HTTPStatus.NOT_FOUND, "Nothing here: send queries to /sparql, or open / for the "
                                                       "query page.")
        if method in ("GET", "HEAD"):
            return self._get(environ, path)
        if method == "POST":
            return self._post(environ)
        if method == "OPTIONS":
            return Response(HTTPStatus.NO_CONTENT, "text/plain", b"", (("Allow", ALLOWED_METHODS),))
        return Response.text(HTTPStatus.METHOD_NOT_ALLOWED, f"{method[:20]} is not served; use GET or POST.",
                             ("Allow", ALLOWED_METHODS))

    def _get(self, environ, path: str) -> Response:
        params = _form(environ.get("QUERY_STRING", ""))
        if isinstance(params, Response):
            return params
        if "update" in params:
            return Response.text(HTTPStatus.METHOD_NOT_ALLOWED, "Updates are accepted only by POST.",
                                 ("Allow", "POST"))
        if "query" in params:
            return self.query(params["query"], environ.get("HTTP_ACCEPT", ""))
        if path in ("/", "/index.html"):
            return Response(HTTPStatus.OK, "text/html", _page())
        return Response.text(HTTPStatus.BAD_REQUEST, "Give the query as ?query=..., or open / for the query page.")

    def _post(self, environ) -> Response:
        body = _body(environ)
        if isinstance(body, Response):
            return body
        media = environ.get("CONTENT_TYPE", "").split(";")[0].strip().lower()
        accept = environ.get("HTTP_ACCEPT", "")
        if media == "application/sparql-query":
            return self.query(body, accept)
        if media == "application/sparql-update":
            return self.update(body, environ)
        if media != "application/x-www-form-urlencoded":
            return Response.text(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "Send application/sparql-query, "
                                 "application/sparql-update or application/x-www-form-urlencoded.")
        form = _form(body)
        if isinstance(form, Response):
            return form
        if "query" in form and "update" in form:
            return Response.text(HTTPStatus.BAD_REQUEST, "Give a query= or an update=, not both.")
        if "query" in form:
            return self.query(form["query"], accept)
        if "update" in form:
            return self.update(form["update"], environ)
        return Response.text(HTTPStatus.BAD_REQUEST, "Give a query= or an update= parameter.")

    def query(self, sparql: str, accept: str) -> Response:
        return self.pool.run(Request("query", sparql, accept), self.config.timeout)

    def update(self, sparql: str, environ) -> Response:
        if not self.config.allow_update:
            return Response.text(HTTPStatus.FORBIDDEN, "This endpoint is read-only; start it with --allow-update "
                                                       "to accept SPARQL updates.")
        if _cross_origin(environ):
            return Response.text(HTTPStatus.FORBIDDEN, "Updates are accepted only from this endpoint's own origin "
                                                       "or from clients that are not web pages.")
        return self.pool.run(Request("update", sparql), self.config.timeout)


def _cross_origin(environ) -> bool:
    """Whether a browser sent this request on behalf of a page from another origin (a cross-site form,
    for example); clients that are not browsers send neither header."""
    site = environ.get("HTTP_SEC_FETCH_SITE")
    if site is not None and site not in ("same-origin", "none"):
        return True
    origin = environ.get("HTTP_ORIGIN")
    if origin is None:
        return False
    scheme = environ.get("wsgi.url_scheme", "http")
    return origin.lower() != f"{scheme}://{environ.get('HTTP_HOST', '').lower()}"


def _body(environ) -> str | Response:
    """The request body as text (waitress has already bounded its size)."""
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return Response.text(HTTPStatus.BAD_REQUEST, "Content-Length is not a number.")
    data = environ["wsgi.input"].read(length) if length > 0 else b""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return Response.text(HTTPStatus.BAD_REQUEST, "The request body is not UTF-8 text.")


def _form(encoded: str) -> dict[str, str] | Response:
    """The parameters of a query string or form; each may be given once."""
    try:
        fields = parse_qs(encoded, max_num_fields=MAX_FORM_FIELDS, errors="strict")
    except (ValueError, UnicodeDecodeError):
        return Response.text(HTTPStatus.BAD_REQUEST, f"The form is not valid URL-encoded UTF-8, or has more than "
                                                     f"{MAX_FORM_FIELDS} fields.")
    repeated = sorted(name for name in ("query", "update") if len(fields.get(name, ())) > 1)
    if repeated:
        return Response.text(HTTPStatus.BAD_REQUEST, f"Give {repeated[0]}= once per request.")
    return {name: values[0] for name, values in fields.items()}
