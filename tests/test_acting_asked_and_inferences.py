"""Two readings of modals in reported speech. A need to act (kg:AnyAct: "act", "do more", "step in") followed by its
purpose is what the speaker asks of the subject ("X said the Norland council needs to act to end the delays": X
appeals to it), where a particular deed followed by its purpose states a requirement ("needed to win two races to
take the cup": no appeal). A modal of kg:EpistemicModal before a perfect or a progressive of a verb of mind infers
("Y must have met Z", "Y must be wondering whether ..."): no demand, and the event it infers is possible, not
intended; a deed's progressive is still asked ("Y must be visiting the villages every week"). Sentences and
names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, facts


def _bids(text: str) -> set[tuple[str, str, str]]:
    return {(r.subject.label, r.relation, r.object.label) for r in extract(text)
            if r.relation in ("appealsTo", "demands")}


@pytest.mark.parametrize("text", [
    "Senator Ana Ruiz said Governor Tom Hale needs to act to restore the trust of the fishermen.",
    '"Governor Tom Hale needs to do more to protect the harbour workers," Senator Ana Ruiz said.',
    "Governor Tom Hale needed to step in to stop the ferry strike, Senator Ana Ruiz insisted.",
])
def test_a_need_to_act_for_a_purpose_is_an_appeal(text):
    assert ("Ana Ruiz", "appealsTo", "Tom Hale") in _bids(text)


@pytest.mark.parametrize("text", [
    "Senator Ana Ruiz said Governor Tom Hale needed to win the March vote to keep his seat.",
    "Senator Ana Ruiz said Governor Tom Hale needed to raise five million to finish the bridge.",
    "Senator Ana Ruiz said Governor Tom Hale must be wondering whether the vote was wise.",
    "Senator Ana Ruiz said Governor Tom Hale must be laughing at the unions by now.",
    "Senator Ana Ruiz said Governor Tom Hale must have known about the ferry contract.",
])
def test_a_deed_for_a_purpose_or_an_inference_asks_nothing(text):
    assert not _bids(text)


def test_an_inferred_meeting_is_possible_not_intended():
    found = facts("Senator Ana Ruiz said Governor Tom Hale must have met Pavel Orlik in Vestrand.")
    assert ("Tom Hale", "meets", "Pavel Orlik", False, "possible") in found


@pytest.mark.parametrize("text", [
    "Senator Ana Ruiz said Governor Tom Hale must resign.",
    "Senator Ana Ruiz said Governor Tom Hale must be visiting the flooded villages every week.",
])
def test_a_must_of_obligation_still_demands(text):
    assert ("Ana Ruiz", "demands", "Tom Hale") in _bids(text)
