"""A reported passive clause whose verb wrongs its subject (kg:Disapproval: "Peru's needs were neglected", "Y's voters
were betrayed") is not about the subject's owner, who suffers the wrong: the speaker comments on or criticises the
doer, never the owner. A plan drawn up stays about its owner. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


def ends(text: str) -> set[tuple[str, str, str]]:
    return {(s, r, o) for s, r, o, _, _ in facts(text)}


@pytest.mark.parametrize("text", [
    "Tom Vardy said: \"For a decade Peru's harbour towns have been neglected by the Harbour Council.\"",
    "Tom Vardy said Peru's fishermen had been betrayed.",
    "Tom Vardy said Peru's farmers had been neglected by ministers for years.",
])
def test_the_owner_of_the_wronged_is_no_target(text):
    found = ends(text)
    assert not any(s == "Tom Vardy" and o == "Peru" for s, _, o in found), found


def test_the_owner_of_a_plan_drawn_up_is_still_spoken_of_where_a_wronged_owner_is_not():
    found = ends("Senator Idris Kale said Mara Toft's ferry plan had been drawn up in haste. Senator Idris Kale said "
                 "Peru's farmers had been neglected for years.")
    assert ("Idris Kale", "commentsOn", "Mara Toft") in found, found
    assert not any(s == "Idris Kale" and o == "Peru" for s, _, o in found), found
