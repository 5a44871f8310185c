"""The actor-network page as a viewer uses it: filters, clicks, search, scale, focus and exports."""

from __future__ import annotations

import re
from collections import Counter

import networkx as nx
import pytest

from graph_builder.rdf import load_graph
from graph_builder.visualize import (
    actor_view,
    find_actor,
    merged_edges,
    quad_labels,
    relation_groups,
    render_html,
    select_view,
    write_page,
)
from graph_builder.vocab import load_lexicon
from tests.conftest import ARTIFACTS, ontology_copy, open_page
from tests.synthetic import cameo_range_turtle, synthetic_actor_graph
from tests.test_page_data import page_nodes


@pytest.fixture(scope="module")
def seed_page(browser, seed_build):
    _, out = seed_build
    page = open_page(browser, out / "graph.html")
    yield page
    page.close()


def type_count(page, type_):
    return page.evaluate(f"window.gb.visibleNodes().filter(n => n.gbType === {type_!r}).length")


def test_type_filter_hides_and_restores_nodes(seed_page):
    total = seed_page.evaluate("window.visibleNodeCount")
    places = type_count(seed_page, "Place")
    before = seed_page.evaluate("window.network.getPositions()")
    assert places > 0
    seed_page.click("input.type-filter[value=Place]")
    assert seed_page.evaluate("window.visibleNodeCount") == total - places
    assert type_count(seed_page, "Place") == 0
    seed_page.click("input.type-filter[value=Place]")
    assert seed_page.evaluate("window.visibleNodeCount") == total
    after = seed_page.evaluate("window.network.getPositions()")
    assert after == before, "restored actors come back to where they were"


def test_filters_never_blank_the_graph(seed_page):
    for box in seed_page.query_selector_all("input.type-filter"):
        box.click()
    assert seed_page.evaluate("window.visibleNodeCount") > 0
    assert "undone" in seed_page.inner_text("#notice")
    seed_page.click("#reset")
    assert seed_page.inner_text("#notice") == ""


def test_relation_filter_keeps_only_actors_in_those_relations(seed_page):
    seed_page.evaluate("""() => { document.querySelectorAll('.relation-filter').forEach(c => {
        c.checked = c.value === 'deploysTo'; }); document.getElementById('filters')
        .dispatchEvent(new Event('change', {bubbles: true})); }""")
    labels = seed_page.evaluate("window.gb.visibleNodes().map(n => n.label).sort()")
    assert labels == ["North Korea", "Russia"]
    seed_page.click("#reset")


def test_clicking_the_yermak_witkoff_edge_shows_its_evidence(seed_page):
    edge = seed_page.evaluate("window.edgeBetween('Andriy Yermak', 'Steve Witkoff')")
    assert edge
    seed_page.evaluate(f"window.network.fit({{nodes: window.network.getConnectedNodes({edge!r}), animation: false}})")
    point = seed_page.evaluate(f"""() => {{
        const net = window.network, e = net.body.edges[{edge!r}];
        const box = document.getElementById('network').getBoundingClientRect();
        for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {{
            const p = net.canvasToDOM(e.edgeType.getPoint(t));
            if (net.getNodeAt(p) == null && net.getEdgeAt(p) === {edge!r}) {{
                return {{x: p.x + box.left, y: p.y + box.top}};
            }}
        }}
        return null; }}""")
    assert point, "no clickable point on the edge"
    seed_page.mouse.click(point["x"], point["y"])
    panel = seed_page.inner_text("#panel")
    assert "Andriy Yermak \u2192 Steve Witkoff" in panel
    assert "met on Friday in New York with Trump's special envoy Steve Witkoff" in panel
    assert "2025-08-29" in panel


def test_colour_by_community_and_size_by_mentions(seed_page):
    seed_page.select_option("#colour-by", "community")
    colours = seed_page.evaluate("new Set(window.gb.visibleNodes().map(n => n.color)).size")
    assert colours > 1
    seed_page.select_option("#size-by", "mentions")
    sizes = seed_page.evaluate("window.gb.visibleNodes().map(n => [n.value, n.gbMentions])")
    assert all(value == 1 + mentions for value, mentions in sizes)
    seed_page.select_option("#colour-by", "type")
    seed_page.select_option("#size-by", "degree")


