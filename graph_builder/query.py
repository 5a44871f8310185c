"""Query: SPARQL over a graph, with results as an aligned table, SPARQL JSON, XML, CSV or TSV."""

from __future__ import annotations

import functools
import multiprocessing
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

from rdflib import Graph, URIRef
from rdflib.query import Result

from graph_builder import results
from graph_builder.errors import QueryError, UsageError
from graph_builder.sparql import PREFIXES, syntax_problem, undeclared_prefix

T = TypeVar("T")

OUTPUT_FORMATS = ("table", "csv", "tsv", "json", "xml")
TABLE_PREFIXES = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
"""The names the table shortens IRIs with (``kg:meets``, ``ent:Donald_Trump``)."""


def read_query(text_or_path: str) -> str:
    """SPARQL text, or the contents of a .rq/.sparql file when given one."""
    path = Path(text_or_path)
    if text_or_path.endswith((".rq", ".sparql")):
        if not path.is_file():
            raise QueryError(f"{text_or_path}: no such query file")
        return path.read_text(encoding="utf-8")
    return text_or_path


_POSITION = re.compile(r"^error at (\d+):(\d+): ")
_CHARACTER_CLASS = re.compile(r"\[(?!\")(?:'[^']*'|[^\]'\"])*\]")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_ONE_CHARACTER = re.compile(r"^\['?(.)'?\]$")


def _class_words(match: re.Match) -> str:
    """Oxigraph's character class (``['0'..='9']``, ``['A' ..= 'Z' | ...]``) in a few words."""
    text = match.group(0)
    single = _ONE_CHARACTER.match(text)
    if single:
        return f'"{single.group(1)}"'
    if "'A'" in text:
        return "a letter"
    return "a digit" if "'0'" in text else "a name character"


def syntax_message(message: str, sparql: str) -> str:
    """Oxigraph's SPARQL syntax error as one readable line: where (line, column and the text there) and what
    was expected, its lists of Unicode ranges said in words."""
    text = " ".join(_CHARACTER_CLASS.sub(_class_words, message).split())
    expected = list(dict.fromkeys(text.split(", ")))
    text = ", ".join(expected)
    if "Prefix not found" in text:
        text = (text[:text.index("expected")] + "the prefixed name before here uses a prefix that is not declared "
                "(declare it with PREFIX name: <IRI>)")
    found = _POSITION.match(text)
    if not found:
        return text
    line, column = int(found.group(1)), int(found.group(2))
    lines = sparql.splitlines() or [""]
    near = lines[min(line, len(lines)) - 1][max(column - 1, 0):][:20].strip()
    where = f"line {line}, column {column}" + (f" (at {near!r})" if near else " (at the end)")
    return f"{where}: {text[found.end():]}"


def update_refusal(sparql: str, *, how: str) -> str | None:
    """What to say when SPARQL sent as a query is an update (INSERT, DELETE, ...), else None; ``how`` says
    where updates are accepted instead."""
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        requests = [_CAMEL.sub(" ", request.name).upper() for request in parseUpdate(sparql).request]
    except Exception:  # not an update either: pyparsing's errors, a TypeError for empty text
        return None
    if not requests:
        return None
    return f"this is a SPARQL update ({', '.join(dict.fromkeys(requests))}), and updates are not accepted here; {how}"


CLI_UPDATES = ("graph-builder query runs SELECT, ASK, CONSTRUCT and DESCRIBE only (to change a store: build into "
               "it, graph-builder remove, or graph-builder serve --allow-update and send the update as update=)")


def query_error(exc: Exception, sparql: str) -> QueryError:
    """The one-line QueryError for a query rdflib or Oxigraph could not run."""
    refusal = update_refusal(sparql, how=CLI_UPDATES)
    if refusal:
        return QueryError(refusal)
    problem = syntax_problem(sparql)
    if problem:
        return QueryError(f"the SPARQL query failed: {problem}")
    reason = syntax_message(str(exc), sparql) if isinstance(exc, SyntaxError) else " ".join(str(exc).split())
    return QueryError(f"the SPARQL query failed: {reason}. Check its syntax; prefixes "
                      f"{', '.join(sorted(PREFIXES))} are predeclared")


def within(seconds: float | None, work: Callable[[], T]) -> T:
    """What ``work`` returns, computed in a process of its own that is stopped after ``seconds`` (None: no limit,
    computed here) with a QueryError that says what to do: the query command's ``--timeout``. A process, as the
    endpoint's query processes: Oxigraph evaluates an aggregate without heeding an alarm or Ctrl-C, and only a
    process that is stopped stops it. The process is forked, so the graph or store already opened is its own."""
    if seconds is None:
        return work()
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    process = context.Process(target=_send_outcome, args=(work, sending), daemon=True)
    process.start()
    sending.close()
    try:
        if not receiving.poll(seconds):
            raise QueryError(f"the query ran longer than --timeout {seconds:g} seconds and was stopped; narrow it (a "
                             "LIMIT, a FILTER, fewer patterns) or give a longer --timeout")
        failed, outcome = receiving.recv()
    except EOFError as exc:
        process.join()
        raise QueryError(f"the query process stopped (status {process.exitcode}) before answering; run the query "
                         "again without --timeout to see why") from exc
    finally:
        process.kill()
        process.join()
    if failed:
        raise outcome
    return outcome


def _send_outcome(work: Callable[[], T], sending) -> None:
    """Run ``work`` in the query process and send back (False, its value) or (True, the error it raised)."""
    try:
        sending.send((False, work()))
    except Exception as exc:
        try:
            sending.send((True, exc))
        except Exception:  # an error that cannot be sent whole is sent as its message
            sending.send((True, QueryError(str(exc))))


