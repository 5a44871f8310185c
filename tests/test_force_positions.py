"""A noun of a force that needs an owner ("army"), with none, before a noun of the positions a force holds
(kg:PositionNoun: "army positions") is that force as the target: the army of the one country the document names,
else the document's own "army" node. Names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

CASES = [
    ("The Kordofan Liberation Front attacked army positions.", ("Kordofan Liberation Front", "army", "t")),
    ("Rebels attacked army positions near Kadugli.", ("rebels", "army", "t")),
    ("Fighting broke out in Sudan on Monday. The Kordofan Liberation Front attacked army positions near Kadugli.",
     ("Kordofan Liberation Front", "army of Sudan", "Sudan")),
    # two countries named: whose army is not clear
    ("Sudan and Chad signed a deal. The Kordofan Liberation Front attacked army positions near Kadugli.",
     ("Kordofan Liberation Front", "army", "t")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_force_before_its_positions_is_the_target(text, expected):
    found = [(r.subject.label, r.object.label, r.object.scope or (r.object.owner and r.object.owner.label))
             for r in extract(text) if r.relation == "attacks"]
    assert found == [expected]


def test_positions_spoken_of_are_no_target():
    assert not [r for r in extract("The Kordofan Liberation Front said army positions had been quiet.")
                if r.object.label == "army"]
