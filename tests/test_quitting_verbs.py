"""A verb of quitting before a gerund (kg:QuittingVerb: "gave up supporting Y", "quit backing Y", "halted arming Y")
ends an activity that went on: past, as "stopped meeting Y" is. When the quitting is denied or refused ("never gave up
attacking Y", "refused to give up backing Y") the activity goes on, asserted; a quitting verb before an infinitive
is no ending ("quit to join Y" joined Y). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def records(sentence: str, relation: str) -> list[tuple[str, str, bool, str]]:
    return [(r.subject.label, r.object.label, r.negated, r.modality) for r in extract(sentence)
            if r.relation == relation]


@pytest.mark.parametrize(("sentence", "relation", "expected"), [
    ("Rosa Lind gave up supporting Omar Vance in 2012.", "supports", ("Rosa Lind", "Omar Vance", False, "past")),
    ("The Green Party quit backing Omar Vance last year.", "supports",
     ("Green Party", "Omar Vance", False, "past")),
    ("Rosa Lind has abandoned funding the Green Party.", "supports", ("Rosa Lind", "Green Party", False, "past")),
    ("Rosa Lind halted arming the Green Party.", "supports", ("Rosa Lind", "Green Party", False, "past")),
    ("Tom Hale gave up supporting Ana Ruiz.", "supports", ("Tom Hale", "Ana Ruiz", False, "past")),
])
def test_a_quit_activity_took_place_and_ended(sentence, relation, expected):
    assert records(sentence, relation) == [expected]


@pytest.mark.parametrize(("sentence", "relation", "expected"), [
    ("Rosa Lind never gave up attacking Omar Vance.", "criticizes", ("Rosa Lind", "Omar Vance", False, "asserted")),
    ("Rosa Lind did not give up funding the Green Party.", "supports",
     ("Rosa Lind", "Green Party", False, "asserted")),
    ("Rosa Lind refused to give up backing Omar Vance.", "supports", ("Rosa Lind", "Omar Vance", False, "asserted")),
])
def test_an_activity_not_given_up_goes_on(sentence, relation, expected):
    assert records(sentence, relation) == [expected]


def test_quitting_to_do_something_is_no_ending():
    assert records("Rosa Lind quit to join the Green Party.", "memberOf") == [
        ("Rosa Lind", "Green Party", False, "asserted")]
