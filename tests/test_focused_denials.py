"""A "not" a focus adverb opens denies no act: "did not just attack Y, it ..." attacked Y (and did more), and an act
joined to it is done too. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


@pytest.mark.parametrize("text", [
    "Norland did not just attack Caldera, it blockaded the port of Varga.",
    "Norland did not merely shell Caldera and blockade Varga.",
    "Norland did not simply meet Caldera and sign a deal with Varga.",
])
def test_an_act_a_focus_adverb_opens_is_done(text):
    """"did not just attack Y" attacked Y, and the act joined to it is done too."""
    found = facts(text)
    assert any(f[:2] == ("Norland", "attacks") or f[:2] == ("Norland", "meets") for f in found), found
    assert not any(negated or modality != "asserted" for _, _, _, negated, modality in found), found
