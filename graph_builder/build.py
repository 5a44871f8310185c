"""Build: run the stages in order, from inputs to the three output files and a summary."""

from __future__ import annotations

import hashlib
import itertools
import pickle
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from graph_builder import entities as entity_stage
from graph_builder import interrupt
from graph_builder.aliases import Corrections, TargetVotes, load_corrections
from graph_builder.dedupe import deduplicated
from graph_builder.errors import AnalysisError, GraphBuilderError, InputError, OutputError, StoreError, UsageError
from graph_builder.files import output_folder
from graph_builder.ingest import Survey, read_documents, survey_inputs
from graph_builder.nlp import DEFAULT_MODEL
from graph_builder.outputs import remove_stale, write_outputs
from graph_builder.outputs import write_json_lines as write_json_lines  # the extract command's, kept here
from graph_builder.parallel import analysed
from graph_builder.records import Document, DocumentResult
from graph_builder.vocab import Lexicon, load_lexicon

DEFAULT_INPUT = "examples/articles"


@dataclass(kw_only=True)
class BuildReport:
    """What a build did, counted as documents pass, for the summary line; ``results`` holds the unified
    records (without mentions) only when the caller asked to keep them."""

    results: list[DocumentResult] = field(default_factory=list)
    errors: list[GraphBuilderError] = field(default_factory=list)
    warnings: list[GraphBuilderError] = field(default_factory=list)
    seconds: float = 0.0
    outputs: dict[str, Path | str] = field(default_factory=dict)
    removed: list[Path] = field(default_factory=list)
    documents: int = 0
    sentences: int = 0
    quotes: int = 0
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    keep_results: bool = True
    _types: dict[str, str] = field(default_factory=dict)
    _relations: Counter = field(default_factory=Counter)

    def count(self, result: DocumentResult) -> None:
        self.documents += 1
        self.sentences += result.sentences
        self.quotes += len(result.quotes)
        self._types.update((e.id, e.type) for e in result.actors())
        self._relations.update(r.relation for r in result.relations)
        if self.keep_results:
            self.results.append(replace(result, mentions=()))

    def error_handler(self, then: Callable[[GraphBuilderError], None] | None) -> Callable[[GraphBuilderError], None]:
        """What to call with an error: it is counted here (a part of an input left out while the document is
        built, as a warning), then handed to ``then``."""

        def counted(error: GraphBuilderError) -> None:
            (self.warnings if getattr(error, "ignored", False) else self.errors).append(error)
            if then:
                then(error)

        return counted

    def duplicate_handler(self, *, keep: bool) -> Callable[[Document, str], None] | None:
        """What to call with a document skipped for having the text of an earlier one: none when they are kept."""
        return None if keep else self._duplicate

    def _duplicate(self, document: Document, first: str) -> None:
        self.duplicates.append((document.id, first))

    def entity_types(self) -> Counter:
        return Counter(self._types.values())

    def relation_counts(self) -> Counter:
        return Counter(self._relations)

    def _counts(self) -> str:
        warnings = f"  warnings: {len(self.warnings)}" if self.warnings else ""
        return f"documents: {self.documents}  sentences: {self.sentences}  errors: {len(self.errors)}{warnings}"

    def summary(self) -> str:
        types = ", ".join(f"{k} {v}" for k, v in sorted(self.entity_types().items())) or "none"
        rels = ", ".join(f"{k} {v}" for k, v in sorted(self.relation_counts().items())) or "none"
        lines = [
            self._counts(),
            f"actors: {sum(self.entity_types().values())} ({types})",
            f"relations: {sum(self.relation_counts().values())} ({rels})",
            f"quotes: {self.quotes}",
            f"seconds: {self.seconds:.2f}",
        ]
        if self.duplicates:
            pairs = ", ".join(f"{later} = {first}" for later, first in self.duplicates[:3])
            more = ", ..." if len(self.duplicates) > 3 else ""
            lines.insert(1, f"duplicates skipped: {len(self.duplicates)} (the text of an earlier document: "
                            f"{pairs}{more}; --keep-duplicates keeps them)")
        lines += [f"wrote: {path}" for path in self.outputs.values()]
        lines += [f"removed: {path} (an earlier build's, not written this time)" for path in self.removed]
        return "\n".join(lines)


