"""The page's date filter starts at the whole span of what the page holds: a statement dated by an interval the text
names ("between 1983 and 1992") counts with its two ends, as the filter reads it. The range was made of days and
article dates alone, so the 417 BBC politics articles (no article dates, 33 intervals from 1941 to 2008) opened on
"7 March 2003 - 7 March 2003". In Debian's Chromium. Sentences of our own."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from graph_builder.build import build
from tests.conftest import open_page

ARTICLE = {"id": "harbour", "date": "2025-03-05", "title": "Harbour talks",
           "text": "Senator Idris Kale led the Harbour Party between 1983 and 1992. "
                   "Governor Mara Toft met Senator Idris Kale in Tallinn on Monday."}


def built_page(browser, folder: Path, article: dict):
    """The records of a build of one article (relations.jsonl) and its page open in Chromium."""
    source = folder / "news.jsonl"
    source.write_text(json.dumps(article) + "\n", encoding="utf-8")
    build([source], out=folder / "out")
    records = [json.loads(line) for line in (folder / "out" / "relations.jsonl").read_text().splitlines()]
    return records, open_page(browser, folder / "out" / "graph.html")


def test_the_date_range_spans_the_intervals_of_the_statements(browser, tmp_path):
    records, page = built_page(browser, tmp_path, ARTICLE)
    spans = {(r["relation"], r["time_start"], r["time_end"]) for r in records}
    assert ("leaderOf", "1983-01-01", "1992-12-31") in spans
    assert (page.input_value("#date-from"), page.input_value("#date-to")) == ("1983-01-01", "2025-03-03")
    page.fill("#date-to", "1990-12-31")
    page.dispatch_event("#date-to", "change")
    shown = page.evaluate("window.gb.visibleEdges().map(e => e.gbRelations.map(r => r.relation))")
    assert [relations for relations in shown if "leaderOf" in relations], "the interval overlaps the range"
    assert page.errors == []
    page.close()


def test_the_csv_export_keeps_the_interval(browser, tmp_path):
    """The page's CSV holds a statement's interval ("between 1983 and 1992"), as relations.jsonl does; it had the
    one-day time only, empty for an interval."""
    _, page = built_page(browser, tmp_path, ARTICLE)
    rows = list(csv.DictReader(io.StringIO(page.evaluate("window.csvText()"))))
    assert ("leaderOf", "1983-01-01", "1992-12-31") in {(r["relation"], r["time_start"], r["time_end"]) for r in rows}
    page.close()
