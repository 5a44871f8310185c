"""The project's exceptions, one root and a small tree.

    GraphBuilderError
     ├── UsageError          options or arguments that are missing, contradict each other or have a bad value
 │    └── AliasesError   an aliases file (--aliases, review --apply) has a bad row (names the file and line)
     ├── InputError          an article or input path cannot be read (names the file and line)
     ├── ModelError          the spaCy pipeline cannot be loaded
     ├── OntologyError       the ontology files are missing or inconsistent
     ├── ExtractionError     an extractor failed on a document
     ├── AnalysisError       one document could not be analysed (a bug: the build leaves it out and goes on)
     ├── OutputError         an output folder or file cannot be written
     ├── StoreError          a store, a Graph Store endpoint or the SPARQL endpoint cannot be opened, reached,
     │                       read, written or served (network failures too)
     ├── QueryError          a SPARQL query or a graph file cannot be used
     └── VisualizationError  a page cannot be drawn (no actor by the name to focus on, ...)

Every message says what happened and what to do about it. The command line prints it as one line,
``graph-builder: error: ...``, and exits with status 2 for a UsageError, 1 for every other error.
"""

from __future__ import annotations


def _where(path: str, line: int | None) -> str:
    """``path`` or ``path:line``, as a message starts."""
    return path if line is None else f"{path}:{line}"


class GraphBuilderError(Exception):
    """Root of every error graph_builder raises on purpose."""


class UsageError(GraphBuilderError):
    """The call or command line asks for something impossible: an argument is missing, two options
    contradict each other, or a value is not one of those accepted (the command line exits with status 2)."""


class AliasesError(UsageError):
    """An aliases file of analyst corrections cannot be read or has a bad row: the message names the file and
    line and says what to write instead. Nothing is built (the command line exits with status 2)."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        super().__init__(f"{_where(path or '<aliases>', line)}: {message}")
        self.path = path
        self.line = line


class InputError(GraphBuilderError):
    """An input path, file or line cannot be turned into a document; with ``ignored``, only an optional part of
    it (a bad ``date`` or ``url`` field) is left out and the document is built: a warning, not an error."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None, ignored: bool = False):
        super().__init__(f"{_where(path or '<input>', line)}: {message}")
        self.path = path
        self.line = line
        self.ignored = ignored


class ModelError(GraphBuilderError):
    """The spaCy pipeline named with --model is not installed or not usable."""


class OntologyError(GraphBuilderError):
    """The ontology that ships with the package is missing or says something inconsistent."""


class ExtractionError(GraphBuilderError):
    """An extractor failed on a document."""


class AnalysisError(GraphBuilderError):
    """Parsing, entity resolution, extraction or quotation finding failed unexpectedly on one document."""


class OutputError(GraphBuilderError):
    """An output folder or file cannot be created or written."""


class StoreError(GraphBuilderError):
    """A store (an Oxigraph folder or a Graph Store Protocol endpoint) cannot be opened, reached, read or
    written, or the SPARQL endpoint cannot serve it or listen."""


class QueryError(GraphBuilderError):
    """A SPARQL query or a graph file cannot be used."""


class VisualizationError(GraphBuilderError):
    """The network page cannot be drawn as asked (no actor by the name given to focus on, ...)."""
