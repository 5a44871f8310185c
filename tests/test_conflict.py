"""Conflict as news releases write it: "defeat", "destroy", "counter" an armed group; "efforts to defeat", "the fight
against", "strikes against" owned by whoever makes them; the one helped "in the fight" fights, the helper does not;
and an election fought, a bill defeated or a final won is no fight between actors."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

FIGHTS = [
    # verbs of defeat by a state, a government or troops against a group
    ("Kenya defeated al-Shabaab fighters near Kismayo.", ("Kenya", "al-Shabaab")),
    ("Chadian troops crushed the militants near Lake Chad.", ("armed forces of Chad", "militants")),
    ("Uganda destroyed al-Shabaab bases in the south.", ("Uganda", "al-Shabaab")),
    # a gerund after "succeeded in": the subject of the verb above
    ("Nigeria succeeded in defeating al-Shabaab.", ("Nigeria", "al-Shabaab")),
    # nominal events owned by their possessor, or the clause's subject
    ("Kenya's campaign against al-Shabaab is succeeding.", ("Kenya", "al-Shabaab")),
    ("The coalition conducted 20 strikes against al-Shabaab fighters in Somalia.", ("coalition", "al-Shabaab")),
    ("Eritrea used chemical weapons against Ethiopian troops.", ("Eritrea", "armed forces of Ethiopia")),
    # a violent attack is a fight whoever carries it out, never words
    ("Al-Shabaab carried out suicide attacks against Kenya.", ("al-Shabaab", "Kenya")),
    ("Ethiopia condemned the terrorist attacks by al-Shabaab against Kenya.", ("al-Shabaab", "Kenya")),
    # taking back from, and receiving fire from
    ("Somali government forces liberated the town of Baidoa from al-Shabaab control.",
     ("armed forces of Somalia", "al-Shabaab")),
    ("Kenyan troops received heavy fire from al-Shabaab fighters near Kismayo.",
     ("al-Shabaab", "armed forces of Kenya")),
    # the one helped in a fight is the fighter
    ("Kenya supports Somalia in its fight against al-Shabaab.", ("Somalia", "al-Shabaab")),
    ("Kenya reiterated its support for Somalia in the fight against al-Shabaab.", ("Somalia", "al-Shabaab")),
    ("The minister reiterated Kenyan support for Somalia in the fight against al-Shabaab.", ("Somalia", "al-Shabaab")),
    # the parser hangs "in their fight" on the last of those helped: all of them fight
    ("Norway pledged continued backing for the Government of Chile and the Chilean people in their fight "
     "against the Red Hand Brigade.", ("government of Chile", "Red Hand Brigade")),
    ("Norway pledged continued backing for the Government of Chile and the Chilean people in their fight "
     "against the Red Hand Brigade.", ("Chile", "Red Hand Brigade")),
    # efforts to defeat are as real as efforts against: a fight under way (the defeat itself is still to come)
    ("Kenya has stepped up its efforts to defeat al-Shabaab.", ("Kenya", "al-Shabaab")),
    ("Ethiopia supported the Somali army in its efforts to defeat al-Shabaab.", ("army of Somalia", "al-Shabaab")),
    # so is working (with partners) to defeat (kg:EffortVerb): the fight is under way, the defeat its aim
    ("Kenya is working with Ethiopia to degrade and defeat al-Shabaab in the south.", ("Ethiopia", "al-Shabaab")),
]

INTENDED = [
    # a commitment is an intention: the attacks it names are not stated as done
    ("The Black Delta Front is fully committed to carrying out rocket attacks against Tanzania.",
     ("Black Delta Front", "Tanzania")),
    ("Nigeria is committed to defeating al-Shabaab.", ("Nigeria", "al-Shabaab")),
    ("Ethiopia remains committed to the NATO efforts to degrade and defeat al-Shabaab.",
     ("NATO", "al-Shabaab")),
    # a partner of acting together shares the purpose
    ("Kenya stands by Somalia to defeat al-Shabaab and end this violence.", ("Somalia", "al-Shabaab")),
]

NOT_FIGHTS = [
    # the helper is not the fighter
    ("Kenya supports Somalia in its fight against al-Shabaab.", ("Kenya", "al-Shabaab")),
    ("Ethiopia supported the Somali army in its efforts to defeat al-Shabaab.", ("Ethiopia", "al-Shabaab")),
    ("Norway pledged continued backing for the Government of Chile and the Chilean people in their fight "
     "against the Red Hand Brigade.", ("Norway", "Red Hand Brigade")),
    ("The minister reiterated Kenyan support for Somalia in the fight against al-Shabaab.", ("Minister", "al-Shabaab")),
    ("Ethiopia remains committed to the NATO efforts to degrade and defeat al-Shabaab.",
     ("Ethiopia", "al-Shabaab")),
    ("Kenya met Ethiopia to discuss al-Shabaab.", ("Ethiopia", "al-Shabaab")),
    # elections, votes, sport and policy
    ("Labour worked with the Liberal Democrats to defeat the Conservatives.",
     ("Liberal Democrats", "Conservative Party")),
    ("Labour defeated the Conservatives in the election.", ("Labour Party", "Conservative Party")),
    ("The Conservatives vowed to defeat Labour at the next election.", ("Conservative Party", "Labour Party")),
    ("Labour will fight the Conservatives for every seat.", ("Labour Party", "Conservative Party")),
    ("Portugal defeated Spain in the final.", ("Portugal", "Spain")),
    ("Brazil crushed Argentina in the final.", ("Brazil", "Argentina")),
    ("Britain and France will counter Russian influence in the Balkans.", ("United Kingdom", "Russia")),
    ("The government defeated the Conservative amendment.", ("government", "Conservative Party")),
]


def _attacks(sentence: str, *, asserted_only: bool = True) -> set[tuple[str, str]]:
    """(subject, object) labels of the attacks found, lower case."""
    return {(s.lower(), o.lower()) for s, r, o in triples(extract(sentence), asserted_only=asserted_only)
            if r == "attacks"}


@pytest.mark.parametrize(("sentence", "pair"), FIGHTS, ids=[s for s, _ in FIGHTS])
def test_a_fight_as_news_writes_it_gives_attacks(sentence, pair):
    assert (pair[0].lower(), pair[1].lower()) in _attacks(sentence)


@pytest.mark.parametrize(("sentence", "pair"), INTENDED, ids=[s for s, _ in INTENDED])
def test_a_commitment_to_defeat_gives_an_intended_fight(sentence, pair):
    records = [r for r in extract(sentence) if r.relation == "attacks"]
    assert pair in {(r.subject.label, r.object.label) for r in records}
    assert all(not r.asserted for r in records if (r.subject.label, r.object.label) == pair)


@pytest.mark.parametrize(("sentence", "pair"), NOT_FIGHTS, ids=[s for s, _ in NOT_FIGHTS])
def test_elections_sport_and_helpers_give_no_fight(sentence, pair):
    assert (pair[0].lower(), pair[1].lower()) not in _attacks(sentence, asserted_only=False)


def test_a_terrorist_attack_is_not_criticism():
    found = triples(extract("Al-Shabaab carried out terrorist attacks against Kenya."))
    assert not any(r == "criticizes" for _, r, _ in found)
