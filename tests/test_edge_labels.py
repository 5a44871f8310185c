"""The words written along a link on a small page name its relations as people read them ("member of", "appeals
to"), as the legend, the filters and the panel do: they were the property names ("memberOf, appealsTo"). In Debian's
Chromium. Sentences of our own."""

from __future__ import annotations

from tests.test_page_date_range import built_page

ARTICLE = {"id": "harbour", "date": "2025-03-05", "title": "Harbour talks",
           "text": "Governor Mara Toft, a member of the Harbour Party, urged Senator Idris Kale to resign. "
                   "Senator Idris Kale met Governor Mara Toft in Tallinn on Monday."}


def test_a_link_is_labelled_with_the_ontologys_words(browser, tmp_path):
    records, page = built_page(browser, tmp_path, ARTICLE)
    relations = {r["relation"] for r in records}
    assert {"memberOf", "appealsTo"} <= relations
    labels = page.evaluate("window.gb.visibleEdges().map(e => e.label)")
    words = {word for label in labels for word in label.split(", ")}
    assert {"member of", "appeals to"} <= words
    assert not words & relations - {"meets"}, "a property name is written on a link"
    assert page.errors == []
    page.close()
