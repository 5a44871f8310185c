"""The page's notices stay long enough to be read (a bug a new user found: leaving the box cleared it at once)."""

from __future__ import annotations

from tests.conftest import open_page


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
