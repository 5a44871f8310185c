"""A preposition that opens a clause of how, why or what someone did ("complained about how Y spent the money",
"a complaint about what Y had done") is about that clause's subject, as it is about its plain object ("complained
about Y"). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def found(sentence):
    return {(r.subject.label, r.relation, r.object.label, r.asserted) for r in extract(sentence, date="2026-01-05")}


@pytest.mark.parametrize("sentence", [
    "Tom Reyes complained about how the Velorian Greens spent the harbour money.",
    "Tom Reyes complained bitterly about what the Velorian Greens had done to the ferry service.",
])
def test_a_complaint_about_how_an_actor_acted_criticizes_it(sentence):
    assert ("Tom Reyes", "criticizes", "Velorian Greens", True) in found(sentence)


def test_a_complaint_noun_about_how_an_actor_acted_criticizes_it():
    assert ("Harbour Party", "criticizes", "Velorian Greens", True) in found(
        "The Harbour Party lodged a complaint about how the Velorian Greens spent the harbour money.")


def test_a_clause_after_another_preposition_names_no_target():
    assert not [f for f in found("Tom Reyes complained after the Velorian Greens spent the harbour money.")
                if f[1] == "criticizes"]
