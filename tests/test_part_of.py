"""An actor "as part of" an organisation when a relative pronoun is the subject of the verb "as" hangs on: the noun
the clause describes is the part. Sentences and names of our own."""

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
