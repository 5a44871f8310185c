"""SPARQL on about a million triples: rdflib's memory store against the Oxigraph store, in one run.

Usage: python benchmarks/store.py [--documents 4000] [--relations 18] [--runs 5]

Generates document results shaped like real builds, writes them once as N-Triples, then for each
engine reports the load time and the median time of five example queries from examples/queries/.
Oxigraph's runs share one process (warm caches, as in a server); rdflib's each run in a forked process
that is stopped after --slow seconds (reported as "> N ms").
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

QUERIES = ("who_met_whom", "actor_did_and_suffered", "country_conflict_vs_cooperation", "evidence_for_edge",
           "two_hop_connections")
ROOT = Path(__file__).resolve().parent.parent


def timed(run, runs: int, slow: float) -> tuple[float | None, int]:
    """Median seconds of ``runs`` runs, each in a forked process stopped after ``slow`` seconds
    (None when it was stopped: rdflib's engine can take hours on a big graph)."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    times, rows = [], 0
    for _ in range(runs):
        receiver, sender = context.Pipe(duplex=False)

        def child(connection=sender):
            started = time.perf_counter()
            count = run()
            connection.send((time.perf_counter() - started, count))

        process = context.Process(target=child)
        process.start()
        if not receiver.poll(slow):
            process.kill()
            process.join()
            return None, rows
        seconds, rows = receiver.recv()
        process.join()
        times.append(seconds)
    return statistics.median(times), rows


def timed_here(run, runs: int) -> tuple[float, int]:
    """Median seconds of ``runs`` runs in this process, so the store's caches stay warm between runs."""
    times, rows = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        rows = run()
        times.append(time.perf_counter() - started)
    return statistics.median(times), rows


def show(seconds: float | None, limit: float) -> str:
    return f"> {limit * 1000:.0f}" if seconds is None else f"{seconds * 1000:.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=3100, help="3,100 documents give about 1M triples")
    parser.add_argument("--relations", type=int, default=18)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--slow", type=float, default=60.0, help="stop a query after this many seconds")
    args = parser.parse_args()

    import pyoxigraph
    from rdflib import Graph

    from graph_builder.query import PREFIXES, run_query
    from graph_builder.rdf import to_rdf
    from graph_builder.synthetic import synthetic_results

    started = time.perf_counter()
    graph = to_rdf(synthetic_results(args.documents, args.relations))
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "graph.nt"
        graph.serialize(data, format="nt", encoding="utf-8")
        triples = len(graph)
        del graph
        print(f"generated {triples:,} triples in {time.perf_counter() - started:.1f} s")

        started = time.perf_counter()
        rdflib_graph = Graph().parse(data, format="nt")
        rdflib_load = time.perf_counter() - started
        started = time.perf_counter()
        store = pyoxigraph.Store(str(Path(tmp) / "oxigraph"))
        store.bulk_load(path=str(data), format=pyoxigraph.RdfFormat.N_TRIPLES)
        oxigraph_load = time.perf_counter() - started
        print(f"load: rdflib memory {rdflib_load:.1f} s, Oxigraph on disk {oxigraph_load:.1f} s")

        prefixes = {k: str(v) for k, v in PREFIXES.items()}
        print(f"{'query':34} {'rows':>6} {'Oxigraph ms':>12} {'rdflib ms':>12}")
        for name in QUERIES:
            sparql = (ROOT / "examples" / "queries" / f"{name}.rq").read_text(encoding="utf-8")
            ox_time, ox_rows = timed_here(lambda s=sparql: sum(1 for _ in store.query(s, prefixes=prefixes)),
                                          args.runs)
            rdf_time, rdf_rows = timed(lambda s=sparql: sum(1 for _ in run_query(rdflib_graph, s)),
                                       args.runs, args.slow)
            flag = "" if rdf_time is None or ox_rows == rdf_rows else f"  (rows differ: rdflib {rdf_rows})"
            print(f"{name:34} {ox_rows:>6} {show(ox_time, args.slow):>12} {show(rdf_time, args.slow):>12}{flag}",
                  flush=True)


if __name__ == "__main__":
    main()
