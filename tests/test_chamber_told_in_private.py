"""Telling a whole legislature in private ("told MPs privately", "at a private meeting", "in a confidential
letter", "behind closed doors": kg:Confidential) briefs it; told in the open it is a public statement in its debate
(commentsOn). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


@pytest.mark.parametrize("text", [
    "Arvo Pellik told MPs at a private meeting that the deal was dead.",
    "Arvo Pellik told MPs privately that he would resign.",
    "Arvo Pellik told the Norland Senate in a confidential letter that the bank was safe.",
    "Mara Voss told MPs behind closed doors that the budget was short.",
])
def test_a_chamber_told_in_private_is_briefed(text):
    found = facts(text)
    assert any(r == "briefs" for _, r, _, _, _ in found), found
    assert not any(r == "commentsOn" for _, r, _, _, _ in found), found


def test_a_chamber_told_in_the_open_hears_a_statement():
    found = facts("Minister Arvo Pellik told the Norland Senate that the ferry would run all winter.")
    assert any("Arvo Pellik" in s and r == "commentsOn" and "Norland Senate" in o for s, r, o, _, _ in found), found
