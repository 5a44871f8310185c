"""The one helped "in its campaign to defeat X" wages that campaign even where the parser hangs "to defeat" on the
verb of help rather than on "campaign" ("supports the army in its campaign to defeat X": an adverbial clause of
"supports"): the fight is the one helped's, under way and asserted; the helper is no fighter, not even an intending
one. A purpose with no event noun before it ("sent troops in March to defeat X") stays the subject's intention, and
a campaign against a party is no fight. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

HELPED = [
    ("Ethiopia backs Somali security forces in their long campaign to crush the Red Hand Brigade.",
     ("security forces of Somalia", "Red Hand Brigade"), "Ethiopia"),
    ("France assists Malian soldiers in their fight to defeat the Red Hand Brigade.",
     ("armed forces of Mali", "Red Hand Brigade"), "France"),
]

NOT_FIGHTS = [
    ("Labour supported the unions in their campaign to defeat the Conservatives.",
     ("Labour Party", "Conservative Party")),
]


def _attacks(sentence: str) -> dict[tuple[str, str], bool]:
    return {(r.subject.label, r.object.label): r.asserted for r in extract(sentence) if r.relation == "attacks"}


@pytest.mark.parametrize(("sentence", "pair", "helper"), HELPED, ids=[s for s, _, _ in HELPED])
def test_the_one_helped_wages_the_campaign(sentence, pair, helper):
    found = _attacks(sentence)
    assert found.get(pair) is True, found
    assert (helper, pair[1]) not in found, found


def test_a_purpose_with_no_campaign_stays_intended():
    found = _attacks("Kenya sent troops to Somalia in March to defeat the Red Hand Brigade.")
    assert found.get(("Kenya", "Red Hand Brigade")) is False, found


@pytest.mark.parametrize(("sentence", "pair"), NOT_FIGHTS, ids=[s for s, _ in NOT_FIGHTS])
def test_a_campaign_against_a_party_is_no_fight(sentence, pair):
    assert pair not in _attacks(sentence)
