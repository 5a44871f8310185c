"""Joining someone at a public event is a joint appearance, no meeting, also where the event is the setting a
relative "where" goes back to ("gathered at a rally on Friday, where X was joined by B": the parser hangs the clause
on the nearest noun); an office so named is still a place where the two meet. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("text", [
    "The Greens gathered at a rally in Caldera on Friday, where Senator Ilse Varga was joined by Tomas Reyes.",
    "Thousands cheered at the ferry ceremony in Caldera on Friday, where Senator Ilse Varga was joined by Tomas Reyes.",
])
def test_joined_at_an_occasion_a_where_clause_names_is_no_meeting(text):
    found = triples(extract(text))
    assert not [t for t in found if t[1] == "meets"], found


def test_joined_at_an_office_a_where_clause_names_is_a_meeting():
    found = triples(extract("The Greens gathered at their office in Caldera on Friday, where Senator Ilse Varga was "
                            "joined by Tomas Reyes."))
    assert ("Tomas Reyes", "meets", "Ilse Varga") in found, found
