"""Allied with or to B, in the passive or as a participle after its noun, makes the subject or the noun the ally
("X is allied with B", "militias allied with B raided", "X is allied to B"): no patient. Loyal to B with
"be", "remain" or "stay" is support of B. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CASES = [
    ("The Red Hand Brigade is allied with Ghana.", ("Red Hand Brigade", "cooperatesWith", "Ghana")),
    ("The Red Hand Brigade, allied with Ghana, raided the border post.",
     ("Red Hand Brigade", "cooperatesWith", "Ghana")),
    ("Militias allied with Togo shelled the Red Hand Brigade.", ("militias", "cooperatesWith", "Togo")),
    ("Ghana is allied to Togo.", ("Ghana", "cooperatesWith", "Togo")),
    ("Senator Ilse Varga has always been loyal to Governor Tomas Reyes.", ("Ilse Varga", "supports", "Tomas Reyes")),
    ("Ghana stays loyal to Togo.", ("Ghana", "supports", "Togo")),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s for s, _ in CASES])
def test_the_ally_and_the_loyal_are_the_subject(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found