def test_five_thousand_actors_draw_and_settle(browser, lexicon, tmp_path):
    G = synthetic_actor_graph(5000, 15000)
    page_file = tmp_path / "big.html"
    page_file.write_text(render_html(G, lexicon=lexicon), encoding="utf-8")
    page = open_page(browser, page_file)
    assert page.evaluate("Object.keys(window.network.getPositions()).length") == 5000
    assert page.evaluate("window.network.physics.physicsEnabled") is False
    # the actors are drawn first and the links a frame later: every link arrives, shown, counted, and filtered
    links = len(merged_edges(G))
    assert page.evaluate("Object.keys(window.network.body.edges).length") == links
    assert page.evaluate("window.gb.visibleEdges().length") == links
    assert f"{links} links" in page.inner_text("#status")
    page.uncheck(".type-filter[value='Person']")
    assert 0 < page.evaluate("window.gb.visibleEdges().length") < links
    assert page.evaluate("window.gb.visibleNodes().every(n => n.gbType !== 'Person')")
    assert page.errors == []
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "five_thousand_actors.png"))
    page.close()


def test_beyond_the_cap_the_page_draws_the_most_connected_and_holds_the_rest(lexicon):
    G = synthetic_actor_graph(600, 1500)
    view, left_out = select_view(G)
    assert view.number_of_nodes() == 600 and left_out == 0, "only --focus leaves actors out of the page"
    html = render_html(view, lexicon=lexicon, left_out=left_out, max_nodes=200)
    nodes = page_nodes(html)
    kept = {node["id"] for node in nodes if node["gbDrawn"]}
    assert len(nodes) == 600 and len(kept) == 200
    least_connected_kept = min(G.degree(n) for n in kept)
    most_connected_waiting = max(G.degree(n) for n in G.nodes if n not in kept)
    assert least_connected_kept >= most_connected_waiting, "an actor not drawn has more links than a drawn one"
    assert least_connected_kept > min(G.degree(n) for n in G.nodes), "actors with the fewest links were drawn"


def test_focus_draws_the_neighbourhood_of_one_actor(seed_build, lexicon):
    _, out = seed_build
    G = actor_view(load_graph(out / "graph.ttl"), lexicon=lexicon)
    centre = find_actor(G, "zelensky")
    assert G.nodes[centre]["label"] == "Volodymyr Zelensky"
    view, left_out = select_view(G, focus="ZELENSKY", hops=1)
    neighbours = set(nx.all_neighbors(G, centre))
    assert set(view.nodes) == neighbours | {centre}
    assert left_out == G.number_of_nodes() - view.number_of_nodes() > 0


def test_exports_open_in_networkx(seed_build, lexicon, tmp_path):
    _, out = seed_build
    written = write_page(load_graph(out / "graph.ttl"), tmp_path / "net.html", lexicon=lexicon)
    assert [p.suffix for p in written] == [".html", ".gexf", ".graphml"]
    G = actor_view(load_graph(out / "graph.ttl"), lexicon=lexicon)
    gexf = nx.read_gexf(tmp_path / "net.gexf")
    graphml = nx.read_graphml(tmp_path / "net.graphml")
    assert gexf.number_of_nodes() == graphml.number_of_nodes() == G.number_of_nodes()
    assert graphml.number_of_edges() == G.number_of_edges()
    labels = {data["label"] for _, data in graphml.nodes(data=True)}
    assert "Andriy Yermak" in labels


def test_quad_class_names_on_the_page_come_from_the_ontology(lexicon):
    labels = quad_labels(lexicon)
    assert {info.quad_class for info in lexicon.relations.values()} <= set(labels)
    assert labels["VerbalConflict"] == "verbal conflict"
    G = synthetic_actor_graph(40, 80)
    html = render_html(G, lexicon=lexicon)
    drawn = {lexicon.relations[data["relation"]].quad_class for _, _, data in G.edges(data=True)}
    for quad in drawn:
        assert f"</span>{labels[quad]}</div>" in html, f"the legend lacks {labels[quad]!r}"


