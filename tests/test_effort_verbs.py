"""A verb of effort (kg:EffortVerb: "work", "labour", "endeavour", "try", "attempt") with a to-infinitive: a fight
it is for is under way, as real as the effort and as "its efforts to defeat X" are (the relations of
kg:EffortNoun), whether the subject works alone, with partners or as part of a coalition, and an attempt at force is
force used; anything else it works for is only striven for ("is working to meet X" is intended). A commitment, a
purpose of standing by someone and an effort still to come stay intentions. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import asserted_triples

WITH_PARTNER = "Kenya is working with Ethiopia to degrade and defeat the Red Hand Brigade in the south."

# (sentence, triple, asserted?)
CASES = [
    (WITH_PARTNER, ("Ethiopia", "attacks", "Red Hand Brigade"), True),
    (WITH_PARTNER, ("Kenya", "attacks", "Red Hand Brigade"), True),
    ("Kenya has been working as part of the Sahel Coalition to degrade the Red Hand Brigade's camps in Somalia.",
     ("Kenya", "attacks", "Red Hand Brigade"), True),
    # an attempt at force is force used, whether or not it succeeds; an attempt at anything else is only intended
    ("Kenyan troops attempted to seize the port from the Red Hand Brigade.",
     ("armed forces of Kenya", "attacks", "Red Hand Brigade"), True),
    ("Kenya's attempt to retake the port from the Red Hand Brigade failed.", ("Kenya", "attacks", "Red Hand Brigade"),
     True),
    ("Kenya tried to meet Ethiopia's president last week.", ("Kenya", "meets", "President of Ethiopia"), False),
    # a light verb's reading is its noun's: striking a deal is no strike
    ("Norway is trying to strike its own trade deal with Chile.", ("Norway", "cooperatesWith", "Chile"), False),
    ("Kenya will try to defeat the Red Hand Brigade.", ("Kenya", "attacks", "Red Hand Brigade"), False),
    ("Kenya is working to meet Ethiopia's president next month.", ("Kenya", "meets", "President of Ethiopia"), False),
    ("Kenya is committed to defeating the Red Hand Brigade.", ("Kenya", "attacks", "Red Hand Brigade"), False),
    ("Kenya stands by Somalia to defeat the Red Hand Brigade.", ("Somalia", "attacks", "Red Hand Brigade"), False),
]


@pytest.mark.parametrize(("sentence", "triple", "asserted"), CASES, ids=[f"{s} {t}" for s, t, _ in CASES])
def test_an_effort_for_a_fight_is_fighting_and_other_aims_are_striven_for(sentence, triple, asserted):
    found = asserted_triples(sentence)
    assert found.get(triple) is asserted, found


def test_working_to_defeat_a_party_is_no_fight():
    found = asserted_triples("Labour worked with the Liberal Democrats to defeat the Conservatives.")
    assert not any(relation == "attacks" for _, relation, _ in found)
