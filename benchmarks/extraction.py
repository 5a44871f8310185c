"""Extraction cost next to spaCy's own parse: seconds per 1,000 sentences on real news.

Usage: python benchmarks/extraction.py [--docs N] [--corpus PATH]

Parses N articles of the BBC News dataset (../shared/corpus/bbc-news-2004-2005.jsonl) once with the
project's pipeline (spaCy + gazetteer ruler), then times the stages that come after the parse on the
same parsed documents: entity resolution, the registered extractors, quotations. As the model is loaded
before the parse is timed, the stages first run on the first ``WARM_UP`` articles, so the data they load once
per process (first names, the date parser's languages and time zones) is not counted. Prints the figures and the
ratio of extraction time to parse time (the target is at most 15%), by the wall clock and by the CPU time of the
process (all its threads), which other programs on a shared machine move less than the wall clock.
"""

from __future__ import annotations

import argparse
import gc
import json
import time
from pathlib import Path

from graph_builder import entities as entity_stage
from graph_builder.extract import chosen_extractors, run_extractors, time_place
from graph_builder.ingest import text_document
from graph_builder.nlp import DEFAULT_MODEL, load_pipeline
from graph_builder.vocab import load_lexicon

WARM_UP = 20
"""Articles the stages run on once before they are timed, so loading their data is not counted."""
DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "bbc-news-2004-2005.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=400, help="number of articles (default 400)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSON Lines with id and text")
    args = parser.parse_args()

    documents = []
    with args.corpus.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            documents.append(text_document(record["text"], source=str(args.corpus), doc_id=str(record["id"])))
            if len(documents) >= args.docs:
                break

    lexicon = load_lexicon()
    nlp = load_pipeline(DEFAULT_MODEL, lexicon)
    every = chosen_extractors()
    gc.freeze()  # as a build does once its stages are loaded (graph_builder.parallel.frozen)
    nlp(documents[0].text)  # warm up
    started, cpu_started = time.perf_counter(), time.process_time()
    parsed = list(nlp.pipe((d.text for d in documents), batch_size=32))
    parse_seconds, parse_cpu = time.perf_counter() - started, time.process_time() - cpu_started
    sentences = sum(1 for doc in parsed for _ in doc.sents)

    # one-time loads, as the model's are before the parse is timed: the gazetteer, the first-name data, the date
    # parser's language data (the first articles between them need all of it), and the date parser's time-zone
    # patterns, which it compiles the first time it reads a relative date in full (the first articles may have none)
    for document, doc in list(zip(documents, parsed, strict=True))[:WARM_UP]:
        run_extractors(doc, entity_stage.resolve(doc, document, lexicon), lexicon, every)
    time_place.resolve("last month", "2005-03-01")
    started, cpu_started = time.perf_counter(), time.process_time()
    relations = quotes = 0
    for document, doc in zip(documents, parsed, strict=True):
        doc_entities = entity_stage.resolve(doc, document, lexicon)
        found, said = run_extractors(doc, doc_entities, lexicon, every)  # quotes are an extractor too
        relations += len(found)
        quotes += len(said)
    extract_seconds, extract_cpu = time.perf_counter() - started, time.process_time() - cpu_started

    per_k = 1000 / sentences
    print(f"documents: {len(documents)}  sentences: {sentences}  words: {sum(len(d) for d in parsed)}")
    print(f"spaCy parse:        {parse_seconds:7.2f} s  ({parse_seconds * per_k:6.2f} s per 1,000 sentences)")
    print(f"entities+extract:   {extract_seconds:7.2f} s  ({extract_seconds * per_k:6.2f} s per 1,000 sentences)")
    print(f"extraction / parse: {100 * extract_seconds / parse_seconds:6.1f} %  (target <= 15 %)")
    print(f"CPU time: parse {parse_cpu:.2f} s, entities+extract {extract_cpu:.2f} s, extraction / parse "
          f"{100 * extract_cpu / parse_cpu:.1f} %")
    print(f"relations: {relations}  quotes: {quotes}")


if __name__ == "__main__":
    main()
