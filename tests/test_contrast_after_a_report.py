"""A verb of a verbal relation joined by "but" (kg:ContrastConjunction) to a reported clause the parser hung it in
goes on from the verb of saying: the speaker does it, not the reported clause's subject ("X said Peru needed to do
more but praised Y": X praises Y). A verb with a subject of its own, or joined by "and" after an act of the
clause's subject, keeps its subject. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


def ends(text: str) -> set[tuple[str, str, str]]:
    return {(s, r, o) for s, r, o, _, _ in facts(text)}


@pytest.mark.parametrize(("text", "fact", "wrong"), [
    ("Ms Kell said Peru also needed to do more but praised President Ramon Ibarra for the new schools.",
     ("Ann Kell", "praises", "Ramon Ibarra"), ("Peru", "praises", "Ramon Ibarra")),
    ("Tom Vardy said the Harbour Workers Federation had failed its members but defended Ann Kell over the strike.",
     ("Tom Vardy", "cooperatesWith", "Ann Kell"), ("Harbour Workers Federation", "cooperatesWith", "Ann Kell")),
])
def test_the_speaker_does_what_follows_but(text, fact, wrong):
    found = ends("Ann Kell spoke in Lima on Friday. " + text)
    assert fact in found and wrong not in found, found


def test_a_verb_with_its_own_subject_keeps_it():
    found = ends("Tom Vardy said Chile had done little, but it praised Peru on Monday. Tom Vardy said Chile needed "
                 "to do more but praised Ann Kell.")
    assert ("Tom Vardy", "praises", "Ann Kell") in found, found
    assert ("Tom Vardy", "praises", "Peru") not in found, found
