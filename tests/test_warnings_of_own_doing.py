"""A warning to B of B's own doing, that B is in danger of doing something or risks it, or about a thing B does
and owns, disapproves of B (criticizes, CAMEO 111), no briefing; a warning of a danger from elsewhere still briefs B
(briefs, 040). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

OWN_DOING = {
    "The Green Party has warned the Harbour Party and the Liberals that they are in danger of betraying their "
    "voters.": [("Green Party", "criticizes", "Harbour Party"), ("Green Party", "criticizes", "Liberals")],
    "The Green Party has warned the Harbour Party that it risks alienating its voters.":
        [("Green Party", "criticizes", "Harbour Party")],
    "Senator Ilse Varga warned the Harbour Party about the dangers of its reckless spending.":
        [("Ilse Varga", "criticizes", "Harbour Party")],
    "Senator Ilse Varga warned Governor Tomas Reyes about his handling of the ferry strike.":
        [("Ilse Varga", "criticizes", "Tomas Reyes")],
}

OUTSIDE_DANGER = {
    "Governor Tomas Reyes warned Senator Ilse Varga that the ferry plan could fail.":
        ("Tomas Reyes", "briefs", "Ilse Varga"),
    "Senator Ilse Varga warned the Harbour Party about the dangers of rising sea levels.":
        ("Ilse Varga", "briefs", "Harbour Party"),
}


@pytest.mark.parametrize("sentence", list(OWN_DOING))
def test_a_warning_of_the_counterparts_own_doing_criticizes_it(sentence):
    records = triples(extract(sentence))
    for expected in OWN_DOING[sentence]:
        assert expected in records, records
    assert not any(relation == "briefs" for _, relation, _ in records), records


@pytest.mark.parametrize("sentence", list(OUTSIDE_DANGER))
def test_a_warning_of_a_danger_from_elsewhere_still_briefs(sentence):
    records = triples(extract(sentence))
    assert OUTSIDE_DANGER[sentence] in records, records
    assert not any(relation == "criticizes" for _, relation, _ in records), records
