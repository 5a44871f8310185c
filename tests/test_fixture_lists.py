"""Names the model runs over two teams of a list of fixtures ("Hull v Leeds Fulham v Everton": "Leeds Fulham") name
no actor (kg:FixtureVersus, nlp.fixture_lists), so a team named later in the article is itself, not the run-on name.
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def found(text):
    return {(r.subject.label, r.relation, r.object.label) for r in extract(text, date="2005-03-01")}


@pytest.mark.parametrize(("text", "expected"), [
    # a team's "trip to Derby" is play, no visit (test_play_between_competitors): the teams criticise here
    ("Ties: Derby v Stoke Wigan v Hull. Wigan criticised Derby over ticket prices.", ("Wigan", "criticizes", "Derby")),
    ("Fourth round: Hull v Leeds Fulham v Everton Norwich v Stoke Derby v Wigan. Everton will be happy with the "
     "draw, said David Moyes.", ("David Moyes", "commentsOn", "Everton")),
])
def test_a_team_after_a_fixture_list_is_itself(text, expected):
    records = found(text)
    assert expected in records, records
    labels = {label for record in records for label in (record[0], record[2])}
    assert not labels & {"Stoke Wigan", "Everton Norwich", "Leeds Fulham"}, records


def test_a_single_fixture_keeps_its_teams():
    assert ("Leeds", "criticizes", "Derby") in found("Leeds v Hull is on Sunday. Leeds criticised Derby over ticket "
                                                    "prices.")