def process(documents: Sequence[Document], *, model: str = DEFAULT_MODEL, workers: int | None = None,
            progress: bool = False, dask_address: str | None = None, ontology: str | Path | None = None,
            extractors: Sequence[str] | None = None, lexicon: Lexicon | None = None,
            corrections: Corrections | None = None) -> list[DocumentResult]:
    """Parse, resolve entities and extract relations for every document, then unify entities across them
    (with the analyst's ``corrections``, if any): for a few documents held in memory. The lexicon is
    ``lexicon``, or read from ``ontology`` (a folder; default: the installed ontology/)."""
    lexicon = lexicon or load_lexicon(ontology)
    results = analysed(documents, lexicon=lexicon, extractors=extractors, model=model, workers=workers,
                       progress=progress, dask_address=dask_address)
    return list(unified_stream(results, lexicon, corrections))


def stream_to_store(documents: Iterable[Document], store, *, lexicon: Lexicon, report: BuildReport | None = None,
                    replacing: Collection[str] = (), corrections: Corrections | None = None,
                    **analysis) -> BuildReport:
    """Write each document into the store (a KnowledgeStore or a RemoteStore) as soon as it is analysed,
    its actors named consistently with everything stored before it; an interruption keeps every document
    finished so far. When the stream ends, the build's names are settled as a file build settles them (a bare
    surname early on joins the full name a later document gives) and the documents whose actors that renames
    are written again, so a store names actors as a file build of the same documents does. ``replacing`` names
    the stored documents among ``documents``: their stored copies do not name actors (the store's
    ``known_entities`` leaves them out), so building the same documents again, or again after an interruption,
    gives what building them once gave. The analyst's ``corrections`` are applied to each document around its
    unification, and again when names are settled (a merge target the store knows keeps its stored type).
    ``analysis`` goes to ``analysed`` (extractors, model, workers, total, progress, dask_address)."""
    report = report or BuildReport()
    known = store.known_entities(excluding=replacing) if replacing else store.known_entities()
    unifier = entity_stage.Unifier(known, lexicon=lexicon)
    tally = unifier.tally()
    corrections = (corrections or Corrections()).knowing(known)
    with tempfile.TemporaryFile() as spill:
        for result in analysed(documents, lexicon=lexicon, **analysis):
            interrupt.check()  # each stored document is whole: a swallowed Ctrl-C stops between two of them
            prepared = corrections.prepare(result)
            tally.add(prepared)
            (unified,) = unifier.unify([prepared])
            unified = deduplicated(corrections.apply(unified), lexicon)
            if corrections:
                corrections = corrections.knowing({entity.label: entity.type for entity in unified.entities})
            store.put(unified)
            unifier.remember(unified)
            pickle.dump((prepared, unified), spill, protocol=pickle.HIGHEST_PROTOCOL)
        plan = entity_stage.Unifier(known, lexicon=lexicon).plan(tally)
        _settle_names(spill, plan, corrections, store, lexicon, report)
    store.flush()
    return report


def _settle_names(spill, plan: entity_stage.UnifyPlan, corrections: Corrections, store, lexicon: Lexicon,
                  report: BuildReport) -> None:
    """Each spilled (analysed, written) document unified by the whole build's ``plan`` and corrected: written
    again where that names its actors otherwise, and counted."""
    spill.seek(0)
    for result, written in _unpickled(spill):
        unified = deduplicated(corrections.apply(plan.apply(result)), lexicon, plan.own_sides)
        if unified != written:
            store.put(unified)
        report.count(unified)


def unified_stream(results: Iterable[DocumentResult], lexicon: Lexicon,
                   corrections: Corrections | None = None) -> Iterator[DocumentResult]:
    """Documents unified across the whole stream, corrected (the analyst's ``corrections``, if any), then
    deduplicated, in two passes so memory holds names, not documents.

    The first pass spills each document's records to a temporary file while tallying its names; once
    every name is known, unification is decided, and the second pass reads the documents back one by
    one, rewritten. The same actor in article 1 and article 2,000 is one node.
    """
    unifier = entity_stage.Unifier(lexicon=lexicon)
    tally = unifier.tally()
    corrections = corrections or Corrections()
    votes = TargetVotes(corrections)
    with tempfile.TemporaryFile() as spill:
        for result in results:
            votes.add(result)
            result = corrections.prepare(result)
            tally.add(result)
            pickle.dump(result, spill, protocol=pickle.HIGHEST_PROTOCOL)
        plan = unifier.plan(tally)
        corrections = corrections.knowing(votes.types())
        spill.seek(0)
        for result in _unpickled(spill):
            yield deduplicated(corrections.apply(plan.apply(result)), lexicon, plan.own_sides)


