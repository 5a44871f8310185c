"""A whole archive: graph-builder's throughput next to spaCy's own, and the memory it takes.

Usage: python benchmarks/archive.py [--workers 2] [--corpus PATH] [--skip-quarter]

On the BBC News dataset (../shared/corpus/bbc-news-2004-2005.jsonl) this reports, in one run:
raw spaCy nlp.pipe words/s with the same model, batch size and processes as the build; `graph-builder
build` words/s and articles/s end to end to files and to a store; their ratio (target >= 0.85); the
peak resident memory of all the build's processes, for a quarter of the corpus and for all of it; and
the cold-start time of adding one article to the full store and of building one short article.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "bbc-news-2004-2005.jsonl"


def tree_rss(root: int) -> int:
    """Resident bytes of a process and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            status = Path(f"/proc/{entry}/status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        pid, parent = int(entry), int(fields.get("PPid", "0").strip())
        children.setdefault(parent, []).append(pid)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0]) * 1024
    total, pending = 0, [root]
    while pending:
        pid = pending.pop()
        total += rss.get(pid, 0)
        pending.extend(children.get(pid, []))
    return total


def run_measured(command: list[str]) -> tuple[float, int]:
    """(seconds, peak resident bytes of the whole process tree) of a command."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss(process.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    done.set()
    sampler.join()
    if process.returncode != 0:
        sys.exit(f"{' '.join(command)} failed: {stderr[-2000:]}")
    return time.perf_counter() - started, peak


def raw_spacy(texts: list[str], workers: int, batch_size: int) -> float:
    import spacy

    from graph_builder.nlp import DEFAULT_MODEL

    nlp = spacy.load(DEFAULT_MODEL)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size, n_process=workers):
        pass
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--skip-quarter", action="store_true")
    args = parser.parse_args()

    from graph_builder.ingest import text_document
    from graph_builder.parallel import batches_by_length

    records = [json.loads(line) for line in args.corpus.open(encoding="utf-8")]
    documents = [text_document(r["text"], source="bbc", doc_id=str(r["id"])) for r in records]
    words = sum(len(d.text.split()) for d in documents)
    batch = round(len(documents) / sum(1 for _ in batches_by_length(documents)))  # the build's average batch
    print(f"corpus: {len(documents)} articles, {words:,} words; workers {args.workers}, batch {batch} documents")

    seconds = raw_spacy([d.text for d in documents], args.workers, batch)
    raw = words / seconds
    print(f"raw spaCy nlp.pipe:          {raw:8.0f} words/s  ({seconds:.1f} s)")

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        quarter = tmp / "quarter.jsonl"
        quarter.write_text("".join(json.dumps(r) + "\n" for r in records[: len(records) // 4]), encoding="utf-8")
        common = ["--workers", str(args.workers), "--quiet"]
        seconds, peak_all = run_measured(["graph-builder", "build", str(args.corpus), "--out", str(tmp / "out"),
                                          "--no-html", *common])
        print(f"build to files:              {words / seconds:8.0f} words/s, {len(documents) / seconds:5.1f} "
              f"articles/s  ({seconds:.1f} s, ratio to spaCy {words / seconds / raw:.2f}), "
              f"peak memory {peak_all / 2**30:.2f} GB")
        if not args.skip_quarter:
            _, peak_quarter = run_measured(["graph-builder", "build", str(quarter), "--out", str(tmp / "q"),
                                            "--no-html", *common])
            print(f"peak memory, quarter -> all: {peak_quarter / 2**30:.2f} GB -> {peak_all / 2**30:.2f} GB "
                  f"(x{peak_all / max(peak_quarter, 1):.2f})")
        seconds, peak = run_measured(["graph-builder", "build", str(args.corpus), "--store", str(tmp / "kg"),
                                      *common])
        print(f"build to a store:            {words / seconds:8.0f} words/s, {len(documents) / seconds:5.1f} "
              f"articles/s  ({seconds:.1f} s, ratio {words / seconds / raw:.2f}), peak memory {peak / 2**30:.2f} GB")
        one = tmp / "one.txt"
        one.write_text("Japan lodged a protest with China on Monday over the incursion.\n", encoding="utf-8")
        seconds, _ = run_measured(["graph-builder", "build", str(one), "--store", str(tmp / "kg"), "--quiet"])
        print(f"add one article to the full store (cold start): {seconds:.2f} s")
        seconds, _ = run_measured(["graph-builder", "build", str(one), "--out", str(tmp / "one"), "--quiet"])
        print(f"build one short article to files (cold start):  {seconds:.2f} s")


if __name__ == "__main__":
    main()
