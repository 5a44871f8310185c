"""The most connected actors of a real archive, listed so a person can read them and judge each one.

Usage: python benchmarks/top_actors.py [--corpus PATH] [--category politics] [--top 50] [--graph GRAPH.ttl]

Builds the articles of one category of the BBC News dataset (../shared/corpus/bbc-news-2004-2005.jsonl,
417 politics articles by default) with ``graph-builder build`` into a temporary folder, or reads a graph that
is already built (``--graph``), and prints its ``--top`` most connected nodes: rank, links, mentions, type,
label and aliases. Under each node it lists the other nodes that may be the same actor (a shared name word,
an acronym of the label, one label inside the other), so duplicates and wrong types can be judged at a
glance. The figures to report are the duplicates and wrong types a reader finds in the list.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "bbc-news-2004-2005.jsonl"


def build(corpus: Path, category: str, folder: Path) -> Path:
    """Build the articles of ``category`` into ``folder``; the path of the graph written."""
    articles = folder / f"{category}.jsonl"
    with corpus.open(encoding="utf-8") as source, articles.open("w", encoding="utf-8") as sink:
        count = 0
        for line in source:
            if json.loads(line).get("category") == category:
                sink.write(line)
                count += 1
    print(f"building {count} {category} articles ...", file=sys.stderr)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "graph_builder", "build", str(articles), "--out", str(folder / "out"),
                    "--no-html", "--quiet"], check=True)
    print(f"built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return folder / "out" / "graph.ttl"


def _words(label: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_][\w'-]+", label) if w[:1].isupper() and len(w) > 2}


def _initials(label: str) -> str:
    return "".join(w[0] for w in label.split() if w[:1].isupper())


def _maybe_same(label: str, other: str) -> bool:
    """Whether two labels could name one actor: a shared capitalised word, an acronym, one inside the other."""
    if label == other:
        return False
    if label.lower() in other.lower() or other.lower() in label.lower():
        return True
    if len(other) >= 2 and other.isupper() and _initials(label) == other:
        return True
    if len(label) >= 2 and label.isupper() and _initials(other) == label:
        return True
    return bool(_words(label) & _words(other))


def report(graph_path: Path, top: int) -> None:
    from rdflib import Graph

    from graph_builder.visualize import actor_view
    from graph_builder.vocab import load_lexicon

    rdf_graph = Graph().parse(graph_path)
    G = actor_view(rdf_graph, lexicon=load_lexicon())
    simple = G.to_undirected(as_view=False)
    ranked = sorted(simple.nodes, key=lambda n: (-simple.degree(n), -G.nodes[n]["mentions"], G.nodes[n]["label"]))
    labels = {node: G.nodes[node]["label"] for node in G.nodes}
    print(f"{G.number_of_nodes()} nodes, {G.number_of_edges()} links; the {top} most connected:")
    for rank, node in enumerate(ranked[:top], 1):
        data = G.nodes[node]
        aliases = f"  aliases: {', '.join(data['aliases'])}" if data["aliases"] else ""
        print(f"{rank:3d}. {simple.degree(node):4d} links {data['mentions']:5d} mentions  {data['type']:<12} "
              f"{data['label']}{aliases}")
        similar = sorted((o for o in G.nodes if o != node and _maybe_same(labels[node], labels[o])),
                         key=lambda o: -G.nodes[o]["mentions"])
        for other in similar[:6]:
            print(f"        ? {G.nodes[other]['type']:<12} {labels[other]} ({G.nodes[other]['mentions']} mentions, "
                  f"{simple.degree(other)} links)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the BBC News JSON Lines file")
    parser.add_argument("--category", default="politics", help="the articles' category (default politics)")
    parser.add_argument("--top", type=int, default=50, help="how many nodes to list (default 50)")
    parser.add_argument("--graph", type=Path, help="a graph.ttl already built: list its nodes, build nothing")
    args = parser.parse_args()
    if args.graph:
        report(args.graph, args.top)
        return
    with tempfile.TemporaryDirectory(prefix="top-actors-") as folder:
        report(build(args.corpus, args.category, Path(folder)), args.top)


if __name__ == "__main__":
    main()
