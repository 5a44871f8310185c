"""A nationality word keeps its place in the name it opens (issue 14, a blind reading of BBC records): "the
British Federation of Port Operators" and "the American Society for Microbiology" are organisations, the name going on
past "of" or "for", and so is "the British Retail Consortium" ("consortium" an organisation word); the name of a
country's body goes on without the nationality word ("the Iraqi Ministry of Culture" is Iraq's ministry)."""

from __future__ import annotations

import pytest

from graph_builder.build import process
from graph_builder.records import Document


def types(text: str) -> dict[str, str]:
    (result,) = process([Document(id="b0", text=text, source="<test>")])
    return {e.label: e.type for e in result.entities}


NAMED = {
    "Jane Lorimer, who chairs the British Federation of Port Operators, said crossings would be cut.":
        "British Federation of Port Operators",
    "The American Society for Microbiology praised Gordon Brown.": "American Society for Microbiology",
    "Jane Lorimer, director of the British Retail Consortium, attacked Gordon Brown.": "British Retail Consortium",
}


@pytest.mark.parametrize("text", NAMED)
def test_a_nationality_word_opens_the_organisations_name(text):
    found = types(text)
    countries = found.keys() & {"United Kingdom", "United States"}
    assert (found.get(NAMED[text]), countries) == ("Organization", set()), found


def test_a_countrys_ministry_keeps_the_country_apart():
    found = types("The Iraqi Ministry of Culture criticised the United States.")
    assert found.get("Ministry of Culture") == "Organization", found
    assert found.get("Iraq") == "Country", found
