"""Attitudes to nominalised events and descriptions of relations: who acts in an event named with "of" is the
target of a verb that condemns or welcomes it; a description in apposition says what "be" would; an event under a
noun of allegation ("reports of a feud") is hearsay.

Every sentence here is written for these rules, with names of their own.
"""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

# "of" under an event noun of the lexicon that writes no target with "of" names who acts in it: the one a verb
# of attitude reacts to. Where "of" names the target ("the arrest of X"), X is no target of the criticism.
EVENT_ACTORS = [
    ("Zembla angrily condemned the visit of Orla Fenwick to Kestoria last week.",
     ("Zembla", "criticizes", "Orla Fenwick")),
    ("Chad sharply condemned the visit of Peru's president to Kestoria.",
     ("Chad", "criticizes", "President of Peru")),
    ("The Harbour Party warmly welcomed the trip of Orla Fenwick.",
     ("Harbour Party", "praises", "Orla Fenwick")),
]


@pytest.mark.parametrize("sentence, triple", EVENT_ACTORS, ids=[s for s, _ in EVENT_ACTORS])
def test_actor_of_event_is_target_of_attitude(sentence, triple):
    assert triple in triples(extract(sentence))


# Every owner of a coordination is a target, as every coordinated modifier is ("the Bolivian and Ecuadorian plans").
COORDINATED_OWNERS = [
    ("Zembla welcomed the decision by the Farmers Union and the Harbour Party to drop the levy.",
     [("Zembla", "praises", "Farmers Union"), ("Zembla", "praises", "Harbour Party")]),
    ("Zembla condemned the visit of the Farmers Union and the Harbour Party to Kestoria.",
     [("Zembla", "criticizes", "Farmers Union"), ("Zembla", "criticizes", "Harbour Party")]),
]


@pytest.mark.parametrize("sentence, expected", COORDINATED_OWNERS, ids=[s for s, _ in COORDINATED_OWNERS])
def test_each_coordinated_owner_is_a_target(sentence, expected):
    found = triples(extract(sentence))
    assert all(triple in found for triple in expected)


def test_target_of_event_is_not_the_one_criticised():
    found = triples(extract("Zembla strongly criticised the arrest of Orla Fenwick in Kestoria."), asserted_only=False)
    assert ("Zembla", "criticizes", "Orla Fenwick") not in found


# A description in apposition to a name with a noun a pattern of "be" writes ("A be ally of B").
DESCRIBED = [
    ("Orla Fenwick, a close ally of Bram Telling, spoke to reporters at Kestoria.",
     ("Orla Fenwick", "cooperatesWith", "Bram Telling")),
    ("The post goes to Orla Fenwick - a trusted ally of Bram Telling.",
     ("Orla Fenwick", "cooperatesWith", "Bram Telling")),
    ("Bram Telling, a vocal critic of the Harbour Party, opened the fete.",
     ("Bram Telling", "criticizes", "Harbour Party")),
    ("Bram Telling, a generous backer of the Harbour Party, opened the fete.",
     ("Bram Telling", "supports", "Harbour Party")),
]


@pytest.mark.parametrize("sentence, triple", DESCRIBED, ids=[s for s, _ in DESCRIBED])
def test_appositive_description_gives_relation(sentence, triple):
    assert triple in triples(extract(sentence))


def test_former_ally_in_apposition_is_past():
    relations = extract("Orla Fenwick, a former ally of Bram Telling, opened the fete.")
    found = [r for r in relations if (r.subject.label, r.relation, r.object.label)
             == ("Orla Fenwick", "cooperatesWith", "Bram Telling")]
    assert found and all(r.modality == "past" for r in found)


# A quarrel named under a noun of allegation is hearsay: it is reported, not stated.
HEARSAY = [
    "Reports of a feud between Orla Fenwick and Bram Telling swept through Kestoria.",
    "Speculation about a rift between Orla Fenwick and Bram Telling grew over the summer.",
]


@pytest.mark.parametrize("sentence", HEARSAY)
def test_reported_quarrel_is_not_asserted(sentence):
    relations = extract(sentence)
    assert ("Orla Fenwick", "criticizes", "Bram Telling") in triples(relations, asserted_only=False)
    assert ("Orla Fenwick", "criticizes", "Bram Telling") not in triples(relations)


def test_stated_quarrel_stays_asserted():
    found = triples(extract("The feud between Orla Fenwick and Bram Telling deepened over the summer."))
    assert ("Orla Fenwick", "criticizes", "Bram Telling") in found


def test_quarrel_between_two_is_each_ones():
    found = triples(extract("The feud between Orla Fenwick and Bram Telling deepened over the summer."))
    assert ("Bram Telling", "criticizes", "Orla Fenwick") in found


# Relations or ties said to be good, close or warm are cooperation; relations alone are not.
def test_close_ties_are_cooperation():
    found = triples(extract("The Brackwater Council's warm relations with the Farmers Union helped its bid."))
    assert ("Brackwater Council", "cooperatesWith", "Farmers Union") in found


def test_relations_alone_are_no_cooperation():
    found = triples(extract("The quarrel strained Brackwater Council's relations with the Farmers Union."),
                    asserted_only=False)
    assert ("Brackwater Council", "cooperatesWith", "Farmers Union") not in found


# Leaking something to B passes B information: B is briefed; what is leaked is no actor.
def test_leaking_to_someone_briefs_them():
    found = triples(extract("Orla Fenwick quit after leaking the draft accounts to Bram Telling."))
    assert ("Orla Fenwick", "briefs", "Bram Telling") in found


def test_what_is_leaked_is_not_briefed():
    found = triples(extract("Orla Fenwick leaked the Harbour Party's tax plans on Sunday."), asserted_only=False)
    assert not {t for t in found if t[1] == "briefs"}


# An existential copula passes on what its clause makes of the event it names: denied, doubted or asked, the quarrel
# is not stated; said plainly, it is.
UNSTATED_QUARRELS = [
    "Orla Fenwick flatly denied there was a rift between her and Bram Telling.",
    "There was never a feud between Orla Fenwick and Bram Telling, friends insist.",
    "Is there now a feud between Orla Fenwick and Bram Telling?",
]


@pytest.mark.parametrize("sentence", UNSTATED_QUARRELS)
def test_existential_quarrel_denied_or_asked_is_not_asserted(sentence):
    assert ("Orla Fenwick", "criticizes", "Bram Telling") not in triples(extract(sentence))


def test_existential_quarrel_stated_stays():
    found = triples(extract("There has been a bitter feud between Orla Fenwick and Bram Telling since May."))
    assert ("Orla Fenwick", "criticizes", "Bram Telling") in found
