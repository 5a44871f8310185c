"""Being put out of a body ends a membership, in the passive only ("X was expelled from the party": memberOf, past);
in the active voice the body acts on the member ("the party expelled X", CAMEO 166), no membership of the party in
the party. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def found(sentence):
    return {(r.subject.label, r.relation, r.object.label, r.modality) for r in extract(sentence, date="2026-01-05")}


@pytest.mark.parametrize("sentence", [
    "Councillor Ivo Marsh, who was expelled from the Harbour Party in May, stood as an independent.",
    "Ivo Marsh was ousted from the Harbour Party after the vote on the levy.",
])
def test_a_member_put_out_of_a_party_was_a_member(sentence):
    assert ("Ivo Marsh", "memberOf", "Harbour Party", "past") in found(sentence)


def test_a_suspension_ends_no_membership():
    assert not [r for r in found("Ivo Marsh was suspended from the Harbour Council for two weeks.")
                if r[1] == "memberOf" and r[3] == "past"]


def test_a_party_that_expels_a_member_is_no_member_of_itself():
    records = found("The Harbour Party expelled Councillor Ivo Marsh from the party after the vote.")
    assert not [r for r in records if r[1] == "memberOf" and r[0] == "Harbour Party"], records
    assert ("Harbour Party", "reducesRelationsWith", "Ivo Marsh", "asserted") in records
