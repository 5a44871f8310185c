"""A group's word before the noun of its whole community ("Britain's Jewish community", "the Hindu community") names
the group as "<word> community", never the adjective alone (a member was a memberOf an actor named "Jewish"); the
word before a person's noun ("a Muslim cleric") or any other noun stays as it was. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def found(text):
    return {(r.subject.label, r.relation, r.object.label, r.object.type) for r in extract(text, date="2026-01-05")}


@pytest.mark.parametrize(("text", "group"), [
    ("Dan Marlow, a member of Kelbia's Jewish community, criticised the minister, Ann Polder.", "Jewish community"),
    ("Dan Marlow is a member of the Hindu community.", "Hindu community"),
])
def test_a_member_of_a_community_is_a_member_of_the_community(text, group):
    assert ("Dan Marlow", "memberOf", group, "Group") in found(text)


def test_the_community_acts_under_its_noun():
    subjects = {s for s, _, _, _ in found("The Hindu community criticised the mayor, Ann Polder.")}
    assert "Hindu community" in subjects
    assert "Hindu" not in subjects