def write_files(results: Iterable[DocumentResult], out: Path, *, report: BuildReport, lexicon: Lexicon,
                html: bool = True, corrections: Corrections | None = None, max_nodes: int | None = None,
                title: str | None = None) -> None:
    """Every registered output (graph.ttl, relations.jsonl, quotes.jsonl, graph.html and what packages add;
    see ``graph_builder.outputs``) from a stream of analysed documents, unified in two passes and written
    document by document; all files appear together at the end, or none, and the files of outputs not written
    this time (an earlier build's graph.html under ``html=False``) are removed. ``max_nodes`` is how many actors
    graph.html draws at first (None: its default), ``title`` its title (None: one naming the articles)."""
    written = write_outputs(unified_stream(results, lexicon, corrections), out, count=report.count,
                            skip=() if html else ("html",), lexicon=lexicon, max_nodes=max_nodes, title=title)
    report.outputs.update(written)
    report.removed.extend(remove_stale(out, written.values()))


def _unpickled(spill) -> Iterator:
    while True:
        try:
            yield pickle.load(spill)
        except EOFError:
            return


OnDuplicate = Callable[[Document, str], None]


def unique_documents(inputs: Sequence[str], on_error: Callable[[InputError], None],
                     on_duplicate: OnDuplicate | None = None) -> Iterator[Document]:
    """The documents of the inputs, read lazily; a repeated document id is reported and skipped. With
    ``on_duplicate``, a document whose text is an earlier one's (spacing aside) is handed to it with the earlier
    document's id and skipped: archives hold the same article under several ids, and its statements would count
    twice."""
    seen: set[str] = set()
    texts: dict[bytes, str] = {}
    for document in read_documents(inputs, on_error=on_error):
        if document.id in seen:
            on_error(InputError(f"document id {document.id!r} appears twice; the later copy is skipped",
                                path=document.source))
            continue
        seen.add(document.id)
        if on_duplicate is not None:
            first = texts.setdefault(_text_key(document.text), document.id)
            if first != document.id:
                on_duplicate(document, first)
                continue
        yield document


def _text_key(text: str) -> bytes:
    return hashlib.blake2b(" ".join(text.split()).encode(), digest_size=16).digest()


def checked_inputs(inputs: Sequence[str], on_error: Callable[[InputError], None]
                   ) -> tuple[Survey, Callable[[InputError], None]]:
    """(what a first pass over the inputs found, the error handler to read them with): every bad input is handed to
    ``on_error`` now, before the lexicon and the model load, and the handler returned passes on only what has not
    been said yet, so the reading pass that finds the same bad line again stays quiet. Raises when not one input
    holds a document."""
    said: set[str] = set()

    def once(error: InputError) -> None:
        if str(error) not in said:
            said.add(str(error))
            on_error(error)

    survey = survey_inputs(inputs, on_error=once)
    if survey.total == 0:
        raise GraphBuilderError(NOTHING_READ)
    return survey, once


NOTHING_READ = "no document could be read from the inputs; see the messages above"


def readable_documents(inputs: Sequence[str], on_error: Callable[[InputError], None],
                       on_duplicate: OnDuplicate | None = None) -> Iterator[Document]:
    """``unique_documents``, but raising before anything is written when not one document can be read."""
    stream = unique_documents(inputs, on_error, on_duplicate)
    first = next(stream, None)
    if first is None:
        raise GraphBuilderError(NOTHING_READ)
    return itertools.chain([first], stream)


def stored_inputs(inputs: Sequence[str], documents: Iterable[Document], stored: Collection[str]
                  ) -> tuple[Iterable[Document], set[str]]:
    """(the documents, the ids of those among them the store already holds), read in a first pass over the
    inputs that analyses nothing; standard input, which can be read once only, is kept in memory."""
    if not stored:
        return documents, set()
    if "-" in inputs:
        documents = list(documents)
        ids = {document.id for document in documents}
    else:
        ids = {document.id for document in unique_documents(inputs, lambda error: None)}
    return documents, ids & set(stored)


def failure_handler(report: Callable[[GraphBuilderError], None], *,
                    strict: bool) -> Callable[[AnalysisError], None]:
    """What to do with a document whose analysis failed: ``report`` it and go on, or with ``strict`` stop."""

    def failed(error: AnalysisError) -> None:
        if strict:
            raise AnalysisError(f"{error}; stopped at the first such failure (--strict)")
        report(error)

    return failed


