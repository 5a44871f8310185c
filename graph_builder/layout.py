"""Where the page's actors stand at first, and which community each belongs to, computed with igraph.

Big networks arrive laid out: each connected part by Fruchterman-Reingold, its most important actors then pushed
apart until their dots and names no longer cover each other (each carrying the actors that hang on it alone), and
the parts set in rows, largest first. Sizes here are the page's, at zoom 1: it scales dots and names between
``NODE_SIZE`` and ``LABEL_SIZE`` by the same value, so a name's room is known before the browser draws it.
"""

from __future__ import annotations

import contextlib
import math
import random
from collections.abc import Iterable, Iterator, Mapping
from typing import NamedTuple

IGRAPH_SEED = 7
NODE_SIZE = (6, 50)
"""The radius of the smallest and the largest actor's dot (vis-network's ``nodes.scaling``)."""
LABEL_SIZE = (12, 44)
"""The font size of the smallest and the largest actor's name (``nodes.scaling.label``)."""
LABELS_KEPT_APART = 60
"""In each connected part, this many of its most important actors have their names kept clear of each other: the
names that show at first sight and on the first zooms. Beyond them names are small and come in only when zoomed."""
PART_GAP = 60.0
"""Room between the connected parts of a laid-out network."""
SPREAD_ROUNDS = 300
"""Most passes over the labelled actors when pushing their names apart (a dense core settles in a few)."""


class Label(NamedTuple):
    """What decides an actor's room on the page: its name and the value its dot and name are scaled by."""

    text: str
    value: float


class Box(NamedTuple):
    """The room an actor's dot and name take around its position: the dot is centred on it, the name below."""

    width: float
    height: float
    drop: float
    """How far the box's centre lies below the actor's position (the name hangs under the dot)."""


@contextlib.contextmanager
def _repeatable_igraph() -> Iterator:
    """igraph with its random numbers drawn from a seeded generator, so the same graph gets the same layout and
    communities; igraph's default (Python's ``random`` module) is put back after."""
    import igraph

    igraph.set_random_number_generator(random.Random(IGRAPH_SEED))
    try:
        yield igraph
    finally:
        igraph.set_random_number_generator(random)


def _igraph(nodes: list[str], pairs: Iterable[tuple[str, str]], igraph):
    """An undirected igraph Graph of ``nodes`` (numbered in that order) linked by ``pairs`` of them, each link once
    whatever its direction, no loops; pairs with an end not among ``nodes`` are left out."""
    index = {node: i for i, node in enumerate(nodes)}
    links = {(min(index[a], index[b]), max(index[a], index[b])) for a, b in pairs
             if a != b and a in index and b in index}
    return igraph.Graph(n=len(nodes), edges=sorted(links))


def communities(nodes: list[str], pairs: Iterable[tuple[str, str]]) -> dict[str, int]:
    """Each actor's community, numbered by size (0 = the largest; ties by their first actor id): Louvain
    (igraph's multilevel) on the links between the actors; an actor without links is a community of its own."""
    nodes = sorted(nodes)
    with _repeatable_igraph() as igraph:
        clusters = _igraph(nodes, pairs, igraph).community_multilevel()
    groups = sorted(([nodes[i] for i in members] for members in clusters), key=lambda g: (-len(g), min(g)))
    return {node: rank for rank, group in enumerate(groups) for node in group}


def layout(nodes: list[str], pairs: Iterable[tuple[str, str]],
           labels: Mapping[str, Label] | None = None) -> dict[str, tuple[float, float]]:
    """Positions of the actors: each connected part laid out by igraph's Fruchterman-Reingold (grid variant), a
    fraction of a second for thousands of actors where physics in the browser would take many seconds; in each part
    the names of the ``LABELS_KEPT_APART`` most important actors of ``labels`` pushed clear of each other; the parts
    then set in rows, largest first, so the main network gets the room and the small groups line up below it
    instead of scattering around it. Repeatable for the same actors and links."""
    nodes = sorted(nodes)
    boxes = label_boxes(labels or {})
    with _repeatable_igraph() as igraph:
        graph = _igraph(nodes, pairs, igraph)
        parts = sorted(graph.connected_components(), key=lambda part: (-len(part), part[0]))
        shapes = [_part_layout(graph.subgraph(part), [boxes.get(nodes[v]) for v in part]) for part in parts]
    placed: dict[str, tuple[float, float]] = {}
    width = max(PART_GAP, 1.3 * max((w for _, w, _ in shapes), default=0.0))
    x = y = row_height = 0.0
    for part, (points, part_width, part_height) in zip(parts, shapes, strict=True):
        if x > 0 and x + part_width > width:
            x, y, row_height = 0.0, y + row_height + PART_GAP, 0.0
        for vertex, (px, py) in zip(part, points, strict=True):
            placed[nodes[vertex]] = (x + px, y + py)
        x += part_width + PART_GAP
        row_height = max(row_height, part_height)
    return placed


