"""A move, decision or speech "in" which someone acts is theirs: what others say of it ("in a move branded a disgrace
by the Greens") is said of the one who made it, the active subject of the verb the phrase hangs on; a participle
describing the noun names its doer with "by" even when the parser hung "by" on its complement. Sentences and names
of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("sentence", [
    "Ilse Varga closed two ferry routes, in a move branded a disgrace by the Green Party.",
    "Ilse Varga closed two ferry routes in a move criticised by the Green Party.",
])
def test_what_others_say_of_a_move_is_said_of_its_maker(sentence):
    assert ("Green Party", "criticizes", "Ilse Varga") in triples(extract(sentence))


@pytest.mark.parametrize("sentence", [
    "Ilse Varga was criticised in a report praised by the Green Party.",
    "Ilse Varga closed the port in this move branded a disgrace by the Green Party.",
])
def test_a_passive_verbs_subject_or_a_pointed_noun_makes_no_move(sentence):
    assert not [r for r in extract(sentence) if r.subject.label == "Green Party" and r.object.label == "Ilse Varga"]
