"""A people named by its own word is no member of the force or the alliance it makes up part of ("the force, made up in
part by local Kurds", "made up of Turkmen"); states, groups and persons included stay members. Sentences and names
of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("sentence", [
    "The Northern Shield Force, which is made up mostly by Kurds, began the offensive.",
    "The Northern Shield Force is made up of Arabs and Turkmen.",
])
def test_a_people_is_no_member_of_a_force(sentence):
    found = {(s, o) for s, relation, o in triples(extract(sentence)) if relation == "memberOf"}
    assert not found, found


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Arctic Council, which includes Norway and Finland, met in Tromso.", ("Norway", "memberOf", "Arctic Council")),
    ("The Northern Shield Force includes the Red Hand Brigade.",
     ("Red Hand Brigade", "memberOf", "Northern Shield Force")),
])
def test_states_and_groups_included_are_members(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found
