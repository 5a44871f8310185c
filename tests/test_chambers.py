"""The two Houses of Parliament named short ("the Commons", "the Lords") are the House of Commons and the House of
Lords, actors a minister tells or answers to; a leader or whip of a chamber runs business on its floor, a member of
it, not its head (kg:FloorTitle). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Interior Minister Tom Varga told the Commons that Norland had agreed to the swap.",
     ("Tom Varga", "commentsOn", "House of Commons")),
    ("Anna Kiel told the Lords on Monday that the river bill was flawed.",
     ("Anna Kiel", "commentsOn", "House of Lords")),
])
def test_a_house_named_short_is_the_house(text, expected):
    assert expected in triples(extract(text))


@pytest.mark.parametrize(("text", "person", "house"), [
    ("Commons leader Peter Dorn said the river bill was sound.", "Peter Dorn", "House of Commons"),
    ("The Lords leader, Lady Vell, said the river bill would pass.", "Lady Vell", "House of Lords"),
    ("Lady Vell, the Lords chief whip, said the ferry bill would pass.", "Lady Vell", "House of Lords"),
])
def test_the_leader_of_a_chamber_is_its_member_not_its_head(text, person, house):
    found = {(s, r) for s, r, o in triples(extract(text)) if o == house}
    assert found == {(person, "memberOf")}, found


@pytest.mark.parametrize(("text", "person", "employer", "role"), [
    # a chamber's committee named with it is a body of its own (tests/test_committees_of_a_chamber.py)
    ("Anna Kiel, chairman of the Velcorp audit committee, said the ferry bill was sound.",
     "Anna Kiel", "Velcorp", "chairman of the Velcorp audit committee"),
])
def test_a_title_in_a_committee_of_an_organisation_says_the_committee(text, person, employer, role):
    found = [(r.subject.label, r.relation, r.object.label, r.role) for r in extract(text) if r.extractor == "roles"]
    assert found == [(person, "memberOf", employer, role)], found
