"""A description of someone who held a title before ("the former NATO envoy", nobody named with it) is a person the
text leaves unnamed, not the office: no role node is made of it, and no record has a "Former Envoy" for an actor.
The present title ("the NATO commander") still stands for its office. Sentences and names of our own."""

from __future__ import annotations

from tests.conftest import extract


def _subjects(text: str) -> set[str]:
    return {r.subject.label for r in extract(text, date="2026-01-05")}


def test_a_former_holder_left_unnamed_is_no_actor():
    found = _subjects("The former NATO commander told reporters that Peru had broken the accord.")
    assert not [s for s in found if s.lower().startswith("former")], found


def test_the_present_office_still_acts():
    found = _subjects("The NATO commander told reporters that Peru had broken the accord.")
    assert "Commander of NATO" in found, found
