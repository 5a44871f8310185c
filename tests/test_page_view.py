"""The archive page as an analyst uses it, in a real headless Chromium: the connected network first, search that
finds the best match, the panel in view, fit and zoom, "only this", the view in the URL, PNG and CSV export,
colour by community with its own legend, keyboard use, and the phone and desktop layouts (screenshots kept in
tests/artifacts for a person to look at)."""

from __future__ import annotations

import base64
import csv
import io
from urllib.parse import quote

import networkx as nx
import pytest

from graph_builder.visualize import render_html
from tests.conftest import ARTIFACTS, open_page
from tests.synthetic import synthetic_actor_graph

PHONE, DESKTOP = (390, 844), (1440, 900)


def _statement(relation: str, sentence: str, day: str = "2025-03-01") -> dict:
    return dict(relation=relation, verb="met", sentence=sentence, negated=False, modality="asserted", time=day,
                time_start="", time_end="", confidence=0.8, attributed_to="", place="", doc="d1", title="An article",
                date=day, url="")


def small_network() -> nx.MultiDiGraph:
    """Names chosen so search ranking shows: an exact name, an alias, a word that starts a name, a name that merely
    holds the text; two actors without links; a sentence that a spreadsheet would run as a formula."""
    G = nx.MultiDiGraph()
    people = {
        "blair": ("Tony Blair", "Person", ["Blair"]),
        "brown": ("Gordon Brown", "Person", []),
        "blairgowrie": ("Blairgowrie Council", "Organization", []),
        "unga": ("UN General Assembly", "Organization", ["UNGA"]),
        "labour": ("Labour Party", "Organization", ["Labour"]),
        "france": ("France", "Country", []),
        "lone1": ("Quiet Villager", "Person", []),
        "lone2": ("Hamlet Council", "Organization", []),
    }
    for key, (label, type_, aliases) in people.items():
        G.add_node(key, label=label, type=type_, aliases=aliases, mentions=3, roles=[])
    links = [("blair", "brown", "meets", "Tony Blair met Gordon Brown."),
             ("blair", "france", "visits", "Tony Blair visited France."),
             ("brown", "labour", "memberOf", "Gordon Brown is a member of the Labour Party."),
             ("blair", "labour", "leaderOf", "=HYPERLINK(\"http://x\") Tony Blair leads Labour."),
             ("unga", "france", "criticizes", "The UN General Assembly criticised France."),
             ("blairgowrie", "unga", "appealsTo", "Blairgowrie Council appealed to the UN General Assembly.")]
    for number, (a, b, relation, sentence) in enumerate(links):
        G.add_edge(a, b, key=f"s{number}", **_statement(relation, sentence))
    return G


@pytest.fixture(scope="module")
def small_page_file(lexicon, tmp_path_factory):
    path = tmp_path_factory.mktemp("small") / "small.html"
    path.write_text(render_html(small_network(), lexicon=lexicon), encoding="utf-8")
    return path


def visible_labels(page) -> list[str]:
    return sorted(page.evaluate("window.gb.visibleNodes().map(n => n.label)"))


def test_the_connected_network_is_the_default_and_the_count_line_says_what_is_hidden(browser, small_page_file):
    page = open_page(browser, small_page_file)
    try:
        assert "Quiet Villager" not in visible_labels(page) and len(visible_labels(page)) == 6
        status = page.inner_text("#status")
        assert "6 of 8 actors shown" in status and "2 without links" in status
        page.click("#status button")
        assert {"Quiet Villager", "Hamlet Council"} <= set(visible_labels(page))
        assert "8 of 8 actors shown" in page.inner_text("#status")
        assert page.is_checked("#show-isolated")
        assert page.errors == []
    finally:
        page.context.close()


