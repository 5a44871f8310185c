"""Welcoming what befalls an actor (the noun classes ``harm`` and ``setback`` of senses.yaml: "welcomed the arrest
of Y", "Y's defeat") is gladness at Y's loss, no praise of Y; and praise, like the other relations of reaction
(``reacting_relations``), speaks about the event it takes as object, so the one who welcomes an arrest made no
arrest. Welcoming what Y decided is praise. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "welcomer", "befallen"), [
    ("Norland welcomed the arrest of militia leader Omar Vasquez.", "Norland", "Omar Vasquez"),
    ("The Harbour Party welcomed the Valley Union's defeat in the Dunmore by-election.", "Harbour Party",
     "Valley Union"),
    ("Chile welcomed the capture of rebel commander Omar Vasquez near the border.", "Chile", "Omar Vasquez"),
])
def test_who_welcomes_what_befalls_an_actor_neither_praises_nor_does_it(text, welcomer, befallen):
    found = {(s, o) for s, _, o in triples(extract(text))}
    assert (welcomer, befallen) not in found and (befallen, welcomer) not in found, found


def test_who_welcomes_an_actor_s_decision_praises_it():
    found = triples(extract("Chile welcomed Peru's decision to reopen the border crossing."))
    assert ("Chile", "praises", "Peru") in found, found
