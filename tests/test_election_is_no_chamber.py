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


def test_a_body_of_the_chamber_after_its_word_is_still_the_chambers():
    """Only an event or a question after the chamber's word (kg:TopicNoun) makes it no chamber: a committee, a
    chamber or a house of the assembly is still the assembly's (a review's finding: these read as the whole party)."""
    for body in ("assembly committee", "assembly chamber", "assembly's finance committee"):
        found = roles(f"Arvo Pellik, leader of the Harbour Party in the {body}, visited Caldera.")
        assert found == {("memberOf", "assembly leader", "Harbour Party")}, (body, found)
    found = roles("Arvo Pellik, leader of the Harbour Party in the assembly debate, visited Caldera.")
    assert found == {("leaderOf", "leader", "Harbour Party")}, found
