"""SPARQL on about a million triples: rdflib's memory store against the Oxigraph store, in one run.

Usage: python benchmarks/store.py [--documents 3100] [--relations 18] [--runs 5]

Generates document results shaped like real builds, writes them once as N-Triples, then for each
engine reports the load time and the median time of five example queries from examples/queries/:

- Oxigraph bulk: the N-Triples bulk-loaded into one default graph of an on-disk store;
- Oxigraph store: the layout `graph-builder build --store` makes (each document written by
  KnowledgeStore.put into its own named graph, queried through KnowledgeStore.query over the union);
- rdflib: rdflib's memory store and SPARQL engine.

Oxigraph is loaded and timed first and closed before rdflib loads. Oxigraph's runs share one process
(warm caches, as in a server); rdflib's each run in a forked process that is stopped after --slow
seconds (reported as "> N ms").
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
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
    from graph_builder.store import KnowledgeStore

    sys.path.insert(0, str(ROOT))  # the clone, for tests/synthetic.py (a test fixture, not in the package)
    from tests.synthetic import synthetic_results

    started = time.perf_counter()
    results = synthetic_results(args.documents, args.relations)
    graph = to_rdf(results)
    sparql = {name: (ROOT / "examples" / "queries" / f"{name}.rq").read_text(encoding="utf-8") for name in QUERIES}
    prefixes = {k: str(v) for k, v in PREFIXES.items()}
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "graph.nt"
        graph.serialize(data, format="nt", encoding="utf-8")
        triples = len(graph)
        del graph
        gc.collect()
        print(f"generated {triples:,} triples in {time.perf_counter() - started:.1f} s")

        # Each engine is timed with the other out of memory: a 1M-triple rdflib graph held in the same
        # process slows Oxigraph's queries by 15-20 %, and no Oxigraph server or CLI holds one.
        started = time.perf_counter()
        store = pyoxigraph.Store(str(Path(tmp) / "oxigraph"))
        store.bulk_load(path=str(data), format=pyoxigraph.RdfFormat.N_TRIPLES)
        oxigraph_load = time.perf_counter() - started
        bulk = {name: timed_here(lambda s=text, db=store: sum(1 for _ in db.query(s, prefixes=prefixes)), args.runs)
                for name, text in sparql.items()}
        del store
        gc.collect()

        started = time.perf_counter()
        built = KnowledgeStore(Path(tmp) / "store")
        for result in results:
            built.put(result)
        built.flush()
        store_load = time.perf_counter() - started
        del results
        layout = {name: timed_here(lambda s=text, db=built: sum(1 for _ in db.query(s)), args.runs)
                  for name, text in sparql.items()}
        quads = len(built)
        del built
        gc.collect()

        started = time.perf_counter()
        rdflib_graph = Graph().parse(data, format="nt")
        rdflib_load = time.perf_counter() - started
        print(f"load: rdflib memory {rdflib_load:.1f} s, Oxigraph bulk load {oxigraph_load:.1f} s, "
              f"Oxigraph store {store_load:.1f} s ({quads:,} quads "
              f"in {args.documents:,} document graphs and the entities and ontology graphs)")
        print(f"median of {args.runs} runs, ms")
        print(f"{'query':34} {'rows':>6} {'Oxigraph bulk':>14} {'Oxigraph store':>15} {'rdflib':>10}")
        for name, text in sparql.items():
            bulk_time, rows = bulk[name]
            store_time, store_rows = layout[name]
            rdf_time, rdf_rows = timed(lambda s=text: sum(1 for _ in run_query(rdflib_graph, s)), args.runs, args.slow)
            differ = [f"store {store_rows}"] if store_rows != rows else []
            if rdf_time is not None and rdf_rows != rows:
                differ.append(f"rdflib {rdf_rows}")
            flag = f"  (rows differ: {', '.join(differ)})" if differ else ""
            print(f"{name:34} {rows:>6} {show(bulk_time, args.slow):>14} {show(store_time, args.slow):>15} "
                  f"{show(rdf_time, args.slow):>10}{flag}", flush=True)


if __name__ == "__main__":
    main()
