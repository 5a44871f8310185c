"""A verb that begins a relation gives the time it began, with no end: "enlisted in the navy in 1942" is a member
from 1942 on, not in 1942 only; "became leader in 2016" leads from 2016. A verb that says a relation was held gives
the interval it was held ("served as chairman between 2009 and 2013", "was chairman in 2009"). Sentences and names of
our own; the article's date is Thursday 5 June 2025."""

from __future__ import annotations

import pytest

from tests.conftest import extract

ARTICLE = "2025-06-05"

TIMES = [
    # begun: from the time on
    ("Lucio Varga enlisted in the Ostrian Navy in 1962.", "memberOf", "Ostrian Navy", ("1962-01-01", None)),
    ("Councillor Mira Holt defected to the Green Party in 2011.", "memberOf", "Green Party", ("2011-01-01", None)),
    ("Mira Holt joined the Harbour Workers Union last year.", "memberOf", "Harbour Workers Union",
     ("2024-01-01", None)),
    ("Mira Holt became chairman of the Andean Bank in 2019.", "leaderOf", "Andean Bank", ("2019-01-01", None)),
    ("Mira Holt was appointed chairman of the Andean Bank last year.", "leaderOf", "Andean Bank",
     ("2024-01-01", None)),
    # held: over the interval the sentence names
    ("Lucio Varga served as chairman of the Andean Bank between 2009 and 2013.", "leaderOf", "Andean Bank",
     ("2009-01-01", "2013-12-31")),
    ("Lucio Varga was chairman of the Andean Bank in 2009.", "leaderOf", "Andean Bank", ("2009-01-01", "2009-12-31")),
]


@pytest.mark.parametrize(("sentence", "relation", "whole", "interval"), TIMES, ids=[t[0][:45] for t in TIMES])
def test_a_relation_has_the_interval_its_verb_gives(sentence, relation, whole, interval):
    found = [r for r in extract(sentence, date=ARTICLE) if r.relation == relation and r.object.label == whole]
    assert found, [(r.subject.label, r.relation, r.object.label) for r in extract(sentence, date=ARTICLE)]
    assert {(r.time_start, r.time_end) for r in found} == {interval}
