"""A participle of saying set beside a denied act is said all the same: "X did not attend the summit, accusing Y of
lying" accuses Y, "X rejected the plan, blaming Y" blames Y; a participle of what the act did shares its denial ("X's
jets did not bomb Y, killing Z": no killing), and so does one on a noun ("did not publish a statement accusing Y").
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


@pytest.mark.parametrize(("text", "fact", "said"), [
    ("Norland did not attend the summit, accusing Caldera of lying.", ("Norland", "accuses", "Caldera"), True),
    ("Norland rejected the plan, accusing Caldera of lying.", ("Norland", "accuses", "Caldera"), True),
    ("Norland refused to meet Caldera, blaming Varga for the crisis.", ("Norland", "accuses", "Varga"), True),
    ("Norland did not vote for the motion, criticising Caldera.", ("Norland", "criticizes", "Caldera"), True),
    ("Norland will not attend the summit, condemning Caldera for its raids.", ("Norland", "criticizes", "Caldera"),
     True),
    ("Norland insists its jets did not bomb Caldera, killing Dana Holm.", ("Norland", "attacks", "Dana Holm"), False),
    ("Norland did not publish a statement accusing Caldera of lying.", ("Norland", "accuses", "Caldera"), False),
])
def test_a_participle_of_saying_beside_a_denied_act_is_said(text, fact, said):
    """Said, the fact is asserted; a result or a noun's participle is not."""
    found = facts(text)
    assert any(f[:3] == fact and f[3:] == (False, "asserted") for f in found) == said, found
