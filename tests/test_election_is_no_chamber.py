"""A chamber's word that only qualifies an election after "in" names no chamber: "leader of the Harbour Party in the
assembly elections" leads the party, not its group in the assembly ("assembly leader", memberOf), and a candidate in
those elections is no "assembly candidate". The chamber itself after "in" still makes a group leader (see
test_leader_in_a_chamber.py). Sentences and names of our own."""

from __future__ import annotations

from tests.conftest import extract


def roles(text: str) -> set[tuple[str, str | None, str]]:
    return {(r.relation, r.role, r.object.label) for r in extract(text) if r.subject.label == "Arvo Pellik"
            and r.relation in ("memberOf", "leaderOf")}


def test_a_leader_in_the_assembly_elections_leads_the_party_and_one_in_the_assembly_its_group():
    found = roles("Arvo Pellik, leader of the Harbour Party in the assembly elections, visited Caldera.")
    assert found == {("leaderOf", "leader", "Harbour Party")}, found
    found = roles("Arvo Pellik, leader of the Harbour Party in the assembly, visited Caldera.")
    assert found == {("memberOf", "assembly leader", "Harbour Party")}, found
