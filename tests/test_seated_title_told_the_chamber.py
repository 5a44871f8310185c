"""A person whose role is a government or legislative title (minister, secretary, MP, senator, mayor) holds a seat
whatever the body the title is read with ("the Norland finance minister", Norland no country the gazetteer knows):
telling a whole legislature, such a person makes a public statement to it (commentsOn), no witness's briefing; and
that statement stays beside the person's role in the chamber (no bare statement about it, which a role says more
of). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


@pytest.mark.parametrize(("text", "chamber"), [
    ("Arvo Pellik, the Norland finance minister, told MPs the budget would balance.", ""),
    ("Arvo Pellik, the Norland finance minister, told the Norland Senate the budget would balance.",
     "Norland Senate"),
])
def test_a_minister_telling_the_chamber_comments_before_it(text, chamber):
    found = facts(text)
    assert any("Arvo Pellik" in s and r == "commentsOn" and chamber in o and not negated
               for s, r, o, negated, _ in found), found
    assert not any(r == "briefs" for _, r, _, _, _ in found), found


def test_a_central_banker_still_briefs_the_chamber():
    found = facts("Arvo Pellik, chairman of the Norland Central Bank, told MPs the budget would balance.")
    assert any("Arvo Pellik" in s and r == "briefs" for s, r, _, _, _ in found), found
