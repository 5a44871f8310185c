"""SPARQL text before it runs: the prefixes every query may use, and where a query that cannot be read goes wrong.

The same words on every path (``graph-builder query`` on a graph file, which rdflib answers, and on a store or at
the endpoint, which Oxigraph answers): the position is rdflib's SPARQL 1.1 parser's, which stops at the start of
the word it cannot read, with Oxigraph's furthest point read as a hint where rdflib only names a whole clause.
"""

from __future__ import annotations

import functools
import re

from rdflib.namespace import DC, DCTERMS, FOAF, ORG, OWL, RDF, RDFS, SH, SKOS, XSD

from graph_builder.vocab import COLLECTIVE, DOC, ENTITY, KG, PROV, QUOTE, SCHEMA, SECTOR, STATEMENT

PREFIXES = {"kg": KG._NS, "schema": SCHEMA, "prov": PROV, "rdf": RDF, "rdfs": RDFS, "skos": SKOS, "xsd": XSD,
            "owl": OWL, "ent": ENTITY, "doc": DOC, "st": STATEMENT, "quote": QUOTE, "col": COLLECTIVE,
            "sec": SECTOR, "dcterms": DCTERMS, "dc": DC, "foaf": FOAF, "org": ORG, "sh": SH}
"""The prefixes every query may use undeclared, on a graph file, a store and the endpoint alike: the graph's and
the ontology's own and the common W3C and Dublin Core ones. rdflib's other defaults (``dcat:``, ``brick:``, ...)
are not among them, so a query that runs on a file runs at the endpoint too."""

_TOKEN = re.compile(r"[\w:?$.\-]+|\S")
_QUERY_FORMS = "SelectQuery | ConstructQuery"
CHECK = "check the query there"


def _spot(sparql: str, offset: int) -> str:
    """``line L, column C, at 'WORD'`` for a character offset into the query (or ``the end of the query``)."""
    token = _TOKEN.match(sparql, offset) if offset < len(sparql) else None
    if token is None or not sparql[offset:].strip():
        return "the end of the query"
    line = sparql.count("\n", 0, offset) + 1
    column = offset - (sparql.rfind("\n", 0, offset) + 1) + 1
    return f"line {line}, column {column}, at {token.group(0)[:30]!r}"


@functools.lru_cache(maxsize=256)
def _parsed(sparql: str, update: bool):
    """rdflib's parse tree of the query (or update), or the pyparsing error that says where it stops; None when
    rdflib fails otherwise (nesting too deep)."""
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        return (parseUpdate if update else parseQuery)(sparql)
    except ParseBaseException as exc:
        return exc
    except Exception:  # a RecursionError, a TypeError for empty text
        return None


def _prefixes(tree) -> tuple[set[str], list[str]]:
    """(the prefixes the query declares, those its prefixed names use, in order) of an rdflib parse tree."""
    declared: set[str] = set()
    used: list[str] = []
    stack = [tree]
    while stack:
        node = stack.pop()
        name = getattr(node, "name", None)
        if name == "PrefixDecl":
            declared.add(dict.get(node, "prefix") or "")  # CompValue.get answers a missing key with its name
        elif name == "pname":
            used.append(dict.get(node, "prefix") or "")
        if isinstance(node, dict):
            stack.extend(reversed(list(node.values())))
        elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
            stack.extend(reversed(list(node)))
    return declared, used


def undeclared_prefix(sparql: str, *, update: bool = False) -> str | None:
    """What to say when the query uses a prefix it does not declare and that is not predeclared, else None."""
    tree = _parsed(sparql, update)
    if tree is None or isinstance(tree, Exception):
        return None
    declared, used = _prefixes(tree)
    missing = next((prefix for prefix in used if prefix not in declared and prefix not in PREFIXES), None)
    if missing is None:
        return None
    found = re.search(rf"(?<![\w:?$<\"'#/.\-]){re.escape(missing)}:", sparql)
    where = _spot(sparql, found.start()) if found else "the query"
    return (f"syntax error at {where}: the prefix '{missing}:' is not declared; add PREFIX {missing}: <IRI> before "
            f"the query (predeclared: {', '.join(sorted(PREFIXES))})")


def _oxigraph_stop(sparql: str) -> int | None:
    """The offset where Oxigraph's parser stops reading the query, or None when it reads it."""
    import pyoxigraph

    try:
        pyoxigraph.Store().query(sparql, prefixes={name: str(iri) for name, iri in PREFIXES.items()})
    except SyntaxError as exc:
        found = re.match(r"error at (\d+):(\d+)", str(exc))
        if found:
            lines = sparql.split("\n")
            line = min(int(found.group(1)), len(lines))
            return sum(len(text) + 1 for text in lines[:line - 1]) + int(found.group(2)) - 1
    except Exception:  # noqa: BLE001 (it parsed; evaluation on an empty store is no concern here)
        return None
    return None


def _expected(exc, sparql: str, update: bool) -> str:
    """What rdflib's parser wanted where it stopped, in words."""
    if exc.loc >= len(sparql.rstrip()):
        return "the query ends too soon (a '}', ')' or closing quote missing?)"
    if _QUERY_FORMS in exc.msg:
        return "a query starts with SELECT, CONSTRUCT, DESCRIBE or ASK, after any PREFIX and BASE lines"
    if "end of text" in exc.msg:
        return "the query should end before this (a misspelt keyword, or a bracket too many?)"
    stop = None if update else _oxigraph_stop(sparql)
    hint = f"; the parser stopped at {_spot(sparql, stop)}" if stop and exc.loc < stop < len(sparql.rstrip()) else ""
    return f"this cannot be read from here on (a '.', bracket or quote missing, or a misspelt word?){hint}"


def syntax_problem(sparql: str, *, update: bool = False) -> str | None:
    """One line that says where the query stops being SPARQL (line, column and the word there) and what was wanted
    there, or that it uses a prefix nobody declared; None when rdflib reads it with every prefix known."""
    if not sparql.strip():
        return "the query is empty; give SELECT, CONSTRUCT, DESCRIBE or ASK"
    tree = _parsed(sparql, update)
    if isinstance(tree, Exception):
        return f"syntax error at {_spot(sparql, tree.loc)}: {_expected(tree, sparql, update)}; {CHECK}"
    return undeclared_prefix(sparql, update=update)
