"""A party's name before a common noun that stands before a capitalised minister's title qualifies that noun, not the
post: "Rail Party poll gift Science Minister X" (a headline run into the sentence) names no party of the minister's,
while a word said of the holder ("Rail Party shadow Home Secretary X") keeps the party his. Sentences and names of
our own."""

from __future__ import annotations

from tests.conftest import extract, triples


def test_a_party_qualifying_another_noun_is_no_party_of_the_minister():
    gift = triples(extract("Rail Party poll gift Science Minister Arvo Pellik has given the party a large donation."))
    shadow = triples(extract("Rail Party shadow Home Secretary Arvo Pellik attacked the plan on Monday."))
    assert ("Arvo Pellik", "memberOf", "Rail Party") not in gift, gift
    assert ("Arvo Pellik", "memberOf", "Rail Party") in shadow, shadow
