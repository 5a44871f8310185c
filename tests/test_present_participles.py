"""A present participle that describes an actor is done by that actor, as the participle's own words say: "civilians
suffering at the hands of X" undergo X's violence (assaults), "the militants attacking Y" attack Y, whatever the
sentence does with them ("vowed to punish the militants attacking Y" intends the punishment, not the attack, which is
asserted and not Ecuador's). A participle on a noun that is no actor keeps the doer it had ("a campaign targeting Y"
is its launcher's). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, facts

FOUND = [
    ("Aid convoys reached civilians suffering at the hands of the Red Hand Brigade.",
     ("Red Hand Brigade", "assaults", "civilians", False, "asserted")),
    ("Ecuador vowed to punish the militants attacking Bolivia.",
     ("militants", "attacks", "Bolivia", False, "asserted")),
    ("Ecuador launched a campaign targeting the Red Hand Brigade.",
     ("Ecuador", "attacks", "Red Hand Brigade", False, "asserted")),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[s for s, _ in FOUND])
def test_a_present_participle_is_done_by_the_actor_it_describes(sentence, expected):
    found = facts(sentence)
    assert expected in found, found


def test_the_actor_of_the_sentence_does_not_do_what_a_participle_of_its_object_does():
    found = {(r.subject.label, r.relation, r.object.label) for r in extract(
        "Ecuador vowed to punish the militants attacking Bolivia.")}
    assert ("Ecuador", "attacks", "Bolivia") not in found, found


def test_an_actor_found_further_off_does_not_do_what_the_participle_says():
    found = {(r.subject.label, r.relation, r.object.label) for r in extract(
        "The audit was written by two panels scrutinising the work of the Lima Bureau and the Andean Office.")}
    assert not any(relation == "investigates" for _, relation, _ in found), found
