"""Where the analysis runs: in this process, in a pool of local worker processes, or on a Dask cluster.

Whatever runs it, a worker loads the spaCy pipeline once, parses a batch of documents and also resolves
entities and extracts relations, so only the small records of ``graph_builder.records`` cross process
and machine boundaries, never a spaCy Doc. Results come back in input order, so every way of running
gives the same graph.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from graph_builder import entities as entity_stage
from graph_builder.errors import AnalysisError, GraphBuilderError
from graph_builder.extract import extract_relations
from graph_builder.extract.quotes import extract_quotes
from graph_builder.nlp import DEFAULT_MODEL, load_pipeline, parse
from graph_builder.records import Document, DocumentFailure, DocumentResult
from graph_builder.vocab import load_lexicon

BATCH_CHARACTERS = 40_000


def default_workers(documents: int) -> int:
    """All cores for an archive; one process for a handful of articles, where starting more costs more."""
    return max(1, os.cpu_count() or 1) if documents >= 16 else 1


def _failure(document: Document, stage: str, exc: Exception) -> DocumentFailure:
    """What went wrong on one document, as a record: the error and the line of code it came from (for an
    extractor's failure, the line in the extractor)."""
    frames = traceback.extract_tb((exc.__cause__ or exc).__traceback__)
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    error = f"{type(exc).__name__}: {exc}"
    return DocumentFailure(document=replace(document, text=""), stage=stage, where=where,
                           error=error if len(error) <= 300 else error[:300] + "...")


def _analyse_document(document: Document, doc) -> DocumentResult | DocumentFailure:
    """Entities, relations and quotes of one parsed document, as small records (the text is dropped); any
    failure is caught and returned as a record, so one document never ends a build."""
    stage = "resolving entities"
    try:
        doc_entities = entity_stage.resolve(doc, document, load_lexicon())
        stage = "extracting relations"
        relations = tuple(extract_relations(doc, doc_entities, load_lexicon()))
        stage = "finding quotations"
        quotes = tuple(extract_quotes(doc, doc_entities, load_lexicon()))
    except Exception as exc:
        return _failure(document, stage, exc)
    return DocumentResult(
        document=replace(document, text=""), sentences=len(doc_entities.sentence_starts),
        entities=doc_entities.entities, mentions=doc_entities.mentions, relations=relations, quotes=quotes,
    )


def _analysed_alone(nlp, document: Document) -> DocumentResult | DocumentFailure:
    try:
        ((_, doc),) = parse(nlp, [document], batch_size=1)
    except Exception as exc:
        return _failure(document, "parsing", exc)
    return _analyse_document(document, doc)


def _analysed_batch(nlp, documents: list[Document]) -> Iterator[DocumentResult | DocumentFailure]:
    """One batch through one nlp.pipe call, each document's records yielded as soon as they are made. When
    parsing the batch fails, the documents not done yet are parsed one at a time, so only the one at fault
    is lost."""
    done = 0
    try:
        for document, doc in parse(nlp, documents, batch_size=len(documents)):
            done += 1
            yield _analyse_document(document, doc)
    except Exception:
        for document in documents[done:]:
            yield _analysed_alone(nlp, document)


def analyse_batch(documents: list[Document], model: str = DEFAULT_MODEL) -> list[DocumentResult | DocumentFailure]:
    """One batch analysed by the pipeline this process has loaded (loading it on first use)."""
    return list(_analysed_batch(load_pipeline(model, load_lexicon()), documents))


def batches_by_length(documents: Iterable[Document], *, target_chars: int = BATCH_CHARACTERS,
                      most: int = 256) -> Iterator[list[Document]]:
    """Consecutive documents grouped so a batch holds about ``target_chars`` characters, taken from the
    stream as they come (a long article makes a batch alone, short ones share one)."""
    batch: list[Document] = []
    size = 0
    for document in documents:
        if batch and len(document.text) >= target_chars:
            yield batch
            batch, size = [], 0
        batch.append(document)
        size += len(document.text)
        if size >= target_chars or len(batch) >= most:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _in_order(submit: Callable[[list[Document]], Callable[[], list[DocumentResult]]],
              batches: Iterable[list[Document]], in_flight_limit: int) -> Iterator[DocumentResult]:
    """Results of batches handed to ``submit`` (which returns a wait-for-the-result callable), in input
    order, with at most ``in_flight_limit`` batches out at a time: the next batch is read only when a
    slot frees, so reading overlaps the work and the archive is never all in memory."""
    in_flight: deque = deque()
    for batch in batches:
        in_flight.append(submit(batch))
        if len(in_flight) >= in_flight_limit:
            yield from in_flight.popleft()()
    while in_flight:
        yield from in_flight.popleft()()


def _progress(iterable: Iterable, *, total: int | None, enabled: bool):
    if not enabled or total == 1:
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, total=total, unit="doc", desc="building", file=sys.stderr, leave=False)


