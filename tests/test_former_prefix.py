""""Ex-" before an organisation and a title is the holder's former role, not a part of the organisation's name
(issue 14, a blind reading of BBC records): "Ex-Downing Street media chief X" is a past member of Downing Street,
also when a lowercase word stands between the name and the title; an organisation whose own name opens with
"Ex-" keeps it ("the Ex-Services Mental Welfare Society")."""

from __future__ import annotations

import pytest

from tests.conftest import extract


@pytest.mark.parametrize(("text", "organisation"), [
    ("Ex-Downing Street media chief Alan Fairweather will return to run the campaign, Tony Blair said.",
     "Downing Street"),
    ("Ex-BBC political editor Alan Fairweather criticised the Conservative Party.", "BBC"),
])
def test_ex_before_an_organisation_and_a_title_is_a_past_role(text, organisation):
    found = [(r.object.label, r.modality) for r in extract(text)
             if r.relation in ("memberOf", "employedBy") and r.subject.label == "Alan Fairweather"]
    assert found == [(organisation, "past")], found


def test_a_name_that_opens_with_ex_keeps_it():
    found = {r.subject.label for r in extract("The Ex-Services Mental Welfare Society praised Tony Blair.")}
    assert "Ex-Services Mental Welfare Society" in found, found
