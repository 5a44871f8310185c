"""Where the analysis runs: in this process, in a pool of local worker processes, or on a Dask cluster.

Whatever runs it, a worker makes its stages once (the spaCy pipeline, the lexicon read from the ontology
folder it is given, the extractors named, entry points included), parses a batch of documents and also
resolves entities and extracts relations, so only the small records of ``graph_builder.records`` cross process
and machine boundaries, never a spaCy Doc. Results come back in input order, so every way of running
gives the same graph.
"""

from __future__ import annotations

import gc
import os
import sys
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from spacy.language import Language

from graph_builder import entities as entity_stage
from graph_builder.errors import AnalysisError, GraphBuilderError
from graph_builder.extract import Extractor, chosen_extractors, run_extractors
from graph_builder.nlp import DEFAULT_MODEL, load_pipeline, parse, run_in_headline
from graph_builder.records import Document, DocumentFailure, DocumentResult
from graph_builder.vocab import Lexicon, load_lexicon

BATCH_CHARACTERS = 40_000


@dataclass(frozen=True, kw_only=True)
class Setup:
    """What a worker process needs to make the stages again, as plain values that travel to pool and Dask
    workers: the spaCy pipeline's name, the ontology folder and the names of the extractors this process
    chose (None: all of them). A worker finds extractors from entry points itself (loaded when named); one
    it does not know is an error, never a silent difference from a local build."""

    model: str = DEFAULT_MODEL
    ontology: str | None = None
    extractors: tuple[str, ...] | None = None


@dataclass(frozen=True, kw_only=True)
class Stages:
    """The loaded pipeline, lexicon and extractors one process analyses documents with."""

    nlp: Language
    lexicon: Lexicon
    extractors: tuple[tuple[str, Extractor], ...]


@lru_cache(maxsize=4)
def worker_stages(setup: Setup) -> Stages:
    """A worker's start-up: the lexicon read from the setup's ontology folder, the pipeline and the chosen
    extractors, made once a process and setup."""
    lexicon = load_lexicon(setup.ontology)
    return Stages(nlp=load_pipeline(setup.model, lexicon), lexicon=lexicon,
                  extractors=tuple(chosen_extractors(setup.extractors)))


def frozen(stages: Stages) -> Stages:
    """The ``stages``, with everything loaded so far frozen out of the garbage collector's sight (``gc.freeze``):
    the objects of the model and the lexicon never become garbage, and the collector scanning them again and again
    while documents are analysed is pure cost (most of its time; without the freeze it takes about 8 % of the
    extraction time on BBC news)."""
    gc.freeze()
    return stages


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


def analyse_document(stages: Stages, document: Document, doc) -> DocumentResult | DocumentFailure:
    """Entities, relations and quotes of one parsed document, as small records (the text is dropped); any
    failure is caught and returned as a record, so one document never ends a build."""
    stage = "resolving entities"
    try:
        doc_entities = entity_stage.resolve(doc, document, stages.lexicon)
        stage = "extracting relations"
        relations, quotes = run_extractors(doc, doc_entities, stages.lexicon, stages.extractors)
    except Exception as exc:
        return _failure(document, stage, exc)
    title = document.title or run_in_headline(doc)  # a headline run into the lead (nlp.headline_leads)
    return DocumentResult(
        document=replace(document, text="", title=title), sentences=len(doc_entities.sentence_starts),
        entities=doc_entities.entities, mentions=doc_entities.mentions, relations=tuple(relations),
        quotes=tuple(quotes),
    )


def _analysed_alone(stages: Stages, document: Document) -> DocumentResult | DocumentFailure:
    try:
        ((_, doc),) = parse(stages.nlp, [document], batch_size=1)
    except Exception as exc:
        return _failure(document, "parsing", exc)
    return analyse_document(stages, document, doc)


def _analysed_batch(stages: Stages, documents: list[Document]) -> Iterator[DocumentResult | DocumentFailure]:
    """One batch through one nlp.pipe call, each document's records yielded as soon as they are made. When
    parsing the batch fails, the documents not done yet are parsed one at a time, so only the one at fault
    is lost."""
    done = 0
    try:
        for document, doc in parse(stages.nlp, documents, batch_size=len(documents)):
            done += 1
            yield analyse_document(stages, document, doc)
    except Exception:
        for document in documents[done:]:
            yield _analysed_alone(stages, document)


