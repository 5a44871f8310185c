"""A warning threatens only when its clause says a noun of kg:ConsequenceNoun follows or is imposed (kg:ComingVerb)
or is more of it (kg:FurtherWord), or is what the one warned will face; a clause that only describes such a noun
("the measures would fail", "the response would be muted") tells of a danger and briefs (review of the merged
change). Names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

CASES = [
    # the noun is only described: a briefing
    ("Peru warned Chile that the measures would fail.", "briefs"),
    ("Peru warned Chile that the response would be muted.", "briefs"),
    ("Norvia warned Kestland that the action would cost too much.", "briefs"),
    # the noun follows, is imposed or is more of it: a threat
    ("Peru warned Belarus that further steps could follow.", "threatens"),
    ("Peru warned Chile that it would face consequences.", "threatens"),
    ("Norvia warned Kestland that action would be taken.", "threatens"),
    ("Norvia warned Kestland that retaliation would ensue.", "threatens"),
    ("Norvia warned Kestland that tougher measures would be unavoidable.", "threatens"),
]


@pytest.mark.parametrize(("sentence", "relation"), CASES)
def test_a_warning_threatens_only_of_what_follows(sentence, relation):
    found = {(r.subject.label, r.relation) for r in extract(sentence)}
    assert found == {(sentence.split()[0], relation)}