def test_search_lists_the_best_match_first_and_says_when_nothing_matches(browser, small_page_file):
    page = open_page(browser, small_page_file)
    try:
        assert page.evaluate("window.searchMatches('blair')") == ["Tony Blair", "Blairgowrie Council"]
        assert page.evaluate("window.searchMatches('unga')") == ["UN General Assembly"]
        assert page.evaluate("window.searchMatches('labour')")[0] == "Labour Party"
        page.fill("#search", "blair")
        items = page.locator("#results li[role=option]")
        assert items.count() == 2 and items.nth(0).inner_text().startswith("Tony Blair")
        page.keyboard.press("Enter")
        assert page.evaluate("window.focusedNode") == "Tony Blair"
        assert sorted(page.evaluate("window.gb.highlighted()")) == [
            "France", "Gordon Brown", "Labour Party", "Tony Blair"]
        # a slip of the keyboard still finds the actor, marked as a similar spelling; a word that is no name does not
        assert page.evaluate("window.searchMatches('gordn')") == ["Gordon Brown"]
        assert page.evaluate("window.searchMatches('fracne')") == ["France"]
        assert page.evaluate("window.searchMatches('tony blaire')") == ["Tony Blair"]
        page.fill("#search", "Lbaour")
        assert "similar spelling" in page.locator("#results li[role=option]").nth(0).inner_text()
        assert page.evaluate("window.searchMatches('weather')") == []
        page.fill("#search", "zzzz")
        assert "No actor matches" in page.inner_text("#results")
        assert page.evaluate("window.focusedNode") is None, "a search that matches nothing kept the old actor"
        assert page.evaluate("window.gb.highlighted()") == []
    finally:
        page.context.close()


def _pixel_at_node(page, label: str) -> list[int]:
    """The canvas colour at the centre of an actor's dot."""
    return page.evaluate("""(label) => {
        const net = window.network, id = window.gb.visibleNodes().find(n => n.label === label).id;
        const p = net.canvasToDOM(net.getPositions([id])[id]), canvas = document.querySelector('#graph canvas');
        const ratio = canvas.width / canvas.clientWidth;
        const x = Math.round(p.x * ratio), y = Math.round(p.y * ratio);
        return Array.from(canvas.getContext('2d').getImageData(x, y, 1, 1).data);
    }""", label)


def test_the_chosen_actor_is_centred_with_its_neighbours_and_the_rest_dimmed(browser, small_page_file):
    page = open_page(browser, small_page_file)
    try:
        before = _pixel_at_node(page, "UN General Assembly")
        page.evaluate("window.gb.choose('Gordon Brown')")
        page.wait_for_timeout(100)
        box = page.locator("#graph").bounding_box()
        centre = page.evaluate("""() => { const net = window.network,
            id = window.gb.visibleNodes().find(n => n.label === 'Gordon Brown').id;
            return net.canvasToDOM(net.getPositions([id])[id]); }""")
        assert abs(centre["x"] - box["width"] / 2) < 5 and abs(centre["y"] - box["height"] / 2) < 5
        dimmed = _pixel_at_node(page, "UN General Assembly")
        kept = _pixel_at_node(page, "Tony Blair")
        assert sum(dimmed[:3]) > sum(before[:3]) + 150, f"a non-neighbour is not dimmed: {before} -> {dimmed}"
        assert sum(kept[:3]) < 600, f"a neighbour was dimmed: {kept}"
    finally:
        page.context.close()


def test_the_panel_opens_in_view_and_escape_closes_it(browser, small_page_file):
    for viewport in (DESKTOP, PHONE):
        page = open_page(browser, small_page_file, viewport=viewport, touch=viewport == PHONE)
        try:
            page.evaluate("window.gb.choose('Tony Blair')")
            page.wait_for_timeout(350)  # the phone's panel slides in
            panel = page.locator("#panel").bounding_box()
            assert panel and 0 <= panel["y"] < viewport[1] - 100 and panel["x"] >= 0
            assert panel["x"] + min(panel["width"], 200) <= viewport[0], "the panel is off screen"
            assert "Tony Blair met Gordon Brown." in page.inner_text("#panel")
            page.keyboard.press("Escape")
            assert page.locator("#panel").is_hidden()
        finally:
            page.context.close()


