"""A person the text names by a family tie ("his wife Ann", "his son, Ben Hale"; the actor class relative of
senses.yaml) who joins someone on stage or at an event meets nobody: that is family beside a politician, no meeting
of political actors. Joining by a colleague or a counterpart stays a meeting. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


@pytest.mark.parametrize("text", [
    "Mayor Tom Hale was joined at the podium by his husband Leo, son Mark and niece Ruth.",
    "Tom Hale was joined at the rally by his son, Ben Hale.",
    "Tom Hale was joined at the podium by his wife, Ann Hale.",
    "Ann Reed's husband Tom Hale joined her at the count.",
])
def test_family_joining_is_no_meeting(text):
    found = facts(text)
    assert not any(r == "meets" for _, r, _, _, _ in found), found


@pytest.mark.parametrize(("text", "pair"), [
    ("Tom Hale was joined at the podium by Ann Reed, the Harbour Party chairwoman.", ("Ann Reed", "Tom Hale")),
    ("Senator Ilse Varga joined Tomas Reyes at his harbour office.", ("Ilse Varga", "Tomas Reyes")),
])
def test_joining_by_a_colleague_stays_a_meeting(text, pair):
    found = facts(text)
    assert (*pair[:1], "meets", pair[1], False, "asserted") in found, found


def test_a_coalition_partner_joining_meets():
    """A guard: a partner in politics is no relative."""
    text = "Tom Hale was joined at the talks by his coalition partner Ann Reed."
    found = {(s, rel, o) for s, rel, o, _, _ in facts(text)}
    assert ("Ann Reed", "meets", "Tom Hale") in found or ("Tom Hale", "meets", "Ann Reed") in found, found