def run_query(graph: Graph, query: str) -> Result:
    """Run SPARQL with the project's prefixes predeclared (kg:, schema:, rdfs:, skos:, ent:, ...), and those
    only: a prefix rdflib alone knows (``dcat:``) is refused, as the store and the endpoint refuse it."""
    undeclared = undeclared_prefix(query)
    if undeclared:
        raise QueryError(f"the SPARQL query failed: {undeclared}")
    try:
        return graph.query(query, initNs=PREFIXES)
    except Exception as exc:  # pyparsing and rdflib raise many error types for bad queries
        raise query_error(exc, query) from exc


def _variables(tree) -> Iterator[str]:
    """The names of the variables in an rdflib SPARQL parse tree, in the order of the query's text."""
    from rdflib.term import Variable

    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, Variable):
            yield str(node)
        elif isinstance(node, dict):
            stack.extend(reversed(list(node.values())))
        elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
            stack.extend(reversed(list(node)))


@functools.lru_cache(maxsize=256)
def _star_order(sparql: str) -> tuple[str, ...] | None:
    """For a ``SELECT *`` query, its variables in the order they first appear in it; None for any other query
    or one rdflib's SPARQL 1.1 grammar cannot read."""
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        tree = parseQuery(sparql)
    except Exception:  # pyparsing raises its own errors, and deep nesting a RecursionError
        return None
    select = tree[1]
    if getattr(select, "name", None) != "SelectQuery" or "projection" in select:
        return None
    return tuple(dict.fromkeys(_variables(tree)))


def result_variables(variables: Sequence[str], sparql: str | None) -> list[str]:
    """The columns of a SELECT answer in the order the query gives them: for ``SELECT *`` the order in which
    the variables first appear in the query (rdflib's own order changes from run to run, Oxigraph's is
    alphabetical), else the projection's, as the engine gives it."""
    order = _star_order(sparql) if sparql else None
    if not order:
        return list(variables)
    rank = {name: place for place, name in enumerate(order)}
    return sorted(variables, key=lambda name: rank.get(name, len(rank)))


def format_result(result: Result, fmt: str = "table", *, sparql: str | None = None) -> str:
    """Rows for SELECT (table, csv, tsv, json, xml), true/false for ASK, Turtle for CONSTRUCT and DESCRIBE, written
    by ``graph_builder.results``: the same text ``format_store_result`` gives for the same answer from a store.
    ``sparql``, the query, orders the columns of ``SELECT *`` (see ``result_variables``)."""
    import pyoxigraph

    from graph_builder.rdf import oxigraph_triples

    _check_format(fmt)
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return results.graph(oxigraph_triples(result), "turtle").decode("utf-8")
    if result.type == "ASK":
        return _boolean_text(bool(result.askAnswer), fmt)
    solutions = pyoxigraph.parse_query_results(result.serialize(format="json"),
                                               format=pyoxigraph.QueryResultsFormat.JSON)
    return format_store_result(solutions, fmt, sparql=sparql)


def format_store_result(result, fmt: str = "table", *, sparql: str | None = None) -> str:
    """The same output formats for answers (pyoxigraph results) from the Oxigraph store."""
    import pyoxigraph

    _check_format(fmt)
    if isinstance(result, pyoxigraph.QueryBoolean):
        return _boolean_text(bool(result), fmt)
    if isinstance(result, pyoxigraph.QueryTriples):
        return results.graph(list(result), "turtle").decode("utf-8")
    variables = result_variables([v.value for v in result.variables], sparql)
    rows = [[solution[name] for name in variables] for solution in result]
    if fmt == "table":
        return results.table(variables, rows, prefixes=TABLE_PREFIXES)
    return results.solutions(variables, rows, fmt).decode("utf-8")


def _check_format(fmt: str) -> None:
    if fmt not in OUTPUT_FORMATS:
        raise UsageError(f"unknown output format {fmt!r}; choose one of {', '.join(OUTPUT_FORMATS)}")


def _boolean_text(value: bool, fmt: str) -> str:
    return results.boolean(value, "tsv" if fmt == "table" else fmt).decode("utf-8")


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


ONTOLOGY_IRI = "https://w3id.org/newskg/ontology"
"""The ontology's own node (``a owl:Ontology``): a graph that has it holds the ontology already."""


def with_ontology(data, folder: str | Path | None = None):
    """Graph data with the ontology's triples beside them (``newskg.ttl`` of ``folder``, by default the installed
    ``ontology/``), as a store built by ``graph-builder build --store`` holds them, so that relations by quad class,
    CAMEO root or label are answered from a graph file too: an rdflib Graph (``graph-builder query --graph``) gets
    them among its triples, an Oxigraph store (``graph-builder serve`` on a graph file) in its ontology graph. Data
    that states the ontology's own triple (``<https://w3id.org/newskg/ontology> a owl:Ontology``) in any graph
    holds the ontology already and is left as it is."""
    from rdflib.namespace import OWL, RDF

    from graph_builder.vocab import ontology_file

    path = ontology_file("newskg.ttl", folder)
    own = (URIRef(ONTOLOGY_IRI), RDF.type, OWL.Ontology)
    if isinstance(data, Graph):
        if own not in data:
            data.parse(path, format="turtle")
        return data
    import pyoxigraph

    from graph_builder.store import ONTOLOGY_GRAPH

    if next(iter(data.quads_for_pattern(*(pyoxigraph.NamedNode(str(node)) for node in own))), None) is None:
        data.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE, to_graph=pyoxigraph.NamedNode(ONTOLOGY_GRAPH))
    return data
