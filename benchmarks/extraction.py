"""Extraction cost next to spaCy's own parse: seconds per 1,000 sentences on real news.

Usage: python benchmarks/extraction.py [--docs N] [--corpus PATH] [--rounds N]

Parses N articles of the BBC News dataset (../shared/corpus/bbc-news-2004-2005.jsonl) once with the
project's pipeline (spaCy + gazetteer ruler), then times the stages that come after the parse on the
same parsed documents: entity resolution, the registered extractors, quotations. As the model is loaded
before the parse is timed, the stages first run on the first ``WARM_UP`` articles, so the data they load once
per process (first names, the date parser's languages and time zones) is not counted. Prints the figures and the
ratio of extraction time to parse time (the target is at most 15%), by the wall clock and by the CPU time of the
process (all its threads), which other programs on a shared machine move less than the wall clock.

With ``--rounds N`` (default 3) the parse and the stages after it are timed N times, one after the other in each round,
and the figures are each one's fastest round (as ``timeit`` advises: the other rounds are slower by what else ran on
the machine, never by the code), so the ratio compares the two at their least disturbed; the slowest round's ratio is
printed beside it to show the spread.
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
    parser.add_argument("--rounds", type=int, default=3, help="timings of each stage; the fastest counts (default 3)")
    args = parser.parse_args()
    documents = _documents(args.corpus, args.docs)
    lexicon = load_lexicon()
    nlp = load_pipeline(DEFAULT_MODEL, lexicon)
    every = chosen_extractors()
    gc.freeze()  # as a build does once its stages are loaded (graph_builder.parallel.frozen)
    nlp(documents[0].text)  # warm up
    rounds, parsed, counts = [], [], (0, 0)
    for number in range(max(1, args.rounds)):
        started, cpu_started = time.perf_counter(), time.process_time()
        parsed = list(nlp.pipe((d.text for d in documents), batch_size=32))
        parse = time.perf_counter() - started, time.process_time() - cpu_started
        if number == 0:
            _warm_up(documents, parsed, lexicon, every)
        started, cpu_started = time.perf_counter(), time.process_time()
        counts = _extract(documents, parsed, lexicon, every)
        rounds.append(Round(*parse, time.perf_counter() - started, time.process_time() - cpu_started))
    _report(rounds, parsed, counts)


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
    parse_seconds = min(r.parse_seconds for r in rounds)
    extract_seconds = min(r.extract_seconds for r in rounds)
    parse_cpu, extract_cpu = min(r.parse_cpu for r in rounds), min(r.extract_cpu for r in rounds)
    worst = max(100 * r.extract_cpu / r.parse_cpu for r in rounds)
    print(f"documents: {len(parsed)}  sentences: {sentences}  words: {sum(len(d) for d in parsed)}  "
          f"rounds: {len(rounds)} (the fastest of each stage counts)")
    print(f"spaCy parse:        {parse_seconds:7.2f} s  ({parse_seconds * per_k:6.2f} s per 1,000 sentences)")
    print(f"entities+extract:   {extract_seconds:7.2f} s  ({extract_seconds * per_k:6.2f} s per 1,000 sentences)")
    print(f"extraction / parse: {100 * extract_seconds / parse_seconds:6.1f} %  (target <= 15 %)")
    print(f"CPU time: parse {parse_cpu:.2f} s, entities+extract {extract_cpu:.2f} s, extraction / parse "
          f"{100 * extract_cpu / parse_cpu:.1f} % (slowest round's: {worst:.1f} %)")
    print(f"relations: {counts[0]}  quotes: {counts[1]}")


if __name__ == "__main__":
    main()