def build(inputs: Sequence[str] = (DEFAULT_INPUT,), *, out: str | Path = "out", model: str = DEFAULT_MODEL,
          workers: int | None = None, progress: bool = False,
          on_error: Callable[[GraphBuilderError], None] | None = None, html: bool = True,
          store: str | Path | None = None, store_url: str | None = None, dask_address: str | None = None,
          keep_results: bool = True, strict: bool = False, ontology: str | Path | None = None,
          extractors: Sequence[str] | None = None, aliases: str | Path | Corrections | None = None,
          max_nodes: int | None = None, title: str | None = None, keep_duplicates: bool = False) -> BuildReport:
    """Build graph.ttl, relations.jsonl and graph.html in ``out`` from the inputs, or, with ``store``
    (a folder) or ``store_url`` (a Graph Store Protocol endpoint), write every document into that store as
    its own named graph. ``dask_address`` runs the analysis on that Dask cluster instead of this machine.
    ``ontology`` is a folder to read the ontology from instead of the installed ontology/ (a copy with more
    relations); ``extractors`` names the extractors to run (default: every registered one); ``aliases`` is an
    analyst's aliases file (or its ``Corrections``), applied to every document as it is unified. ``max_nodes``
    is how many of the most connected actors graph.html draws at first (None: its default, 5,000), ``title``
    the page's title (None: the number of articles and the days they span).

    Documents are read, analysed and written as a stream; ``keep_results`` keeps their records in the
    report too (for callers that want them; the command line does not). A bad input or a document whose
    analysis fails is counted in ``report.errors``, handed to ``on_error`` and left out; with ``strict``
    an analysis failure raises AnalysisError instead. A document whose text repeats an earlier one's is left
    out and listed in ``report.duplicates`` unless ``keep_duplicates``. A failed file build leaves no output
    folder it made."""
    started = time.perf_counter()
    if store is not None and store_url is not None:
        raise UsageError("give --store DIR or --store-url URL, not both")
    report = BuildReport(keep_results=keep_results)
    corrections = aliases if isinstance(aliases, Corrections) else load_corrections(aliases) if aliases else None
    survey, report_error = checked_inputs(inputs, report.error_handler(on_error))
    lexicon = load_lexicon(ontology)

    documents = readable_documents(survey.files, report_error, report.duplicate_handler(keep=keep_duplicates))
    analysis = dict(total=survey.total, model=model, workers=workers, progress=progress,
                    dask_address=dask_address, on_failure=failure_handler(report_error, strict=strict),
                    lexicon=lexicon, extractors=extractors)
    if store is not None or store_url is not None:
        target = _open_store(store, store_url, lexicon)
        replacing: set[str] = set()
        if store is not None:
            documents, replacing = stored_inputs(survey.files, documents, target.documents())
        stream_to_store(documents, target, report=report, replacing=replacing, corrections=corrections, **analysis)
        if report.documents == 0:
            raise GraphBuilderError(NOTHING_ANALYSED)
        report.outputs["store"] = store if store is not None else store_url
    else:
        _write_into(Path(out), at_least_one(analysed(documents, **analysis)), report=report, html=html,
                    lexicon=lexicon, corrections=corrections, max_nodes=max_nodes, title=title)
    report.seconds = time.perf_counter() - started
    return report


def _open_store(store: str | Path | None, store_url: str | None, lexicon: Lexicon):
    from graph_builder.store import KnowledgeStore, RemoteStore

    if store is None:
        return RemoteStore(store_url, lexicon=lexicon)
    try:
        return KnowledgeStore(store, lexicon=lexicon)
    except OSError as exc:
        raise StoreError(f"cannot open the store in {store}: {exc}; choose another --store folder or make "
                          "this one writable") from exc


NOTHING_ANALYSED = "not one document could be analysed; see the messages above"


def at_least_one(results: Iterable[DocumentResult]) -> Iterator[DocumentResult]:
    """The results, raising at their end when there was none, so that no empty outputs are written."""
    seen = False
    for result in results:
        seen = True
        yield result
    if not seen:
        raise GraphBuilderError(NOTHING_ANALYSED)


def _write_into(out: Path, results: Iterable[DocumentResult], *, report: BuildReport, html: bool,
                lexicon: Lexicon, corrections: Corrections | None = None, max_nodes: int | None = None,
                title: str | None = None) -> None:
    """``write_files`` into ``out``, an unwritable place reported as an OutputError; a folder this made is
    removed again when the build fails."""
    try:
        with output_folder(out):
            write_files(results, out, report=report, html=html, lexicon=lexicon, corrections=corrections,
                        max_nodes=max_nodes, title=title)
    except OSError as exc:
        reason = "it is a file, not a folder" if out.is_file() else exc.strerror or str(exc)
        raise OutputError(f"cannot write the outputs in {out}: {reason} ({exc.filename or out}); choose another "
                          "--out folder, or make this one writable and give it free space") from exc
