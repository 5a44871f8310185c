"""The network page at scale: time to generate it, HTML size, and time until Chromium has drawn it.

Usage: python benchmarks/page.py [--sizes 500 5000 20000] [--links-per-actor 3] [--max-nodes N]
                                 [--browser-layout-limit N] [--repeat N]

For each size a synthetic actor graph (preferential attachment, like news networks) is made into a page
(``render_html``: every actor held, the ``--max-nodes`` most connected drawn at first, laid out by igraph beyond
``visualize.BROWSER_LAYOUT_LIMIT``). "generate s" is the time to make the page's HTML; "first draw s" the time from
``page.goto`` of the file:// page in Debian's Chromium (/usr/bin/chromium, network blocked) until its first picture is
drawn (beyond ``visualize.ARROW_LIMIT`` links: the actors, the links following a frame later), read on the page's own
clock; "ready s" until the page sets ``window.graphReady`` (every link drawn, physics stopped when the browser lays
it out, the page answering). ``--browser-layout-limit`` overrides
the limit for the run (0: always placed by igraph; a large number: always vis-network's physics), to measure
where it should be. Each figure is the median of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from graph_builder import visualize
from graph_builder.visualize import DEFAULT_MAX_NODES, render_html, select_view
from graph_builder.vocab import load_lexicon

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the clone, for tests/synthetic.py
from tests.synthetic import synthetic_actor_graph  # noqa: E402  (a test fixture, not in the package)

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
DRAWN = '"gbDrawn": true'  # how an actor drawn at first reads in the page's data
TARGETS = "targets at 5,000 actors / 15,000 links: generate <= 2 s, first draw <= 1.5 s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5000, 20000])
    parser.add_argument("--links-per-actor", type=int, default=3)
    parser.add_argument("--max-nodes", type=int, default=DEFAULT_MAX_NODES)
    parser.add_argument("--browser-layout-limit", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    if args.browser_layout_limit is not None:
        visualize.BROWSER_LAYOUT_LIMIT = args.browser_layout_limit
    lexicon = load_lexicon()
    print(f"{TARGETS}; physics in the browser up to {visualize.BROWSER_LAYOUT_LIMIT} actors drawn")
    print(f"{'actors':>7} {'drawn':>6} {'links':>6} {'html MB':>8} {'generate s':>10} {'first draw s':>12} "
          f"{'ready s':>8}")
    with sync_playwright() as p, tempfile.TemporaryDirectory() as tmp:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for size in args.sizes:
            G = synthetic_actor_graph(size, size * args.links_per_actor)
            path = Path(tmp) / f"page-{size}.html"
            generate = statistics.median(_generate(G, path, lexicon, args.max_nodes) for _ in range(args.repeat))
            draws = [_first_draw(browser, path) for _ in range(args.repeat)]
            first, ready = (statistics.median(times) for times in zip(*draws, strict=True))
            html = path.read_text(encoding="utf-8")
            drawn = html.count(DRAWN)
            print(f"{size:>7} {drawn:>6} {G.number_of_edges():>6} {len(html.encode()) / 1e6:>8.1f} "
                  f"{generate:>10.2f} {first:>12.2f} {ready:>8.2f}")
        browser.close()


def _generate(G, path: Path, lexicon, max_nodes: int) -> float:
    """Seconds to make the page of ``G`` (into ``path``)."""
    started = time.perf_counter()
    view, left_out = select_view(G)
    html = render_html(view, lexicon=lexicon, left_out=left_out, max_nodes=max_nodes)
    seconds = time.perf_counter() - started
    path.write_text(html, encoding="utf-8")
    return seconds


def _first_draw(browser, path: Path) -> tuple[float, float]:
    """Seconds from opening the page, in a fresh browser context, to its first picture (``window.gbFirstDraw``,
    the page's own clock: past ``ARROW_LIMIT`` links the actors are drawn first and the links a frame later) and to
    ``window.graphReady`` (every link drawn, the page answering)."""
    context = browser.new_context(viewport={"width": 1400, "height": 900}, bypass_csp=True)
    page = context.new_page()
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
    started = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_function("window.graphReady === true", timeout=300_000, polling=20)
    first, now = page.evaluate("[window.gbFirstDraw, performance.now()]")
    ready = time.perf_counter() - started
    context.close()
    return ready - (now - first) / 1000, ready


if __name__ == "__main__":
    main()
