"""A participle of saying set beside a denied act is said all the same: "X did not attend the summit, accusing Y of
lying" accuses Y, "X rejected the plan, blaming Y" blames Y, and one under a modal, a future or a condition keeps it
("X may walk out, accusing Y": possible); a participle of what the act did shares its denial ("X's
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
    ("Norland insists its jets did not bomb Caldera, killing Dana Holm.", ("Norland", "attacks", "Dana Holm"), False),
    ("Norland did not publish a statement accusing Caldera of lying.", ("Norland", "accuses", "Caldera"), False),
])
def test_a_participle_of_saying_beside_a_denied_act_is_said(text, fact, said):
    """Said, the fact is asserted; a result or a noun's participle is not."""
    found = facts(text)
    assert any(f[:3] == fact and f[3:] == (False, "asserted") for f in found) == said, found


@pytest.mark.parametrize(("text", "fact", "read"), [
    ("Norland will not attend the summit, condemning Caldera for its raids.", ("Norland", "criticizes", "Caldera"),
     (False, "future")),
    ("Norland may walk out of the talks, accusing Caldera of lying.", ("Norland", "accuses", "Caldera"),
     (False, "possible")),
    ("Norland might not attend the summit, accusing Caldera of lying.", ("Norland", "accuses", "Caldera"),
     (False, "possible")),
    ("Norland will reject the plan, accusing Caldera of lying.", ("Norland", "accuses", "Caldera"), (False, "future")),
    ("Norland is to leave the talks, accusing Caldera of lying.", ("Norland", "accuses", "Caldera"), (False, "future")),
    ("Norland is expected to reject the plan, condemning Caldera.", ("Norland", "criticizes", "Caldera"),
     (False, "future")),
    ("Norland would have rejected the plan, blaming Caldera for the crisis.", ("Norland", "accuses", "Caldera"),
     (False, "hypothetical")),
    ("If Norland rejects the plan, accusing Caldera of lying, the talks will collapse.",
     ("Norland", "accuses", "Caldera"), (False, "hypothetical")),
    ("When Norland walks out, accusing Caldera of lying, the summit will end.", ("Norland", "accuses", "Caldera"),
     (False, "future")),
])
def test_a_participle_of_saying_keeps_its_clause_modality(text, fact, read):
    """The participle sheds the clause's negation only: a modal, a future or a condition on the clause holds it too."""
    found = facts(text)
    assert {f[3:] for f in found if f[:3] == fact} == {read}, found
