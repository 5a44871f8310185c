"""Rockets, missiles, mortars or shells fired into a country or a town are an attack on it (attacks, CAMEO 194), as
when they are launched into it; a firm that fires workers attacks nobody. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

FIRED = [
    ("The Red Hand Brigade fired rockets into Peru.", "Peru"),
    ("The Red Hand Brigade fired two missiles into Chile on Sunday.", "Chile"),
    ("The Red Hand Brigade fired mortars into Arica overnight.", "Arica"),
]


@pytest.mark.parametrize(("sentence", "target"), FIRED, ids=[s for s, _ in FIRED])
def test_rockets_fired_into_a_place_attack_it(sentence, target):
    assert ("Red Hand Brigade", "attacks", target) in triples(extract(sentence))


def test_workers_fired_in_a_country_are_no_attack():
    assert not [r for r in extract("The company fired 200 workers in Peru.") if r.relation == "attacks"]
