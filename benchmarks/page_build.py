"""What the network page costs a build: `graph-builder build` with and without the page next to raw spaCy, with
model loading and process start on both sides, and the builds' peak memory.

Usage: python benchmarks/page_build.py [--first 300 0] [--workers 2] [--corpus PATH]

For each size given with --first (a number of articles from the start of the corpus; 0 is the whole corpus), one
run measures, on the same texts with the same number of processes:
- raw spaCy: a fresh Python process that loads the default model and runs ``nlp.pipe`` over the texts with
  ``n_process`` = --workers and the build's average batch size;
- ``graph-builder build --out`` with the page (graph.html, GEXF, GraphML) and with ``--no-html``;
and prints each one's seconds, its speed as a share of raw spaCy's (the issue's targets: >= 0.85 with the page on
the first 300 BBC articles, >= 0.9 on the whole archive), and the builds' peak resident memory.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from archive import DEFAULT_CORPUS, run_measured  # noqa: E402  (the archive benchmark's process-tree meter)

RAW_SPACY = """
import json, sys
import spacy
from graph_builder.nlp import DEFAULT_MODEL
path, workers, batch = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
texts = [json.loads(line)["text"] for line in open(path, encoding="utf-8")]
nlp = spacy.load(DEFAULT_MODEL)
for _ in nlp.pipe(texts, batch_size=batch, n_process=workers):
    pass
"""


def average_batch(path: Path) -> int:
    """The build's average batch size for these articles (the build cuts batches by length)."""
    from graph_builder.ingest import text_document
    from graph_builder.parallel import batches_by_length

    records = [json.loads(line) for line in path.open(encoding="utf-8")]
    documents = [text_document(r["text"], source="bench", doc_id=str(r["id"])) for r in records]
    return max(1, round(len(documents) / max(1, sum(1 for _ in batches_by_length(documents)))))


def measure(path: Path, count: int, workers: int, tmp: Path) -> None:
    batch = average_batch(path)
    raw, _ = run_measured([sys.executable, "-c", RAW_SPACY, str(path), str(workers), str(batch)])
    common = ["--workers", str(workers), "--quiet"]
    with_page, peak_page = run_measured(["graph-builder", "build", str(path), "--out", str(tmp / "page"), *common])
    without, peak_plain = run_measured(["graph-builder", "build", str(path), "--out", str(tmp / "plain"),
                                        "--no-html", *common])
    print(f"{count:>6} articles  raw spaCy {raw:6.1f} s | build with the page {with_page:6.1f} s "
          f"(x{raw / with_page:.2f} of spaCy's speed, peak {peak_page / 2**30:.2f} GB) | "
          f"without {without:6.1f} s (x{raw / without:.2f}, peak {peak_plain / 2**30:.2f} GB) | "
          f"the page costs {100 * (with_page - without) / without:+.0f} %")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--first", type=int, nargs="+", default=[300, 0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    lines = args.corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    print(f"corpus {args.corpus.name}: {len(lines)} articles; {args.workers} processes on each side")
    for first in args.first:
        chosen = lines[:first] if first else lines
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "articles.jsonl"
            path.write_text("".join(chosen), encoding="utf-8")
            measure(path, len(chosen), args.workers, Path(tmp))


if __name__ == "__main__":
    main()