def test_keyboard_search_arrow_enter_and_graph_keys(browser, small_page_file):
    page = open_page(browser, small_page_file)
    try:
        fitted = page.evaluate("window.network.getScale()")
        page.keyboard.press("/")
        page.keyboard.type("council")
        page.keyboard.press("ArrowDown")
        chosen = page.locator("#results li[aria-selected=true]").inner_text()
        page.keyboard.press("Enter")
        assert page.evaluate("window.focusedNode") == chosen.split("\n")[0].strip()
        assert page.locator("#panel").is_visible()
        page.keyboard.press("Escape")
        page.focus("#graph")
        scale = page.evaluate("window.network.getScale()")
        page.keyboard.press("+")
        assert page.evaluate("window.network.getScale()") > scale * 1.2
        where = page.evaluate("window.network.getViewPosition()")
        page.keyboard.press("ArrowRight")
        assert page.evaluate("window.network.getViewPosition()")["x"] > where["x"]
        page.keyboard.press("0")
        assert abs(page.evaluate("window.network.getScale()") - fitted) < fitted * 0.05
    finally:
        page.context.close()


def test_fit_and_zoom_buttons_and_only_this(browser, small_page_file):
    page = open_page(browser, small_page_file)
    try:
        scale = page.evaluate("window.network.getScale()")
        page.click("#zoom-in")
        assert page.evaluate("window.network.getScale()") > scale
        page.click("#fit")
        assert abs(page.evaluate("window.network.getScale()") - scale) < scale * 0.05
        page.click("#zoom-in")
        page.focus("#graph")
        for _ in range(6):
            page.keyboard.press("ArrowLeft")
        where = page.evaluate("window.network.getViewPosition()")
        page.click(".quad-group[data-quad=VerbalConflict] button.only")
        assert visible_labels(page) == ["France", "UN General Assembly"]
        inside = page.evaluate("""() => { const net = window.network, ids = window.gb.visibleNodes().map(n => n.id);
            const box = document.getElementById('graph').getBoundingClientRect(), p = net.getPositions(ids);
            return ids.every(i => { const d = net.canvasToDOM(p[i]); return d.x > 0 && d.y > 0 && d.x < box.width
                && d.y < box.height; }); }""")
        assert inside and page.evaluate("window.network.getViewPosition()") != where, "the filter did not re-fit"
        page.click(".filter-row:has(.type-filter[value=Person]) button.only")
        assert "undone" in page.inner_text("#notice") and visible_labels(page) == ["France", "UN General Assembly"]
        page.click("#reset")
        page.click(".filter-row:has(.type-filter[value=Person]) button.only")
        assert visible_labels(page) == ["Gordon Brown", "Tony Blair"]
    finally:
        page.context.close()


def test_the_view_lives_in_the_url_fragment(browser, small_page_file):
    page = open_page(browser, small_page_file)
    try:
        page.click(".type-filter[value=Country]")
        page.evaluate("window.gb.choose('Gordon Brown')")
        page.click("#zoom-in")
        page.wait_for_timeout(300)
        fragment = page.evaluate("location.hash")
        assert "actor=Gordon+Brown" in fragment and "types=" in fragment and "view=" in fragment
        shown, scale = visible_labels(page), page.evaluate("window.network.getScale()")
    finally:
        page.context.close()
    again = open_page(browser, small_page_file, fragment=fragment)
    try:
        assert again.evaluate("window.focusedNode") == "Gordon Brown"
        assert visible_labels(again) == shown and "France" not in shown
        assert abs(again.evaluate("window.network.getScale()") - scale) < 0.01
        assert not again.is_checked(".type-filter[value=Country]")
    finally:
        again.context.close()
    sent = open_page(browser, small_page_file, fragment="#q=" + quote("general") + "&colour=community")
    try:
        assert sent.input_value("#search") == "general" and sent.input_value("#colour-by") == "community"
    finally:
        sent.context.close()


def test_back_returns_to_the_actor_chosen_before(browser, small_page_file):
    page = open_page(browser, small_page_file)
    try:
        page.wait_for_timeout(300)
        for label in ("Gordon Brown", "France"):
            page.evaluate(f"window.gb.choose('{label}')")
            page.wait_for_timeout(300)  # the fragment follows the view a little later
        page.click("#zoom-in")  # a zoom changes the step the view is on, not the steps before it
        page.wait_for_timeout(300)
        page.go_back()
        page.wait_for_function("window.focusedNode === 'Gordon Brown'")
        page.go_back()
        page.wait_for_function("window.focusedNode === null")
        assert page.locator("#panel").is_hidden()
        page.go_forward()
        page.wait_for_function("window.focusedNode === 'Gordon Brown'")
    finally:
        page.context.close()


