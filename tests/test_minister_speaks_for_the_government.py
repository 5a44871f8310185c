"""A minister telling what "the government" does speaks for it, no comment on it: "Minister X said the government
was tackling the problem" gives X no commentsOn of the government. A union's secretary, an opposition minister and
a minister speaking of another country's government still comment on it. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


def _on_a_government(text: str) -> set[tuple[str, str, str]]:
    return {t for t in triples(extract(text)) if t[1] == "commentsOn" and t[2].startswith("government")}


@pytest.mark.parametrize("text", [
    "Minister Tom Hale said the government was tackling the causes of the problem.",
    "Health Minister Tom Hale said the government would publish its plans next week.",
    "Minister Tom Hale told reporters the government was seriously considering new pensions.",
])
def test_a_minister_speaks_for_the_government(text):
    assert not _on_a_government(text)


@pytest.mark.parametrize("text", [
    "Harbour Workers Union general secretary Tom Hale said the government was tackling the causes of the problem.",
    "General secretary Tom Hale said the government was tackling the causes of the problem.",
    "Shadow health minister Tom Hale said the government was ignoring the hospitals.",
    "Minister Tom Hale said the Norland government was tackling the causes of the problem.",
    "Tom Hale said the government was tackling the causes of the problem.",
])
def test_others_still_comment_on_the_government(text):
    assert _on_a_government(text)
