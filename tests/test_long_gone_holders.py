"""A holder whose relative clause puts the holder's public life long before the article holds the role no more: a
year long ago ("Tory Jim Corran, who won the 1911 by-election"), a decade, or a holding verb with a duration that is
over ("who served in Madrid for 30 years") make the role past, as "former" does. A recent year, a service still
going on ("has served for ten years") or a year in what someone else did leave the role as it is. With no article
date a year before 1990 is long ago. Only a verb of holding or winning office counts, and a service over ends the
office served, not a party's membership (tests/test_long_gone_office_verbs.py). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


@pytest.mark.parametrize(("text", "holder", "date"), [
    ("Tory Jim Corran, who won the 1911 Eastport by-election, was the youngest MP.", "Jim Corran", "2026-01-05"),
    ("Labour MP Ann Reed, who sat for Dunmore in the 1920s, wrote a diary.", "Ann Reed", "2026-01-05"),
    ("Peruvian ambassador Ben Dunn, who served in Madrid for 30 years, was a farmer.", "Ben Dunn", "2026-01-05"),
    ("Tory Jim Corran, who won the 1911 Eastport by-election, was the youngest MP.", "Jim Corran", None),
    ("Labour MP Tom Fry, who won the seat in 1985, wrote a diary.", "Tom Fry", None),
])
def test_the_role_of_a_holder_long_gone_is_past(text, holder, date):
    found = facts(text, date=date)
    assert any(s == holder and r == "memberOf" and o != "Parliament" and m == "past" for s, r, o, _, m in found), found


@pytest.mark.parametrize(("text", "holder", "date"), [
    ("Tory Jim Corran, who won the Eastport by-election in 2019, is the youngest MP.", "Jim Corran", "2026-01-05"),
    ("Labour MP Tom Fry, who won the seat in 1998, wrote a diary.", "Tom Fry", None),
    ("Labour MP Ann Reed, who has served in Parliament for ten years, wrote a diary.", "Ann Reed", "2026-01-05"),
    ("Tory MP Ben Dunn, who could win the 1911 prize, wrote a diary.", "Ben Dunn", "2026-01-05"),
    ("Labour MP Ann Reed, who was in Dunmore for two days, wrote a diary.", "Ann Reed", "2026-01-05"),
])
def test_a_recent_or_ongoing_role_stays(text, holder, date):
    found = facts(text, date=date)
    assert any(s == holder and r == "memberOf" and o != "Parliament" and m == "asserted"
               for s, r, o, _, m in found), found