def test_export_saves_the_visible_network_as_png_and_its_rows_as_csv(browser, small_page_file, tmp_path):
    page = open_page(browser, small_page_file)
    try:
        page.click(".quad-group[data-quad=Affiliation] button.only")
        with page.expect_download() as png:
            page.click("#export-png")
        image = tmp_path / "network.png"
        png.value.save_as(image)
        assert image.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and image.stat().st_size > 2000
        # the image explains itself: a title and caption above the network, the legend of what is shown below
        bands = page.evaluate("""async (data) => {
            const img = new Image(); img.src = 'data:image/png;base64,' + data; await img.decode();
            const c = document.createElement('canvas'); c.width = img.width; c.height = img.height;
            const ctx = c.getContext('2d'); ctx.drawImage(img, 0, 0);
            const graph = document.querySelector('#graph canvas'), unit = graph.width / graph.clientWidth;
            const inked = (top, height) => Array.from(ctx.getImageData(0, top, c.width, height).data)
                .filter((v, i) => i % 4 === 0 && v < 128).length;
            return {width: img.width, height: img.height, canvas: [graph.width, graph.height],
                    header: inked(0, 56 * unit),
                    legend: inked(56 * unit + graph.height, img.height - 56 * unit - graph.height)};
        }""", base64.b64encode(image.read_bytes()).decode())
        assert bands["width"] == bands["canvas"][0] and bands["height"] > bands["canvas"][1] + 60
        assert bands["header"] > 200 and bands["legend"] > 200, bands
        with page.expect_download() as sheet:
            page.click("#export-csv")
        table = tmp_path / "network.csv"
        sheet.value.save_as(table)
        rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8-sig"))))
        assert sorted((r["subject"], r["relation"], r["object"]) for r in rows) == [
            ("Gordon Brown", "memberOf", "Labour Party"), ("Tony Blair", "leaderOf", "Labour Party")]
        formula = next(r["sentence"] for r in rows if r["relation"] == "leaderOf")
        assert formula.startswith("'=HYPERLINK"), "a cell a spreadsheet would run as a formula"
        # with an actor chosen the rows are its neighbourhood's, and the files are named after the page and it
        page.evaluate("window.gb.choose('Gordon Brown')")
        with page.expect_download() as sheet:
            page.click("#export-csv")
        assert sheet.value.suggested_filename == "actor-network-gordon-brown.csv"
        sheet.value.save_as(table)
        rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8-sig"))))
        assert [(r["subject"], r["relation"], r["object"]) for r in rows] == [
            ("Gordon Brown", "memberOf", "Labour Party")]
    finally:
        page.context.close()


def test_colour_by_community_has_its_own_legend(browser, lexicon, tmp_path):
    G = synthetic_actor_graph(400, 900)
    path = tmp_path / "communities.html"
    path.write_text(render_html(G, lexicon=lexicon), encoding="utf-8")
    page = open_page(browser, path)
    try:
        assert page.locator("#legend-communities").is_hidden()
        page.select_option("#colour-by", "community")
        assert page.locator("#legend-types").is_hidden() and page.locator("#legend-communities").is_visible()
        legend = page.locator(".legend-community .swatch").evaluate_all("s => s.map(x => x.style.background)")
        assert 2 <= len(legend) <= 12 and len(set(legend)) == len(legend), "the largest communities share colours"
        colours = page.evaluate("new Set(window.gb.visibleNodes().map(n => n.color)).size")
        assert colours <= len(legend) + 1, "more node colours than the legend explains"
        assert "smaller communities" in page.inner_text("#legend-communities")
    finally:
        page.context.close()


