"""What a claim says (a report, rumour, suggestion or allegation "that ...") is possible, and a refusal to speak of
the claim does not deny it: "declined to discuss reports that Y met Z", "refused to comment on rumours that",
"asked about claims that" leave the meeting possible, neither asserted nor denied. A verb that takes the claim as its
object and judges it still does: "denied reports that" denies what is possible, "confirmed reports that" asserts
it. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts

MEETING = ("Greta Lind", "meets", "Pavel Sorn")

CLAIMS = (
    ("Greta Lind declined to discuss reports that she had met Pavel Sorn in Eastport.", (False, "possible")),
    ("Greta Lind refused to comment on rumours that she had met Pavel Sorn in Eastport.", (False, "possible")),
    ("Greta Lind was asked about suggestions that she had met Pavel Sorn in Eastport.", (False, "possible")),
    ("Greta Lind denied reports that she had met Pavel Sorn in Eastport.", (True, "possible")),
    ("Greta Lind confirmed reports that she had met Pavel Sorn in Eastport.", (False, "asserted")),
)


@pytest.mark.parametrize(("text", "read"), CLAIMS)
def test_a_claim_is_possible_unless_a_verb_judges_it(text, read):
    found = {(negated, modality) for s, r, o, negated, modality in facts(text) if (s, r, o) == MEETING}
    assert found == {read}, found
