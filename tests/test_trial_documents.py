"""What a new user's trial found about documents: one with no title (a JSON Lines archive whose headline is run into
the text) is named on the page by its id and its opening words, not by the bare id, and the graph keeps those words as
the document's schema:description; a saved page that holds only a menu is read with a warning."""

from __future__ import annotations

import json

import pytest

from graph_builder.ingest import opening_words
from tests.conftest import open_page
from tests.test_cli import cli

ARCHIVE = [
    {"id": "wire-0001", "text": "Norland port strike spreads Minister Arvo Pellik met Dana Holm in Velmora on Monday "
                                "to discuss the strike at the harbour. Pellik said the talks had been useful."},
    {"id": "wire-0002", "title": "Caldera signs ferry pact",
     "text": "Caldera's president Tomas Verro met Arvo Pellik in Velmora. The two leaders signed a ferry pact."},
]

DOCUMENT_OPTIONS = "() => [...document.querySelectorAll('#doc-filter option')].map(o => [o.value, o.textContent])"


def test_an_untitled_document_is_named_by_its_id_and_opening_words(browser, tmp_path):
    archive = tmp_path / "wire.jsonl"
    archive.write_text("".join(json.dumps(line) + "\n" for line in ARCHIVE), encoding="utf-8")
    done = cli("build", str(archive), "--out", str(tmp_path / "out"), "--quiet")
    assert done.returncode == 0, done.stderr
    page = open_page(browser, tmp_path / "out" / "graph.html")
    try:
        options = dict(page.evaluate(DOCUMENT_OPTIONS))
        assert options["wire-0001"] == "wire-0001: Norland port strike spreads Minister Arvo Pellik met Dana Holm in " \
                                       "Velmora \u2026"
        assert options["wire-0002"] == "Caldera signs ferry pact"
        assert page.errors == []
    finally:
        page.context.close()


def test_the_graph_keeps_each_documents_opening_words(tmp_path):
    archive = tmp_path / "wire.jsonl"
    archive.write_text("".join(json.dumps(line) + "\n" for line in ARCHIVE), encoding="utf-8")
    assert cli("build", str(archive), "--out", str(tmp_path / "out"), "--no-html", "--quiet").returncode == 0
    query = ("SELECT ?id ?opening WHERE { ?doc a kg:Document ; schema:identifier ?id ; schema:description ?opening } "
             "ORDER BY ?id")
    done = cli("query", str(tmp_path / "out" / "graph.ttl"), query, "--format", "json")
    assert done.returncode == 0, done.stderr
    rows = [(b["id"]["value"], b["opening"]["value"]) for b in json.loads(done.stdout)["results"]["bindings"]]
    assert rows == [("wire-0001", opening_words(ARCHIVE[0]["text"])),
                    ("wire-0002", "Caldera's president Tomas Verro met Arvo Pellik in Velmora. The two leaders \u2026")]


def test_a_short_text_is_its_own_opening_with_no_ellipsis():
    assert opening_words("Pellik met Holm.") == "Pellik met Holm."
    assert opening_words("  one\ttwo\nthree ", count=2) == "one two \u2026"


def test_a_page_of_only_a_menu_is_reported_and_read(tmp_path):
    """A saved page that holds only its site's menu gave a document of four one-word sentences and no word of
    warning; it is read as it is, with a warning that names the file and says what to give instead."""
    (tmp_path / "menu.html").write_text(
        "<html><head><title>Velmora Courier</title></head><body><nav><ul><li><a href='/'>Home</a></li>"
        "<li><a href='/n'>Harbour</a></li><li><a href='/s'>Ferries</a></li><li><a href='/w'>Tides</a></li></ul>"
        "</nav></body></html>", encoding="utf-8")
    (tmp_path / "story.html").write_text(
        "<html><head><title>Pellik meets Holm</title></head><body><article><h1>Pellik meets Holm</h1><p>Minister "
        "Arvo Pellik met Dana Holm in Velmora on Monday to discuss the ferry strike.</p></article></body></html>",
        encoding="utf-8")
    done = cli("build", str(tmp_path), "--out", str(tmp_path / "out"), "--no-html")
    assert done.returncode == 0, done.stderr
    warnings = [line for line in done.stderr.splitlines() if "warning" in line]
    assert len(warnings) == 1 and "menu.html" in warnings[0] and "a menu or a page of links" in warnings[0]
    assert "documents: 2" in done.stdout + done.stderr


ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?o ?p }"


@pytest.mark.parametrize("where", ["file", "store"])
def test_a_query_past_its_timeout_is_stopped_with_a_message(tmp_path, where):
    """`query` had no time limit: a query of five unrelated patterns over a store ran on, and Oxigraph computes
    such a count without heeding Ctrl-C. With --timeout it stops, says so and exits 1; a quick query answers."""
    archive = tmp_path / "wire.jsonl"
    archive.write_text("".join(json.dumps(line) + "\n" for line in ARCHIVE), encoding="utf-8")
    target = ["--store", str(tmp_path / "store")] if where == "store" else ["--out", str(tmp_path / "out")]
    assert cli("build", str(archive), *target, "--no-html", "--quiet").returncode == 0
    source = target if where == "store" else [str(tmp_path / "out" / "graph.ttl")]
    stopped = cli("query", *source, ENDLESS, "--timeout", "2")
    assert stopped.returncode == 1 and stopped.stdout == ""
    assert "ran longer than --timeout 2 seconds" in stopped.stderr, stopped.stderr
    quick = cli("query", *source, "SELECT ?id WHERE { ?doc schema:identifier ?id } ORDER BY ?id", "--format", "csv",
                "--timeout", "30")
    assert quick.returncode == 0 and quick.stdout.split() == ["id", "wire-0001", "wire-0002"], quick.stderr
