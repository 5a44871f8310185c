"""A town a document names as a place is not the short name of an institution named after it ("Tolsey" of "Tolsey
Grammar School"): the town alone stays a place and never takes the school's type, nor a person's. Sentences and
names of our own."""

from __future__ import annotations

from graph_builder.build import process
from graph_builder.records import Document


def mentions_of(text: str, name: str) -> list:
    result = process([Document(id="d", text=text, date="2026-01-05", source="<test>")])[0]
    return [m for m in result.mentions if m.text == name]


def test_the_town_alone_stays_a_place():
    text = ("Ann Colby grew up in Tolsey. She left Tolsey Grammar School at 16. "
            "Tom Varley, like Ms Colby from Tolsey, criticised the minister, Bill Hoskins.")
    assert {(m.entity.label, m.entity.type) for m in mentions_of(text, "Tolsey")} == {("Tolsey", "Place")}


def test_the_school_is_an_organisation():
    text = "Ann Colby grew up in Tolsey. She left Tolsey Grammar School at 16."
    assert {m.entity.type for m in mentions_of(text, "Tolsey Grammar School")} == {"Organization"}
