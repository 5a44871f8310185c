"""The attacks, bombings or acts of terror of an armed actor or a state in a town or a region (or at a market or a
checkpoint there, kg:TargetNoun) are attacks on the place, as "attacked the town" is; violent ones ("acts of
terror", "car bomb attacks") in a country or a region attack it whoever carries them out, owned by a possessor, a
modifier or a relative "whose". A party's attack in a town and a state's air attacks in another country are none.
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

FOUND = [
    ("The Red Hand Brigade's attacks in Arica killed ten people.", ("Red Hand Brigade", "attacks", "Arica")),
    ("The Red Hand Brigade attack at a busy checkpoint in Arica killed ten.", ("Red Hand Brigade", "attacks", "Arica")),
    ("Russian attacks in Kharkiv killed ten.", ("Russia", "attacks", "Kharkiv")),
    ("The Red Hand Brigade's bombing in Tacna killed ten.", ("Red Hand Brigade", "attacks", "Tacna")),
    ("The Black Lotus's acts of terror in Africa left hundreds dead.", ("Black Lotus", "attacks", "Africa")),
    ("The Black Lotus's rocket attacks in Tacna wounded dozens.", ("Black Lotus", "attacks", "Tacna")),
    ("Ten ministers met in Lima to discuss the Black Lotus, whose suicide attacks in Chile have killed hundreds.",
     ("Black Lotus", "attacks", "Chile")),
]

NOT_FOUND = [
    ("Labour's attack in Bolton surprised the Tories.", ("Labour Party", "attacks", "Bolton")),
    ("America's air attacks in Syria killed ten.", ("United States", "attacks", "Syria")),
    ("Kenya's act in Somalia surprised Bolivia.", ("Kenya", "attacks", "Somalia")),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[s for s, _ in FOUND])
def test_attacks_in_a_place_attack_the_place(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found


@pytest.mark.parametrize(("sentence", "unexpected"), NOT_FOUND, ids=[s for s, _ in NOT_FOUND])
def test_words_or_a_states_strikes_in_a_country_attack_no_place(sentence, unexpected):
    """Guards (pass on main too)."""
    assert unexpected not in triples(extract(sentence), asserted_only=False)
