"""An actor "as part of" an organisation when a relative pronoun is the subject of the verb "as" hangs on: the noun
the clause describes is the part; and a unit, branch, wing or subsidiary of an organisation, set beside its name or
said with "be", is part of it. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

PARTS = [
    ("The 44th Rescue Squadron, which flies patrols as part of the Arctic Task Group, arrived on Monday.", True),
    ("The 44th Rescue Squadron, which will fly patrols as part of the Arctic Task Group, arrived on Monday.", False),
]


@pytest.mark.parametrize(("sentence", "asserted"), PARTS, ids=[s for s, _ in PARTS])
def test_the_part_a_relative_clause_names(sentence, asserted):
    found = {(r.subject.label, r.relation, r.object.label): r.asserted for r in extract(sentence)}
    assert found.get(("44th Rescue Squadron", "memberOf", "Arctic Task Group")) is asserted, found


APPOSED = [
    ("The 44th Rescue Squadron, a unit of the Northern Air Wing, arrived on Monday.",
     ("44th Rescue Squadron", "memberOf", "Northern Air Wing")),
    ("The 44th Rescue Squadron is a unit of the Northern Air Wing.",
     ("44th Rescue Squadron", "memberOf", "Northern Air Wing")),
    ("Young Greens, the youth wing of the Green Party, held a rally.", ("Young Greens", "memberOf", "Green Party")),
    ("Baltic Steel, a subsidiary of Nordic Metals, cut jobs.", ("Baltic Steel", "memberOf", "Nordic Metals")),
]


@pytest.mark.parametrize(("sentence", "expected"), APPOSED, ids=[s for s, _ in APPOSED])
def test_a_unit_branch_or_wing_of_an_organisation(sentence, expected):
    found = {(r.subject.label, r.relation, r.object.label): r.asserted for r in extract(sentence)}
    assert found.get(expected) is True, found
