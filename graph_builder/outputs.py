"""Outputs: the files a build writes, each by a writer registered in ``graph_builder.registry.writers``.

A writer is a class, registered under a name the way a package would register its own::

    from graph_builder.outputs import OutputWriter
    from graph_builder.registry import writers

    @writers.register("csv")
    class CsvWriter(OutputWriter):
        files = {"csv": "relations.csv"}          # output name -> file name in --out

        def __init__(self, folder):
            super().__init__(folder)
            self.out = folder.open("relations.csv")

        def document(self, result):               # each document, unified, in order
            for relation in result.relations:
                self.out.write(f"{relation.subject.label},{relation.relation},{relation.object.label}\\n")

A build makes each writer once, hands it every document and every group of RDF triples as they come, and
calls ``close`` after the last. The files are written into a hidden staging folder inside ``--out`` and
moved into place together once every writer has closed; a failed build moves none of them.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from pathlib import Path
from typing import Any, ClassVar, TextIO

from graph_builder import interrupt
from graph_builder.errors import GraphBuilderError
from graph_builder.records import Document, DocumentResult
from graph_builder.registry import writers
from graph_builder.vocab import Lexicon


class OutputFolder:
    """Where a writer writes: ``path`` is a staging folder whose files are moved into ``--out`` when the build
    succeeds; ``lexicon`` is the build's Lexicon (what the ontology says: relations, labels, colours);
    ``max_nodes`` is how many actors the network page draws at first (``--max-nodes``; None: its default) and
    ``title`` the page's title (``--title``; None: the number of articles and the days they span)."""

    def __init__(self, path: Path, files: contextlib.ExitStack, *, lexicon: Lexicon,
                 max_nodes: int | None = None, title: str | None = None) -> None:
        self.path = path
        self.lexicon = lexicon
        self.max_nodes = max_nodes
        self.title = title
        self._files = files

    def open(self, name: str) -> TextIO:
        """A UTF-8 text file ``name`` in the staging folder, open for writing; the build closes it."""
        return self._files.enter_context((self.path / name).open("w", encoding="utf-8", newline="\n"))


class OutputWriter:
    """Writes one or more output files of a build while the documents stream past (see the module docstring).

    ``files`` names what it writes: output name (the key in the build report) -> file name. The methods do
    nothing here; a writer overrides those it needs."""

    files: ClassVar[dict[str, str]] = {}

    def __init__(self, folder: OutputFolder) -> None:
        self.folder = folder

    def document(self, result: DocumentResult) -> None:
        """One analysed document, its entities unified across the whole build."""

    def triples(self, group: Iterable[tuple]) -> None:
        """RDF triples (rdflib terms) in groups that never share a triple: each document's facts as it comes,
        then one group of what is said about the entities themselves."""

    def close(self) -> None:
        """After the last document and group: write whatever is still to be written."""


def write_json_lines(handle, records: Iterable, *, document: Document | None = None) -> None:
    """One JSON object a line (relations or quotes); with the ``document`` they come from, each says after its
    ``doc`` where that was read (see ``document_source``)."""
    where = document_source(document) if document is not None else {}
    for record in records:
        handle.write(json.dumps(_placed(record.as_json(), where), ensure_ascii=False) + "\n")


def document_source(document: Document) -> dict:
    """Where a document was read: ``source``, the file as the user named it (``FILE:LINE`` for a line of JSON
    Lines, ``<stdin>`` for standard input), and its ``url`` when it has one."""
    where = {"source": document.source}
    if document.url:
        where["url"] = document.url
    return where


def _placed(found: dict, where: dict) -> dict:
    """The record with the fields of ``where`` right after its ``doc``."""
    placed = {}
    for key, value in found.items():
        placed[key] = value
        if key == "doc":
            placed.update(where)
    return placed


@writers.register("turtle")
class TurtleWriter(OutputWriter):
    """graph.ttl, written group by group with the project's prefixes."""

    files: ClassVar[dict[str, str]] = {"graph": "graph.ttl"}

    def __init__(self, folder: OutputFolder) -> None:
        from graph_builder.rdf import TurtleNames, turtle_prefixes

        super().__init__(folder)
        self.names = TurtleNames(turtle_prefixes())
        self.out = folder.open("graph.ttl")
        self.out.write(self.names.header())

    def triples(self, group: Iterable[tuple]) -> None:
        from graph_builder.rdf import oxigraph_triples

        self.out.writelines(self.names.blocks(oxigraph_triples(group)))


class JsonLinesWriter(OutputWriter):
    """One file of JSON Lines: a record a line of each document's ``field`` (its single ``files`` entry)."""

    field: ClassVar[str]

    def __init__(self, folder: OutputFolder) -> None:
        super().__init__(folder)
        (file_name,) = self.files.values()
        self.out = folder.open(file_name)

    def document(self, result: DocumentResult) -> None:
        write_json_lines(self.out, getattr(result, self.field), document=result.document)


@writers.register("relations")
class RelationsWriter(JsonLinesWriter):
    """relations.jsonl: one relation a line."""

    files: ClassVar[dict[str, str]] = {"relations": "relations.jsonl"}
    field: ClassVar[str] = "relations"


@writers.register("quotes")
class QuotesWriter(JsonLinesWriter):
    """quotes.jsonl: one quotation a line."""

    files: ClassVar[dict[str, str]] = {"quotes": "quotes.jsonl"}
    field: ClassVar[str] = "quotes"


