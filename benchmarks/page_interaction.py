"""How fast the network page answers an analyst at archive scale: filter changes, "only this", search and choosing
an actor, in Debian's headless Chromium (/usr/bin/chromium) with the network blocked.

Usage: python benchmarks/page_interaction.py [--actors 5000] [--links 15000] [--repeat 5]

A synthetic actor graph (preferential attachment, like news networks) is drawn into a page; each action is timed
inside the page from the event to the next painted frame (the handler, the network's data update and its redraw),
repeated, and the median and worst are printed: until the page's handlers are done (the view's data, the count
line, the panel and the URL are up to date) and until the network has drawn the change. The issue's target is
100 ms for filters and search at 5,000 actors.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from graph_builder.visualize import render_html
from graph_builder.vocab import load_lexicon

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the clone, for tests/synthetic.py
from tests.synthetic import synthetic_actor_graph  # noqa: E402  (a test fixture, not in the package)

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]

# The action, then the network's next drawing (or two animation frames when nothing is redrawn): milliseconds to the
# end of the handlers, and to the end of the drawing.
TIMED = """async (action) => {
    const drawn = new Promise(resolve => window.network.once('afterDrawing', () => resolve(performance.now())));
    const started = performance.now();
    action.split(';').forEach(step => {
        const [kind, arg] = step.split('|');
        if (kind === 'click') { document.querySelector(arg).click(); }
        if (kind === 'type') {
            const box = document.getElementById('search');
            box.value = arg; box.dispatchEvent(new Event('input', {bubbles: true}));
        }
        if (kind === 'enter') {
            const enter = new KeyboardEvent('keydown', {key: 'Enter', bubbles: true});
            document.getElementById('search').dispatchEvent(enter);
        }
    });
    const handled = performance.now();
    const frames = new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null))));
    const end = (await Promise.race([drawn, frames])) || handled;
    return [handled - started, end - started];
}"""

ACTIONS = (
    ("untick a type (Person)", "click|.type-filter[value=Person]", "click|.type-filter[value=Person]"),
    ("tick it again", "click|.type-filter[value=Person]", None),
    ("untick a quad class", "click|.quad-filter[value=VerbalConflict]", "click|.quad-filter[value=VerbalConflict]"),
    ("only this relation", "click|.quad-group .quad-relations button.only", "click|#reset"),
    ("reset filters", "click|#reset", "click|.type-filter[value=Country]"),
    ("type a letter of a search", "type|actor 0", "type|"),
    ("type the next letter", "type|actor 00", "type|"),
    ("choose the best match (Enter)", "type|actor 00012;enter|", "click|#panel-close"),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--actors", type=int, default=5000)
    parser.add_argument("--links", type=int, default=15000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    G = synthetic_actor_graph(args.actors, args.links)
    with sync_playwright() as p, tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.html"
        path.write_text(render_html(G, lexicon=load_lexicon()), encoding="utf-8")
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_context(viewport={"width": 1440, "height": 900}).new_page()
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
        page.goto(path.as_uri())
        page.wait_for_function("window.graphReady === true", timeout=300_000, polling=50)
        print(f"{G.number_of_nodes()} actors, {G.number_of_edges()} statements; "
              f"{page.evaluate('window.visibleNodeCount')} shown; milliseconds from the event to the painted frame")
        print(f"{'action':<34} {'handled: median':>16} {'worst':>6} {'drawn: median':>14} {'worst':>6}")
        for name, action, undo in ACTIONS:
            handled, drawn = [], []
            for _ in range(args.repeat):
                handled_ms, drawn_ms = page.evaluate(TIMED, action)
                handled.append(handled_ms)
                drawn.append(drawn_ms)
                if undo:
                    page.evaluate(TIMED, undo)
            print(f"{name:<34} {statistics.median(handled):>16.1f} {max(handled):>6.1f} "
                  f"{statistics.median(drawn):>14.1f} {max(drawn):>6.1f}")
        browser.close()


if __name__ == "__main__":
    main()
