"""The director of a charity, a pressure group or a think tank heads it (the name's own word or the noun the text
names it by: "director of the housing charity X", "the director of pressure group Y"), as an institute's or a
company's does; one of many ("a director of X") stays a member, the director of a department is staff. The
chairman of a party's regional branch ("Rail Party Wales chairman") heads the branch; a national party's chairman
organises it, a member. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def roles(text):
    return {(r.subject.label, r.relation, r.object.label) for r in extract(text, date="2026-01-05")
            if r.extractor == "roles"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Tom Varrick, director of the housing charity Home Friend, said the plan was wrong.",
     ("Tom Varrick", "leaderOf", "Home Friend")),
    ("Tom Varrick, the director of pressure group Rail Voice, criticised the plan.",
     ("Tom Varrick", "leaderOf", "Rail Voice")),
    ("Tom Varrick, director of the think tank Civic Futures, criticised the plan.",
     ("Tom Varrick", "leaderOf", "Civic Futures")),
    ("Tom Varrick, director of the Elder Trust, criticised the plan.", ("Tom Varrick", "leaderOf", "Elder Trust")),
    ("Tom Varrick, director of Torvale Holdings, criticised the plan.",
     ("Tom Varrick", "leaderOf", "Torvale Holdings")),
    ("Bill Hoskins, who is Rail Party Wales chairman, told reporters the branch would expel Mr Dray.",
     ("Bill Hoskins", "leaderOf", "Rail Party Wales")),
])
def test_the_head_of_a_campaign_body_or_a_branch_leads_it(text, expected):
    assert expected in roles(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Tom Varrick, a director of the housing charity Home Friend, criticised the plan.",
     ("Tom Varrick", "memberOf", "Home Friend")),
    ("Bill Hoskins, the chairman of the Rail Party, said the plan was wrong.",
     ("Bill Hoskins", "memberOf", "Rail Party")),
    ("\"Traders are nervous before Friday's jobs data,\" said Tom Varrick, director of foreign exchange at Kelso "
     "Bank and Trust.",
     ("Tom Varrick", "employedBy", "Kelso Bank and Trust")),
])
def test_one_of_many_a_department_director_and_a_party_chairman_are_no_leaders(text, expected):
    assert expected in roles(text)
