"""A span of years written short is both years (issue 14, a blind reading of BBC records): "2001-2" and "1997/98"
(a financial or academic year: the next year's last digits) run from the first year's start to the next year's
end, as "2001-2002" does; a month written after a year ("2001-11") stays that month."""

from __future__ import annotations

import pytest

from graph_builder.extract.time_place import When, resolve
from tests.conftest import extract

ARTICLE = "2006-05-10"


@pytest.mark.parametrize(("expression", "start", "end"), [
    ("2001-2", "2001-01-01", "2002-12-31"),
    ("in 2001-02", "2001-01-01", "2002-12-31"),
    ("1997/98", "1997-01-01", "1998-12-31"),
    ("1999-00", "1999-01-01", "2000-12-31"),
    ("in 2001-2002", "2001-01-01", "2002-12-31"),
    ("2001-11", "2001-11-01", "2001-11-30"),
])
def test_a_short_span_of_years_is_both_years(expression, start, end):
    assert resolve(expression, ARTICLE) == When(start=start, end=end)


def test_a_record_dated_by_a_short_span_of_years_runs_over_both():
    (paid,) = [r for r in extract("Ann Hale received £3m from the Carrow council in 2001-2.", date=ARTICLE)
               if r.object is not None and r.object.label == "Ann Hale"]
    assert (paid.time_start, paid.time_end) == ("2001-01-01", "2002-12-31"), paid