def test_an_actor_beyond_the_cap_is_brought_in_by_search(browser, lexicon, tmp_path):
    from graph_builder.visualize import select_view

    G = synthetic_actor_graph(600, 1500)
    view, left_out = select_view(G)
    path = tmp_path / "capped.html"
    path.write_text(render_html(view, lexicon=lexicon, left_out=left_out, max_nodes=200), encoding="utf-8")
    page = open_page(browser, path)
    try:
        assert page.evaluate("window.visibleNodeCount") == 200
        assert "beyond the cap" in page.inner_text("#status")
        least = min(G.nodes, key=lambda n: (G.degree(n), n))
        label = G.nodes[least]["label"]
        assert label not in visible_labels(page)
        page.fill("#search", label)
        assert "not drawn yet" in page.inner_text("#results li[aria-selected=true]")
        page.keyboard.press("Enter")
        shown = set(visible_labels(page))
        neighbours = {G.nodes[n]["label"] for n in nx.all_neighbors(G, least)}
        assert label in shown and neighbours <= shown
        assert page.errors == []
    finally:
        page.context.close()


def test_edge_tooltips_stay_small(browser, small_page_file):
    page = open_page(browser, small_page_file)
    try:
        titles = page.evaluate("window.gb.linkTips()")
        assert titles and all(len(t) < 200 and "Tony Blair met Gordon Brown." not in t for t in titles)
    finally:
        page.context.close()


@pytest.mark.parametrize("name, viewport", [("phone", PHONE), ("desktop", DESKTOP)])
def test_phone_and_desktop_layouts(browser, seed_build, name, viewport):
    _, out = seed_build
    page = open_page(browser, out / "graph.html", viewport=viewport, touch=name == "phone")
    try:
        graph = page.locator("#graph").bounding_box()
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"page_{name}.png"))
        if name == "phone":
            assert graph["width"] >= viewport[0] - 2 and graph["height"] >= viewport[1] - 2, "graph squeezed"
            side = page.locator("#side").bounding_box()
            assert side["y"] >= viewport[1] - 1, "the side panel covers the graph before it is asked for"
            assert not page.locator("#filters").evaluate("d => d.open"), "filters are not folded on a phone"
            hub = page.evaluate("""() => { const net = window.network, nodes = window.gb.visibleNodes();
                const hub = nodes.reduce((a, b) => (b.gbDegree > a.gbDegree ? b : a));
                const p = net.canvasToDOM(net.getPositions([hub.id])[hub.id]);
                return {label: hub.label, x: p.x, y: p.y}; }""")
            page.touchscreen.tap(hub["x"], hub["y"])
            page.wait_for_timeout(400)
            side = page.locator("#side").bounding_box()
            assert viewport[1] * 0.3 < side["y"] < viewport[1] / 2 and hub["label"] in page.inner_text("#panel")
            where = page.evaluate("""(label) => { const net = window.network,
                id = window.gb.visibleNodes().find(n => n.label === label).id;
                return net.canvasToDOM(net.getPositions([id])[id]); }""", hub["label"])
            assert 0 < where["y"] < side["y"], "the tapped actor is hidden under the details"
            page.click("#panel-close")
            page.wait_for_timeout(350)
            assert page.locator("#side").bounding_box()["y"] >= viewport[1] - 1, "closing the details left the sheet"
            page.screenshot(path=str(ARTIFACTS / "page_phone_panel.png"))
        else:
            assert graph["width"] >= viewport[0] - 420 and graph["height"] >= viewport[1] - 2
            page.evaluate("window.gb.choose('Russia')")
            page.screenshot(path=str(ARTIFACTS / "page_desktop_focus.png"))
        assert page.errors == []
    finally:
        page.context.close()


def test_a_chosen_actor_stays_chosen_and_its_neighbourhood_follows_the_filters(browser, small_page_file):
    page = open_page(browser, small_page_file)
    try:
        page.evaluate("window.gb.choose('Tony Blair')")
        page.click(".quad-group[data-quad=Affiliation] button.only")
        assert page.evaluate("window.focusedNode") == "Tony Blair"
        assert sorted(page.evaluate("window.gb.highlighted()")) == ["Labour Party", "Tony Blair"]
        panel = page.inner_text("#panel")
        assert "Tony Blair leads Labour." in panel and "Tony Blair met Gordon Brown." not in panel
    finally:
        page.context.close()


LEADERS = tuple(f"Leader {name} of the Assembly" for name in "ABCDEFGH")


