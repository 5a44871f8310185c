""""Hit" after the name of an organisation that is no state, government nor armed actor is a studio's or a channel's
success, or an adjective ("the Velcorp hit Star Road", "alongside hit presenters X and Y"): no attack (senses_attack
.yaml). States, governments and armed actors still hit their targets. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


@pytest.mark.parametrize("sentence", [
    "Jones formerly co-presented Kidzone, the children's show which airs before Top Pops on a Sunday, alongside hit "
    "comedians Vic and Bob.",
    "Channel Nine hits Home Truths and Dance Off are among the shows nominated for the award.",
])
def test_a_hit_show_attacks_no_one(sentence):
    records = [(r.subject.label, r.relation, r.object.label) for r in extract(sentence, date="2005-03-01")]
    assert not [r for r in records if r[1] == "attacks"], records


def test_armed_actors_still_hit():
    records = {(r.subject.label, r.relation, r.object.label)
               for r in extract("Azerbaijani artillery hit Armenian positions overnight.", date="2005-03-01")}
    assert ("Azerbaijan", "attacks", "Armenia") in records, records
