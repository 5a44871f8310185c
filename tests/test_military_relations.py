"""Military and security relations of government and defence news releases: a move made for a fight, the
coalition named once and then called "the coalition", weapons used against an enemy, a member within an alliance.

Every sentence here is written for these rules.
"""

from __future__ import annotations

import pytest

from tests.conftest import extract


def _status(sentence: str, triple: tuple[str, str, str]) -> list[str]:
    return [r.status for r in extract(sentence) if (r.subject.label, r.relation, r.object.label) == triple]


# A to-infinitive the parser hangs as a complement on a verb of going somewhere is the purpose of the move:
# the fight it names is intended, the move itself asserted.
PURPOSES = [
    ("Air Force A-10 Thunderbolt jets from the Texas Air National Guard arrived here Dec. 4, 2015, "
     "to join the fight against al-Shabaab.",
     ("Air Force A-10 Thunderbolt", "attacks", "al-Shabaab"), "intended"),
    ("Marine Corps Harrier jets from the Ohio Marine Reserve arrived here Dec. 21, 2017, "
     "to join the fight against Boko Haram.",
     ("Marine Corps Harrier", "attacks", "Boko Haram"), "intended"),
]


@pytest.mark.parametrize("sentence, triple, status", PURPOSES, ids=[s for s, *_ in PURPOSES])
def test_a_fight_a_move_is_made_for_is_intended(sentence, triple, status):
    assert _status(sentence, triple) == [status]
