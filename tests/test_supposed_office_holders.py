"""A title in a clause of what would, could or might be, or of a condition ("the home secretary would be unlikely
to ...", "if the home secretary cannot ...", "unless they give way over the home secretary sitting in the
Senate") speaks of the office, whoever holds it: the sentence gives the holder the document names elsewhere no
role. A title in a plain statement ("the home secretary told reporters") still does. Sentences and names of our
own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

NAMED = "Home Secretary Nadia Orrin spoke to the committee on Monday. "


def _roles_of_second_sentence(text: str) -> set[tuple[str, str, str]]:
    second = text[len(NAMED):]
    return {(r.subject.label, r.relation, r.object.label) for r in extract(text, date="2026-01-05")
            if r.evidence.sentence == second and r.relation == "memberOf"}


@pytest.mark.parametrize("sentence", [
    "The cabinet says the home secretary would be unlikely to defy the judges.",
    "It was unthinkable that the home secretary would overrule the panel, Mr Kell said.",
    "If the home secretary cannot win their backing, the plan fails.",
])
def test_a_title_in_a_supposed_clause_gives_its_holder_no_role(sentence):
    found = _roles_of_second_sentence(NAMED + sentence)
    assert not [t for t in found if t[0] == "Nadia Orrin"], found


def test_a_title_in_a_plain_statement_still_gives_its_holder_the_role():
    found = _roles_of_second_sentence(NAMED + "The home secretary told reporters on Tuesday that the plan was fair.")
    assert ("Nadia Orrin", "memberOf", "government of the United Kingdom") in found, found
