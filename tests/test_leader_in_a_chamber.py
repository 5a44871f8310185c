"""A party's leader in a chamber is a member of the party, not its leader (issue 14, a blind reading of BBC records):
"leader of the Lib Dems in the assembly" leads the party's group there, as "SNP Holyrood leader" does (kg:ChamberWord
after "in", right after the party's name); a chamber named elsewhere in the sentence changes nothing ("leader of the
Liberal Democrats, criticised X in the Commons" leads the party). The role keeps a chamber's name written before the
title ("Holyrood leader")."""

from __future__ import annotations

import pytest

from tests.conftest import extract

GROUP_LEADERS = [
    ("Fiona Stirling, leader of the Lib Dems in the assembly, criticised Tomas Brenner.", "Liberal Democrats"),
    ("Fiona Stirling, leader of the Conservatives in the Scottish Parliament, attacked Ilse Varga.",
     "Conservative Party"),
]


def roles(text: str) -> set[tuple[str, str]]:
    return {(r.relation, r.object.label) for r in extract(text) if r.subject.label == "Fiona Stirling"
            and r.relation in ("memberOf", "leaderOf")}


@pytest.mark.parametrize(("text", "party"), GROUP_LEADERS)
def test_a_leader_in_a_chamber_is_a_member_of_the_party(text, party):
    assert roles(text) == {("memberOf", party)}


def test_a_chamber_elsewhere_leaves_the_leader_the_partys():
    found = roles("Fiona Stirling, leader of the Liberal Democrats, criticised Ilse Varga in the Commons.")
    assert found == {("leaderOf", "Liberal Democrats")}


def test_the_role_keeps_the_chamber_written_before_the_title():
    found = {(r.relation, r.role, r.object.label) for r in extract(
        "SNP Holyrood leader Fiona Stirling criticised Ilse Varga.") if r.relation == "memberOf"}
    assert found == {("memberOf", "Holyrood leader", "Scottish National Party")}, found