def dense_core() -> nx.MultiDiGraph:
    """A core of eight leaders with long names, each linked to every other (as party leaders are in political
    news) and to thirty followers of its own: force layout packs such hubs into a knot."""
    G = nx.MultiDiGraph()
    for number, label in enumerate(LEADERS):
        G.add_node(f"leader{number}", label=label, type="Person", aliases=[], mentions=50, roles=[])
        for follower in range(30):
            G.add_node(f"f{number}-{follower}", label=f"Follower {number}-{follower}", type="Organization",
                       aliases=[], mentions=1, roles=[])
            G.add_edge(f"f{number}-{follower}", f"leader{number}", key="m",
                       **_statement("memberOf", "A follower joined."))
    for a in range(len(LEADERS)):
        for b in range(a + 1, len(LEADERS)):
            for k in range(3):
                G.add_edge(f"leader{a}", f"leader{b}", key=f"k{k}", **_statement("criticizes", "A leader spoke."))
    return G


@pytest.fixture(scope="module")
def core_page_file(lexicon, tmp_path_factory):
    path = tmp_path_factory.mktemp("core") / "core.html"
    path.write_text(render_html(dense_core(), lexicon=lexicon), encoding="utf-8")
    return path


NAMES_CLEAR = """() => {
    const names = window.gb.names(), canvas = document.querySelector('#graph canvas');
    const cross = (a, b) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    const inside = (b) => b[0] >= 0 && b[1] >= 0 && b[2] <= canvas.clientWidth && b[3] <= canvas.clientHeight;
    return {labels: names.map(n => n.label), sizes: names.map(n => n.size),
            outside: names.filter(n => !inside(n.box)).length,
            crossing: names.filter((a, i) => names.slice(i + 1).some(b => cross(a.box, b.box))).map(n => n.label)};
}"""


def _zoom(page, factor: float) -> None:
    page.evaluate(f"window.network.moveTo({{scale: window.network.getScale() * {factor}}})")
    page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")


def test_every_leader_is_named_at_first_sight_and_no_name_covers_another(browser, core_page_file):
    leaders = set(LEADERS)
    page = open_page(browser, core_page_file, viewport=DESKTOP)
    names = page.evaluate(NAMES_CLEAR)
    assert leaders <= set(names["labels"]), f"leaders without a name at first sight: {leaders - set(names['labels'])}"
    assert names["crossing"] == [] and names["outside"] == 0
    # however close the view, names stay readable and bounded, and never vanish (vis-network's own labels did
    # past their maxVisible size)
    for factor in (2, 2, 2):
        _zoom(page, factor)
        names = page.evaluate(NAMES_CLEAR)
        assert names["labels"] and names["crossing"] == [] and names["outside"] == 0
        assert all(11 <= size <= 24 for size in names["sizes"]), names["sizes"]
    assert page.errors == []
    page.close()


def test_the_leaders_are_named_on_a_phone(browser, core_page_file):
    leaders = set(LEADERS)
    page = open_page(browser, core_page_file, viewport=PHONE, touch=True)
    names = page.evaluate(NAMES_CLEAR)
    assert len(leaders & set(names["labels"])) >= 6, f"leaders' names missing on a phone: {names['labels']}"
    assert names["crossing"] == [] and names["outside"] == 0
    page.screenshot(path=str(ARTIFACTS / "page_phone_names.png"))
    # chosen, an actor's neighbourhood keeps its names and the rest is written no more
    page.evaluate("window.gb.choose('Leader B of the Assembly')")
    page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    chosen = set(page.evaluate(NAMES_CLEAR)["labels"])
    assert "Leader B of the Assembly" in chosen and chosen <= set(page.evaluate("window.gb.highlighted()"))
    assert page.errors == []
    page.close()


