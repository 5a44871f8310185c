"""The survey of the inputs (before the model loads) next to the reading pass, on one JSON Lines archive: why a
build reads a JSON Lines file twice.

Usage: python benchmarks/survey.py [--corpus PATH] [--copies 8]

The corpus (default ../shared/corpus/bbc-news-2004-2005.jsonl) is written ``--copies`` times into one temporary
file, and each pass runs in a process of its own under /usr/bin/time: the survey (``survey_inputs``: every line
parsed as JSON, the documents counted, bad lines reported), the reading pass as a build streams it
(``read_documents``: every text cleaned), and the reading pass with its documents held in memory, which is what
reading the file once (keeping the survey's documents for the build) would need. Figures: wall seconds and peak
resident memory.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "bbc-news-2004-2005.jsonl"

PASSES = {
    "survey": "from graph_builder.ingest import survey_inputs; survey_inputs([{path!r}], on_error=print)",
    "reading, streamed": "from graph_builder.ingest import read_documents; "
                         "sum(1 for _ in read_documents([{path!r}], on_error=print))",
    "reading, held": "from graph_builder.ingest import read_documents; "
                     "documents = list(read_documents([{path!r}], on_error=print))",
}


def measured(code: str) -> tuple[float, int]:
    """(wall seconds, peak resident kB) of Python running ``code``."""
    done = subprocess.run(["/usr/bin/time", "-f", "%e %M", sys.executable, "-c", code], capture_output=True,
                          text=True, check=True)
    seconds, kilobytes = done.stderr.split()[-2:]
    return float(seconds), int(kilobytes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="a JSON Lines file of articles")
    parser.add_argument("--copies", type=int, default=8, help="how many times the corpus is repeated")
    args = parser.parse_args()
    corpus = args.corpus.read_bytes()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "archive.jsonl"
        path.write_bytes(corpus * args.copies)
        lines = corpus.count(b"\n") * args.copies
        print(f"{path.stat().st_size / 1e6:.1f} MB, {lines:,} lines")
        baseline = measured("import graph_builder.ingest")[1]
        for name, code in PASSES.items():
            seconds, kilobytes = measured(code.format(path=str(path)))
            print(f"{name:18} {seconds:7.1f} s  {kilobytes / 1024:7.1f} MB peak ({(kilobytes - baseline) / 1024:+.1f})")


if __name__ == "__main__":
    main()
