"""Church titles are a person's titles (issue 14, a blind reading of BBC records): "Archbishop", "Cardinal",
"Reverend", "Rabbi" and "Imam" before a name are no part of it (gazetteer ``honorifics``), and one written alone
("Cardinal criticises ...", a headline) is no actor; "Bishop", a common surname, is left to the name rules."""

from __future__ import annotations

import pytest

from graph_builder.build import process
from graph_builder.records import Document


def types(text: str) -> dict[str, str]:
    (result,) = process([Document(id="c0", text=text, source="<test>")])
    return {e.label: e.type for e in result.entities}


@pytest.mark.parametrize(("text", "person", "title"), [
    ("Archbishop Peter Maddox met Gordon Brown in London on Tuesday.", "Peter Maddox", "Archbishop"),
    ("Cardinal condemns war spending. Money spent on the war should have gone to the poor, Cardinal Anselm Brodie "
     "has said.", "Anselm Brodie", "Cardinal"),
])
def test_a_church_title_is_no_part_of_the_name_nor_an_actor(text, person, title):
    found = types(text)
    assert found.get(person) == "Person", found
    assert not [label for label in found if title in label], found


def test_bishop_as_a_surname_stays():
    found = types("The comedian John Bishop attacked Tony Blair. Mr Bishop said the plan was wrong.")
    assert found.get("John Bishop") == "Person", found
