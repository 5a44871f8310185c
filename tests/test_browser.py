"""The network page in a real headless Chromium with the network blocked."""

from __future__ import annotations

from rdflib.namespace import RDF

from graph_builder.build import build
from graph_builder.rdf import load_graph
from graph_builder.visualize import render_html
from graph_builder.vocab import KG, load_lexicon
from tests.conftest import ARTIFACTS, ROOT, ontology_copy, open_page, start
from tests.synthetic import cameo_range_turtle, synthetic_actor_graph


def test_seed_page_draws_the_connected_network_offline_and_every_entity_on_demand(browser, seed_build):
    _, out = seed_build
    graph = load_graph(out / "graph.ttl")
    entities = {s for t in ("Person", "Organization", "Country", "Place", "Group")
                for s in graph.subjects(RDF.type, KG[t])}
    linked = {node for statement in graph.subjects(RDF.type, KG.Statement)
              for node in (graph.value(statement, RDF.subject), graph.value(statement, RDF.object))}
    page = open_page(browser, out / "graph.html")
    drawn = page.evaluate("Object.keys(window.network.body.nodes).length")
    positions = page.evaluate("Object.keys(window.network.getPositions()).length")
    assert drawn == positions == page.evaluate("window.visibleNodeCount") == len(linked & entities) < len(entities)
    page.click("#show-isolated")
    assert page.evaluate("window.visibleNodeCount") == len(entities)
    assert page.errors == []
    assert page.outside_requests == []
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.click("#show-isolated")
    page.screenshot(path=str(ARTIFACTS / "seed_graph.png"))
    page.close()


def test_search_and_evidence_panel(browser, seed_build):
    _, out = seed_build
    page = open_page(browser, out / "graph.html")
    page.fill("#search", "zelensky")
    page.keyboard.press("Enter")
    assert page.evaluate("window.focusedNode") == "Volodymyr Zelensky"
    assert page.evaluate("window.showEdgeBetween('Andriy Yermak', 'Steve Witkoff')")
    panel = page.inner_text("#panel")
    assert "met on Friday in New York with Trump's special envoy Steve Witkoff" in panel
    page.close()


def test_article_text_is_shown_literally_and_never_run(browser, tmp_path):
    article = tmp_path / "probe.txt"
    payload = '<img src=x onerror="window.__xss=1"> <script>window.__xss=2</script>'
    article.write_text(f"Probe article\nRussia attacked Ukraine on Friday, the {payload} report said.\n",
                       encoding="utf-8")
    build([str(article)], out=tmp_path / "out")
    page = open_page(browser, tmp_path / "out" / "graph.html")
    assert page.evaluate("window.showEdgeBetween('Russia', 'Ukraine')")
    assert payload in page.inner_text("#panel")
    page.mouse.move(700, 450)
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.errors == []
    page.close()


def test_query_page_shows_rows_triple_terms_and_the_row_cap(browser, tmp_path):
    store = tmp_path / "kg"
    build([str(ROOT / "examples" / "articles")], store=store)
    process, base = start(store, "--max-rows", "5")
    try:
        page = browser.new_context().new_page()
        errors = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(f"{base}/")
        page.fill("#query", "SELECT ?s ?t WHERE { ?s ?p ?o BIND(TRIPLE(<http://x/a>, <http://x/b>, ?s) AS ?t) }")
        page.click("#run")
        page.wait_for_selector("#results table", timeout=30_000)
        assert page.locator("#results tr").count() == 6  # the header and five rows
        assert "at most 5 rows" in page.inner_text("#results")
        assert page.locator("#results td").nth(1).inner_text().startswith("<< http://x/a http://x/b ")
        page.fill("#query", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
        page.click("#run")
        page.wait_for_selector("#error:has-text('SERVICE')", timeout=30_000)
        assert errors == []
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_the_whole_cameo_range_stays_a_short_panel_of_five_classes(browser, tmp_path):
    lexicon = load_lexicon(ontology_copy(tmp_path, cameo_range_turtle()))
    G = synthetic_actor_graph(200, 700, lexicon=lexicon)
    page_file = tmp_path / "cameo.html"
    page_file.write_text(render_html(G, lexicon=lexicon), encoding="utf-8")
    page = open_page(browser, page_file)
    try:
        assert page.locator(".quad-filter").count() == 5
        assert page.locator(".relation-filter").count() == len({d["relation"] for *_, d in G.edges(data=True)}) >= 30
        assert page.locator(".relation-filter:visible").count() == 0, "the relations of a class start folded"
        groups = page.evaluate("""() => { const boxes = Array.from(document.querySelectorAll('.quad-group'))
            .map(g => g.getBoundingClientRect()); return boxes[boxes.length - 1].bottom - boxes[0].top; }""")
        assert groups < 5 * 50, f"five folded classes take {groups:.0f} px"
        conflict = {name for name, info in lexicon.relations.items() if info.quad_class == "MaterialConflict"}
        page.click(".quad-filter[value=MaterialConflict]")
        shown = page.evaluate("window.gb.visibleEdges().map(e => e.gbRelations.map(r => r.relation))")
        assert shown and all(set(relations) - conflict for relations in shown), "a material-conflict link is drawn"
        page.click(".quad-group[data-quad=MaterialConflict] summary")
        members = page.locator(".quad-group[data-quad=MaterialConflict] .relation-filter")
        assert members.count() >= 6 and all(not box.is_checked() for box in members.all())
        assert all(box.is_visible() for box in members.all())
        page.click(".quad-filter[value=MaterialConflict]")
        assert all(box.is_checked() for box in members.all())
        assert page.evaluate("window.gb.visibleEdges().length") == len(set(G.edges())), "not all back"
        assert page.errors == [] and page.outside_requests == []
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.locator("#side").screenshot(path=str(ARTIFACTS / "cameo_range_panel.png"))
    finally:
        page.context.close()
