"""Results: SPARQL answers written out, the one writer ``graph-builder query`` (from a graph file or a store)
and the endpoint share, so the same answer gives the same bytes everywhere.

SELECT rows go out as SPARQL 1.1 JSON, XML, CSV or TSV, byte for byte as pyoxigraph (Oxigraph's ``sparesults``)
writes them, or as an aligned table for a terminal; ASK answers as ``true``/``false`` in those formats;
CONSTRUCT and DESCRIBE triples as Turtle with the project's prefixes, N-Triples, RDF/XML or JSON-LD. Rows
come as lists of pyoxigraph terms (None for an unbound variable) and may be cut to any number first, as the
endpoint does. Triple terms (SPARQL 1.2) are written in every format.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence

XSD = "http://www.w3.org/2001/XMLSchema#"
SOLUTION_FORMATS = ("json", "xml", "csv", "tsv")
GRAPH_FORMATS = ("turtle", "ntriples", "rdfxml", "jsonld")
_XML_HEAD = '<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#">'

Row = Sequence  # one term (or None) a variable


def _kind(term) -> str:
    return type(term).__name__


# --- JSON ---------------------------------------------------------------------------------------------------

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
    elif term.datatype.value != XSD + "string":
        out["datatype"] = term.datatype.value
    return out


def _json(data) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _json_solutions(variables: list[str], rows: Iterable[Row]) -> bytes:
    bindings = [{v: term_json(t) for v, t in zip(variables, row, strict=True) if t is not None} for row in rows]
    return _json({"head": {"vars": variables}, "results": {"bindings": bindings}})


# --- XML ----------------------------------------------------------------------------------------------------

_XML_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"}
_XML_SPECIAL = re.compile("[&<>\"']")
_XML_SPACE = " \t\n\r"


def _xml_escape(text: str) -> str:
    return _XML_SPECIAL.sub(lambda match: _XML_ESCAPES[match.group()], text)


def _xml_text(text: str) -> str:
    """Element text, with the white space it starts and ends with as character references (so no reader
    trims it away)."""
    core = text.strip(_XML_SPACE)
    if not core:
        return "".join(f"&#{ord(c)};" for c in text)
    start = text.index(core)
    lead, trail = text[:start], text[start + len(core):]
    return "".join(f"&#{ord(c)};" for c in lead) + _xml_escape(core) + "".join(f"&#{ord(c)};" for c in trail)


def term_xml(term) -> str:
    """A term in SPARQL 1.1 XML results (with SPARQL 1.2's ``<triple>``)."""
    kind = _kind(term)
    if kind == "NamedNode":
        return f"<uri>{_xml_escape(term.value)}</uri>"
    if kind == "BlankNode":
        return f"<bnode>{_xml_escape(term.value)}</bnode>"
    if kind == "Triple":
        return (f"<triple><subject>{term_xml(term.subject)}</subject><predicate>{term_xml(term.predicate)}"
                f"</predicate><object>{term_xml(term.object)}</object></triple>")
    if term.language:
        return f'<literal xml:lang="{_xml_escape(term.language)}">{_xml_text(term.value)}</literal>'
    if term.datatype.value != XSD + "string":
        return f'<literal datatype="{_xml_escape(term.datatype.value)}">{_xml_text(term.value)}</literal>'
    return f"<literal>{_xml_text(term.value)}</literal>"


def _xml_solutions(variables: list[str], rows: Iterable[Row]) -> bytes:
    head = "".join(f'<variable name="{_xml_escape(v)}"/>' for v in variables)
    body = "".join("<result>" + "".join(f'<binding name="{_xml_escape(v)}">{term_xml(t)}</binding>'
                                        for v, t in zip(variables, row, strict=True) if t is not None)
                   + "</result>" for row in rows)
    return f"{_XML_HEAD}<head>{head}</head><results>{body}</results></sparql>".encode()


# --- CSV ----------------------------------------------------------------------------------------------------

def _csv_text(text: str) -> str:
    if any(mark in text for mark in '",\n\r'):
        return '"' + text.replace('"', '""') + '"'
    return text


def term_csv(term) -> str:
    """A term as SPARQL 1.1 CSV writes it: the bare value (blank nodes ``_:id``, triple terms their three
    values)."""
    kind = _kind(term)
    if kind == "NamedNode":
        return term.value
    if kind == "BlankNode":
        return f"_:{term.value}"
    if kind == "Triple":
        return f"{term_csv(term.subject)} {term_csv(term.predicate)} {term_csv(term.object)}"
    return _csv_text(term.value)


def _csv_solutions(variables: list[str], rows: Iterable[Row]) -> bytes:
    lines = [",".join(variables)]
    lines += [",".join("" if t is None else term_csv(t) for t in row) for row in rows]
    return "".join(line + "\r\n" for line in lines).encode("utf-8")


# --- TSV ----------------------------------------------------------------------------------------------------

_TSV_ESCAPES = {"\t": "\\t", "\n": "\\n", "\r": "\\r", '"': '\\"', "\\": "\\\\"}
_TSV_SPECIAL = re.compile('[\t\n\r"\\\\]')
# Literals written bare, as in Turtle: 42, -1.5, 1e3, true.
_TSV_BARE = {
    XSD + "integer": re.compile(r"[+-]?[0-9]+"),
    XSD + "decimal": re.compile(r"[+-]?[0-9]*\.[0-9]+"),
    XSD + "double": re.compile(r"[+-]?([0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)[eE][+-]?[0-9]+"),
    XSD + "boolean": re.compile(r"true|false"),
}


def _tsv_string(text: str) -> str:
    return '"' + _TSV_SPECIAL.sub(lambda match: _TSV_ESCAPES[match.group()], text) + '"'


def term_tsv(term) -> str:
    """A term as SPARQL 1.1 TSV writes it: Turtle's form (IRIs in ``<>``, numbers and booleans bare, triple
    terms as ``<<( s p o )>>``)."""
    kind = _kind(term)
    if kind == "NamedNode":
        return f"<{term.value}>"
    if kind == "BlankNode":
        return f"_:{term.value}"
    if kind == "Triple":
        return f"<<( {term_tsv(term.subject)} {term_tsv(term.predicate)} {term_tsv(term.object)} )>>"
    if term.language:
        return f"{_tsv_string(term.value)}@{term.language}"
    datatype = term.datatype.value
    if datatype == XSD + "string":
        return _tsv_string(term.value)
    bare = _TSV_BARE.get(datatype)
    if bare and bare.fullmatch(term.value):
        return term.value
    return f"{_tsv_string(term.value)}^^<{datatype}>"


def _tsv_solutions(variables: list[str], rows: Iterable[Row]) -> bytes:
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join("" if t is None else term_tsv(t) for t in row) for row in rows]
    return "".join(line + "\n" for line in lines).encode("utf-8")


