"""A claim set off at the end of a sentence that the parser read as a noun ("..., a new biography claims") still makes
what the sentence says possible, not asserted; calling someone a coward, a traitor or a puppet is disapproval, as
calling them a liar is. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts as found


@pytest.mark.parametrize("sentence", [
    "Tony Reed promised Ann Hale he would hand over the party in 2027, a new biography of the mayor claims.",
    "Tony Reed promised Ann Hale he would hand over the party in 2027, a new biography claims.",
    "'Ross' said he would resign' Tony Reed promised Ann Hale he would hand over the party in 2027, a new "
    "biography of the mayor claims.",
])
def test_a_trailing_claim_read_as_a_noun_is_still_a_claim(sentence):
    records = found(sentence)
    assert ("Tony Reed", "intendsToCooperate", "Ann Hale", False, "possible") in records, records
    assert ("Tony Reed", "intendsToCooperate", "Ann Hale", False, "asserted") not in records, records


@pytest.mark.parametrize("sentence", [
    "Tony Reed met Ann Hale, dismissing the claims.",
    "Tony Reed met Ann Hale after rejecting the claims.",
])
def test_claims_the_subject_dismisses_leave_the_act_asserted(sentence):
    assert ("Tony Reed", "meets", "Ann Hale", False, "asserted") in found(sentence)


@pytest.mark.parametrize("sentence", [
    "Ann Hale called Tony Reed a coward.",
    "Ann Hale branded Tony Reed a traitor.",
    "Ann Hale called Tony Reed a puppet of the banks.",
])
def test_calling_someone_names_of_contempt_criticizes_them(sentence):
    assert ("Ann Hale", "criticizes", "Tony Reed", False, "asserted") in found(sentence)


def test_denying_the_name_is_no_criticism():
    records = found("Ann Hale said Tony Reed was not a coward.")
    assert not any(r[1] == "criticizes" and not r[3] for r in records), records


def test_a_that_clause_going_on_with_a_claim_is_the_claims():
    records = found("The biography claims Ann Hale sensed by spring 2019 that voters had turned against her. And that "
                    "over lunch at the home of Tom Reed she told Bo Lutz of her plan to retire.")
    assert ("Ann Hale", "briefs", "Bo Lutz", False, "possible") in records, records
    assert ("Ann Hale", "briefs", "Bo Lutz", False, "asserted") not in records, records


def test_a_sentence_after_a_claim_without_that_is_its_own():
    records = found("The book claims Ann Hale lost. And at a dinner she told Bo Lutz of her plan.")
    assert ("Ann Hale", "briefs", "Bo Lutz", False, "asserted") in records, records
