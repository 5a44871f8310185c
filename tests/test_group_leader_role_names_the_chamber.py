"""A party's leader in a chamber, where the text names the chamber outside the title ("leader of the Lib Dems in the
assembly", "leader of the Labour group in the assembly"), is a member of the party whose role names the chamber,
as "Holyrood leader" does: "assembly leader", not a bare "leader" that reads as the party's (issue 14, a blind
reading of BBC records). A chamber named elsewhere in the sentence adds nothing. Names of our own."""

from __future__ import annotations

import pytest

from graph_builder import extract


def _roles(text: str) -> set[tuple[str, str | None, str]]:
    return {(r.relation, r.role, r.object.label) for r in extract(text, date="2005-03-01")
            if r.subject.label == "Fiona Stirling" and r.relation in ("memberOf", "leaderOf")}


@pytest.mark.parametrize(("text", "found"), [
    ("Fiona Stirling, leader of the Lib Dems in the assembly, criticised Tomas Brenner.",
     ("memberOf", "assembly leader", "Liberal Democrats")),
    ("Fiona Stirling, leader of the Conservatives in the Scottish Parliament, attacked Ilse Varga.",
     ("memberOf", "Scottish Parliament leader", "Conservative Party")),
    ("Fiona Stirling, leader of the Labour group in the assembly, attacked Ilse Varga.",
     ("memberOf", "assembly leader", "Labour Party")),
    ("Fiona Stirling, the Tories' leader in the Lords, attacked Ilse Varga.",
     ("memberOf", "Lords leader", "Conservative Party")),
])
def test_the_role_names_the_chamber_of_the_group(text, found):
    assert _roles(text) == {found}


def test_a_chamber_elsewhere_leaves_the_role_bare():
    found = _roles("Fiona Stirling, leader of the Liberal Democrats, criticised Ilse Varga in the Commons.")
    assert found == {("leaderOf", "leader", "Liberal Democrats")}


@pytest.mark.parametrize(("text", "role"), [
    ("Fiona Stirling, the former leader of the Liberal Democrats in the assembly, said the plan was wrong.",
     "former assembly leader"),
    ("Fiona Stirling, acting leader of the Labour group in the assembly, said the plan was wrong.",
     "acting assembly leader"),
    ("Fiona Stirling, deputy leader of the Labour group in the assembly, said the plan was wrong.",
     "deputy assembly leader"),
])
def test_the_chamber_goes_after_the_words_said_of_the_holder(text, role):
    assert {found[1] for found in _roles(text)} == {role}
