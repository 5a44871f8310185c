"""The act an accusation charges is the accuser's allegation, not a fact of the article (issue 14): "X accused Y of
arming Z" keeps X's accusation asserted and Y's arming of Z possible, attributed to X; so does "accusations that".
A verb that takes the act as done ("condemned Y for attacking Z") and plain reported speech ("X said Y had armed Z")
stay asserted. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

ACCUSED = [
    ("Norland has accused Vestia of arming the Red Ridge Front.", "Norland"),
    ("Minister Tomas Kell accused Vestia of supplying weapons to the Red Ridge Front.", "Tomas Kell"),
]


def _record(sentence: str, subject: str, relation: str, obj: str):
    found = [r for r in extract(sentence) if (r.subject.label, r.relation, r.object.label) == (subject, relation, obj)]
    assert found, [(r.subject.label, r.relation, r.object.label) for r in extract(sentence)]
    return found[0]


@pytest.mark.parametrize(("sentence", "accuser"), ACCUSED)
def test_the_charge_of_an_accusation_is_possible(sentence, accuser):
    support = _record(sentence, "Vestia", "supports", "Red Ridge Front")
    assert not support.asserted and support.modality == "possible", support
    assert support.attributed_to is not None and support.attributed_to.label == accuser, support


@pytest.mark.parametrize(("sentence", "accuser"), ACCUSED)
def test_the_accusation_itself_stays_asserted(sentence, accuser):
    assert _record(sentence, accuser, "accuses", "Vestia").asserted


def test_what_accusations_say_is_possible():
    support = _record("Norland renewed its accusations that Vestia had armed the Red Ridge Front.",
                      "Vestia", "supports", "Red Ridge Front")
    assert not support.asserted and support.modality == "possible", support


def test_plain_reported_speech_stays_asserted_and_attributed():
    support = _record("Tomas Kell said Vestia had armed the Red Ridge Front.", "Vestia", "supports", "Red Ridge Front")
    assert support.asserted and support.attributed_to is not None and support.attributed_to.label == "Tomas Kell"
