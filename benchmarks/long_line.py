"""One article on one very long line: how long `graph-builder extract` takes on it, next to the same text with its
paragraph breaks, and what it says on stderr while it works.

Usage: python benchmarks/long_line.py [--sizes 100000,300000] [--corpus PATH] [--tree DIR]

The text is BBC news (../shared/corpus/bbc-news-2004-2005.jsonl), articles in a row, cut at each size: once with
every line break turned into a space (a file with no line breaks, as a pasted archive is), once as written. Each
is run as a user runs it (a subprocess of the command line, with ``--tree`` first on PYTHONPATH when given, to
measure another checkout), and the figures are wall seconds, characters a second and the first line of stderr.
A 10 MB line takes about as long as 10 MB of paragraphs: the work is the text's, parsed in pieces either way.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "bbc-news-2004-2005.jsonl"


def corpus_text(corpus: Path, size: int) -> str:
    """Articles of the corpus one after another, their paragraphs one a line, cut at ``size`` characters."""
    parts: list[str] = []
    length = 0
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            parts.append(json.loads(line)["text"].strip())
            length += len(parts[-1]) + 1
            if length >= size:
                break
    return "\n".join(parts)[:size]


def timed_extract(text: str, tree: str | None) -> tuple[float, int, str]:
    """(wall seconds, records, first line of stderr) of `graph-builder extract` on the text as a .txt file."""
    env = dict(os.environ)
    if tree:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [tree, env.get("PYTHONPATH")]))
    with tempfile.TemporaryDirectory() as folder:
        article = Path(folder) / "article.txt"
        article.write_text(text, encoding="utf-8")
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "graph_builder", "extract", str(article)], capture_output=True,
                              text=True, env=env, cwd=folder)
        seconds = time.perf_counter() - started
    said = next((line for line in done.stderr.splitlines() if line.strip()), "")
    return seconds, len(done.stdout.splitlines()), said.replace(str(article), "FILE")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,300000", help="characters, comma-separated")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--tree", help="a checkout to measure (put first on PYTHONPATH)")
    args = parser.parse_args()
    print(f"{'characters':>10}  {'form':<16} {'seconds':>8} {'chars/s':>8} {'records':>7}  stderr")
    for size in (int(value) for value in args.sizes.split(",")):
        text = corpus_text(args.corpus, size)
        for form, variant in (("one line", text.replace("\n", " ")), ("paragraphs", text)):
            seconds, records, said = timed_extract(variant, args.tree)
            print(f"{size:>10,}  {form:<16} {seconds:>8.1f} {size / seconds:>8,.0f} {records:>7}  {said[:110]}",
                  flush=True)


if __name__ == "__main__":
    main()
