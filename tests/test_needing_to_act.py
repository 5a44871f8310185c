"""A verb of kg:SemiModal asks as a modal does: "X said Y needed to change course" is X's appeal to Y (appealsTo,
CAMEO 020), as "X said Y should change course" is. Denied ("need not") or foretold by a modal ("Y will need to raise
taxes") it asks nothing. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


@pytest.mark.parametrize("text", [
    "Senator Ana Ruiz said Governor Tom Hale needed to reopen the border crossing at once.",
    "Governor Tom Hale needs to explain the ferry contract, Senator Ana Ruiz said.",
    "Senator Ana Ruiz told reporters that Tom Hale needs to publish the audit.",
])
def test_a_speaker_who_says_another_needs_to_act_appeals_to_him(text):
    found = [(r.subject.label, r.relation, r.object.label, r.cameo_code, r.asserted) for r in extract(text)]
    assert ("Ana Ruiz", "appealsTo", "Tom Hale", "020", True) in found


@pytest.mark.parametrize("text", [
    "Senator Ana Ruiz said Governor Tom Hale did not need to resign.",
    "Senator Ana Ruiz said Governor Tom Hale need not resign.",
    "Senator Ana Ruiz said Governor Tom Hale would need to raise taxes next year.",
    "Senator Ana Ruiz asked whether Governor Tom Hale needed to resign.",
    "Senator Ana Ruiz said she needed to rest before the vote.",
    "Senator Ana Ruiz said the Velorian Rovers needed to win both games to take the cup.",
    "Senator Ana Ruiz said Tom Hale needed to sign the deal by March to keep his licence.",
])
def test_a_denied_foretold_or_questioned_need_asks_nothing(text):
    assert not [r for r in extract(text) if r.relation in ("appealsTo", "demands")]
