"""A judgement voiced on a condition ("X said Y was naive if he accepted the claim") is no criticism as a fact:
hypothetical; one without a condition stays asserted. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts as found


@pytest.mark.parametrize("sentence", [
    'Ms Hale said Mr Reed was "dangerously reckless" if he trusted the junta\'s word.',
    "Ms Hale said that if Mr Reed accepted the claim, he was naive.",
])
def test_a_judgement_on_a_condition_is_hypothetical(sentence):
    records = found(sentence)
    assert ("Hale", "criticizes", "Reed", False, "hypothetical") in records, records
    assert ("Hale", "criticizes", "Reed", False, "asserted") not in records, records


@pytest.mark.parametrize("sentence", [
    "Ms Hale said Mr Reed was naive.",
    '"Mr Reed is a liar," Ms Hale said.',
])
def test_a_judgement_without_a_condition_is_asserted(sentence):
    assert ("Hale", "criticizes", "Reed", False, "asserted") in found(sentence)