def analyse_batch(documents: list[Document], setup: Setup) -> list[DocumentResult | DocumentFailure]:
    """One batch analysed by the stages this worker process has made for ``setup`` (made on first use)."""
    return list(_analysed_batch(worker_stages(setup), documents))


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


def _on_pool(batches: Iterable[list[Document]], setup: Setup, workers: int) -> Iterator[DocumentResult]:
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(workers, initializer=_start_worker, initargs=(setup,)) as pool:
        yield from _in_order(lambda batch: pool.apply_async(analyse_batch, (batch, setup)).get, batches,
                             2 * workers)


def _start_worker(setup: Setup) -> None:
    """Make the stages (``frozen``). The pool ends its workers with SIGTERM, which they take as such, whatever
    handler the command line set."""
    import signal

    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    frozen(worker_stages(setup))


def _stages_loader(setup: Setup):
    """A Dask worker plugin: every worker process makes the stages once, when it joins."""
    from dask.distributed import WorkerPlugin

    class MakeStages(WorkerPlugin):
        name = "graph-builder-pipeline"

        def setup(self, worker) -> None:
            worker_stages(setup)

    return MakeStages()


def _on_dask(batches: Iterable[list[Document]], setup: Setup, address: str) -> Iterator[DocumentResult]:
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
        client.register_plugin(_stages_loader(setup))
        yield from _in_order(lambda batch: client.submit(analyse_batch, batch, setup, pure=False).result, batches,
                             2 * max(1, sum(client.nthreads().values())))


def _raise(error: AnalysisError) -> None:
    raise error


def _worker_count(total: int | None, workers: int | None) -> int:
    """``workers``, or the default for ``total`` documents, never more than one process per document."""
    workers = workers or (default_workers(total) if total is not None else 1)
    return max(1, min(workers, total)) if total is not None else workers


def _results(batches: Iterable[list[Document]], setup: Setup, stages: Callable[[], Stages], *, workers: int,
             dask_address: str | None) -> Iterator[DocumentResult | DocumentFailure]:
    """The batches analysed on the Dask cluster, by a pool of ``workers`` processes, or here by ``stages()``."""
    if dask_address:
        return _on_dask(batches, setup, dask_address)
    if workers > 1:
        return _on_pool(batches, setup, workers)
    return _here(batches, stages)


def _here(batches: Iterable[list[Document]], stages: Callable[[], Stages]
          ) -> Iterator[DocumentResult | DocumentFailure]:
    """The batches analysed in this process, with what is loaded ``frozen`` while they are, and given back to the
    collector afterwards, so a long-lived process (a server, a test run) that builds again and again loses
    nothing to it."""
    here = frozen(stages())
    try:
        for batch in batches:
            yield from _analysed_batch(here, batch)
    finally:
        gc.unfreeze()


def analysed(documents: Iterable[Document], *, lexicon: Lexicon,
             extractors: Sequence[str] | None = None, total: int | None = None, model: str = DEFAULT_MODEL,
             workers: int | None = None, progress: bool = False, dask_address: str | None = None,
             on_failure: Callable[[AnalysisError], None] = _raise) -> Iterator[DocumentResult]:
    """Every document analysed, in input order, here, by ``workers`` local processes, or by the Dask
    cluster at ``dask_address``, with the ``lexicon`` (``graph_builder.vocab.load_lexicon``) and the
    ``extractors`` named (default: all). ``documents`` may be a lazy stream; ``total`` (its length, when
    known) sets the default number of workers and the progress bar's ETA. A document whose analysis fails is
    handed to ``on_failure`` as an AnalysisError (raised by default) and left out.

    Workers get the ontology folder and the extractors' names (``Setup``) and make their stages from them."""
    chosen = tuple(chosen_extractors(extractors))  # unknown names fail here, before any worker starts
    setup = Setup(model=model, ontology=str(lexicon.folder), extractors=tuple(name for name, _ in chosen))
    if total is None and isinstance(documents, Sequence):
        total = len(documents)
    results = _results(batches_by_length(documents), setup,
                       lambda: Stages(nlp=load_pipeline(model, lexicon), lexicon=lexicon, extractors=chosen),
                       workers=_worker_count(total, workers), dask_address=dask_address)
    for result in _progress(results, total=total, enabled=progress):
        if isinstance(result, DocumentFailure):
            on_failure(AnalysisError(result.message()))
        else:
            yield result