def label_boxes(labels: Mapping[str, Label]) -> dict[str, Box]:
    """The room of each actor's dot and name, scaled as the page scales them over the range of ``labels``' values.
    A name's width is estimated at 0.55 of its font size a character, plus its white outline (measured in
    Chromium: names run 0.44-0.54 of the font a character); the page writes it just under the dot, and its height
    is counted at 1.6 times the font, leaving room between rows of names."""
    if not labels:
        return {}
    low, high = min(label.value for label in labels.values()), max(label.value for label in labels.values())
    boxes = {}
    for node, label in labels.items():
        share = (label.value - low) / (high - low) if high > low else 0.5
        radius = NODE_SIZE[0] + share * (NODE_SIZE[1] - NODE_SIZE[0])
        font = LABEL_SIZE[0] + share * (LABEL_SIZE[1] - LABEL_SIZE[0])
        name_width = 0.55 * font * len(label.text) + 6
        height = 2 * radius + 1.6 * font + 4
        boxes[node] = Box(width=max(2 * radius, name_width), height=height, drop=height / 2 - radius)
    return boxes


def _part_layout(part, boxes: list[Box | None]) -> tuple[list[tuple[float, float]], float, float]:
    """One connected part's positions from (0, 0), with its width and height: about 70 px of room per actor, 100 px
    in a big part (its hubs crowd the middle); then its most important names pushed apart (``_spread``)."""
    size = part.vcount()
    if size == 1:
        return [(0.0, 0.0)], 0.0, 0.0
    positions = part.layout_fruchterman_reingold(niter=500, grid="grid" if size > 1000 else "nogrid")
    xs, ys = [p[0] for p in positions], [p[1] for p in positions]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    scale = math.sqrt(size) * (100 if size > 50 else 70) / span
    xs, ys = [x * scale for x in xs], [y * scale for y in ys]
    _spread(part, xs, ys, boxes)
    left, top = min(xs), min(ys)
    return [(x - left, y - top) for x, y in zip(xs, ys, strict=True)], max(xs) - left, max(ys) - top


def _spread(part, xs: list[float], ys: list[float], boxes: list[Box | None]) -> None:
    """Push the part's most important actors (those with the largest boxes, up to ``LABELS_KEPT_APART``) apart,
    pair by pair along the axis where they overlap least, until no two of their boxes overlap (or
    ``SPREAD_ROUNDS`` passes); an actor carries the actors linked to it alone, so its leaves stay around it."""
    ranked = sorted((v for v, box in enumerate(boxes) if box), key=lambda v: (-boxes[v].height, v))
    labelled = ranked[:LABELS_KEPT_APART]
    if len(labelled) < 2:
        return
    degree = part.degree()
    group = {v: [v] + [u for u in part.neighbors(v) if degree[u] == 1] for v in labelled}
    for _ in range(SPREAD_ROUNDS):
        if not _spread_round(labelled, boxes, group, xs, ys):
            return


def _spread_round(labelled: list[int], boxes: list[Box | None], group: dict[int, list[int]], xs: list[float],
                  ys: list[float]) -> bool:
    """One pass over the pairs of labelled actors, moving apart each two that overlap; whether any moved."""
    moved = False
    for i, a in enumerate(labelled):
        for b in labelled[i + 1:]:
            dx, dy = _push(boxes[a], xs[a], ys[a], boxes[b], xs[b], ys[b])
            if dx or dy:
                _move(group[a], xs, ys, -dx / 2, -dy / 2)
                _move(group[b], xs, ys, dx / 2, dy / 2)
                moved = True
    return moved


def _push(a: Box, ax: float, ay: float, b: Box, bx: float, by: float) -> tuple[float, float]:
    """How far to move ``b`` from ``a`` (half each way) so their boxes no longer overlap: along the axis of the
    smaller overlap, with a few pixels to spare; (0, 0) when they do not overlap."""
    across = (a.width + b.width) / 2 - abs(bx - ax)
    down = (a.height + b.height) / 2 - abs((by + b.drop) - (ay + a.drop))
    if across <= 0 or down <= 0:
        return 0.0, 0.0
    if across < down:
        return math.copysign(across + 4, bx - ax), 0.0
    return 0.0, math.copysign(down + 4, (by + b.drop) - (ay + a.drop))


def _move(vertices: list[int], xs: list[float], ys: list[float], dx: float, dy: float) -> None:
    for v in vertices:
        xs[v] += dx
        ys[v] += dy
