"""An armed actor holding or taking a place or a country occupies it (occupies, CAMEO 192); a party controlling a
council, taking a seat, or a government its budget is no fight. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import FIGHTS, extract

HELD = [
    "The Red Crescent Army has had control of Aleppo for two years.",
    "The Red Crescent Army controls Aleppo.",
    "The Red Crescent Army regained control of Aleppo in May.",
]

NOT_HELD = [
    ("The Green Party controls Manchester City Council.", "Green Party"),
    ("Labour has control of Manchester.", "Labour Party"),
    ("The government kept control of the budget.", "government"),
]


def occupations(sentence, place):
    """The attacks records of ``sentence`` on ``place``."""
    return [r for r in extract(sentence) if r.relation in FIGHTS and r.object.label == place]


def attacks_by(sentence, actor):
    """The attacks records of ``sentence`` by ``actor``."""
    return [r for r in extract(sentence) if r.relation in FIGHTS and r.subject.label == actor]


@pytest.mark.parametrize("sentence", HELD)
def test_an_armed_actor_holding_a_city_occupies_it(sentence):
    found = occupations(sentence, "Aleppo")
    assert found and found[0].subject.label == "Red Crescent Army" and found[0].cameo_code == "192", found


@pytest.mark.parametrize(("sentence", "holder"), NOT_HELD, ids=[s for s, _ in NOT_HELD])
def test_control_by_a_party_or_a_government_is_no_fight(sentence, holder):
    assert not attacks_by(sentence, holder)


TAKEN = [
    "The Red Hand Brigade took Arica in May.",
    "Arica was taken by the Red Hand Brigade in May.",
    "Arica fell to the Red Hand Brigade after a week of fighting.",
    # a noun of a kind of place stands for the place its "of" names
    "The Red Hand Brigade took the town of Arica in May.",
    "The Chilean city of Arica fell to the Red Hand Brigade in May.",
    # the noun of the converse verb: "the fall of B to A" is "B fell to A"
    "Speaking a year after the fall of Arica to the Red Hand Brigade, the minister said nothing.",
]

NOT_TAKEN = [
    ("Labour took Arica from the Conservatives in the election.", "Labour Party"),
    ("The seat of Arica fell to Labour in 2005.", "Labour Party"),
    ("The fall of the Velorian government to the Conservatives surprised nobody.", "Conservative Party"),
]


@pytest.mark.parametrize("sentence", TAKEN)
def test_an_armed_actor_taking_a_town_occupies_it(sentence):
    found = occupations(sentence, "Arica")
    assert found and found[0].subject.label == "Red Hand Brigade" and found[0].cameo_code == "192", found


@pytest.mark.parametrize(("sentence", "taker"), NOT_TAKEN, ids=[s for s, _ in NOT_TAKEN])
def test_a_party_taking_a_seat_is_no_fight(sentence, taker):
    assert not attacks_by(sentence, taker)


@pytest.mark.parametrize("sentence", [
    "Arica was taken by Velorian Liberation Front militants in May.",
    "Velorian Liberation Front fighters have had control of Arica for two years.",
])
def test_a_group_named_by_its_fighters_is_armed(sentence):
    """The group's own name says nothing of arms; the text names it by its militants or fighters."""
    found = occupations(sentence, "Arica")
    assert found and found[0].subject.label == "Velorian Liberation Front" and found[0].cameo_code == "192", found


def test_a_group_named_alone_is_not_armed_by_its_name():
    assert not [r for r in extract("The Velorian Liberation Front has had control of Arica for two years.")
                if r.relation in FIGHTS]


@pytest.mark.parametrize("text", [
    "Velorian Liberation Front fighters fired on a police convoy near Tarsin. "
    "The Velorian Liberation Front has had control of Arica for two years.",
    "The Velorian Liberation Front has held Arica since May. "
    "Velorian Liberation Front militants shelled the port of Tarsin on Sunday.",
])
def test_a_group_the_document_names_by_its_fighters_is_armed_in_every_sentence(text):
    """Named by its fighters or militants in one sentence of the document, the group is armed in the others too."""
    found = occupations(text, "Arica")
    assert found and found[0].subject.label == "Velorian Liberation Front" and found[0].cameo_code == "192", found


@pytest.mark.parametrize(("text", "holder"), [
    # another group's fighters say nothing of this one
    ("Red Hand Brigade fighters fired on a police convoy near Tarsin. "
     "The Velorian Liberation Front has had control of Arica for two years.", "Velorian Liberation Front"),
    # a country's fighters are no sign of what the country is: a state holding a town is not read as occupying it
    ("Chadian fighters crossed the border near Tarsin. Chad has had control of Arica for two years.", "Chad"),
], ids=["another group", "a country"])
def test_fighters_of_another_actor_arm_no_one(text, holder):
    assert not attacks_by(text, holder)


@pytest.mark.parametrize("sentence", [
    "Kurdish forces freed Tarsin from the Red Hand Brigade.",
    "Kurdish forces freed Tarsin from the control of the Red Hand Brigade.",
    "Kurdish forces liberated the town of Tarsin from the grip of the Red Hand Brigade.",
])
def test_freeing_a_town_from_its_holder_is_a_fight_against_the_holder(sentence):
    """The holder is named after "from", alone or as the owner of its control or grip; the town is not released
    to anyone. Liberated, the town itself is taken too (CAMEO 192, as "retook Kismayo from B" takes Kismayo)."""
    found = extract(sentence)
    attacked = {r.object.label: r.object.type for r in found if r.relation in FIGHTS
                and r.subject.label == "Kurdish armed forces"}
    assert "Red Hand Brigade" in attacked and set(attacked) <= {"Red Hand Brigade", "Tarsin"}, found
    assert attacked.get("Tarsin", "Place") == "Place", found
    assert not [r for r in found if r.relation == "yieldsTo"], found


def test_freeing_a_person_is_still_a_release():
    assert [(r.subject.label, r.relation, r.object.label) for r in extract("Iran freed Anna Kask after a month.")] == [
        ("Iran", "yieldsTo", "Anna Kask")]


def test_the_control_of_an_actor_stands_for_it():
    found = extract("Kenya criticised the control of the Velorian Liberation Front over the port.")
    assert [(r.subject.label, r.relation, r.object.label) for r in found] == [
        ("Kenya", "criticizes", "Velorian Liberation Front")], found


def test_prisoners_freed_from_a_prison_are_no_fight_against_it():
    found = extract("The embassy has contacted the four Danish fishermen freed from Camp Oberon in March.")
    assert not [r for r in found if r.relation in FIGHTS], found


@pytest.mark.parametrize("sentence", [
    "Chadian opposition forces liberated the town of Tarsin from the Red Hand Brigade.",
    "Chadian opposition fighters freed Tarsin from the control of the Red Hand Brigade.",
])
def test_an_opposition_named_by_its_forces_is_armed_not_political(sentence):
    """An opposition is political (no fighter), unless the text names it by its forces or fighters (the town it
    liberates is taken too, see above)."""
    found = [r for r in extract(sentence) if r.relation in FIGHTS]
    pairs = {(r.subject.label, r.object.label) for r in found}
    assert ("opposition of Chad", "Red Hand Brigade") in pairs and pairs <= {
        ("opposition of Chad", "Red Hand Brigade"), ("opposition of Chad", "Tarsin")}, found


def test_an_opposition_named_alone_stays_political():
    found = extract("The Chadian opposition liberated the town of Tarsin from the Red Hand Brigade.")
    assert not [r for r in found if r.relation in FIGHTS], found
