"""Query: SPARQL over a graph, with results as an aligned table, CSV, TSV or SPARQL JSON."""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD
from rdflib.query import Result

from graph_builder.errors import QueryError, UsageError
from graph_builder.vocab import DOC, ENTITY, KG, PROV, SCHEMA, STATEMENT

OUTPUT_FORMATS = ("table", "csv", "tsv", "json")
# The SPARQL 1.1 results formats, written by pyoxigraph for answers from a file and from a store alike.
RESULTS_FORMATS = {"json": "JSON", "csv": "CSV", "tsv": "TSV"}
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


def _solutions_text(solutions, fmt: str) -> str:
    """pyoxigraph QuerySolutions as SPARQL 1.1 JSON, CSV or TSV (TSV: IRIs in <>, literals as in N-Triples)."""
    import pyoxigraph

    return solutions.serialize(format=getattr(pyoxigraph.QueryResultsFormat, RESULTS_FORMATS[fmt])).decode("utf-8")


def format_result(result: Result, graph: Graph, fmt: str = "table") -> str:
    """Rows for SELECT (table/csv/tsv/json), true/false for ASK, Turtle for CONSTRUCT and DESCRIBE; the same
    text ``format_store_result`` gives for the same answer from a store."""
    import pyoxigraph

    from graph_builder.rdf import oxigraph_triples, turtle_text

    if fmt not in OUTPUT_FORMATS:
        raise UsageError(f"unknown output format {fmt!r}; choose one of {', '.join(OUTPUT_FORMATS)}")
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return turtle_text(oxigraph_triples(result))
    if result.type == "ASK":
        return json.dumps({"head": {}, "boolean": bool(result.askAnswer)}) if fmt == "json" else \
            str(bool(result.askAnswer)).lower()
    if fmt in RESULTS_FORMATS:
        solutions = pyoxigraph.parse_query_results(result.serialize(format="json"),
                                                   format=pyoxigraph.QueryResultsFormat.JSON)
        return _solutions_text(solutions, fmt)
    names = [str(v) for v in result.vars]
    return _table(names, [[_cell(row[i], graph) for i in range(len(names))] for row in result])


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
        raise UsageError(f"unknown output format {fmt!r}; choose one of {', '.join(OUTPUT_FORMATS)}")
    if isinstance(result, pyoxigraph.QueryBoolean):
        return json.dumps({"head": {}, "boolean": bool(result)}) if fmt == "json" else str(bool(result)).lower()
    if isinstance(result, pyoxigraph.QueryTriples):
        from graph_builder.rdf import turtle_text

        return turtle_text(result)
    if fmt in RESULTS_FORMATS:
        return _solutions_text(result, fmt)
    names = [v.value for v in result.variables]
    rows = [[_store_cell(solution[name]) for name in names] for solution in result]
    return _table(names, rows)


def construct_graph(result: Result, source: Graph) -> Graph:
    """The graph a CONSTRUCT query returned, with the labels and classes of its entities from the source,
    ready to draw."""
    from rdflib.namespace import RDF, RDFS

    if result.type not in ("CONSTRUCT", "DESCRIBE"):
        raise UsageError("--visualize needs a CONSTRUCT or DESCRIBE query")
    graph = Graph()
    for triple in result:
        graph.add(triple)
    for node in set(graph.subjects()) | set(graph.objects()):
        for prop in (RDF.type, RDFS.label):
            for value in source.objects(node, prop):
                graph.add((node, prop, value))
    return graph
