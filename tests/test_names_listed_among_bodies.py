"""A name the model took for a person's is an organisation's when it is listed among organisations: under a plural
of bodies ("charities such as X, Y and Z", "unions including X"), after a body's verb of inclusion with another
organisation in the list ("the X Coalition, which includes the Y Trust, Z ..."), or, when nothing but the model's
label says person, in a list of three names another of which ends in an organisation's word. People listed so keep
their type. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def types(text):
    found = {}
    for relation in extract(text, date="2026-01-05"):
        for end in (relation.subject, relation.object):
            found[end.label] = end.type
    return found


@pytest.mark.parametrize(("text", "name"), [
    ("Charities such as Home Friend, Elder Line and the Torvale Trust condemned the minister, Tom Varrick.",
     "Elder Line"),
    ("Unions such as Rail Voice, Dock Link and Unisol opposed the minister, Tom Varrick.", "Unisol"),
    ("The Rural Housing Coalition, which includes the Moorland Trust, Kinmind and the Dementia Circle, said the plan "
     "was wrong.", "Kinmind"),
    ("Home Friend, Elder Line and the Torvale Trust condemned the minister, Tom Varrick.", "Elder Line"),
])
def test_a_name_listed_among_bodies_is_an_organisation(text, name):
    assert types(text)[name] == "Organization"


@pytest.mark.parametrize(("text", "name"), [
    ("Tom Varrick, Ann Polder and the Torvale Trust condemned the minister, Bill Hoskins.", "Ann Polder"),
    ("The Rural Housing Panel, which includes Tom Varrick, Ann Polder and Bill Hoskins, said the plan was wrong.",
     "Ann Polder"),
])
def test_people_listed_beside_a_body_stay_people(text, name):
    assert types(text)[name] == "Person"


def test_names_set_side_by_side_are_no_list():
    from graph_builder.build import process
    from graph_builder.records import Document

    text = ("- Ann Polder, The Harbour Times: Film - Grey Tides; director - Tom Varrick; actor - Jody Keelan; "
            "actress - Mara Tolvey. Jody Keelan won.")
    result = process([Document(id="t", text=text, date="2026-01-05", source="<test>")])[0]
    assert {m.entity.type for m in result.mentions if m.text.endswith("Keelan")} == {"Person"}
