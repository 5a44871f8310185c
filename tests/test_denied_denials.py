"""A word of refusal, itself denied, leaves the act open: "did not refuse to meet Y", "never declined to meet Y",
"was not unwilling to meet Y" neither deny the meeting nor say it happened (possible); the refusal alone still denies
it, and so does one a "not" only focuses on ("did not just refuse to meet Y, it ...")."""

from __future__ import annotations

import pytest

from tests.conftest import facts

OPEN = ["Norland did not refuse to meet Caldera.", "Norland never declined to meet Caldera.",
        "Norland was not unwilling to meet Caldera."]
DENIED = ["Norland refused to meet Caldera.", "Norland was unwilling to meet Caldera.",
          "Norland did not just refuse to meet Caldera, it expelled its envoy.",
          "Norland was not only unwilling to meet Caldera but also hostile."]


@pytest.mark.parametrize("text", OPEN)
def test_a_denied_denial_leaves_the_act_open(text):
    found = facts(text)
    assert ("Norland", "meets", "Caldera", False, "possible") in found, found


@pytest.mark.parametrize("text", DENIED)
def test_a_denial_denies_the_act(text):
    found = facts(text)
    assert ("Norland", "meets", "Caldera", True, "asserted") in found, found
