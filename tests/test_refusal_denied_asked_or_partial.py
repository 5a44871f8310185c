"""No refusal where the word of refusal is itself denied on its copula ("was not unwilling to recognise Y": a double
negative), where the act is asked ("Did X not accept Y's offer?") or denied only in part ("did not agree with Y on
everything", "did not fully accept Y's plan"): the cooperation stays denied, no rejection nor criticism.
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


@pytest.mark.parametrize("text", [
    "Norland was not unwilling to recognise Caldera.",
    "Norland was not unwilling to accept Caldera's offer.",
    "Did Norland not accept Caldera's offer?",
    "Norland did not agree with Caldera on everything, but the talks went well.",
    "Norland did not fully accept Caldera's plan.",
])
def test_no_refusal(text):
    found = facts(text)
    assert not any(r in ("rejects", "criticizes") for _, r, _, _, _ in found), found
