"""The project's exceptions, one root and a small tree.

    GraphBuilderError
     ├── InputError       an article or input path cannot be read (names the file and line)
     ├── ModelError       the spaCy pipeline cannot be loaded
     ├── OntologyError    the ontology files are missing or inconsistent
     ├── ExtractionError  an extractor failed on a document
     ├── AnalysisError    one document could not be analysed (a bug: the build leaves it out and goes on)
     ├── OutputError      an output folder or file cannot be written
     └── QueryError       a SPARQL query or graph file cannot be used

Every message says what happened and what to do about it.
"""

from __future__ import annotations


class GraphBuilderError(Exception):
    """Root of every error graph_builder raises on purpose."""


class InputError(GraphBuilderError):
    """An input path, file or line cannot be turned into a document."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        where = path or "<input>"
        if line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line


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


class QueryError(GraphBuilderError):
    """A SPARQL query or a graph file cannot be used."""
