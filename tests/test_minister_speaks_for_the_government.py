"""A minister telling what "the government" does speaks for it, no comment on it: "Minister X said the government
was fixing the roads" gives X no commentsOn of the government. A union's secretary, an opposition minister and
a minister speaking of another country's government still comment on it. A leader the archive says leads a country
(in two articles or more) speaks for its government too. Sentences and names of our own."""

from __future__ import annotations

import pytest

from graph_builder.build import process
from graph_builder.records import Document
from tests.conftest import extract, triples


def _on_a_government(text: str) -> set[tuple[str, str, str]]:
    return {t for t in triples(extract(text)) if t[1] == "commentsOn" and t[2].startswith("government")}


@pytest.mark.parametrize("text", [
    "Minister Tom Hale said the government was dealing with the root of the shortage.",
    "Health Minister Tom Hale said the government would publish its plans next week.",
    "Minister Tom Hale told reporters the government was seriously considering new pensions.",
])
def test_a_minister_speaks_for_the_government(text):
    assert not _on_a_government(text)


@pytest.mark.parametrize("text", [
    "Harbour Workers Union general secretary Tom Hale said the Chilean government was dealing with the root of the "
    "shortage.",
    "General secretary Tom Hale said the Chilean government was dealing with the root of the shortage.",
    "Shadow health minister Tom Hale said the Chilean government was ignoring the hospitals.",
    "Minister Tom Hale said the Norland government was tackling the causes of the problem.",
    "Tom Hale said the Chilean government was dealing with the root of the shortage.",
])
def test_others_still_comment_on_the_government(text):
    assert _on_a_government(text)


def _archive(last: str) -> set[tuple[str, str, str]]:
    """The records of two articles that name Hugo Brannagh Iceland's prime minister, then of ``last``."""
    texts = ("Iceland's Prime Minister Hugo Brannagh opened the new bridge in Reykjavik on Monday.",
             "Iceland's Prime Minister Hugo Brannagh met fishermen in Akureyri.", last)
    results = process([Document(id=f"d{i}", text=text, source="<test>") for i, text in enumerate(texts)])
    return {(r.subject.label, r.relation, r.object.label) for r in results[-1].relations}


def test_the_leader_the_archive_knows_speaks_for_the_government_of_the_country_led():
    said = "Iceland will vote in May. {} said the government was looking at new fishing laws for Iceland."
    assert ("Hugo Brannagh", "commentsOn", "government of Iceland") not in _archive(said.format("Hugo Brannagh"))
    assert ("Olaf Tamsin", "commentsOn", "government of Iceland") in _archive(said.format("Olaf Tamsin"))
