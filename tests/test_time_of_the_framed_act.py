"""The time of an act that the sentence frames, as its place (tests/test_place_of_the_framed_act.py): a statement's
record takes its verb's date, a participle clause of speaking frames the saying ("Speaking on Monday, Y said ..."),
and a date the parse hung on a named object is the verb's ("met Y in 1997": a name has no date). A relative day is
resolved against the article's date; a year or a full date is read with no article date too. Sentences and names
of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

WEDNESDAY = "2025-05-07"


def _times(text: str, relation: str, *, date: str | None = None) -> set[tuple[str | None, str | None]]:
    found = {(r.time_start, r.time_end) for r in extract(text, date=date) if r.relation == relation}
    assert found, f"no {relation} record in {text!r}"
    return found


@pytest.mark.parametrize(("text", "relation"), [
    ("Speaking on Monday, Senator Mara Kovic said Pavel Dunn was wrong.", "criticizes"),
    ("Senator Mara Kovic told reporters on Monday that the Liberal Party would lose.", "commentsOn"),
])
def test_a_day_that_frames_a_saying_is_resolved_against_the_article(text, relation):
    assert _times(text, relation, date=WEDNESDAY) == {("2025-05-05", "2025-05-05")}


@pytest.mark.parametrize(("text", "relation", "when"), [
    ("The Norland mayor Ilse Varga met Tomas Reyes in 1997.", "meets", ("1997-01-01", "1997-12-31")),
    ("Speaking on 7 March 2003, Senator Mara Kovic said Pavel Dunn was wrong.", "criticizes",
     ("2003-03-07", "2003-03-07")),
])
def test_a_full_date_reaches_the_record_with_no_article_date(text, relation, when):
    assert _times(text, relation) == {when}
