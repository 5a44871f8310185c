"""People who suffer or die at the hands of an armed actor, a state or a ruler undergo its violence (assaults,
CAMEO 180); forces who do are fought (attacks). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

VIOLENCE = [
    ("Kurdish civilians died at the hands of the Red Hand Brigade near Kirkuk.",
     ("Red Hand Brigade", "assaults", "Kurdish civilians")),
    ("Kurdish civilians suffered at the hands of the militia.", ("militias", "assaults", "Kurdish civilians")),
    ("Chadian soldiers died at the hands of the Red Hand Brigade near Abeche.",
     ("Red Hand Brigade", "attacks", "armed forces of Chad")),
]


@pytest.mark.parametrize(("sentence", "expected"), VIOLENCE, ids=[s for s, _ in VIOLENCE])
def test_suffering_or_dying_at_the_hands_of_an_armed_actor(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found


def test_people_at_the_hands_of_an_armed_actor_are_not_fought():
    found = triples(extract("Kurdish civilians suffered at the hands of the militia."))
    assert ("militias", "attacks", "Kurdish civilians") not in found, found


@pytest.mark.parametrize("sentence", [
    "The Liberal Party suffered a heavy defeat at the hands of the Greens.",
])
def test_a_party_beaten_in_a_vote_suffers_no_violence(sentence):
    found = {relation for _, relation, _ in triples(extract(sentence))}
    assert not found & {"assaults", "attacks"}, found
