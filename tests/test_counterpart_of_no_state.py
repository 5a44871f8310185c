"""A counterpart noun with a country before it gives the counterpart a role of that country only when the one whose
counterpart it is holds a state's title (tests/test_counterparts.py): a firm's chief's or a team captain's
"Japanese counterpart" is a Japanese firm's chief or captain, no member of Japan. Names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

NO_STATE = [
    ("Velcorp chief executive Tom Hale met his Japanese counterpart Ken Sato.", "Ken Sato"),
    ("England captain Tom Hale praised his French counterpart Jean Dupont.", "Jean Dupont"),
    ("Ana Ruiz met her Azerbaijani counterpart Tom Hale in Lima.", "Tom Hale"),
    ("Velcorp president Ana Ruiz held talks with her Bolivian counterpart, Tom Hale.", "Tom Hale"),
    ("Velcorp chairman Ana Ruiz arrived in Baku. She met her Azerbaijani counterpart Tom Hale.", "Tom Hale"),
]


@pytest.mark.parametrize(("sentence", "counterpart"), NO_STATE, ids=[s for s, _ in NO_STATE])
def test_a_counterpart_of_no_state_holder_is_of_no_country(sentence, counterpart):
    found = [(r.subject.label, r.relation, r.object.label) for r in extract(sentence)
             if r.subject.label == counterpart and r.object.type == "Country"]
    assert found == []