def test_a_busy_actor_lists_its_relations_by_relation_and_direction(browser, core_page_file):
    page = open_page(browser, core_page_file, viewport=DESKTOP)
    page.evaluate("window.gb.choose('Leader A of the Assembly')")
    groups = page.locator("#panel .relation-group > summary")
    # 30 followers are members of it, it criticises the seven other leaders three times each: two folded groups,
    # the largest first, worded so the direction reads; no card is drawn until a group is opened
    assert groups.all_inner_texts() == ["\u2026 member of Leader A of the Assembly 30",
                                        "Leader A of the Assembly criticizes \u2026 21"]
    assert page.locator("#panel .relation").count() == 0
    groups.nth(1).click()
    cards = page.locator("#panel .relation-group[open] .relation")
    cards.nth(20).wait_for()  # the group's cards are drawn when its toggle event comes
    assert cards.count() == 21 and all(text.startswith("Leader A of the Assembly criticizes Leader")
                                       for text in cards.all_inner_texts())
    # an actor in few statements keeps the flat list
    page.evaluate("window.gb.choose('Follower 2-3')")
    assert page.locator("#panel .relation-group").count() == 0 and page.locator("#panel .relation").count() == 1
    assert page.errors == []
    page.close()


def test_a_link_tooltip_names_the_link_a_click_opens(browser, core_page_file):
    """Where links cross, the tooltip and the click must agree on which link is under the pointer."""
    page = open_page(browser, core_page_file, viewport=DESKTOP)
    # points on each link between leaders, where other links pass within reach of the pointer
    points = page.evaluate("""() => {
        const net = window.network, out = [];
        const leaders = window.gb.visibleEdges().filter(e => e.from.startsWith('leader') && e.to.startsWith('leader'));
        for (const e of leaders) {
            const shape = net.body.edges[e.id].edgeType;  // the drawn link, curved or straight
            for (const t of [0.3, 0.5, 0.7]) {
                const p = net.canvasToDOM(shape.getPoint(t));
                out.push([p.x, p.y]);
            }
        }
        return out;
    }""")
    box = page.locator("#graph").bounding_box()
    compared = 0
    for x, y in points:
        page.mouse.move(box["x"] + x - 2, box["y"] + y)
        page.mouse.move(box["x"] + x, box["y"] + y)
        page.wait_for_timeout(320)
        if page.locator("#link-tip").is_hidden():
            continue
        tip = page.inner_text("#link-tip").split("\n")[0]
        page.mouse.click(box["x"] + x, box["y"] + y)
        assert page.locator("#panel h2").inner_text() == tip, f"tooltip and click disagree at {x:.0f}, {y:.0f}"
        compared += 1
        page.keyboard.press("Escape")
    assert compared >= 10
    assert page.errors == []
    page.close()


def test_a_link_shows_only_what_the_filters_keep(browser, lexicon, tmp_path):
    G = nx.MultiDiGraph()
    for key, label in (("ana", "Ana Lind"), ("ben", "Ben Okoro"), ("cia", "Cia Park")):
        G.add_node(key, label=label, type="Person", aliases=[], mentions=4, roles=[])
    G.add_edge("ana", "ben", key="m1", **_statement("meets", "Ana Lind met Ben Okoro."))
    G.add_edge("ana", "ben", key="m2", **_statement("meets", "Ana Lind met Ben Okoro again."))
    G.add_edge("ana", "ben", key="c1", **_statement("criticizes", "Ana Lind criticised Ben Okoro."))
    G.add_edge("ben", "cia", key="m3", **_statement("meets", "Ben Okoro met Cia Park."))
    path = tmp_path / "mixed.html"
    path.write_text(render_html(G, lexicon=lexicon), encoding="utf-8")
    page = open_page(browser, path, viewport=DESKTOP)
    colour = "window.network.body.edges[window.edgeBetween('Ana Lind', 'Ben Okoro')].options.color.color"
    meets, criticizes = lexicon.relations["meets"].colour, lexicon.relations["criticizes"].colour
    assert page.evaluate(colour) == meets, "two meetings and one criticism: the meetings' colour"
    page.click(".quad-group[data-quad=VerbalConflict] button.only")
    assert page.evaluate(colour) == criticizes, "kept alone, the criticism colours the link"
    page.evaluate("window.showEdgeBetween('Ana Lind', 'Ben Okoro')")
    panel = page.inner_text("#panel")
    assert "1 of 3" in panel and "criticised" in panel and "met Ben Okoro" not in panel
    page.click("#reset")
    assert page.evaluate(colour) == meets
    assert page.errors == []
    page.close()