_SOLUTION_WRITERS = {"json": _json_solutions, "xml": _xml_solutions, "csv": _csv_solutions, "tsv": _tsv_solutions}


def solutions(variables: list[str], rows: Iterable[Row], fmt: str) -> bytes:
    """SELECT results in the named format (json, xml, csv, tsv); a None in a row is an unbound variable."""
    return _SOLUTION_WRITERS[fmt](variables, rows)


def boolean(value: bool, fmt: str) -> bytes:
    """An ASK answer in the named format (csv and tsv: ``true`` or ``false``)."""
    word = "true" if value else "false"
    if fmt == "json":
        return _json({"head": {}, "boolean": bool(value)})
    if fmt == "xml":
        return f"{_XML_HEAD}<head></head><boolean>{word}</boolean></sparql>".encode()
    return word.encode()


# --- the terminal table -------------------------------------------------------------------------------------

def _cell(term, names) -> str:
    kind = _kind(term)
    if term is None:
        return ""
    if kind == "NamedNode":
        return names.iri(term)
    if kind == "BlankNode":
        return f"_:{term.value}"
    if kind == "Triple":
        return f"<<( {_cell(term.subject, names)} {_cell(term.predicate, names)} {_cell(term.object, names)} )>>"
    return term.value


def table(variables: list[str], rows: Iterable[Row], *, prefixes: dict[str, str]) -> str:
    """SELECT results as an aligned text table with a row count, for people reading a terminal: IRIs as
    ``prefix:name`` where one of ``prefixes`` fits (else ``<IRI>``), literals as their bare text."""
    from graph_builder.rdf import TurtleNames

    names = TurtleNames(prefixes)
    cells = [[_cell(term, names).replace("\n", " ") for term in row] for row in rows]
    widths = [max([len(v)] + [len(row[i]) for row in cells]) for i, v in enumerate(variables)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(variables, widths, strict=True)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"


# --- CONSTRUCT and DESCRIBE ---------------------------------------------------------------------------------

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
    """CONSTRUCT or DESCRIBE results (pyoxigraph Triples) in the named RDF format: Turtle with the project's
    prefixes as graph.ttl is written (pyoxigraph's Turtle when they hold triple terms), N-Triples, RDF/XML or
    JSON-LD; Unwritable when RDF/XML cannot hold them."""
    import pyoxigraph

    if fmt == "turtle" and not any(_kind(t.subject) == "Triple" or _kind(t.object) == "Triple" for t in triples):
        from graph_builder.rdf import turtle_text

        return turtle_text(triples).encode("utf-8")
    if fmt == "rdfxml" and (problem := _rdfxml_problem(triples)):
        raise Unwritable(problem)
    rdf_format = {"turtle": pyoxigraph.RdfFormat.TURTLE, "ntriples": pyoxigraph.RdfFormat.N_TRIPLES,
                  "rdfxml": pyoxigraph.RdfFormat.RDF_XML, "jsonld": pyoxigraph.RdfFormat.JSON_LD}[fmt]
    return pyoxigraph.serialize(triples, format=rdf_format) or b""
