"""A stand-in word before a title ("interim leader", "acting president", "caretaker prime minister";
kg:StandInRole) keeps the title's own relation: the holder leads the country or party for the time being, where a
role modifier ("deputy leader", "shadow chancellor") makes the holder a member. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


@pytest.mark.parametrize(("text", "holder", "led"), [
    ("Peruvian interim leader Tom Hale criticised Chile.", "Tom Hale", "Peru"),
    ("Peru's acting president, Tom Hale, criticised Chile.", "Tom Hale", "Peru"),
    ("Acting Peruvian President Tom Hale met the Chilean envoy.", "Tom Hale", "Peru"),
    ("The interim Labour leader Ann Reed criticised Tom Hale.", "Ann Reed", "Labour Party"),
])
def test_a_stand_in_holder_leads(text, holder, led):
    found = facts(text)
    assert (holder, "leaderOf", led, False, "asserted") in found, found
    assert (holder, "memberOf", led, False, "asserted") not in found, found


@pytest.mark.parametrize(("text", "holder", "of"), [
    ("Peruvian deputy leader Tom Hale criticised Chile.", "Tom Hale", "Peru"),
    ("Labour's shadow leader Ann Reed criticised Tom Hale.", "Ann Reed", "Labour Party"),
])
def test_a_role_modifier_still_makes_a_member(text, holder, of):
    found = facts(text)
    assert (holder, "memberOf", of, False, "asserted") in found, found
    assert not any(s == holder and r == "leaderOf" for s, r, _, _, _ in found), found
