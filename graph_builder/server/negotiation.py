"""Results: content negotiation and the SPARQL 1.1 result formats (JSON, XML, CSV, TSV) and RDF formats.

Terms are written by kind, including the triple terms of SPARQL 1.2 (``TRIPLE(...)``), so no value a
query can bind leaves a response half-written.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@dataclass(frozen=True)
class MediaType:
    """A format this endpoint writes: its name, the media type it answers with, and those it accepts."""

    name: str
    media_type: str
    aliases: tuple[str, ...] = ()

    def matches(self, wanted: str) -> bool:
        return wanted == self.media_type or wanted in self.aliases


SOLUTION_TYPES = (
    MediaType("json", "application/sparql-results+json", ("application/json",)),
    MediaType("xml", "application/sparql-results+xml", ("application/xml", "text/xml")),
    MediaType("csv", "text/csv"),
    MediaType("tsv", "text/tab-separated-values"),
)
GRAPH_TYPES = (
    MediaType("turtle", "text/turtle", ("application/x-turtle",)),
    MediaType("ntriples", "application/n-triples", ("text/plain",)),
    MediaType("rdfxml", "application/rdf+xml", ("application/xml", "text/xml")),
    MediaType("jsonld", "application/ld+json", ("application/json",)),
)


def _accepted(accept: str) -> list[str]:
    """The media types of an Accept header, best first (by q-value, then by order); q=0 left out."""
    ranked = []
    for position, part in enumerate(accept.split(",")):
        media, *params = [piece.strip() for piece in part.split(";")]
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media and quality > 0:
            ranked.append((-quality, position, media.lower()))
    return [media for _, _, media in sorted(ranked)]


def negotiate(accept: str | None, offered: tuple[MediaType, ...]) -> MediaType | None:
    """The offered format the client prefers; the first offered when it states no preference; None when it
    accepts none of them (a 406)."""
    if not (accept or "").strip():
        return offered[0]
    for wanted in _accepted(accept):
        if wanted in ("*/*", "*"):
            return offered[0]
        major = wanted[:-2] if wanted.endswith("/*") else None
        for media in offered:
            if media.matches(wanted) or (major and media.media_type.startswith(major + "/")):
                return media
    return None


def _kind(term) -> str:
    return type(term).__name__


def term_json(term) -> dict:
    """A term in SPARQL 1.1 JSON results (with SPARQL 1.2's form for triple terms)."""
    kind = _kind(term)
    if kind == "NamedNode":
        return {"type": "uri", "value": term.value}
    if kind == "BlankNode":
        return {"type": "bnode", "value": term.value}
    if kind == "Triple":
        return {"type": "triple", "value": {"subject": term_json(term.subject),
                                            "predicate": term_json(term.predicate),
                                            "object": term_json(term.object)}}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != XSD_STRING:
        out["datatype"] = term.datatype.value
    return out


def term_xml(term) -> str:
    kind = _kind(term)
    if kind == "NamedNode":
        return f"<uri>{escape(term.value)}</uri>"
    if kind == "BlankNode":
        return f"<bnode>{escape(term.value)}</bnode>"
    if kind == "Triple":
        return (f"<triple><subject>{term_xml(term.subject)}</subject><predicate>{term_xml(term.predicate)}"
                f"</predicate><object>{term_xml(term.object)}</object></triple>")
    if term.language:
        return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
    if term.datatype.value != XSD_STRING:
        return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
    return f"<literal>{escape(term.value)}</literal>"


def term_tsv(term) -> str:
    """A term as SPARQL 1.1 TSV writes it: N-Triples form (triple terms as ``<<( s p o )>>``)."""
    if _kind(term) == "Triple":
        return f"<<( {term_tsv(term.subject)} {term_tsv(term.predicate)} {term_tsv(term.object)} )>>"
    return str(term)


def term_csv(term) -> str:
    """A term as SPARQL 1.1 CSV writes it: the bare value (triple terms in their N-Triples form)."""
    return term_tsv(term) if _kind(term) == "Triple" else term.value


def _json_solutions(variables: list[str], rows: list[list]) -> bytes:
    bindings = [{v: term_json(t) for v, t in zip(variables, row, strict=True) if t is not None} for row in rows]
    return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                      ensure_ascii=False).encode("utf-8")


def _xml_solutions(variables: list[str], rows: list[list]) -> bytes:
    head = "".join(f"<variable name={quoteattr(v)}/>" for v in variables)
    body = "".join("<result>" + "".join(f"<binding name={quoteattr(v)}>{term_xml(t)}</binding>"
                                        for v, t in zip(variables, row, strict=True) if t is not None)
                   + "</result>" for row in rows)
    return (f'<?xml version="1.0" encoding="utf-8"?><sparql xmlns="http://www.w3.org/2005/sparql-results#">'
            f"<head>{head}</head><results>{body}</results></sparql>").encode("utf-8")


def _csv_solutions(variables: list[str], rows: list[list]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(variables)
    writer.writerows([["" if t is None else term_csv(t) for t in row] for row in rows])
    return buffer.getvalue().encode("utf-8")


def _tsv_solutions(variables: list[str], rows: list[list]) -> bytes:
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join("" if t is None else term_tsv(t) for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


_SOLUTION_WRITERS = {"json": _json_solutions, "xml": _xml_solutions, "csv": _csv_solutions, "tsv": _tsv_solutions}


def solutions(variables: list[str], rows: list[list], fmt: str) -> bytes:
    """SELECT results in the named format; a None in a row is an unbound variable."""
    return _SOLUTION_WRITERS[fmt](variables, rows)


def boolean(value: bool, fmt: str) -> bytes:
    """An ASK answer in the named format."""
    word = "true" if value else "false"
    if fmt == "xml":
        return (f'<?xml version="1.0" encoding="utf-8"?><sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head/><boolean>{word}</boolean></sparql>").encode("utf-8")
    if fmt in ("csv", "tsv"):
        return f"_askResult\n{word}\n".encode()
    return json.dumps({"head": {}, "boolean": value}).encode("utf-8")


class Unwritable(ValueError):
    """The result holds something the asked format cannot express."""


_XML_LOCAL_NAME = re.compile(r"[^\W\d][\w.\-]*\Z")
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _rdfxml_problem(triples: list) -> str | None:
    """Why RDF/XML cannot hold these triples (a predicate with no XML name, a character XML 1.0 forbids, a
    triple term), or None."""
    for triple in triples:
        if not _XML_LOCAL_NAME.search(triple.predicate.value):
            return f"the predicate <{triple.predicate.value}> ends in no XML name"
        for term in (triple.subject, triple.object):
            if _kind(term) == "Triple":
                return "triple terms have no RDF/XML form"
            if _kind(term) == "Literal" and _XML_FORBIDDEN.search(term.value):
                return "a literal holds a control character XML 1.0 cannot carry"
    return None


def graph(triples: list, fmt: str) -> bytes:
    """CONSTRUCT or DESCRIBE results in the named RDF format; Unwritable when RDF/XML cannot hold them."""
    import pyoxigraph

    if fmt == "rdfxml" and (problem := _rdfxml_problem(triples)):
        raise Unwritable(problem)

    rdf_format = {"turtle": pyoxigraph.RdfFormat.TURTLE, "ntriples": pyoxigraph.RdfFormat.N_TRIPLES,
                  "rdfxml": pyoxigraph.RdfFormat.RDF_XML, "jsonld": pyoxigraph.RdfFormat.JSON_LD}[fmt]
    return pyoxigraph.serialize(triples, format=rdf_format) or b""
