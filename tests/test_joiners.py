"""Who joins an organisation: every name of the subject ("A and B joined X"), the name a relative "who" stands for
("X, who joined the party in 1998"), and the subject of the verb whose clause "join" completes ("decided to join",
"refused to join"), with that verb's polarity. Joining a person is no membership. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts

FOUND = [
    ("Ecuador and Bolivia joined the Pacific Alliance in 2012.",
     ("Bolivia", "memberOf", "Pacific Alliance", False, "asserted")),
    ("Senator Ana Ruiz, who joined the Green Party in 1998, spoke at the rally.",
     ("Ana Ruiz", "memberOf", "Green Party", False, "asserted")),
    ("Bolivia decided to join the Pacific Alliance.", ("Bolivia", "memberOf", "Pacific Alliance", False, "intended")),
    ("Ecuador refused to join the Pacific Alliance.", ("Ecuador", "memberOf", "Pacific Alliance", True, "asserted")),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[s for s, _ in FOUND])
def test_every_joiner_is_found(sentence, expected):
    found = facts(sentence)
    assert expected in found, found


def test_joining_a_person_is_no_membership():
    found = facts("Senator Ana Ruiz, who joined Governor Tom Hale at the rally, spoke.")
    assert not any(relation == "memberOf" and obj == "Tom Hale" for _, relation, obj, _, _ in found), found
