"""A duration before the time it falls in ("for six months in 1973", "two weeks in March") says how long, not a time
counted from the article's date: the time is the one after it ("six months in" is no "in six months"). Sentences and
names of our own."""

from __future__ import annotations

import pytest

from graph_builder.extract.time_place import resolve
from tests.conftest import extract


@pytest.mark.parametrize(("expression", "start", "end"), [
    ("six months in 1973", "1973-01-01", "1973-12-31"),
    ("for six months in 1973", "1973-01-01", "1973-12-31"),
    ("two weeks in March", "2004-03-01", "2004-03-31"),
])
def test_a_duration_takes_the_time_it_falls_in(expression, start, end):
    found = resolve(expression, "2005-01-25")
    assert (found.start, found.end) == (start, end)
    assert not resolve("for six months", "2005-01-25")


def test_a_visit_of_some_months_is_dated_by_its_year():
    (visit,) = [r for r in extract("Ms Lund went to Peru for six months in 1973 to teach at a village school.",
                                   date="2005-01-25") if r.relation == "visits"]
    assert (visit.time_start, visit.time_end) == ("1973-01-01", "1973-12-31")
