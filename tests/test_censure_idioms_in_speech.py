"""Idioms of censure are words of kg:Disapproval: a speaker who says an actor's conduct fell below the standards it
should keep, or that the actor impugns another's honesty, criticizes the actor; denied, the remark stays a comment.
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def _kinds(text: str) -> set[str]:
    """The relations from Ana Ruiz to Tom Hale."""
    return {r.relation for r in extract(text) if r.subject.label == "Ana Ruiz" and r.object.label == "Tom Hale"}


@pytest.mark.parametrize("text", [
    "Senator Ana Ruiz said Governor Tom Hale's conduct had fallen far below the standards of his office.",
    "Senator Ana Ruiz said Governor Tom Hale was impugning the honesty of the harbour board.",
])
def test_an_idiom_of_censure_criticizes_the_actor(text):
    assert "criticizes" in _kinds(text)


def test_a_denied_idiom_of_censure_stays_a_comment():
    """Guard (passes on main too)."""
    kinds = _kinds("Senator Ana Ruiz said Governor Tom Hale's conduct had never fallen below the standards of a mayor.")
    assert "commentsOn" in kinds
    assert "criticizes" not in kinds
