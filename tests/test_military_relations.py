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

# "U.S.-led" is one token (the tokenizer keeps the abbreviation's full stop and the hyphen): the country leads.
LED = [
    ("On Sunday the U.S.-led coalition carried out four raids against Boko Haram.",
     ("coalition led by the United States", "attacks", "Boko Haram"), "asserted"),
    ("The U.S.-led coalition's aircraft struck Boko Haram near Maiduguri.",
     ("coalition led by the United States", "attacks", "Boko Haram"), "asserted"),
]

CASES = PURPOSES + LED


@pytest.mark.parametrize("sentence, triple, status", CASES, ids=[s for s, *_ in CASES])
def test_military_relations(sentence, triple, status):
    assert _status(sentence, triple) == [status]
