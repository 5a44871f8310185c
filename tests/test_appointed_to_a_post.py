"""A verb of appointing (kg:AppointingVerb) gives the title of its "as" complement to its object, with the verb's
polarity: "Ana Ruiz named Tom Hale as Peru's new ambassador" makes Tom Hale a member of Peru. Names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

CASES = [
    ("Ana Ruiz named Tom Hale as Peru's new ambassador.", ("Tom Hale", "memberOf", "Peru", False, "asserted")),
    ("President Ana Ruiz appointed Tom Hale as Peru's acting defence minister.",
     ("Tom Hale", "memberOf", "government of Peru", False, "asserted")),
    ("Ana Ruiz appointed Tom Hale as chairman of the Lima Trust.",
     ("Tom Hale", "leaderOf", "Lima Trust", False, "asserted")),
    ("The Lima Trust appointed Tom Hale as its chairman.", ("Tom Hale", "leaderOf", "Lima Trust", False, "asserted")),
    ("Ana Ruiz is expected to name Tom Hale as Peru's ambassador.", ("Tom Hale", "memberOf", "Peru", False, "future")),
    ("Ana Ruiz did not appoint Tom Hale as Peru's ambassador.", ("Tom Hale", "memberOf", "Peru", True, "asserted")),
]


@pytest.mark.parametrize(("sentence", "role"), CASES)
def test_the_one_appointed_holds_the_title(sentence, role):
    roles = [(r.subject.label, r.relation, r.object.label, r.negated, r.modality) for r in extract(sentence)
             if r.relation in ("memberOf", "leaderOf") and r.role != "President"]  # not the appointer's own title
    assert roles == [role]


def test_no_title_no_role():
    found = extract("Ana Ruiz named Tom Hale as her successor.")
    assert not [r for r in found if r.relation in ("memberOf", "leaderOf")]
