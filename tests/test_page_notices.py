"""What the page writes over the graph, as a new user found it: a notice that stays long enough to be read, and
actors' names given to the most connected first, never under the count line."""

from __future__ import annotations

import pytest

from graph_builder.visualize import render_html
from graph_builder.vocab import load_lexicon
from tests.conftest import open_page
from tests.synthetic import synthetic_actor_graph


def test_the_nothing_matches_notice_outlives_leaving_the_box(browser, seed_build):
    _, out = seed_build
    page = open_page(browser, out / "graph.html")
    try:
        page.evaluate("document.getElementById('min-mentions').scrollIntoView()")
        page.focus("#min-mentions")
        page.keyboard.press("Control+A")
        page.keyboard.type("99999")
        assert "undone" in page.inner_text("#notice")
        page.keyboard.press("Tab")  # the change event of leaving the box
        assert "undone" in page.inner_text("#notice"), "the notice went before it could be read"
        assert page.input_value("#min-mentions") != "99999"
        page.fill("#min-mentions", "0")
        page.dispatch_event("#min-mentions", "input")
        assert page.inner_text("#notice") == "", "a change that matches clears it"
        assert page.errors == []
    finally:
        page.context.close()


NAMED = """() => { const body = window.network.body, names = window.gb.names().map(n => n.label);
    const nodes = window.gb.visibleNodes();
    nodes.sort((a, b) => body.nodes[b.id].options.value - body.nodes[a.id].options.value);
    return nodes.slice(0, 8).map(n => [n.label, names.includes(n.label)]); }"""
COVERED = """() => { const origin = document.getElementById('graph').getBoundingClientRect();
    const boxes = ['status', 'toolbar'].map(id => document.getElementById(id).getBoundingClientRect())
        .map(r => [r.left - origin.left, r.top - origin.top, r.right - origin.left, r.bottom - origin.top]);
    return window.gb.names().filter(n => boxes.some(r => n.box[0] < r[2] && r[0] < n.box[2] && n.box[1] < r[3]
        && r[1] < n.box[3])).map(n => n.label); }"""


@pytest.mark.parametrize("viewport", [(1440, 900), (390, 844)])
def test_the_most_connected_actors_are_named_first_and_no_name_is_under_the_count_line(browser, tmp_path, viewport):
    """Names go to the actors with most relations first: one whose place under its dot is taken is named above or
    beside it (before, a hub beside a bigger one stayed nameless while one-link actors were named); no name is
    written under the count line or the toolbar."""
    page_file = tmp_path / "hubs.html"
    lexicon = load_lexicon()
    page_file.write_text(render_html(synthetic_actor_graph(60, 120, seed=3, lexicon=lexicon), lexicon=lexicon),
                         encoding="utf-8")
    page = open_page(browser, page_file, viewport=viewport, touch=viewport[0] < 500)
    try:
        page.wait_for_timeout(500)
        named = page.evaluate(NAMED)
        assert all(is_named for _, is_named in named), named
        assert page.evaluate(COVERED) == []
        assert page.errors == []
    finally:
        page.context.close()
