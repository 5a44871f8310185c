"""A name one document shows to be an organisation's (listed among unions, "X manager Y", "an analyst at X") is an
organisation's in every document of the archive, though the model took it for a person's there: the model's guess
weighs nothing against the cue, as in one document's vote; a courtesy title or role title before the name in any
document keeps it a person's. Sentences and names of our own."""

from __future__ import annotations

import pytest

from graph_builder.build import process
from graph_builder.records import Document


def types_of(texts: list[str], name: str) -> set[str]:
    """The types the archive built of ``texts`` (one document each) gives ``name`` in its records and mentions."""
    documents = [Document(id=f"d{i}", text=text, date="2026-01-05", source="<test>") for i, text in enumerate(texts)]
    found = set()
    for result in process(documents):
        found |= {m.entity.type for m in result.mentions if m.entity.label == name}
        found |= {end.type for r in result.relations for end in (r.subject, r.object) if end.label == name}
    return found


@pytest.mark.parametrize(("texts", "name"), [
    (["Hollins manager Tom Varrick praised Jody Keelan after the game.",
      "Tom Varrick criticised Hollins on Saturday."], "Hollins"),
    (["Kelton manager Tom Varrick praised Jody Keelan after the game.",
      "Tom Varrick criticised Kelton on Saturday."], "Kelton"),
    (["Unions such as Rail Voice, Mabel Dunn and the Dockers Union opposed the plan.",
      "Mabel Dunn praised the minister, Tom Varrick, on Monday."], "Mabel Dunn"),
    (["Ann Polder, a director of marketing at Brenlow Kasey, said the firm would hire Tom Varrick.",
      "Brenlow Kasey praised Tom Varrick on Monday."], "Brenlow Kasey"),
])
def test_a_cue_in_one_document_makes_an_organisation_everywhere(texts, name):
    assert types_of(texts, name) == {"Organization"}


def test_a_title_in_another_document_keeps_a_person():
    texts = ["Unions such as Rail Voice, Mabel Dunn and the Dockers Union opposed the plan.",
             "Ms Mabel Dunn praised the minister, Tom Varrick, on Monday."]
    assert "Person" in types_of(texts, "Mabel Dunn")
