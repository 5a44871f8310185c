"""The network page at scale: HTML size, time to write it, and time until Chromium has drawn it and it is still.

Usage: python benchmarks/page.py [--sizes 500 5000 20000] [--links-per-actor 3]

For each size a synthetic actor graph (preferential attachment, like news networks) is drawn with the
default cap of 5,000 actors; the page is opened from file:// in Debian's Chromium (/usr/bin/chromium)
with the network blocked, and timed until vis-network has drawn it and physics has stopped.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from graph_builder.visualize import DEFAULT_MAX_NODES, render_html, select_view
from graph_builder.vocab import load_lexicon

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the clone, for tests/synthetic.py
from tests.synthetic import synthetic_actor_graph  # noqa: E402  (a test fixture, not in the package)

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5000, 20000])
    parser.add_argument("--links-per-actor", type=int, default=3)
    args = parser.parse_args()
    print(f"{'actors':>7} {'drawn':>6} {'links':>6} {'html MB':>8} {'write s':>8} {'ready s':>8}")
    with sync_playwright() as p, tempfile.TemporaryDirectory() as tmp:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for size in args.sizes:
            G = synthetic_actor_graph(size, size * args.links_per_actor)
            started = time.perf_counter()
            view, left_out = select_view(G, max_nodes=DEFAULT_MAX_NODES)
            html = render_html(view, lexicon=load_lexicon(), left_out=left_out)
            path = Path(tmp) / f"page-{size}.html"
            path.write_text(html, encoding="utf-8")
            write_seconds = time.perf_counter() - started
            context = browser.new_context(viewport={"width": 1400, "height": 900}, bypass_csp=True)
            page = context.new_page()
            page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                       else route.abort())
            started = time.perf_counter()
            page.goto(path.as_uri())
            page.wait_for_function("window.graphReady === true", timeout=300_000, polling=50)
            ready_seconds = time.perf_counter() - started
            still = page.evaluate("!window.network.physics.physicsEnabled")
            context.close()
            print(f"{size:>7} {view.number_of_nodes():>6} {G.number_of_edges():>6} {len(html) / 1e6:>8.1f} "
                  f"{write_seconds:>8.2f} {ready_seconds:>8.2f}" + ("" if still else "  (physics still on)"))
        browser.close()


if __name__ == "__main__":
    main()
