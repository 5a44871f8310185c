"""A fault a speaker shares is no criticism of the other: "Y and I should have sold the port years ago" says what the
two of them got wrong, as "we" would; "Y should have sold the port years ago" criticizes Y. Sentences and names of
our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


@pytest.mark.parametrize(("text", "criticised"), [
    ('"Dana Holm and I should have closed the ferry line years ago," said Arvo Pellik.', False),
    ('"Dana Holm and myself were wrong to trust the Caldera board," said Arvo Pellik.', False),
    ('"Dana Holm should have closed the ferry line years ago," said Arvo Pellik.', True),
])
def test_a_fault_the_speaker_shares_criticizes_no_one(text, criticised):
    found = facts(text)
    assert any(f[:3] == ("Arvo Pellik", "criticizes", "Dana Holm") for f in found) == criticised, found
