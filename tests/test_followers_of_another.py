"""A request to "his" or "her" followers is not taken as the asker's own followers (tests/test_own_followers_asked.py
reads "its" and "their"): the pronoun as often names someone else ("Tom Hale urged her supporters to back Y", hers),
and the request then makes no act of the asker's. Names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

ANOTHERS = [
    "Ana Ruiz spoke at the rally. Tom Hale urged her supporters to back Rosa Lind.",
    "Tom Hale urged her supporters to back Rosa Lind.",
    "Ana Ruiz won the vote. The Green Alliance urged her voters to support Rosa Lind.",
]


@pytest.mark.parametrize("sentence", ANOTHERS)
def test_asking_anothers_followers_is_no_backing_of_ones_own(sentence):
    found = [(r.subject.label, r.object.label) for r in extract(sentence) if r.relation == "supports"]
    assert found == []
