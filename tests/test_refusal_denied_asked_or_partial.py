"""No refusal where the word of refusal is itself denied on its copula ("was not unwilling to recognise Y": a double
negative, which leaves the cooperation open, neither denied nor done), where the act is asked ("Did X not accept Y's
offer?") or denied only in part ("did not agree with Y on everything", "did not fully accept Y's plan": the
cooperation with Y stays denied), no rejection nor criticism of Y. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts

DOUBLE_NEGATIVES = ("Norland was not unwilling to recognise Caldera.",
                    "Norland was not unwilling to accept Caldera's offer.")
PARTIAL = ("Norland did not agree with Caldera on everything, but the talks went well.",
           "Norland did not fully accept Caldera's plan.")


def _only_denied_cooperation(text: str, modality: str, *, denied: bool = True) -> list[tuple]:
    """The records of a text, checked to hold Norland's cooperation with Caldera (``denied``, as ``modality`` says)
    and no refusal of it."""
    found = facts(text)
    assert ("Norland", "cooperatesWith", "Caldera", denied, modality) in found, found
    assert {r for _, r, _, _, _ in found}.isdisjoint({"rejects", "criticizes"}), found
    return found


@pytest.mark.parametrize("text", PARTIAL)
def test_a_partial_denial_refuses_nothing(text):
    assert _only_denied_cooperation(text, "asserted")


@pytest.mark.parametrize("text", DOUBLE_NEGATIVES)
def test_a_denied_refusal_refuses_nothing_and_leaves_the_act_open(text):
    assert _only_denied_cooperation(text, "possible", denied=False)


def test_a_question_refuses_nothing():
    assert _only_denied_cooperation("Did Norland not accept Caldera's offer?", "possible")
