"""What an actor has leave to do has not happened: the to-infinitive of a noun of leave ("won permission to fly to
Lima", "got approval to send troops", kg:Possible) is possible, not asserted; a power one uses ("used its authority
to sanction X") is no such noun. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def found(sentence):
    return {(r.subject.label, r.relation, r.object.label, r.modality) for r in extract(sentence, date="2026-01-05")}


@pytest.mark.parametrize(("sentence", "relation"), [
    ("Chile won permission to visit Peru.", "visits"),
    ("Chile got approval to send troops to Peru.", "deploysTo"),
    ("Chile received clearance to send troops to Peru.", "deploysTo"),
])
def test_what_an_actor_has_leave_to_do_is_possible(sentence, relation):
    records = found(sentence)
    assert ("Chile", relation, "Peru", "possible") in records, records


def test_a_power_used_is_no_leave():
    assert ("Chile", "sanctions", "Peru", "asserted") in found("Chile used its authority to sanction Peru.")
