"""A warning whose clause says what the warner or the warned will do or suffer threatens (CAMEO 130): "warned Y
that it would retaliate", "warned Y that his army would respond", "warned Y that it could face sanctions". A
warning of a danger that is no one's act briefs ("warned Y that the talks could fail", "that it would be a
mistake"); asking whether someone will act is no appeal. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def relations(sentence: str) -> list[tuple[str, str, str]]:
    return [(r.subject.label, r.relation, r.object.label) for r in extract(sentence)
            if r.relation in ("threatens", "briefs", "appealsTo")]


@pytest.mark.parametrize("sentence", [
    "Paraguay warned Bolivia that it would retaliate.",
    "Paraguay warned Bolivia that its navy would respond to any incursion.",
    "Paraguay warned Bolivia that it could face sanctions.",
])
def test_a_warning_of_what_a_party_will_do_threatens(sentence):
    assert relations(sentence) == [("Paraguay", "threatens", "Bolivia")]


@pytest.mark.parametrize("sentence", [
    "Paraguay warned Bolivia that the talks could fail.",
    "Paraguay warned Bolivia that it would be a mistake to close the border.",
])
def test_a_warning_of_a_danger_briefs(sentence):
    assert relations(sentence) == [("Paraguay", "briefs", "Bolivia")]


def test_asking_whether_someone_will_act_is_no_appeal():
    assert relations("Senator Ida Brandt asked Carl Moe whether he would resign.") == []
