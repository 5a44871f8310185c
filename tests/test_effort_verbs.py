"""A verb of sustained effort (kg:EffortVerb) with a to-infinitive of force names a fight under way: "troops are
working to defeat X" fight X now, as "their efforts to defeat X" do; the defeat is the goal, the fighting is asserted,
with the effort's own polarity. Another purpose stays intended. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

FIGHTS = [
    ("Chilean troops are working hard to defeat the Red Hand Brigade.", "armed forces of Chile", "asserted"),
    ("Chile is working with Peru to defeat the Red Hand Brigade near Arica.", "Peru", "asserted"),
    ("Chile continues to work to degrade and defeat the Red Hand Brigade.", "Chile", "asserted"),
    ("Chile will work to defeat the Red Hand Brigade.", "Chile", "future"),
    ("Chile vowed to work to defeat the Red Hand Brigade.", "Chile", "intended"),
    ("Chile is preparing to defeat the Red Hand Brigade.", "Chile", "intended"),
]


def modalities(sentence, relation, subject, target):
    return {r.modality for r in extract(sentence)
            if (r.relation, r.subject.label, r.object.label) == (relation, subject, target)}


@pytest.mark.parametrize(("sentence", "subject", "modality"), FIGHTS, ids=[s for s, _, _ in FIGHTS])
def test_working_to_defeat_an_armed_group_is_fighting_it(sentence, subject, modality):
    assert modalities(sentence, "attacks", subject, "Red Hand Brigade") == {modality}


def test_working_hard_to_meet_someone_is_no_meeting_yet():
    assert modalities("Chile is working hard to meet Peru.", "meets", "Chile", "Peru") == {"intended"}
