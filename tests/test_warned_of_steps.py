"""A warning whose clause says steps, sanctions or consequences (kg:ConsequenceNoun) will or could follow for the one
warned threatens it, as an ultimatum does; a warning of a danger still briefs. Names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

CASES = [
    ("Peru warned Belarus that further steps could follow.", "threatens"),
    ("Peru warned Chile that it would face consequences.", "threatens"),
    ("Peru warned Chile that new sanctions would be imposed.", "threatens"),
    # a danger the one warned is told of: a briefing
    ("Peru warned Chile that the harbour plan could fail.", "briefs"),
    ("Peru warned Chile that the new measures could hurt trade.", "briefs"),
    ("Peru warned Chile that the sanctions had hurt farmers.", "briefs"),
]


@pytest.mark.parametrize(("sentence", "relation"), CASES)
def test_a_warning_of_steps_to_come_threatens(sentence, relation):
    found = [(r.subject.label, r.relation, r.object.label) for r in extract(sentence)]
    assert found == [("Peru", relation, found[0][2] if found else None)]
    assert found[0][2] in ("Belarus", "Chile")
