"""A standing relation under the "of" of a noun of ending (kg:Past: "the end of") held and no longer holds: "the
end of X's membership of Y" is a past membership, "the end of the alliance between A and B" a past cooperation.
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


@pytest.mark.parametrize(("text", "relation"), [
    ("The end of Orlan Vask's membership of the Velorian Greens came on Monday.",
     ("Orlan Vask", "memberOf", "Velorian Greens")),
    ("The end of the alliance between the Velorian Greens and the Dock Party surprised the harbour towns.",
     ("Velorian Greens", "cooperatesWith", "Dock Party")),
])
def test_a_standing_relation_that_ends_is_past(text, relation):
    found = {(r.subject.label, r.relation, r.object.label): r.modality for r in extract(text)}
    assert found.get(relation) == "past"


def test_a_membership_renewed_still_holds():
    found = {(r.subject.label, r.relation, r.object.label): r.modality
             for r in extract("Orlan Vask, a ferry captain, renewed his membership of the Velorian Greens.")}
    assert found.get(("Orlan Vask", "memberOf", "Velorian Greens")) == "asserted"


@pytest.mark.parametrize(("text", "relation"), [
    # a headline run into the sentence calls him what the sentence says he was
    ("Velcor chief Reed quits Tom Reed, the former chief executive of Velcor, has joined Zorba.",
     ("Tom Reed", "leaderOf", "Velcor")),
    ("Harbour Party member Dale leaves Ann Dale, a former member of the Harbour Party, joined the Greens.",
     ("Ann Dale", "memberOf", "Harbour Party")),
])
def test_a_role_its_sentence_says_ended_is_not_current_there(text, relation):
    found = {(r.subject.label, r.relation, r.object.label, r.modality) for r in extract(text)}
    assert (*relation, "past") in found, found
    assert (*relation, "asserted") not in found, found
