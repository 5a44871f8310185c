"""An act an ending or accounting verb takes as its object took place, whatever is asked, wanted or denied of that
verb: "halted its raids on B" ended raids that were made (past); "urged X to halt its raids on B" and "refused to
halt its raids on B" leave them going on; "asked X to justify its raids on B" asks about raids made. Only with a
possessor of the act's own: "asked X to explain any raids on B" makes none. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def modality_of(sentence: str, relation: str = "attacks") -> list[tuple[str, str, bool, str]]:
    return [(r.subject.label, r.object.label, r.negated, r.modality) for r in extract(sentence)
            if r.relation == relation]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Niger halted its raids on Chad in June.", ("Niger", "Chad", False, "past")),
    ("Niger stopped its shelling of Chad.", ("Niger", "Chad", False, "past")),
    ("Niger ceased its bombardment of Chad.", ("Niger", "Chad", False, "past")),
    ("Mali urged Niger to halt its raids on Chad.", ("Niger", "Chad", False, "asserted")),
    ("Mali demanded that Niger stop its shelling of Chad.", ("Niger", "Chad", False, "asserted")),
    ("Niger refused to halt its raids on Chad.", ("Niger", "Chad", False, "asserted")),
    ("Mali asked Niger to justify its raids on Chad.", ("Niger", "Chad", False, "asserted")),
    ("Mali urged Niger to explain its raids on Chad.", ("Niger", "Chad", False, "asserted")),
    ("Mali called on Senegal to condemn Niger's raids on Chad.", ("Niger", "Chad", False, "asserted")),
])
def test_an_act_that_is_ended_or_accounted_for_took_place(sentence, expected):
    assert modality_of(sentence) == [expected]


def test_an_act_without_a_possessor_is_only_spoken_of():
    assert modality_of("Mali asked Niger to explain any raids on Chad.") == []


def test_a_decision_accounted_for_leaves_what_it_decides_to_come():
    assert modality_of("The Malian minister will defend his decision to cut aid to Chad.", "reducesRelationsWith") == [
        ("Minister of Mali", "Chad", False, "future")]


def test_the_halt_itself_keeps_the_polarity_of_its_clause():
    assert modality_of("Niger refused to halt its raids on Chad.", "yieldsTo") == [("Niger", "Chad", True, "asserted")]
    assert modality_of("Mali demanded that Niger stop its shelling of Chad.", "yieldsTo") == [
        ("Niger", "Chad", False, "intended")]
