"""Clubs named after their city (issue 14, a blind reading of sport records): the model tags only the city of
"Real Madrid" or "Dynamo Kiev", and a capital stands for its country, so the club's moves were Spain's or
Ukraine's. A club's word before the city (gazetteer ``club_words``) makes the name the club's, and the city written
alone in a document that names the club is the club too; a city alone elsewhere still stands for its country."""

from __future__ import annotations

import pytest

from graph_builder.build import process
from graph_builder.records import Document


def found(text: str) -> tuple[dict[str, str], set[tuple[str, str, str]]]:
    """(label -> type of every entity, (subject, relation, object) of every record) of one document."""
    result = next(iter(process([Document(id="c1", text=text, source="<test>")])))
    return ({e.label: e.type for e in result.entities},
            {(r.subject.label, r.relation, r.object.label) for r in result.relations})


@pytest.mark.parametrize(("text", "club", "country"), [
    ("Real Madrid are believed to be monitoring Redford striker Tom Barrow.", "Real Madrid", "Spain"),
    ("Dynamo Kiev have criticised the referee Ian Doyle after the game.", "Dynamo Kiev", "Ukraine"),
])
def test_a_club_named_after_its_city_is_no_country(text, club, country):
    types, records = found(text)
    assert types.get(club) == "Organization" and country not in types, (types, records)


def test_the_city_alone_in_a_document_about_the_club_is_the_club():
    types, records = found("Real Madrid want Redford striker Tom Barrow. Barrow said he had told Madrid that he "
                           "wanted to leave Redford.")
    assert "Spain" not in types, (types, records)
    assert not any("Spain" in record for record in records), records
    # a city alone in a document that names no club of it still stands for its country
    types, _ = found("Madrid has protested to Lisbon over the fishing quotas, said Ann Hale.")
    assert types.get("Spain") == "Country", types
