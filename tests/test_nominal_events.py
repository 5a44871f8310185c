"""Relations stated by a noun between two actors (nominal events): a debate between two persons is a meeting, a
speech to a body briefs it, a person's defection to a party makes them its member, one locked or embroiled in talks
or a row takes part in them; an event called off, cancelled or scrapped did not take place. Sentences and names of
our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


def _readings(text: str, relation: str) -> set[tuple[str, str, bool, str]]:
    return {(r.subject.label, r.object.label, r.negated, r.modality) for r in extract(text) if r.relation == relation}


def test_a_debate_between_two_persons_is_a_meeting():
    found = triples(extract("The debate between Senator Ilse Varga and Tomas Reyes drew a large crowd in Dunmere."))
    assert ("Ilse Varga", "meets", "Tomas Reyes") in found, found


def test_a_debate_between_two_parties_is_no_meeting():
    found = triples(extract("The debate between the Green Party and the Farmers Union about river water went on."))
    assert not [t for t in found if t[1] == "meets"], found


@pytest.mark.parametrize("text", [
    "A televised debate between Ada Brenner and Tom Reyes was called off in March.",
    "The debate between Mayor Ada Brenner and Tom Reyes was cancelled after a row over its format.",
])
def test_a_debate_called_off_is_a_denied_meeting(text):
    found = _readings(text, "meets")
    assert ("Ada Brenner", "Tom Reyes", True, "asserted") in found, found
    assert ("Ada Brenner", "meets", "Tom Reyes") not in triples(extract(text))


def test_talks_that_were_scrapped_did_not_take_place():
    text = "Talks between Senator Ilse Varga and the Harbour Board were scrapped on Friday."
    assert ("Ilse Varga", "Harbour Board", True, "asserted") in _readings(text, "meets")


def test_talks_that_ended_took_place():
    text = "Talks between Senator Ilse Varga and the Harbour Board ended without a deal on Friday."
    assert ("Ilse Varga", "meets", "Harbour Board") in triples(extract(text))


@pytest.mark.parametrize(("text", "speaker", "audience"), [
    ("In a speech to the Harbour Council, Senator Ilse Varga defended the new ferry fares.",
     "Ilse Varga", "Harbour Council"),
    ("Mayor Ada Brenner gave a long speech to the Water Committee about river water.", "Ada Brenner",
     "Water Committee"),
    ("The ferry figures came out in a statement by Mayor Ada Brenner to the Harbour Council.", "Ada Brenner",
     "Harbour Council"),
])
def test_a_speech_to_a_body_briefs_it(text, speaker, audience):
    assert (speaker, "briefs", audience) in triples(extract(text))


def test_a_statement_to_a_newspaper_briefs_no_one():
    found = triples(extract("In a statement to the Daily Courier, Mayor Ada Brenner denied the ferry claims."))
    assert not [t for t in found if t[1] == "briefs"], found


def test_criticising_a_speech_still_criticises_its_speaker():
    found = triples(extract("Tomas Reyes criticised Ada Brenner's speech to the Farmers Union."))
    assert ("Tomas Reyes", "criticizes", "Ada Brenner") in found, found


@pytest.mark.parametrize("text", [
    "The defection of Councillor Ivo Marsh to the Green Party surprised the town hall.",
    "Senator Ivo Marsh's defection to the Green Party came as a shock to the mayor.",
])
def test_a_persons_defection_to_a_party_makes_them_its_member(text):
    assert ("Ivo Marsh", "memberOf", "Green Party") in triples(extract(text))


def test_a_party_before_a_defection_is_the_one_left():
    found = triples(extract("A Farmers Union defection to the Green Party worried the mayor."))
    assert ("Farmers Union", "memberOf", "Green Party") not in found, found


@pytest.mark.parametrize(("text", "relation"), [
    ("Senator Ilse Varga was locked in long talks with Tomas Reyes on Monday.", "meets"),
    ("Mayor Ada Brenner was embroiled in a bitter row with Tomas Reyes over the ferry.", "criticizes"),
])
def test_who_is_locked_or_embroiled_in_an_event_takes_part_in_it(text, relation):
    found = triples(extract(text))
    first = "Ilse Varga" if relation == "meets" else "Ada Brenner"
    assert (first, relation, "Tomas Reyes") in found, found


@pytest.mark.parametrize("text", [
    "The Farmers Union's old alliance with the Green Party won them the river vote.",
    "An alliance between the Farmers Union and the Green Party won the river vote.",
])
def test_an_alliance_with_another_is_cooperation(text):
    assert ("Farmers Union", "cooperatesWith", "Green Party") in triples(extract(text))


def test_a_coalition_a_party_could_join_is_only_possible():
    text = "The Green Party could have four ministers in a coalition with the Farmers Union after the vote."
    found = _readings(text, "cooperatesWith")
    assert ("Green Party", "Farmers Union", False, "possible") in found, found
    assert ("Green Party", "cooperatesWith", "Farmers Union") not in triples(extract(text))


def test_a_politicians_battle_with_another_is_a_quarrel():
    found = triples(extract("Mayor Ada Brenner's battle with Tomas Reyes over the ferry tolls dragged on."))
    assert ("Ada Brenner", "criticizes", "Tomas Reyes") in found, found


def test_a_battle_between_armies_is_no_quarrel():
    found = triples(extract("The Velorian army's battle with the Red Hand Brigade left ten dead near Osk."))
    assert not [t for t in found if t[1] == "criticizes"], found


def test_infighting_between_two_is_a_quarrel_both_ways():
    found = triples(extract("The infighting between Ada Brenner and Tom Reyes worried the Green Party."))
    assert {("Ada Brenner", "criticizes", "Tom Reyes"), ("Tom Reyes", "criticizes", "Ada Brenner")} <= found


@pytest.mark.parametrize("text", [
    "The rebellion by Labour MPs against Prime Minister Tony Hale grew over the ferry fares.",
    "Labour MPs' revolt against Prime Minister Tony Hale grew over the ferry fares.",
])
def test_a_rebellion_of_mps_against_a_leader_defies_him(text):
    found = triples(extract(text))
    assert ("Labour Party", "rejects", "Tony Hale") in found, found


def test_an_armed_rebellion_is_no_defiance():
    found = triples(extract("The Red Hand Brigade's rebellion against the Velorian government left many dead."))
    assert not [t for t in found if t[1] == "rejects"], found


def test_a_court_before_a_battle_is_no_side_of_it():
    found = triples(extract("Mayor Ada Brenner lost the opening stage of a Supreme Court battle with Tomas Reyes."))
    assert not [t for t in found if t[0] == "Supreme Court"], found


def test_who_delivers_a_speech_before_being_joined_by_another_is_the_subject():
    text = "Before delivering a speech to the Harbour Council, Mayor Ada Brenner was joined by Tom Reyes at the port."
    found = triples(extract(text))
    assert ("Ada Brenner", "briefs", "Harbour Council") in found, found
    assert ("Tom Reyes", "briefs", "Harbour Council") not in found, found


@pytest.mark.parametrize("sentence, negated, modality", [
    ("The televised debate between Ada Brenner and Tom Reyes may be called off.", False, "possible"),
    ("The televised debate between Ada Brenner and Tom Reyes will not be called off.", False, "asserted"),
])
def test_a_cancelling_that_is_not_asserted_does_not_negate(sentence, negated, modality):
    found = [r for r in extract(sentence) if r.relation == "meets"]
    assert found and all((r.negated, r.modality) == (negated, modality) for r in found), found
