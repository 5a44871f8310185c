"""Titles of works are no actors (kg:WorkNoun, extract/arguments.py): a name in apposition to a book, film or report
noun or with one before it is the work's title, not an actor to criticise, praise or back. Sentences and names
of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "title"), [
    ("Senator Idris Kale condemned Harbour of Lies, a film about the valley towns.", "Harbour"),
    ("Senator Idris Kale attacked the government's report, Valley Futures, as a whitewash.", "Valley Futures"),
])
def test_the_title_of_a_work_is_no_actor(text, title):
    assert not [r for r in extract(text) if title in (r.subject.label, r.object.label)
                or r.object.label.startswith(title)]


def test_the_owner_of_a_titled_report_is_still_criticised():
    """The report is the government's: attacking it criticises the government (as 'attacked Tory plans' does)."""
    found = triples(extract("Senator Idris Kale attacked the Chilean government's report, Valley Futures, as a "
                            "whitewash."))
    assert ("Idris Kale", "criticizes", "government of Chile") in found


@pytest.mark.parametrize("text", [
    "Senator Idris Kale condemned the Velorian Greens, a party of the valley towns.",
    "Bill Toft criticised the Velorian Greens on Monday.",
])
def test_an_actor_beside_a_noun_that_is_no_work_is_kept(text):
    """A guard (passes on main too)."""
    assert [r for r in extract(text) if r.relation == "criticizes"]
