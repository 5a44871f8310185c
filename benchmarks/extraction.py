"""Extraction cost next to spaCy's own parse: seconds per 1,000 sentences on real news.

Usage: python benchmarks/extraction.py [--docs N] [--corpus PATH] [--rounds N]

Parses N articles of the BBC News dataset (../shared/corpus/bbc-news-2004-2005.jsonl) with the
project's pipeline (spaCy + gazetteer ruler) and times the stages that come after the parse on the
same parsed documents: entity resolution, the registered extractors, quotations. As the model is loaded
before the parse is timed, the stages first run on the first ``WARM_UP`` articles, so the data they load once
per process (first names, the date parser's languages and time zones) is not counted. Prints the figures and the
ratio of extraction time to parse time (the target is at most 15%), by the wall clock and by the CPU time of the
process (all its threads), which other programs on a shared machine move less than the wall clock.

The parse and the stages after it are timed interleaved, batch by batch (``BATCH`` articles parsed, then the same
articles resolved and extracted), so that whatever else the machine does in a minute slows both alike: on a shared
machine the parse of the same articles moves by a fifth over an evening, and two stages timed minutes apart gave
ratios three points apart. With ``--rounds N`` (default 5) the whole set is timed N times; each round gives one ratio
of CPU seconds, and the figure is the median round's, printed with the lowest and highest beside it to show the spread.
"""

from __future__ import annotations

import argparse
import gc
import json
import time
from dataclasses import dataclass
from pathlib import Path

from graph_builder import entities as entity_stage
from graph_builder.extract import chosen_extractors, run_extractors, time_place
from graph_builder.ingest import text_document
from graph_builder.nlp import DEFAULT_MODEL, load_pipeline
from graph_builder.vocab import load_lexicon

WARM_UP = 20
"""Articles the stages run on once before they are timed, so loading their data is not counted."""
BATCH = 32
"""Articles parsed, then extracted, in one step of the interleaved timing (the parse's own batch size)."""
DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "bbc-news-2004-2005.jsonl"


@dataclass(frozen=True)
class Round:
    """One timing of the parse and of the stages after it: wall and CPU seconds of each."""

    parse_seconds: float
    parse_cpu: float
    extract_seconds: float
    extract_cpu: float


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=400, help="number of articles (default 400)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSON Lines with id and text")
    parser.add_argument("--rounds", type=int, default=5,
                        help="timings of the whole set; the median round's ratio counts (default 5)")
    args = parser.parse_args()
    documents = _documents(args.corpus, args.docs)
    lexicon = load_lexicon()
    nlp = load_pipeline(DEFAULT_MODEL, lexicon)
    every = chosen_extractors()
    gc.freeze()  # as a build does once its stages are loaded (graph_builder.parallel.frozen)
    first = documents[:WARM_UP]
    _warm_up(first, list(nlp.pipe((d.text for d in first), batch_size=BATCH)), lexicon, every)
    rounds, parsed, counts = [], [], (0, 0)
    for _ in range(max(1, args.rounds)):
        timed, parsed, counts = _interleaved(nlp, documents, lexicon, every)
        rounds.append(timed)
    _report(rounds, parsed, counts)


def _interleaved(nlp, documents, lexicon, every) -> tuple[Round, list, tuple[int, int]]:
    """One round: each batch of articles parsed, then resolved and extracted, each step's wall and CPU seconds
    summed per stage."""
    seconds = [0.0, 0.0, 0.0, 0.0]
    parsed, relations, quotes = [], 0, 0
    for start in range(0, len(documents), BATCH):
        batch = documents[start:start + BATCH]
        wall, cpu = time.perf_counter(), time.process_time()
        docs = list(nlp.pipe((d.text for d in batch), batch_size=BATCH))
        parse_wall, parse_cpu = time.perf_counter(), time.process_time()
        found, said = _extract(batch, docs, lexicon, every)
        seconds[0] += parse_wall - wall
        seconds[1] += parse_cpu - cpu
        seconds[2] += time.perf_counter() - parse_wall
        seconds[3] += time.process_time() - parse_cpu
        parsed.extend(docs)
        relations, quotes = relations + found, quotes + said
    return Round(*seconds), parsed, (relations, quotes)


def _documents(corpus: Path, limit: int) -> list:
    documents = []
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            documents.append(text_document(record["text"], source=str(corpus), doc_id=str(record["id"])))
            if len(documents) >= limit:
                break
    return documents


def _warm_up(documents, parsed, lexicon, every) -> None:
    """One-time loads, as the model's are before the parse is timed: the gazetteer, the first-name data, the date
    parser's language data (the first articles between them need all of it), and the date parser's time-zone
    patterns, which it compiles the first time it reads a relative date in full (the first articles may have none)."""
    for document, doc in list(zip(documents, parsed, strict=True))[:WARM_UP]:
        run_extractors(doc, entity_stage.resolve(doc, document, lexicon), lexicon, every)
    time_place.resolve("last month", "2005-03-01")


def _extract(documents, parsed, lexicon, every) -> tuple[int, int]:
    """Entity resolution and every registered extractor (quotes are one too) on each parsed document: the counts of
    relations and quotes found."""
    relations = quotes = 0
    for document, doc in zip(documents, parsed, strict=True):
        found, said = run_extractors(doc, entity_stage.resolve(doc, document, lexicon), lexicon, every)
        relations += len(found)
        quotes += len(said)
    return relations, quotes


def _report(rounds: list[Round], parsed: list, counts: tuple[int, int]) -> None:
    sentences = sum(1 for doc in parsed for _ in doc.sents)
    per_k = 1000 / sentences
    ratios = sorted(100 * r.extract_cpu / r.parse_cpu for r in rounds)
    median = sorted(rounds, key=lambda r: r.extract_cpu / r.parse_cpu)[len(rounds) // 2]
    print(f"documents: {len(parsed)}  sentences: {sentences}  words: {sum(len(d) for d in parsed)}  "
          f"rounds: {len(rounds)}, parse and extraction interleaved in batches of {BATCH} (the median round counts)")
    for label, seconds in (("spaCy parse:     ", median.parse_seconds), ("entities+extract:", median.extract_seconds)):
        print(f"{label}   {seconds:7.2f} s  ({seconds * per_k:6.2f} s per 1,000 sentences)")
    print(f"extraction / parse: {100 * median.extract_seconds / median.parse_seconds:6.1f} % by the wall clock")
    print(f"CPU time: parse {median.parse_cpu:.2f} s, entities+extract {median.extract_cpu:.2f} s, extraction / parse "
          f"{ratios[len(ratios) // 2]:.1f} % (target <= 15 %; rounds from {ratios[0]:.1f} to {ratios[-1]:.1f} %)")
    print(f"relations: {counts[0]}  quotes: {counts[1]}")


if __name__ == "__main__":
    main()
