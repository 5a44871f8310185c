"""A union of actors (kg:UnionNoun) whose "of" names two or more of them names its members, as "between" does:
"an alliance of A, B and C" is "an alliance between A, B and C". One actor after "of" lists no members.
Sentences and names of our own."""

from __future__ import annotations

from tests.conftest import extract, triples


def test_the_first_member_of_an_alliance_cooperates_with_each_other():
    found = triples(extract("An alliance of Korvia, Ostria and Brask launched strikes on the Tarn Front."))
    assert {("Korvia", "cooperatesWith", "Ostria"), ("Korvia", "cooperatesWith", "Brask")} <= found, found


def test_an_alliance_of_two_parties_is_their_cooperation():
    found = triples(extract("The alliance of the Farmers Union and the Green Party won four seats."))
    assert ("Farmers Union", "cooperatesWith", "Green Party") in found, found


def test_one_actor_after_of_lists_no_members():
    assert not [r for r in extract("The alliance of Korvia has grown since the war.") if r.relation == "cooperatesWith"]
