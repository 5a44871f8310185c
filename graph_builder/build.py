"""Build: run the stages in order, from inputs to the three output files and a summary."""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from graph_builder import entities as entity_stage
from graph_builder.errors import GraphBuilderError, InputError
from graph_builder.files import write_atomic
from graph_builder.ingest import read_documents
from graph_builder.nlp import DEFAULT_MODEL
from graph_builder.parallel import analysed
from graph_builder.records import Document, DocumentResult

DEFAULT_INPUT = "examples/articles"


@dataclass(kw_only=True)
class BuildReport:
    """What a build did, for the summary line and for tests."""

    results: list[DocumentResult]
    errors: list[InputError] = field(default_factory=list)
    seconds: float = 0.0
    outputs: dict[str, Path | str] = field(default_factory=dict)

    @property
    def documents(self) -> int:
        return len(self.results)

    @property
    def sentences(self) -> int:
        return sum(r.sentences for r in self.results)

    def entity_types(self) -> Counter:
        unique = {e.id: e for r in self.results for e in r.entities}
        return Counter(e.type for e in unique.values())

    @property
    def quotes(self) -> int:
        return sum(len(r.quotes) for r in self.results)

    def relation_counts(self) -> Counter:
        return Counter(rel.relation for r in self.results for rel in r.relations)

    def summary(self) -> str:
        types = ", ".join(f"{k} {v}" for k, v in sorted(self.entity_types().items())) or "none"
        rels = ", ".join(f"{k} {v}" for k, v in sorted(self.relation_counts().items())) or "none"
        lines = [
            f"documents: {self.documents}  sentences: {self.sentences}  errors: {len(self.errors)}",
            f"entities: {sum(self.entity_types().values())} ({types})",
            f"relations: {sum(self.relation_counts().values())} ({rels})",
            f"quotes: {self.quotes}",
            f"seconds: {self.seconds:.2f}",
        ]
        lines += [f"wrote: {path}" for path in self.outputs.values()]
        return "\n".join(lines)


def process(documents: Sequence[Document], *, model: str = DEFAULT_MODEL, workers: int | None = None,
            batch_size: int | None = None, progress: bool = False, known: dict[str, str] | None = None,
            dask_address: str | None = None) -> list[DocumentResult]:
    """Parse, resolve entities and extract relations for every document, then unify entities across them
    (and with the ``known`` entities of a store)."""
    results = list(analysed(documents, model=model, workers=workers, batch_size=batch_size, progress=progress,
                            dask_address=dask_address))
    return entity_stage.unify(results, known)


def stream_to_store(documents: Sequence[Document], store, *, model: str = DEFAULT_MODEL,
                    workers: int | None = None, progress: bool = False,
                    dask_address: str | None = None) -> list[DocumentResult]:
    """Write each document into the store (a KnowledgeStore or a RemoteStore) as soon as it is analysed,
    its actors named consistently with everything stored before it; an interruption keeps every document
    finished so far."""
    unifier = entity_stage.Unifier(store.known_entities())
    written = []
    for result in analysed(documents, model=model, workers=workers, progress=progress, dask_address=dask_address):
        (unified,) = unifier.unify([result])
        store.put(unified)
        unifier.remember(unified)
        written.append(replace(unified, mentions=()))
    store.flush()
    return written


def collect_documents(inputs: Sequence[str], errors: list[InputError]) -> list[Document]:
    documents = []
    seen: set[str] = set()
    for document in read_documents(inputs, on_error=errors.append):
        if document.id in seen:
            errors.append(InputError(f"document id {document.id!r} appears twice; the later copy is skipped",
                                     path=document.source))
            continue
        seen.add(document.id)
        documents.append(document)
    return documents


def write_jsonl(records: Iterable, path: Path) -> None:
    """One JSON object a line (relations or quotes), written atomically."""
    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8") as fh:
            for record in records:
                fh.write(json.dumps(record.as_json(), ensure_ascii=False) + "\n")

    write_atomic(path, write)


def build(inputs: Sequence[str] = (DEFAULT_INPUT,), *, out: str | Path = "out", model: str = DEFAULT_MODEL,
          workers: int | None = None, progress: bool = False, on_error: Callable[[InputError], None] | None = None,
          html: bool = True, store: str | Path | None = None, store_url: str | None = None,
          dask_address: str | None = None) -> BuildReport:
    """Build graph.ttl, relations.jsonl and graph.html in ``out`` from the inputs, or, with ``store``
    (a folder) or ``store_url`` (a Graph Store Protocol endpoint), write every document into that store as
    its own named graph. ``dask_address`` runs the analysis on that Dask cluster instead of this machine."""
    from graph_builder.rdf import to_rdf, write_graph
    from graph_builder.visualize import write_page

    started = time.perf_counter()
    errors: list[InputError] = []
    documents = collect_documents(inputs, errors)
    if on_error:
        for error in errors:
            on_error(error)
    if not documents:
        raise GraphBuilderError("no document could be read from the inputs; see the messages above")
    if store is not None and store_url is not None:
        raise GraphBuilderError("give --store DIR or --store-url URL, not both")
    if store is not None or store_url is not None:
        from graph_builder.store import KnowledgeStore, RemoteStore

        target = KnowledgeStore(store) if store is not None else RemoteStore(store_url)
        results = stream_to_store(documents, target, model=model, workers=workers, progress=progress,
                                  dask_address=dask_address)
        return BuildReport(results=results, errors=errors, seconds=time.perf_counter() - started,
                           outputs={"store": store if store is not None else store_url})
    results = process(documents, model=model, workers=workers, progress=progress, dask_address=dask_address)
    out = Path(out)
    rdf_graph = to_rdf(results)
    outputs = {"graph": out / "graph.ttl", "relations": out / "relations.jsonl", "quotes": out / "quotes.jsonl"}
    write_graph(rdf_graph, outputs["graph"])
    write_jsonl((rel for r in results for rel in r.relations), outputs["relations"])
    write_jsonl((quote for r in results for quote in r.quotes), outputs["quotes"])
    if html:
        for path in write_page(rdf_graph, out / "graph.html"):
            outputs[path.suffix.lstrip(".")] = path
    return BuildReport(results=results, errors=errors, seconds=time.perf_counter() - started, outputs=outputs)
