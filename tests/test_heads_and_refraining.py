"""Issue 14: "the militia's commander, X," leads what "the" and the possessive name (its one commander: leaderOf), not
"a Vesta Front commander, X" (one of several: memberOf); an appeal with "should not" is an appeal to refrain, and its
record says so ("should not retaliate"), never a plain appeal to retaliate. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(r.subject.label, r.relation, r.object.label) for r in extract(text)}


@pytest.mark.parametrize(("sentence", "group"), [
    ("The Vesta Front's commander, Joseph Temba, said his fighters had withdrawn.", "Vesta Front"),
    ("The militia's commander, Joseph Temba, told reporters that his fighters had withdrawn.", "militias"),
])
def test_the_owners_commander_leads_it(sentence, group):
    found = _found(sentence)
    assert ("Joseph Temba", "leaderOf", group) in found, found
    assert ("Joseph Temba", "memberOf", group) not in found, found


def test_one_of_its_commanders_is_a_member():
    found = _found("A Vesta Front commander, Joseph Temba, said his fighters had withdrawn.")
    assert ("Joseph Temba", "memberOf", "Vesta Front") in found, found


@pytest.mark.parametrize("sentence", [
    "Senator Tom Kell said the Pentagon should not retaliate inside Syria.",
    "Senator Tom Kell said the Pentagon ought not to retaliate.",
])
def test_an_appeal_to_refrain_keeps_its_negation(sentence):
    appeals = [r for r in extract(sentence) if r.relation == "appealsTo" and r.object.label == "Pentagon"]
    assert appeals and all(" not " in f" {r.verb} " for r in appeals), [(r.verb, r.negated) for r in appeals]
