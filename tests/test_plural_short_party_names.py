"""A party an article names both by its plural short form ("the Greens") and by its full name ("the Green Party")
is one node; with two full names the short form could mean ("the Green Party" and "the Green Movement") it is left
alone, as it is in an article that names no full name. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def _critics(text: str) -> set[str]:
    return {r.subject.label for r in extract(text) if r.relation == "criticizes"}


@pytest.mark.parametrize(("text", "party"), [
    ("The Greens criticised Labour on Monday. The Green Party also attacked the Tories.", "Green Party"),
    ("The Harbour Socialists criticised Labour. The Harbour Socialist Party also attacked the Tories.",
     "Harbour Socialist Party"),
])
def test_the_plural_short_form_is_the_party_named_in_full(text, party):
    assert _critics(text) == {party}


def test_two_full_names_leave_the_short_form_alone():
    """Guard."""
    critics = _critics("The Greens criticised Labour. The Green Party and the Green Movement attacked the Tories.")
    assert {"Greens", "Green Party", "Green Movement"} <= critics, critics