QUAD_ORDER = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict", "affiliation"]


@pytest.fixture(scope="module")
def cameo_lexicon(tmp_path_factory):
    """The installed ontology with a relation for every CAMEO root category, as the full lexicon will have."""
    return load_lexicon(ontology_copy(tmp_path_factory.mktemp("cameo"), cameo_range_turtle()))


def test_relations_are_grouped_by_quad_class_in_cameo_order(lexicon):
    counts = Counter({"criticizes": 3, "meets": 2, "visits": 5, "leaderOf": 1, "attacks": 0})
    groups = relation_groups(lexicon, counts)
    assert [g.label for g in groups] == ["verbal cooperation", "verbal conflict", "affiliation"]
    assert groups[0].relations == (("meets", "meets", 2), ("visits", "visits", 5))
    assert groups[0].statements == 7
    assert groups[0].colour == lexicon.quad_classes["VerbalCooperation"].colour
    assert "attacks" not in {name for g in groups for name, *_ in g.relations}, "a relation with no edge is listed"


def test_a_page_of_the_whole_cameo_range_has_one_group_per_quad_class(cameo_lexicon):
    assert len(cameo_lexicon.relations) >= 30
    G = synthetic_actor_graph(300, 900, lexicon=cameo_lexicon)
    left_out = "coerces"
    G.remove_edges_from([(a, b, k) for a, b, k, d in G.edges(keys=True, data=True) if d["relation"] == left_out])
    drawn = {d["relation"] for *_, d in G.edges(data=True)}
    html = render_html(G, lexicon=cameo_lexicon)
    assert re.findall(r'<div class="quad-group" data-quad="(\w+)">', html) == [
        "VerbalCooperation", "MaterialCooperation", "VerbalConflict", "MaterialConflict", "Affiliation"]
    boxes = re.findall(r'class="relation-filter" data-quad="(\w+)" value="(\w+)"', html)
    assert {name for _, name in boxes} == drawn and left_out not in drawn
    assert all(cameo_lexicon.relations[name].quad_class == quad for quad, name in boxes)
    assert html.count('<details class="quad-relations">') == 5, "each class's relations fold away"


def test_grouped_filters_tick_and_untick_a_whole_quad_class(seed_page):
    def state():
        return seed_page.evaluate("""() => Array.from(document.querySelectorAll('.quad-filter')).map(b => [b.value,
            b.checked, b.indeterminate, Array.from(document.querySelectorAll('.relation-filter'))
            .filter(c => c.dataset.quad === b.value).map(c => c.checked)])""")

    labels = [re.sub(r"\s*\d+$", "", t.strip()) for t in seed_page.locator(".quad-group > label").all_inner_texts()]
    assert labels == [quad for quad in QUAD_ORDER if quad in labels], "the classes are not in CAMEO order"
    total = seed_page.evaluate("window.visibleNodeCount")
    seed_page.click(".quad-filter[value=Affiliation]")
    after = {quad: (checked, half, members) for quad, checked, half, members in state()}
    assert after["Affiliation"][0] is False and not any(after["Affiliation"][2])
    assert all(all(members) for quad, (_, _, members) in after.items() if quad != "Affiliation")
    shown = seed_page.evaluate("""() => window.gb.visibleEdges().map(e => e.gbRelations
        .map(r => r.relation))""")
    affiliations = {"leaderOf", "memberOf", "locatedIn"}
    assert shown and all(set(relations) - affiliations for relations in shown), "an affiliation-only link is drawn"
    assert seed_page.evaluate("window.visibleNodeCount") < total
    seed_page.click(".quad-group[data-quad=Affiliation] summary")
    seed_page.click(".relation-filter[value=memberOf]")
    quad, checked, half, members = [row for row in state() if row[0] == "Affiliation"][0]
    assert (checked, half) == (False, True) and members.count(True) == 1, "one of three ticked: half-ticked"
    seed_page.click("#reset")
    assert all(checked and not half and all(members) for _, checked, half, members in state())
    assert seed_page.evaluate("window.visibleNodeCount") == total