def _on_pool(batches: Iterable[list[Document]], model: str, workers: int) -> Iterator[DocumentResult]:
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(workers, initializer=_start_worker, initargs=(model,)) as pool:
        yield from _in_order(lambda batch: pool.apply_async(analyse_batch, (batch, model)).get, batches,
                             2 * workers)


def _start_worker(model: str) -> None:
    """Load the pipeline, then freeze what is loaded out of the garbage collector's sight: the model's
    objects never become garbage, and scanning them again and again is pure cost. The pool ends its
    workers with SIGTERM, which they take as such, whatever handler the command line set."""
    import gc
    import signal

    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    load_pipeline(model, load_lexicon())
    gc.freeze()


def _pipeline_loader(model: str):
    """A Dask worker plugin: every worker process loads the pipeline once, when it joins."""
    from dask.distributed import WorkerPlugin

    class LoadPipeline(WorkerPlugin):
        name = "graph-builder-pipeline"

        def setup(self, worker) -> None:
            load_pipeline(model, load_lexicon())

    return LoadPipeline()


def _on_dask(batches: Iterable[list[Document]], model: str, address: str) -> Iterator[DocumentResult]:
    """Batches sent to the scheduler at ``address``, two per worker thread in flight at a time."""
    try:
        from dask.distributed import Client
    except ImportError as exc:
        raise GraphBuilderError("--dask needs Dask: pip install 'graph-builder[dask]'") from exc
    try:
        client = Client(address, timeout="20s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise GraphBuilderError(f"cannot reach the Dask scheduler at {address} ({exc}); start one with "
                                "'dask scheduler' and workers with 'dask worker ADDRESS --nthreads 1'") from exc
    with client:
        client.register_plugin(_pipeline_loader(model))
        yield from _in_order(lambda batch: client.submit(analyse_batch, batch, model, pure=False).result, batches,
                             2 * max(1, sum(client.nthreads().values())))


def _raise(error: AnalysisError) -> None:
    raise error


def analysed(documents: Iterable[Document], *, total: int | None = None, model: str = DEFAULT_MODEL,
             workers: int | None = None, progress: bool = False, dask_address: str | None = None,
             on_failure: Callable[[AnalysisError], None] = _raise) -> Iterator[DocumentResult]:
    """Every document analysed, in input order, here, by ``workers`` local processes, or by the Dask
    cluster at ``dask_address``. ``documents`` may be a lazy stream; ``total`` (its length, when known)
    sets the default number of workers and the progress bar's ETA. A document whose analysis fails is
    handed to ``on_failure`` as an AnalysisError (raised by default) and left out."""
    if total is None and isinstance(documents, Sequence):
        total = len(documents)
    workers = workers or (default_workers(total) if total is not None else 1)
    if total is not None:
        workers = max(1, min(workers, total))  # a process per document at most: more would only start and wait
    batches = batches_by_length(documents)
    if dask_address:
        results = _on_dask(batches, model, dask_address)
    elif workers > 1:
        results = _on_pool(batches, model, workers)
    else:
        nlp = load_pipeline(model, load_lexicon())
        results = (result for batch in batches for result in _analysed_batch(nlp, batch))
    for result in _progress(results, total=total, enabled=progress):
        if isinstance(result, DocumentFailure):
            on_failure(AnalysisError(result.message()))
        else:
            yield result
