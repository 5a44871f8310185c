"""The chair of a body and the director of a centre, an institute, a museum or a company head it (leaderOf; senses.yaml
institute and employer, kg:classTitle); one of several directors ("a director of X") is a member, and the director
of a department ("research director") is its staff (employedBy); the commander of a numbered unit named by its
initials ("the 312th ATW") leads it, as one of "the 88th Airlift Wing" does. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

LEADERS = [
    ("Anna Pohl, chairwoman of the Harbour Council, said the vote was lost.", ("Anna Pohl", "Harbour Council")),
    ("Anna Pohl, chair of the Harbour Council, said the vote was lost.", ("Anna Pohl", "Harbour Council")),
    ("Linda Marsh, Director of the Harbour Policy Centre at Dunmere University, said ferry fares would rise.",
     ("Linda Marsh", "Harbour Policy Centre")),
    ("Ruth Hale, the Velmar Museum director, said the new wing would open in May.", ("Ruth Hale", "Velmar Museum")),
    ("Col. Jonas Feld, the 312th ATW commander, opened the runway on Monday.", ("Jonas Feld", "ATW")),
    # words said of the holder are no department's
    ("Ruth Hale, the former Velmar Museum director, said the new wing would open in May.",
     ("Ruth Hale", "Velmar Museum")),
    ("The ferry plan was praised by former Harbourshire Police Commissioner Sir Tom Vale.",
     ("Tom Vale", "Harbourshire Police")),
    ("Sir Tom Vale, the newly-appointed Harbourshire Police commissioner, said the quay station would reopen.",
     ("Tom Vale", "Harbourshire Police")),
    ("Karl Weiss, director of Kestrel Mining, said the mine would close.", ("Karl Weiss", "Kestrel Mining")),
]

MEMBERS = [
    ("Karl Weiss, a director of the Velmar Institute, said the lab would close.", ("Karl Weiss", "Velmar Institute")),
]

STAFF = [
    ("\"It is a bold plan,\" said Tom Vale, political director at the Velmar Policy Centre, a think-tank.",
     ("Tom Vale", "Velmar Policy Centre")),
    ("Ann Rees, VPI research director, said its sums were right.", ("Ann Rees", "VPI")),
]


def _related(text: str, relation: str) -> list[tuple[str, str]]:
    return [(r.subject.label, r.object.label) for r in extract(text) if r.relation == relation]


@pytest.mark.parametrize(("text", "pair"), LEADERS, ids=[t for t, _ in LEADERS])
def test_the_chair_director_or_unit_commander_heads_it(text, pair):
    led = _related(text, "leaderOf")
    assert any(who == pair[0] and pair[1] in what for who, what in led), triples(extract(text))


@pytest.mark.parametrize(("text", "pair"), MEMBERS, ids=[t for t, _ in MEMBERS])
def test_one_of_several_directors_is_a_member(text, pair):
    assert (pair[0], "memberOf", pair[1]) in triples(extract(text))
    assert not [who for who, _ in _related(text, "leaderOf") if who == pair[0]]


@pytest.mark.parametrize(("text", "pair"), STAFF, ids=[t for t, _ in STAFF])
def test_the_director_of_a_department_is_staff(text, pair):
    assert (pair[0], "employedBy", pair[1]) in triples(extract(text))
    assert not [who for who, _ in _related(text, "leaderOf") if who == pair[0]]


def test_the_chair_of_a_firm_named_by_its_country_holds_no_office_of_the_country():
    found = triples(extract("A bigger stake will be held by Tom Vale, chair of the Peruvian firm."))
    assert not [t for t in found if t[0] == "Tom Vale" and t[2] == "Peru"], found
