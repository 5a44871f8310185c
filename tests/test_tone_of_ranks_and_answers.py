"""The tone of a rank and of what an actor answers for in reported speech (extract/tone.py, ontology/lexicon/tone.yaml
``ranks``, ``answerable``): "Y is one of the best governors" praises Y as "Y is a good governor" does, "Y was
responsible for shameful waste" criticizes Y; a denied rank, a plain responsibility ("responsible for the new harbour")
and a denied one stay a comment. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def _kinds(text: str, target: str = "Tom Hale") -> set[str]:
    """The asserted relations from Arvo Pellik to the target."""
    return {r.relation for r in extract(text)
            if r.subject.label == "Arvo Pellik" and r.object.label == target and r.asserted}


@pytest.mark.parametrize(("text", "kind"), [
    ("Minister Arvo Pellik said Governor Tom Hale was one of the best governors Norland ever had.", "praises"),
    ("Minister Arvo Pellik said Governor Tom Hale was one of the worst governors Norland ever had.", "criticizes"),
])
def test_a_rank_among_the_best_or_the_worst_judges_the_actor(text, kind):
    assert _kinds(text) == {kind}


def test_a_denied_rank_is_no_praise():
    best = "Minister Arvo Pellik said Governor Tom Hale was one of the best governors Norland ever had."
    assert _kinds(best) == {"praises"}
    assert "praises" not in _kinds(best.replace("was one", "was not one"))


@pytest.mark.parametrize(("text", "kind"), [
    ("Minister Arvo Pellik said Governor Tom Hale was responsible for the shameful waste at the port.", "criticizes"),
    ("Minister Arvo Pellik said Governor Tom Hale was responsible for the success of the new ferry.", "praises"),
])
def test_what_the_actor_answers_for_judges_it(text, kind):
    assert _kinds(text) == {kind}


def test_a_plain_or_denied_responsibility_stays_a_comment():
    waste = "Minister Arvo Pellik said Governor Tom Hale was responsible for the shameful waste at the harbour."
    assert _kinds(waste) == {"criticizes"}
    assert _kinds(waste.replace("was responsible", "was not responsible")) == {"commentsOn"}
    assert _kinds("Minister Arvo Pellik said Governor Tom Hale was responsible for the new harbour at Caldera.") \
        == {"commentsOn"}
