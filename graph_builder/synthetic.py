"""Synthetic actor graphs of any size, for the page's scale tests and benchmarks.

Degrees follow a preferential-attachment pattern like real news networks: a few hubs
(countries, leaders) and a long tail of actors named once or twice.
"""

from __future__ import annotations

import random

import networkx as nx

from graph_builder.vocab import load_lexicon

TYPES = ("Person", "Organization", "Country", "Place", "Group")


def synthetic_actor_graph(actors: int, links: int, *, seed: int = 7) -> nx.MultiDiGraph:
    """An actor view (as ``visualize.actor_view`` returns) with about ``links`` relations."""
    rng = random.Random(seed)
    relations = [name for name in load_lexicon().relations]
    skeleton = nx.barabasi_albert_graph(actors, max(1, round(links / max(actors, 1))), seed=seed)
    G = nx.MultiDiGraph()
    for node in skeleton.nodes:
        G.add_node(f"actor-{node}", label=f"Actor {node:05d}", type=rng.choice(TYPES),
                   aliases=[f"A{node}"], mentions=1 + skeleton.degree(node), roles=[])
    for number, (a, b) in enumerate(skeleton.edges):
        if number >= links:
            break
        source, target = (a, b) if rng.random() < 0.5 else (b, a)
        day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        G.add_edge(f"actor-{source}", f"actor-{target}", key=f"st-{number}", relation=rng.choice(relations),
                   verb="met", sentence=f"Actor {source} and Actor {target} did something on {day}.",
                   negated=rng.random() < 0.05, modality="asserted" if rng.random() < 0.9 else "intended",
                   time=day, confidence=round(rng.random(), 3), attributed_to="", place="",
                   doc=f"doc-{number % 500}", title=f"Synthetic article {number % 500}", date=day, url="")
    return G
