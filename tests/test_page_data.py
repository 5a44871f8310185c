"""What the network page holds, without a browser: a build's page made from its record stream equals the page of its
graph file; every actor is in the page, the most connected drawn at first; communities and their colours;
positions for the drawn actors only; ``--max-nodes`` from the command line."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from graph_builder.build import process
from graph_builder.ingest import read_documents
from graph_builder.outputs import write_outputs
from graph_builder.rdf import load_graph
from graph_builder.visualize import (
    BROWSER_LAYOUT_LIMIT,
    COMMUNITY_COLOURS,
    COMMUNITY_NEUTRAL,
    NODE_COLOURS,
    ActorCollector,
    actor_view,
    page_data,
    write_page,
)
from tests.conftest import ROOT
from tests.synthetic import synthetic_actor_graph
from tests.test_cli import cli


@pytest.fixture(scope="module")
def streamed(seed_path, lexicon, tmp_path_factory):
    """The seed article and the examples analysed and unified as a build streams them, and the files a build
    writes from that stream."""
    results = process(list(read_documents([str(seed_path), str(ROOT / "examples" / "articles")])), lexicon=lexicon)
    out = tmp_path_factory.mktemp("streamed")
    write_outputs(results, out, lexicon=lexicon)
    return results, out


def test_the_actors_of_a_build_are_collected_from_its_records_as_its_graph_file_holds_them(streamed, lexicon):
    results, out = streamed
    collector = ActorCollector(lexicon)
    for result in results:
        collector.document(result)
    streamed_view = collector.view()
    from_file = actor_view(load_graph(out / "graph.ttl"), lexicon=lexicon)
    assert dict(streamed_view.nodes(data=True)) == dict(from_file.nodes(data=True))
    edges = {(a, b, key): data for a, b, key, data in streamed_view.edges(keys=True, data=True)}
    assert edges == {(a, b, key): data for a, b, key, data in from_file.edges(keys=True, data=True)}
    places = {r.place.id for result in results for r in result.relations if r.place}
    sources = {r.attributed_to.id for result in results for r in result.relations if r.attributed_to}
    assert places and places | sources <= set(streamed_view.nodes), "a place or a source is not an actor"
    assert any(data["roles"] for _, data in streamed_view.nodes(data=True))
    assert any(data["mentions"] > 1 and data["aliases"] for _, data in streamed_view.nodes(data=True))


def test_the_page_a_build_writes_is_the_page_of_its_graph_file(streamed, lexicon, tmp_path):
    _, out = streamed
    write_page(load_graph(out / "graph.ttl"), tmp_path / "again.html", lexicon=lexicon, exports=False)
    assert (out / "graph.html").read_text(encoding="utf-8") == (tmp_path / "again.html").read_text(encoding="utf-8")


def _statement(relation: str, number: int) -> dict:
    return dict(relation=relation, verb="met", sentence=f"Sentence {number}.", negated=False, modality="asserted",
                time="2025-03-01", time_start="", time_end="", confidence=0.8, attributed_to="", place="",
                doc="d1", title="An article", date="2025-03-01", url="")


def with_isolated(G: nx.MultiDiGraph, count: int) -> nx.MultiDiGraph:
    """``G`` with ``count`` actors in no relation (named in the articles, linked to nobody)."""
    G = G.copy()
    for number in range(count):
        G.add_node(f"lone-{number}", label=f"Lone actor {number}", type="Person", aliases=[], mentions=5, roles=[])
    return G


def drawn(data) -> list[dict]:
    return [node for node in data.nodes if node["gbDrawn"]]


def test_every_actor_is_in_the_page_and_the_most_connected_are_drawn_first(lexicon):
    G = with_isolated(synthetic_actor_graph(600, 1500), 5)
    data = page_data(G, lexicon=lexicon, max_nodes=200)
    assert {node["id"] for node in data.nodes} == set(G.nodes), "an actor is missing from the page"
    shown = {node["id"] for node in drawn(data)}
    assert len(shown) == data.drawn_count == 200
    assert (data.connected_count, data.isolated_count, data.left_out) == (600, 5, 0)
    least_drawn = min(G.degree(n) for n in shown)
    assert least_drawn >= max(G.degree(n) for n in G.nodes if n not in shown), "a better connected actor waits"
    lone = [node for node in data.nodes if node["id"].startswith("lone-")]
    assert len(lone) == 5 and not any(node["gbDrawn"] for node in lone)
    pairs = {(a, b) for a, b in G.edges()}
    assert {(e["from"], e["to"]) for e in data.edges} == pairs, "every link between the page's actors is in it"
    ids = [edge["id"] for edge in data.edges]
    assert len(set(ids)) == len(ids) and all(isinstance(i, str) and i for i in ids)


def test_under_the_cap_every_connected_actor_is_drawn_and_the_browser_lays_them_out(lexicon):
    G = with_isolated(synthetic_actor_graph(40, 80), 2)
    data = page_data(G, lexicon=lexicon)
    assert data.drawn_count == data.connected_count == 40 and data.isolated_count == 2
    assert {node["id"] for node in data.nodes if not node["gbDrawn"]} == {"lone-0", "lone-1"}
    assert not any("x" in node for node in data.nodes), "a small drawing is placed by the browser's physics"
    assert data.options["physics"]["enabled"] is True


def test_a_large_drawing_arrives_placed_and_only_drawn_actors_have_positions(lexicon):
    G = with_isolated(synthetic_actor_graph(900, 2700), 3)
    data = page_data(G, lexicon=lexicon, max_nodes=BROWSER_LAYOUT_LIMIT + 100)
    placed = {node["id"] for node in data.nodes if "x" in node and "y" in node}
    assert placed == {node["id"] for node in drawn(data)} and len(placed) == BROWSER_LAYOUT_LIMIT + 100
    assert len({(round(n["x"]), round(n["y"])) for n in drawn(data)}) > 0.9 * len(placed), "actors piled up"
    assert data.options["physics"]["enabled"] is False
    again = page_data(G, lexicon=lexicon, max_nodes=BROWSER_LAYOUT_LIMIT + 100)
    assert [(n["x"], n["y"], n["gbCommunity"]) for n in drawn(again)] == [
        (n["x"], n["y"], n["gbCommunity"]) for n in drawn(data)], "the same graph is drawn otherwise"


def cliques(sizes: list[int]) -> nx.MultiDiGraph:
    """Groups of actors all linked within (one clique per size), each group linked to the next by one link."""
    G, first = nx.MultiDiGraph(), []
    for group, size in enumerate(sizes):
        members = [f"g{group:02d}-{k:02d}" for k in range(size)]
        first.append(members[0])
        for k, node in enumerate(members):
            G.add_node(node, label=f"Group {group} actor {k}", type="Organization", aliases=[], mentions=1, roles=[])
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                G.add_edge(a, b, **_statement("meets", G.number_of_edges()))
    for a, b in zip(first, first[1:], strict=False):
        G.add_edge(a, b, **_statement("criticizes", G.number_of_edges()))
    return G


def test_the_largest_communities_have_colours_of_their_own_and_the_rest_share_grey(lexicon):
    sizes = [12 + k for k in range(14)]  # 14 groups, the largest last
    G = cliques(sizes)
    data = page_data(G, lexicon=lexicon)
    groups: dict[int, set[str]] = {}
    for node in data.nodes:
        groups.setdefault(node["gbCommunity"], set()).add(node["id"][:3])
    assert all(len(found) == 1 for found in groups.values()), "a community mixes two groups"
    assert [len([n for n in data.nodes if n["gbCommunity"] == rank]) for rank in sorted(groups)] == sorted(
        sizes, reverse=True), "communities are not ranked by size"
    colour = {node["gbCommunity"]: node["gbCommunityColour"] for node in data.nodes}
    top = [colour[rank] for rank in range(10)]
    assert len(set(top)) == 10 and not set(top) & (set(NODE_COLOURS.values()) | {COMMUNITY_NEUTRAL})
    assert {colour[rank] for rank in range(10, 14)} == {COMMUNITY_NEUTRAL}
    assert [(item.rank, item.colour, item.size) for item in data.community_legend] == [
        (rank, COMMUNITY_COLOURS[rank], size) for rank, size in enumerate(sorted(sizes, reverse=True)[:10])]
    largest = data.community_legend[0]
    assert largest.example == "Group 13 actor 0", "the largest community is not named after its hub"
    assert data.other_communities == 4 and data.template_globals()["community_neutral"] == COMMUNITY_NEUTRAL


def test_actors_not_drawn_at_first_are_grey_and_in_no_community(lexicon):
    G = with_isolated(synthetic_actor_graph(300, 900), 4)
    data = page_data(G, lexicon=lexicon, max_nodes=100)
    waiting = [node for node in data.nodes if not node["gbDrawn"]]
    assert len(waiting) == 204
    assert {(node["gbCommunity"], node["gbCommunityColour"]) for node in waiting} == {(-1, COMMUNITY_NEUTRAL)}
    assert all(node["gbCommunity"] >= 0 for node in drawn(data))


def page_nodes(html: str) -> list[dict]:
    """The actor records embedded in a page (the JSON list of objects that starts with a node's first key)."""
    start = html.index('[{"color": ')
    nodes, _ = json.JSONDecoder().raw_decode(html, start)
    return nodes


def test_max_nodes_reaches_the_page_a_build_writes(tmp_path):
    out = tmp_path / "out"
    done = cli("build", str(ROOT / "examples" / "articles"), "--out", str(out), "--max-nodes", "3", "--quiet")
    assert done.returncode == 0, done.stderr
    nodes = page_nodes((out / "graph.html").read_text(encoding="utf-8"))
    shown = [node for node in nodes if node["gbDrawn"]]
    assert len(shown) == 3 and len(nodes) > 10, "the page should hold every actor and draw three"
    assert min(n["gbDegree"] for n in shown) >= max(n["gbDegree"] for n in nodes if not n["gbDrawn"])
    refused = cli("build", str(ROOT / "examples" / "articles"), "--out", str(tmp_path / "no"), "--max-nodes", "0")
    assert refused.returncode == 2 and "--max-nodes" in refused.stderr and not (tmp_path / "no").exists()
