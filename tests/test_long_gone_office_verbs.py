"""Only a verb of holding or winning office (kg:HoldingVerb, kg:OfficeWinningVerb) dated long ago in a holder's
relative clause puts the holder's public life in the past: joining a party, becoming something, being born or
studying long ago does not ("Tory MP X, who joined the party in 1970": a long-standing member). A service that is over
("who served in Parliament for 40 years") ends the office served in, not the membership of a party the name carries.
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts

STAYS = [
    ("Tory MP Jim Bell, who joined the party in 1970, criticised Tom Hale.", "Jim Bell", "Conservative Party"),
    ("Peruvian ambassador Tom Hale, who studied in Paris in the 1970s, met Ana Ruiz.", "Tom Hale", "Peru"),
    ("Peruvian ambassador Tom Hale, who became a diplomat in 1975, met Ana Ruiz.", "Tom Hale", "Peru"),
    ("Tory Jim Bell, who served in Parliament for 40 years, criticised Tom Hale.", "Jim Bell", "Conservative Party"),
    ("Tory MP Jim Bell, who served in Parliament for 40 years, criticised Tom Hale.", "Jim Bell",
     "Conservative Party"),
]


@pytest.mark.parametrize(("text", "holder", "body"), STAYS, ids=[t for t, _, _ in STAYS])
def test_an_old_date_on_no_verb_of_office_leaves_the_role(text, holder, body):
    found = facts(text, date="2026-01-05")
    assert (holder, "memberOf", body, False, "asserted") in found, found
    assert (holder, "memberOf", body, False, "past") not in found, found

