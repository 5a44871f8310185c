"""Guard: which operations a request asks for, read from its parsed form before anything runs.

A federated ``SERVICE`` clause makes the server fetch a URL of the client's choosing, and so does
``LOAD``; both are refused. The query is parsed with rdflib's SPARQL 1.1 grammar and the parse tree is
searched for those operations, so a keyword inside a string, an IRI, a comment, a variable
(``?service``) or a prefixed name (``schema:Service``) is not mistaken for one, and one hidden behind a
comment or a string delimiter is still found.

Oxigraph accepts a little more than SPARQL 1.1 (triple terms, for instance). A request rdflib cannot
parse is let through to Oxigraph only when its text does not name SERVICE or LOAD at all; and a
request rdflib parses is refused all the same when its text has the shape of a SERVICE or LOAD clause
that the parse tree lacks, so the two parsers can never disagree in the client's favour.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

CACHED_LENGTH = 4096  # characters: at most 1,024 verdicts on requests this short are kept, a few MB at worst
_FORBIDDEN = {"ServiceGraphPattern": "SERVICE", "Load": "LOAD"}
_GAP = r"(?:\s|#[^\n]*(?:\n|$))*"
_KEYWORD = r"(?<![\w?$:])({word})(?![\w:\-])"
_CLAUSE = {
    "SERVICE": re.compile(_KEYWORD.format(word="SERVICE") + _GAP + rf"(?:SILENT{_GAP})?(?:<|[?$]|[A-Za-z_][\w.\-]*:|:)",
                          re.IGNORECASE),
    "LOAD": re.compile(_KEYWORD.format(word="LOAD") + _GAP + rf"(?:SILENT{_GAP})?(?:<|[A-Za-z_][\w.\-]*:|:)",
                       re.IGNORECASE),
}
_ANY_MENTION = re.compile(_KEYWORD.format(word="SERVICE|LOAD"), re.IGNORECASE)
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


@dataclass(frozen=True)
class Refusal:
    """Why a request is refused, in words for the client."""

    message: str


def _unescaped(text: str) -> str:
    """The text with SPARQL's \\u and \\U escapes applied (they may stand anywhere in a request)."""

    def char(match: re.Match) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code < 0x110000 and not 0xD800 <= code < 0xE000 else match.group(0)

    return _ESCAPE.sub(char, text)


def _operations(tree) -> set[str]:
    """The forbidden operations named anywhere in an rdflib parse tree."""
    found: set[str] = set()
    stack = [tree]
    while stack:
        node = stack.pop()
        name = getattr(node, "name", None)
        if name in _FORBIDDEN:
            found.add(_FORBIDDEN[name])
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
            stack.extend(node)
    return found


def _parse(sparql: str, operation: str):
    """The rdflib parse tree, or None when rdflib's SPARQL 1.1 grammar does not accept the text."""
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        return (parseUpdate if operation == "update" else parseQuery)(sparql)
    except Exception:  # pyparsing raises its own errors, and deep nesting a RecursionError
        return None


def check(sparql: str, operation: str) -> Refusal | None:
    """A Refusal when the query or update would fetch a URL (SERVICE, LOAD), else None. Parsing costs a few
    milliseconds, so the verdicts on short requests (the ones a dashboard repeats) are remembered."""
    if len(sparql) <= CACHED_LENGTH:
        return _remembered(sparql, operation)
    return _check(sparql, operation)


@functools.lru_cache(maxsize=1024)
def _remembered(sparql: str, operation: str) -> Refusal | None:
    return _check(sparql, operation)


def _check(sparql: str, operation: str) -> Refusal | None:
    text = _unescaped(sparql)
    tree = _parse(sparql, operation)
    if tree is None:
        if _ANY_MENTION.search(text):
            return Refusal("This request names SERVICE or LOAD and could not be read by the endpoint's SPARQL 1.1 "
                           "parser, so it cannot be shown not to fetch other URLs; it is refused. Federated "
                           "queries and LOAD are not served here.")
        return None
    named = _operations(tree) | {word for word, pattern in _CLAUSE.items() if pattern.search(text)}
    if "SERVICE" in named:
        return Refusal("Federated SERVICE queries are refused by this endpoint: they would make the server fetch "
                       "other URLs. Query the data held here.")
    if "LOAD" in named:
        return Refusal("LOAD is refused by this endpoint: it would make the server fetch a URL. Build the data "
                       "into the store with graph-builder build --store instead.")
    return None
