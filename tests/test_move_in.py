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


@pytest.mark.parametrize("sentence", [
    'Ilse Varga has announced plans to cut the number of ferry routes to six, in a move branded a "shameful retreat"'
    " by the Green Party.",
    "Ilse Varga cut ferry fares to six pounds, in a move criticised by the Green Party.",
])
def test_a_participle_misread_as_the_verb_of_the_move_still_describes_it(sentence):
    """The parser may make the participle a verb of its own with "in a move" under it: the move is still the
    one the clause's subject made, and its branding is what the "by" phrase says of them."""
    found = [r for r in extract(sentence) if r.relation == "criticizes"]
    assert [(r.subject.label, r.object.label, r.modality) for r in found] == [
        ("Green Party", "Ilse Varga", "asserted")], found


def test_a_participle_misread_as_a_conjoined_verb_still_describes_the_move():
    """After a headline the parser may conjoin the participle to the clause's verb: the same reading holds."""
    found = [r for r in extract('Varga confirms ferry cuts Ilse Varga has confirmed plans to restrict new ferry'
                                ' routes in Velmor to 12, in a move branded a "shameful retreat" by the Greens.')
             if r.relation == "criticizes"]
    assert [(r.subject.label, r.object.label) for r in found] == [("Greens", "Ilse Varga")], found
    assert found[0].attributed_to is None, "the branding is the writer's, not reported by the headline's Varga"
