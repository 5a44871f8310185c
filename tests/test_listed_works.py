"""Names a work noun lists ("films including X, Y and Z", "whose films include X, Y and Z": the gazetteer's
work_listing_words) are works, no actors, in the whole document; a list of anything else keeps its actors.
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.test_names import types


@pytest.mark.parametrize(("text", "works"), [
    ("Hale has made ten films, including Blue Water, Summer Rain and Night Road. Blue Water won an award.",
     {"Blue Water", "Night Road"}),
    ("The actor, whose films include Harbour Lights, Tom Reed and Night Road, praised Ann Lee.",
     {"Harbour Lights", "Tom Reed", "Night Road"}),
])
def test_listed_works_are_no_actors(text, works):
    found = types(text)
    assert not works & set(found), found


def test_a_list_of_players_keeps_its_actors():
    found = types("The squad includes Tom Reed and Jim Dale, said Ann Lee.")
    assert {"Tom Reed", "Jim Dale"} <= set(found), found
