"""Build: run the stages in order, from inputs to the three output files and a summary."""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from graph_builder import entities as entity_stage
from graph_builder.errors import GraphBuilderError, InputError
from graph_builder.extract import extract_relations
from graph_builder.extract.quotes import extract_quotes
from graph_builder.files import write_atomic
from graph_builder.ingest import read_documents
from graph_builder.nlp import DEFAULT_MODEL, load_pipeline, parse
from graph_builder.records import Document, DocumentResult

DEFAULT_INPUT = "examples/articles"


@dataclass(kw_only=True)
class BuildReport:
    """What a build did, for the summary line and for tests."""

    results: list[DocumentResult]
    errors: list[InputError] = field(default_factory=list)
    seconds: float = 0.0
    outputs: dict[str, Path] = field(default_factory=dict)

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


def _progress(iterable: Iterable, *, total: int | None, enabled: bool):
    if not enabled:
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, total=total, unit="doc", desc="building", file=sys.stderr, leave=False)


def default_workers(documents: int) -> int:
    """All cores for an archive; one process for a handful of articles, where starting more costs more."""
    return max(1, os.cpu_count() or 1) if documents >= 16 else 1


def batch_size_for(documents: Sequence[Document], *, target_chars: int = 40_000) -> int:
    """Documents per nlp.pipe batch so a batch holds about ``target_chars`` characters of text."""
    sample = documents[:200]
    average = sum(len(d.text) for d in sample) / max(1, len(sample))
    return max(1, min(256, round(target_chars / max(average, 1))))


def _analyse_parsed(pairs) -> Iterator[DocumentResult]:
    """Entities, relations and quotes of each parsed document, as small records (the text is dropped)."""
    for document, doc in pairs:
        doc_entities = entity_stage.resolve(doc, document)
        relations = extract_relations(doc, doc_entities)
        yield DocumentResult(
            document=replace(document, text=""), sentences=len(doc_entities.sentence_starts),
            entities=doc_entities.entities, mentions=doc_entities.mentions, relations=tuple(relations),
            quotes=tuple(extract_quotes(doc, doc_entities)),
        )


_WORKER_MODEL: dict[str, str] = {}


def _start_worker(model: str) -> None:
    _WORKER_MODEL["model"] = model
    load_pipeline(model)


def _analyse_chunk(documents: list[Document]) -> list[DocumentResult]:
    nlp = load_pipeline(_WORKER_MODEL["model"])
    return list(_analyse_parsed(parse(nlp, documents, batch_size=len(documents), workers=1)))


def analysed(documents: Sequence[Document], *, model: str = DEFAULT_MODEL, workers: int | None = None,
             batch_size: int | None = None, progress: bool = False) -> Iterator[DocumentResult]:
    """Every document analysed, in input order.

    With more than one worker, each worker process loads the pipeline once, parses its share and also
    resolves entities and extracts relations, so only the small records cross processes, never a
    spaCy Doc.
    """
    workers = workers or default_workers(len(documents))
    size = batch_size or batch_size_for(documents)
    if workers <= 1:
        pairs = parse(load_pipeline(model), documents, batch_size=size, workers=1)
        yield from _progress(_analyse_parsed(pairs), total=len(documents), enabled=progress and len(documents) > 1)
        return
    import multiprocessing

    chunks = [list(documents[i:i + size]) for i in range(0, len(documents), size)]
    with multiprocessing.get_context("fork").Pool(workers, initializer=_start_worker, initargs=(model,)) as pool:
        flat = (result for chunk in pool.imap(_analyse_chunk, chunks) for result in chunk)
        yield from _progress(flat, total=len(documents), enabled=progress and len(documents) > 1)


def process(documents: Sequence[Document], *, model: str = DEFAULT_MODEL, workers: int | None = None,
            batch_size: int | None = None, progress: bool = False,
            known: dict[str, str] | None = None) -> list[DocumentResult]:
    """Parse, resolve entities and extract relations for every document, then unify entities across them
    (and with the ``known`` entities of a store)."""
    results = list(analysed(documents, model=model, workers=workers, batch_size=batch_size, progress=progress))
    return entity_stage.unify(results, known)


def stream_to_store(documents: Sequence[Document], store, *, model: str = DEFAULT_MODEL,
                    workers: int | None = None, progress: bool = False) -> list[DocumentResult]:
    """Write each document into the store as soon as it is analysed, its actors named consistently with
    everything stored before it; an interruption keeps every document finished so far."""
    known = store.known_entities()
    written = []
    for result in analysed(documents, model=model, workers=workers, progress=progress):
        (unified,) = entity_stage.unify([result], known)
        store.put(unified)
        known.update({e.label: e.type for e in unified.entities})
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
          html: bool = True, store: str | Path | None = None) -> BuildReport:
    """Build graph.ttl, relations.jsonl and graph.html in ``out`` from the inputs, or, with ``store``,
    write every document into that Oxigraph store as its own named graph."""
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
    if store is not None:
        from graph_builder.store import KnowledgeStore

        results = stream_to_store(documents, KnowledgeStore(store), model=model, workers=workers,
                                  progress=progress)
        return BuildReport(results=results, errors=errors, seconds=time.perf_counter() - started,
                           outputs={"store": Path(store)})
    results = process(documents, model=model, workers=workers, progress=progress)
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
