"""An activity a verb of ending takes as its complement went on and ended: "stopped meeting Y", "ceased to
support Y" are past, not denied; when the ending is itself denied or refused ("never stopped attacking Y",
"refused to stop criticising Y") the activity goes on, asserted. A purpose clause of a halting verb ("stopped in
Accra to meet Y") is meant, not denied. Sentences and names of our own."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.conftest import extract


def records(sentence: str, relation: str) -> list[tuple[str, str, bool, str]]:
    return [(r.subject.label, r.object.label, r.negated, r.modality) for r in extract(sentence)
            if r.relation == relation]


@pytest.mark.parametrize(("sentence", "relation", "expected"), [
    ("Rosa Lind stopped meeting Omar Vance in 2011.", "meets", ("Rosa Lind", "Omar Vance", False, "past")),
    ("Rosa Lind has stopped criticising Omar Vance.", "criticizes", ("Rosa Lind", "Omar Vance", False, "past")),
    ("Rosa Lind ceased to support Omar Vance last year.", "supports", ("Rosa Lind", "Omar Vance", False, "past")),
    ("Rosa Lind never stopped attacking Omar Vance.", "criticizes",
     ("Rosa Lind", "Omar Vance", False, "asserted")),
    ("Rosa Lind refused to stop criticising Omar Vance.", "criticizes",
     ("Rosa Lind", "Omar Vance", False, "asserted")),
])
def test_an_ended_activity_took_place(sentence, relation, expected):
    assert records(sentence, relation) == [expected]


def test_the_purpose_of_a_stop_is_meant_not_denied():
    assert records("On her way home, Rosa Lind stopped in Accra to meet Omar Vance.", "meets") == [
        ("Rosa Lind", "Omar Vance", False, "intended")]


def test_refusing_is_still_a_denial():
    assert records("Rosa Lind refused to meet Omar Vance.", "meets") == [("Rosa Lind", "Omar Vance", True, "asserted")]


def test_a_participle_after_leaving_is_no_ended_activity():
    sentence = "Rosa Lind left the Green Party, saying Omar Vance would do better as its leader."
    # her saying stands, asserted (an endorsement: praises, the tone of the clause said)
    assert records(sentence, "praises") == [("Rosa Lind", "Omar Vance", False, "asserted")]


@pytest.mark.parametrize("sentence", [
    "Rosa Lind stopped Omar Vance attacking Ana Ruiz.",
    "Rosa Lind has stopped Omar Vance meeting Ana Ruiz.",
])
def test_what_a_verb_stops_another_doing_did_not_happen(sentence):
    assert all(r.negated or r.modality != "past" for r in extract(sentence))


def test_each_step_of_the_walk_asks_once_whether_a_verb_ends_an_activity(monkeypatch, lexicon):
    from graph_builder.extract import polarity as module
    from graph_builder.nlp import DEFAULT_MODEL, load_pipeline

    doc = load_pipeline(DEFAULT_MODEL, lexicon)("Rosa Lind refused to stop criticising Omar Vance.")
    asked: Counter[tuple[int, int]] = Counter()
    ended = module._ended_activity

    def counted(node, head, lexicon):
        asked[node.i, head.i] += 1
        return ended(node, head, lexicon)

    monkeypatch.setattr(module, "_ended_activity", counted)
    criticising = next(token for token in doc if token.lower_ == "criticising")
    assert module.polarity(criticising, lexicon) == (False, "asserted")
    assert asked and max(asked.values()) == 1, asked