@writers.register("html")
class PageWriter(OutputWriter):
    """graph.html, the actor-network page, with graph.gexf and graph.graphml beside it (left out by
    ``--no-html``). Its actors and statements are collected from the documents as they pass (no copy of the
    RDF); the page needs them all, so it is drawn when the build ends."""

    files: ClassVar[dict[str, str]] = {"html": "graph.html", "gexf": "graph.gexf", "graphml": "graph.graphml"}

    def __init__(self, folder: OutputFolder) -> None:
        from graph_builder.visualize import ActorCollector

        super().__init__(folder)
        self.actors = ActorCollector(folder.lexicon)

    def document(self, result: DocumentResult) -> None:
        self.actors.document(result)

    def close(self) -> None:
        from graph_builder.visualize import DEFAULT_MAX_NODES, write_view

        max_nodes = self.folder.max_nodes if self.folder.max_nodes is not None else DEFAULT_MAX_NODES
        write_view(self.actors.view(), self.folder.path / "graph.html", lexicon=self.folder.lexicon,
                   max_nodes=max_nodes, title=self.folder.title)


BUILT_IN = ("turtle", "relations", "quotes", "html")


def writer_table() -> dict[str, type[OutputWriter]]:
    """Every writer by name: the built-in ones first, then those registered in code or by entry point."""
    try:
        table = writers.get_all()
    except Exception as exc:  # a package's entry point that cannot be imported
        raise GraphBuilderError(f"a writer an installed package adds (entry point group graph_builder_writers)"
                                f" cannot be loaded ({type(exc).__name__}: {exc}); fix or remove that package") from exc
    return dict(sorted(table.items(), key=lambda item: item[0] not in BUILT_IN))


def write_outputs(unified: Iterable[DocumentResult], out: Path, *,
                  count: Callable[[DocumentResult], None] | None = None, skip: Collection[str] = (),
                  lexicon: Lexicon, max_nodes: int | None = None, title: str | None = None) -> dict[str, Path]:
    """Every registered writer (but those named in ``skip``) fed from a stream of unified documents, then
    their files moved into ``out`` together; returns output name -> path, in writer order. ``count`` is
    called with each document as it passes (the build report counts it); ``max_nodes`` and ``title`` are the
    page's (see ``OutputFolder``)."""
    chosen = [writer for name, writer in writer_table().items() if name not in skip]
    with _staging(out) as stage:
        with contextlib.ExitStack() as files:
            folder = OutputFolder(stage, files, lexicon=lexicon, max_nodes=max_nodes, title=title)
            active = [writer(folder) for writer in chosen]
            _feed(active, unified, count)
        interrupt.check()
        return _move_into(out, stage, active)


MANIFEST = ".graph-builder-outputs"
"""The file in an output folder that lists the products the last build wrote there, one name a line."""


def remove_stale(out: Path, written: Collection[Path]) -> list[Path]:
    """The products the last build recorded in ``out``'s MANIFEST that this one did not write (its graph.html beside
    a ``--no-html`` build's graph.ttl), removed; returns their paths, and records what this build wrote. A file
    no build recorded (a user's own graph.html in a folder never built into) is never touched."""
    manifest = out / MANIFEST
    try:
        before = set(manifest.read_text(encoding="utf-8").split()) if manifest.is_file() else set()
    except (OSError, UnicodeDecodeError):
        before = set()
    names = {name for writer in writer_table().values() for name in writer.files.values()}
    kept = {path.name for path in written}
    stale = [out / name for name in sorted((before & names) - kept) if (out / name).is_file()]
    for path in stale:
        path.unlink()
    manifest.write_text("".join(f"{name}\n" for name in sorted(kept)), encoding="utf-8")
    return stale


def _feed(active: list[OutputWriter], unified: Iterable[DocumentResult],
          count: Callable[[DocumentResult], None] | None) -> None:
    """Each document, then its triples, to every writer; then close them."""
    for result, group in _documents_and_triples(unified):
        interrupt.check()  # a Ctrl-C whose KeyboardInterrupt was swallowed (in a __del__) still stops the build
        if result is not None:
            if count is not None:
                count(result)
            for writer in active:
                writer.document(result)
        for writer in active:
            writer.triples(group)
    for writer in active:
        writer.close()


def _documents_and_triples(unified: Iterable[DocumentResult]) -> Iterator[tuple[DocumentResult | None, Any]]:
    """(document, its RDF facts) for each document, then (None, the triples about the entities themselves:
    labels, classes, mention counts), so no triple is in two groups."""
    from graph_builder.rdf import (
        TripleSet,
        add_document,
        add_mention_counts,
        mention_counts,
        move_entity_triples,
    )

    entities, mentions = TripleSet(), Counter()
    for result in unified:
        mentions += mention_counts([result])
        facts = TripleSet()
        add_document(facts, entities, result)
        move_entity_triples(facts, entities)
        yield result, facts
    add_mention_counts(entities, mentions)
    yield None, entities


@contextlib.contextmanager
def _staging(out: Path) -> Iterator[Path]:
    """A hidden folder inside ``out`` for the writers, removed with whatever is left in it at the end."""
    stage = Path(tempfile.mkdtemp(prefix=".graph-builder-", suffix=".tmp", dir=out))
    try:
        yield stage
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def _move_into(out: Path, stage: Path, active: list[OutputWriter]) -> dict[str, Path]:
    """The files the writers wrote, moved from the staging folder into ``out``."""
    written: dict[str, Path] = {}
    for writer in active:
        for key, name in writer.files.items():
            if (stage / name).is_file():
                os.replace(stage / name, out / name)
                written[key] = out / name
    return written
