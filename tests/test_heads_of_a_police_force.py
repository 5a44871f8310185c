"""A police force's commissioner and its chief constable head it (leaderOf), as titles of data (kg:classTitle of
the 'police' actor class, kg:titlePattern "chief constable"); an assistant or deputy is a member, with the whole
title kept; a commissioner of another body (the EU) stays one of its members. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "expected", "other"), [
    ("Tarnshire Police Commissioner Ivo Marsh said the march was peaceful.",
     ("Ivo Marsh", "leaderOf", "Tarnshire Police"), ("Ivo Marsh", "memberOf", "Tarnshire Police")),
    ("Ann Dale, the chief constable of Tarnshire Police, said crime fell.",
     ("Ann Dale", "leaderOf", "Tarnshire Police"), ("Ann Dale", "memberOf", "Tarnshire Police")),
    ("Tarnshire Police assistant chief constable Tom Reed said the roads were closed.",
     ("Tom Reed", "memberOf", "Tarnshire Police"), ("Tom Reed", "leaderOf", "Tarnshire Police")),
    ("EU trade commissioner Piet Vasko said the tariffs were unfair.",
     ("Piet Vasko", "memberOf", "European Union"), ("Piet Vasko", "leaderOf", "European Union")),
])
def test_the_head_of_a_police_force_leads_it(text, expected, other):
    found = triples(extract(text))
    assert expected in found
    assert other not in found


def test_an_assistant_chief_constable_keeps_the_whole_title():
    roles = {r.role for r in extract("Tarnshire Police assistant chief constable Tom Reed said the roads were closed.")
             if r.subject.label == "Tom Reed"}
    assert roles == {"assistant chief constable"}, roles
