"""The director of an organisation that employs staff (a firm, a pressure group, a trade body) heads it when "of" or
a possessive gives the organisation ("Tom Reed, director of Velcorp"), and so does its executive director; written
before the title the organisation's name makes the holder one of its board ("Velcorp director X", kg:BoardClass);
the director of a department of it ("development director at X", "director of marketing for X") is its staff
(employedBy); the director of a state's department or ministry is one of its members, no leader. Sentences and
names of our own."""

from __future__ import annotations

from tests.conftest import extract, triples


def _roles(text: str) -> set[tuple[str, str, str]]:
    return triples([r for r in extract(text) if r.extractor == "roles"])


def test_the_director_of_a_firm_leads_it_a_director_named_after_it_sits_on_its_board():
    led = _roles("Carl Tamm, director of Norwatch Systems, predicted a failure of the network.")
    board = _roles("Velcorp director Tom Reed said profits rose.")
    assert ("Carl Tamm", "leaderOf", "Norwatch Systems") in led, led
    assert ("Tom Reed", "memberOf", "Velcorp") in board, board


def test_the_executive_director_of_a_campaign_body_leads_it():
    found = _roles("Ruth Hale, executive director of the Norland Fostering Network, criticised the plan.")
    assert ("Ruth Hale", "leaderOf", "Norland Fostering Network") in found, found


def test_the_director_of_a_department_of_a_firm_is_its_staff():
    found = _roles("Tom Reed, development director at Kelbysoft, said costs rose.") \
        | _roles("Ann Vale, director of marketing at Norwatch Systems, said costs rose.")
    assert {("Tom Reed", "employedBy", "Kelbysoft"), ("Ann Vale", "employedBy", "Norwatch Systems")} <= found, found


def test_the_director_of_a_ministry_is_a_member_where_a_firms_director_leads():
    ministry = _roles("Ann Hale, director of the Norland Department of Transport, said the plan was flawed.")
    firm = _roles("Ann Hale, director of Caldera Freight, said the plan was flawed.")
    assert ("Ann Hale", "memberOf", "Norland Department of Transport") in ministry, ministry
    assert ("Ann Hale", "leaderOf", "Caldera Freight") in firm, firm
