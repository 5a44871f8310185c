"""A fight under way named by its purpose: "the campaign to defeat X", "its efforts to destroy X" are as real as
the campaign (attacks, asserted), and a campaign that sets the scene of a clause ("in the campaign to defeat X, the
army took three towns", "plays a central part in the campaign to defeat X") is waged by that clause's subject.
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

ASSERTED = [
    ("The Latvian army held firm in its campaign to defeat the Red Crescent Army.",
     ("army of Latvia", "attacks", "Red Crescent Army")),
    ("Norway has supported the Latvian army in its efforts to defeat the Red Crescent Army.",
     ("army of Latvia", "attacks", "Red Crescent Army")),
    ("Meanwhile in the campaign to defeat the Red Crescent Army, the Latvian army seized two farms.",
     ("army of Latvia", "attacks", "Red Crescent Army")),
    # a light verb of help ("take sides with") is no help when its noun is not its object
    ("In the campaign to defeat the Red Crescent Army, the Latvian army took four hamlets.",
     ("army of Latvia", "attacks", "Red Crescent Army")),
    ("Norway lent support to the Latvian army in its fight against the Red Crescent Army.",
     ("army of Latvia", "attacks", "Red Crescent Army")),
    ("In the campaign to defeat the Red Crescent Army, Latvia has lost many soldiers.",
     ("Latvia", "attacks", "Red Crescent Army")),
    ("The Latvian army plays a central part in the campaign to defeat the Red Crescent Army.",
     ("army of Latvia", "attacks", "Red Crescent Army")),
]

NOT_ASSERTED = [
    # efforts to meet someone are an intention: only a fight is under way with its campaign
    ("Norway praised Latvia's efforts to meet Finland.", ("Latvia", "meets", "Finland")),
    # a campaign still to come
    ("Latvia will launch a campaign to defeat the Red Crescent Army.", ("Latvia", "attacks", "Red Crescent Army")),
]

NOT_FOUND = [
    # a phrase after the verb is what the verb speaks about, not the scene its subject acts in
    ("Norway praised Latvia in the campaign to defeat the Red Crescent Army.",
     ("Norway", "attacks", "Red Crescent Army")),
]


def _polarity(sentence: str) -> dict[tuple[str, str, str], bool]:
    return {(r.subject.label, r.relation, r.object.label): r.asserted for r in extract(sentence)}


@pytest.mark.parametrize(("sentence", "expected"), ASSERTED, ids=[s for s, _ in ASSERTED])
def test_a_campaign_under_way_is_a_fight(sentence, expected):
    found = _polarity(sentence)
    assert found.get(expected) is True, found


@pytest.mark.parametrize(("sentence", "expected"), NOT_ASSERTED, ids=[s for s, _ in NOT_ASSERTED])
def test_an_effort_to_meet_or_a_campaign_to_come_is_not_asserted(sentence, expected):
    found = _polarity(sentence)
    assert found.get(expected) is False, found


@pytest.mark.parametrize(("sentence", "unexpected"), NOT_FOUND, ids=[s for s, _ in NOT_FOUND])
def test_no_fighter_invented(sentence, unexpected):
    assert unexpected not in _polarity(sentence)
