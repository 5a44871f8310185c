"""Query: SPARQL over a graph, with results as an aligned table, CSV, TSV or SPARQL JSON."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD
from rdflib.query import Result

from graph_builder.errors import QueryError
from graph_builder.vocab import DOC, ENTITY, KG, PROV, SCHEMA, STATEMENT

OUTPUT_FORMATS = ("table", "csv", "tsv", "json")
PREFIXES = {"kg": KG._NS, "schema": SCHEMA, "prov": PROV, "rdf": RDF, "rdfs": RDFS, "skos": SKOS, "xsd": XSD,
            "owl": OWL, "ent": ENTITY, "doc": DOC, "st": STATEMENT}


def read_query(text_or_path: str) -> str:
    """SPARQL text, or the contents of a .rq/.sparql file when given one."""
    path = Path(text_or_path)
    if text_or_path.endswith((".rq", ".sparql")):
        if not path.is_file():
            raise QueryError(f"{text_or_path}: no such query file")
        return path.read_text(encoding="utf-8")
    return text_or_path


def run_query(graph: Graph, query: str) -> Result:
    """Run SPARQL with the project's prefixes predeclared (kg:, schema:, rdfs:, skos:, ent:, ...)."""
    try:
        return graph.query(query, initNs=PREFIXES)
    except Exception as exc:  # pyparsing and rdflib raise many error types for bad queries
        raise QueryError(f"the SPARQL query failed: {exc}. Check its syntax; prefixes "
                         f"{', '.join(sorted(PREFIXES))} are predeclared") from exc


def _cell(term, graph: Graph) -> str:
    if term is None:
        return ""
    if isinstance(term, Literal):
        return str(term)
    if isinstance(term, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(term)
        except Exception:
            return str(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def format_result(result: Result, graph: Graph, fmt: str = "table") -> str:
    """Rows for SELECT (table/csv/tsv/json), true/false for ASK, Turtle for CONSTRUCT and DESCRIBE."""
    if fmt not in OUTPUT_FORMATS:
        raise QueryError(f"unknown output format {fmt!r}; choose one of {', '.join(OUTPUT_FORMATS)}")
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        out = Graph()
        for prefix, ns in PREFIXES.items():
            out.bind(prefix, ns)
        for triple in result:
            out.add(triple)
        return out.serialize(format="turtle")
    if result.type == "ASK":
        return json.dumps({"head": {}, "boolean": bool(result.askAnswer)}) if fmt == "json" else \
            str(bool(result.askAnswer)).lower()
    if fmt == "json":
        return result.serialize(format="json").decode("utf-8")
    names = [str(v) for v in result.vars]
    rows = [[_cell(row[i], graph) if fmt == "table" else ("" if row[i] is None else str(row[i]))
             for i in range(len(names))] for row in result]
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        if fmt == "csv":
            writer = csv.writer(buffer, lineterminator="\n")
            writer.writerow(names)
            writer.writerows(rows)
        else:
            buffer.write("\t".join(f"?{n}" for n in names) + "\n")
            for row in rows:
                buffer.write("\t".join(c.replace("\t", " ").replace("\n", " ") for c in row) + "\n")
        return buffer.getvalue()
    return _table(names, rows)


def _table(names: list[str], rows: list[list[str]]) -> str:
    """An aligned text table with a row count, for people reading a terminal."""
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.replace("\n", " ").ljust(w) for c, w in zip(row, widths, strict=True)) for row in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _store_cell(term) -> str:
    if term is None:
        return ""
    value = term.value
    for prefix, namespace in PREFIXES.items():
        if type(term).__name__ == "NamedNode" and value.startswith(str(namespace)):
            return f"{prefix}:{value[len(str(namespace)):]}"
    return value


def format_store_result(result, fmt: str = "table") -> str:
    """The same output formats for answers from the Oxigraph store."""
    import pyoxigraph

    if fmt not in OUTPUT_FORMATS:
        raise QueryError(f"unknown output format {fmt!r}; choose one of {', '.join(OUTPUT_FORMATS)}")
    if isinstance(result, pyoxigraph.QueryBoolean):
        return json.dumps({"head": {}, "boolean": bool(result)}) if fmt == "json" else str(bool(result)).lower()
    if isinstance(result, pyoxigraph.QueryTriples):
        return result.serialize(format=pyoxigraph.RdfFormat.TURTLE).decode("utf-8")
    if fmt in ("json", "csv", "tsv"):
        kind = {"json": pyoxigraph.QueryResultsFormat.JSON, "csv": pyoxigraph.QueryResultsFormat.CSV,
                "tsv": pyoxigraph.QueryResultsFormat.TSV}[fmt]
        return result.serialize(format=kind).decode("utf-8")
    names = [v.value for v in result.variables]
    rows = [[_store_cell(solution[name]) for name in names] for solution in result]
    return _table(names, rows)


def construct_graph(result: Result, source: Graph) -> Graph:
    """The graph a CONSTRUCT query returned, with the labels and classes of its entities from the source,
    ready to draw."""
    from rdflib.namespace import RDF, RDFS

    if result.type not in ("CONSTRUCT", "DESCRIBE"):
        raise QueryError("--visualize needs a CONSTRUCT or DESCRIBE query")
    graph = Graph()
    for triple in result:
        graph.add(triple)
    for node in set(graph.subjects()) | set(graph.objects()):
        for prop in (RDF.type, RDFS.label):
            for value in source.objects(node, prop):
                graph.add((node, prop, value))
    return graph
