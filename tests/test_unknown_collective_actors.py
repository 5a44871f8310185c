"""Collective actors no reader could tell. A government named by the word alone ("the government", "the
administration") whose state the article does not make clear has no record at an end; the bare word after the same
government named with its nationality word ("the Chilean government ... the government") is still that government.
Legislators a plural noun names with no owner ("MPs criticised X", "some senators urged Y") are some members the
text does not name, neither the chamber nor anyone else: no record has them for its subject; told or briefed ("told
MPs") they are still the chamber the noun names, or the article's legislators. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def _ends(text: str) -> set[tuple[str, str, str]]:
    return {(r.subject.label, r.relation, r.object.label) for r in extract(text, date="2026-01-05")}


@pytest.mark.parametrize("text", [
    "The Harbour Workers Federation urged the government to drop the ferry levy.",
    "Dock pilot Ivo Marsh said the government should have consulted the crews sooner.",
    "The administration is ready to sit down with the Kestrel Trust, its chairman said.",
])
def test_a_government_of_no_state_the_article_makes_clear_has_no_record(text):
    found = _ends(text)
    assert not [t for t in found if "government" in (t[0], t[2])], found


def test_the_government_after_the_same_government_with_its_nationality_word_is_that_one():
    found = _ends("The Chilean government unveiled new fishing quotas on Monday. On Tuesday the Harbour Workers "
                  "Federation called on the government to scrap them.")
    assert ("Harbour Workers Federation", "appealsTo", "government of Chile") in found, found


def test_a_nationality_word_on_another_body_makes_no_government_of_the_article():
    found = _ends("The Chilean foreign ministry unveiled new fishing quotas on Monday. On Tuesday the Harbour "
                  "Workers Federation called on the government to scrap them.")
    assert not [t for t in found if t[2].startswith("government")], found


@pytest.mark.parametrize("text", [
    "Some MPs criticised Transport Minister Tom Reed over the ferry tolls.",
    "Dozens of backbenchers attacked Tom Reed for the prison budget cuts.",
    "Senators urged Governor Karl Ost to quit after the audit.",
])
def test_unnamed_members_are_no_actor(text):
    found = _ends(text)
    assert not [t for t in found if t[0] in ("legislators", "House of Commons", "Senate")], found


def test_members_told_are_still_an_actor():
    found = _ends("Transport Minister Tom Reed told MPs on Monday that the strike was unlawful.")
    assert [t for t in found if t[:2] == ("Tom Reed", "commentsOn")], found
