"""A name set beside a noun of the kind of company in apposition ("The bank, Harlan Brooks, said", "KR Velder, the
investment bank") is an organisation's, whatever the model took it for; a person beside a title stays a person.
Sentences and names of our own."""

from __future__ import annotations

from graph_builder.build import process
from graph_builder.records import Document

TEXTS = {"bank": "The bank, Harlan Brooks, said it would appeal against the fine imposed by the regulator.",
         "title": "Ann Lee, the chairman, praised Tom Reed.",
         "of": "\"The plan will fail,\" said Ann Lee of the Harbour Council, a Tarnside-based citizen action group."}


def types(text: str) -> dict[str, str]:
    return {e.label: e.type for r in process([Document(id="a", text=text, source="<test>")]) for e in r.entities}


def test_a_company_noun_in_apposition_makes_an_organisation():
    assert types(TEXTS["bank"]).get("Harlan Brooks") == "Organization"


def test_a_title_in_apposition_keeps_a_person():
    assert types(TEXTS["title"]).get("Ann Lee") == "Person"


def test_a_company_noun_after_the_persons_of_phrase_describes_what_of_names():
    assert types(TEXTS["of"]).get("Ann Lee") == "Person"
