"""Arguments beyond the verb's subject and object: the actor owning an object, passives with "by" (also in
participles and relative clauses), nominal events with "by" and "of", coordination on both sides."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

FOUND = [
    # the actor in a possessor, adjective or "by"/"of" owner of the object
    ("Finland condemned Belarus's rocket drills.", ("Finland", "criticizes", "Belarus")),
    ("Senator Ilse Varga dismissed the latest Labour attack.", ("Ilse Varga", "rejects", "Labour Party")),
    ("Portugal rejected the proposals by the Andean Trade Union.", ("Portugal", "rejects", "Andean Trade Union")),
    ("Chile criticized the policy of the Andean Trade Union.", ("Chile", "criticizes", "Andean Trade Union")),
    ("Senator Ilse Varga attacked the Labour budget.", ("Ilse Varga", "criticizes", "Labour Party")),
    ("Norway condemned Cameroon's attack on Gabon.", ("Norway", "criticizes", "Cameroon")),
    # passives: full, participle, fronted participle, relative clause
    ("The Blue Brigade was led by Anton Weiss.", ("Anton Weiss", "leaderOf", "Blue Brigade")),
    ("The Chadian forces led by General Omar Marlow seized the port.",
     ("Omar Marlow", "leaderOf", "armed forces of Chad")),
    ("The Blue Brigade, which is led by Anton Weiss, seized the port.", ("Anton Weiss", "leaderOf", "Blue Brigade")),
    ("Attacked by Niger, Chad appealed to the United Nations.", ("Niger", "attacks", "Chad")),
    ("Chad, attacked by Niger, appealed to the United Nations.", ("Niger", "attacks", "Chad")),
    # a participle set off by commas after a name describes that name, wherever the parser hung it
    ("I welcome the agreement between the Federal Government of Velor, led by Prime Minister Tom Harlan, and the "
     "Norland Regional Government.", ("Tom Harlan", "leaderOf", "Federal Government of Velor")),
    # nominal events with "by" and "of"
    ("The invasion of Gabon by Cameroon shocked the region.", ("Cameroon", "attacks", "Gabon")),
    ("The attack on Chad by Niger was condemned.", ("Niger", "attacks", "Chad")),
    ("Norway condemned the invasion of Gabon by Cameroon.", ("Cameroon", "attacks", "Gabon")),
    ("Norway condemned the invasion of Gabon by Cameroon.", ("Norway", "criticizes", "Cameroon")),
    ("Norway condemned the visit of the Libyan president to Chad.", ("President of Libya", "visits", "Chad")),
    # a nationality stands for the allies or partners it describes ("our Chadian partners"), an owner does not
    ("The Zorvani Front attacked our Chadian partners.", ("Zorvani Front", "attacks", "Chad")),
    # a number or share of actors stands for them; a number of events is done by the verb's subject
    ("The Blue Brigade has killed dozens of civilians in the north.", ("Blue Brigade", "attacks", "civilians")),
    ("The Blue Brigade killed members of the Chadian army.", ("Blue Brigade", "attacks", "army of Chad")),
    ("Some of the Zorvani rebels attacked Chad.", ("Zorvani", "attacks", "Chad")),
    ("Niger launched a series of attacks on Chad.", ("Niger", "attacks", "Chad")),
    # ... but a share of a party's people is not the party, and all of them are
    ("All Tories backed Senator Ilse Varga over the levy.", ("Conservative Party", "supports", "Ilse Varga")),
    # ... and one person of a faith named beside the words that rank them acts
    ("The leading Muslim in Norland, Omar Farid, criticised Ivor Hale.", ("Omar Farid", "criticizes", "Ivor Hale")),
    ("Catholics in Norland backed Ivor Hale's stance on housing.", ("Catholics", "praises", "Ivor Hale")),
    # "which" after the place an event happened in stands for the event, whose actor acts
    ("Norway condemned the Zorvani Front's raids in the town of Marska in Orlov Province, which killed scores of "
     "civilians.", ("Zorvani Front", "attacks", "civilians")),
    ("Niger carried out a wave of strikes against Chadian troops.", ("Niger", "attacks", "armed forces of Chad")),
    # "who" hung on the place a person is from stands for the person
    ("Tomas Reyes will face Anna Kask from Peru, who criticised Ilse Varga last week.",
     ("Anna Kask", "criticizes", "Ilse Varga")),
    ("Senator Anna Kask visited the Peruvian capital on Monday.", ("Anna Kask", "visits", "Peru")),
    # an owner read past the words that qualify the noun: "Chile's democratically elected government"
    ("Norway remains steadfast in support of Chile's democratically elected government.",
     ("Norway", "supports", "government of Chile")),
    # the name after a title's "of" phrase and a comma is the title's subject, wherever the parser hung it
    ("But director of the Friends of Harbour Trust, Ann Hale, accused Tom Reed of contempt.",
     ("Ann Hale", "accuses", "Tom Reed")),
    # an unnamed spokesman stands for the organisation, country or group he speaks for (kg:MouthpieceTitle)
    ("A spokesman for the Harbour Party called on Mr Tomas Brenner to resign from the council.",
     ("Harbour Party", "appealsTo", "Tomas Brenner")),
    ("A Harbour Party spokeswoman criticised Mr Tomas Brenner.", ("Harbour Party", "criticizes", "Tomas Brenner")),
    ("Senator Ilse Varga criticised a spokesman for the Andean Trade Union.",
     ("Ilse Varga", "criticizes", "Andean Trade Union")),
]

NOT_FOUND = [
    # a place does not act: "which" after it is the event
    ("Norway condemned the Zorvani Front's raids in the town of Marska in Orlov Province, which killed scores of "
     "civilians.", ("Orlov Province", "attacks", "civilians")),
    # a verb reacting to an event does not make its subject the event's actor
    ("Norway condemned the invasion of Gabon.", ("Norway", "attacks", "Gabon")),
    ("Norway condemned the visit of the Libyan president to Chad.", ("Norway", "visits", "Chad")),
    ("Norway backed the invasion of Gabon.", ("Norway", "attacks", "Gabon")),
    # "of" after an event names what is done to, not who does it
    ("Norway condemned the invasion of Gabon.", ("Norway", "criticizes", "Gabon")),
    # a verb that speaks about an event does not take part in it
    ("Senator Ilse Varga spoke about the war on Gabon.", ("Ilse Varga", "attacks", "Gabon")),
    # a phrase before the verb sets the scene, it is not the verb's object
    ("At Valparaiso, the Andean Trade Union launched a campaign.", ("Andean Trade Union", "attacks", "Valparaiso")),
    # a thing of an actor is not the actor: companies, websites, products
    ("Reports say German and Canadian companies hosted Chilean Government websites.",
     ("Canada", "meets", "government of Chile")),
    ("Tomas Reyes will face Anna Kask from Peru, who criticised Ilse Varga last week.",
     ("Peru", "criticizes", "Ilse Varga")),
    # people a country's word describes are no place one goes to; a kind of place is
    ("Senator Anna Kask visited the Peruvian community in Leeds.", ("Anna Kask", "visits", "Peru")),
    ("Senator Anna Kask visited Peruvian troops in Bolivia.", ("Anna Kask", "visits", "armed forces of Peru")),
    # a product, a show or a disease is no actor: "a console hits the US", "the horror hit X", "the fight against
    # malaria"
    ("Sony's new console hits the US in March.", ("Sony", "attacks", "United States")),
    ("The US horror hit Boogeyman opens the festival.", ("United States", "attacks", "Boogeyman")),
    ("Tilda Brand has pledged a fortune to the fight against Polio and Cholera.",
     ("Tilda Brand", "attacks", "Cholera")),
    # the one who presses for an end to an event does not take part in it
    ("Senator Tom Reyes urged him to press the junta to halt right away its airstrikes against rebel forces and "
     "innocent civilians in Tarsk.", ("Tom Reyes", "attacks", "rebels")),
    # a participle with its own auxiliary does not describe the subject of the main verb
    ("The Gabonese unit joined the convoy while being led by Anton Weiss.", ("Anton Weiss", "leaderOf", "Gabon")),
    # ... nor the name coordinated after it
    ("I welcome the agreement between the Federal Government of Velor, led by Prime Minister Tom Harlan, and the "
     "Norland Regional Government.", ("Tom Harlan", "leaderOf", "Norland Regional Government")),
    # a person's spokesman is no mouthpiece of that person, nor is an envoy of the body that sent him
    ("A spokesman for Mr Tomas Brenner criticised Senator Ilse Varga.", ("Tomas Brenner", "criticizes", "Ilse Varga")),
    ("A Harbour Party envoy criticised Mr Tomas Brenner.", ("Harbour Party", "criticizes", "Tomas Brenner")),
    # "after" opens a clause the parser read as its object: the owner of the noun before it backs no one
    ("The council's aide explained Mr Tomlin's plan after the head of the Harbour Guild in Eastland backed "
     "Ivor Hale's view on housing.", ("Tomlin", "supports", "Ivor Hale")),
    # some of a party's people are not the party
    ("Senator Ilse Varga brushed aside worries voiced by some Tories over her housing levy.",
     ("Conservative Party", "commentsOn", "Ilse Varga")),
    ("Several Labour MPs criticised Senator Ilse Varga over the levy.", ("Labour Party", "criticizes", "Ilse Varga")),
    ("Many Conservatives backed Senator Ilse Varga over the levy.", ("Conservative Party", "supports", "Ilse Varga")),
    ("Two of the Tories attacked Senator Ilse Varga over the levy.",
     ("Conservative Party", "criticizes", "Ilse Varga")),
    # one person of a faith, a nation or a party, ranked or with "a", is not the group
    ("The council met after the top Catholic in Norland backed Ivor Hale's stance on housing.",
     ("Catholic", "praises", "Ivor Hale")),
    ("A leading Muslim in Norland criticised Senator Ilse Varga.", ("Muslim", "criticizes", "Ilse Varga")),
    ("A Tory criticised Senator Ilse Varga.", ("Conservative Party", "criticizes", "Ilse Varga")),
    ("Senator Ilse Varga met the most senior Anglican in Norland.", ("Ilse Varga", "meets", "Anglican")),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[f"{s} {e[1]}" for s, e in FOUND])
def test_argument_is_found(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found


@pytest.mark.parametrize(("sentence", "unexpected"), NOT_FOUND, ids=[f"{s} {e[1]}" for s, e in NOT_FOUND])
def test_argument_is_not_invented(sentence, unexpected):
    assert unexpected not in triples(extract(sentence), asserted_only=False)


def test_the_participle_keeps_its_own_polarity():
    """The leader of forces the sentence says something else about is still their leader."""
    relations = extract("Chad wants the Libyan forces led by General Omar Marlow to withdraw.")
    led = [r for r in relations if r.relation == "leaderOf"]
    assert led and led[0].asserted, [(r.subject.label, r.relation, r.object.label, r.status) for r in relations]


def test_coordination_on_both_sides_gives_every_pair():
    found = triples(extract("Peru and Chile condemned Bolivia and Ecuador."))
    assert {(s, "criticizes", o) for s in ("Peru", "Chile") for o in ("Bolivia", "Ecuador")} <= found


def test_coordinated_owners_of_the_object_give_every_pair():
    found = triples(extract("Chile and Ecuador condemned the Bolivian and Peruvian proposals."))
    assert {(s, "criticizes", o) for s in ("Chile", "Ecuador") for o in ("Bolivia", "Peru")} <= found
    found = triples(extract("Finland condemned Belarus's and Russia's rocket drills."))
    assert {("Finland", "criticizes", "Belarus"), ("Finland", "criticizes", "Russia")} <= found


def test_coordinated_targets_of_a_nominal_event():
    found = triples(extract("Cameroon's strikes on Gabon and Chad continued."))
    assert {("Cameroon", "attacks", "Gabon"), ("Cameroon", "attacks", "Chad")} <= found


def test_a_cue_of_polarity_still_takes_part_in_the_event():
    """Who rejects talks with someone is the one who would talk: a negated meeting, not nothing."""
    relations = extract("Chile rejected talks with Bolivia.")
    assert [r.status for r in relations if (r.subject.label, r.relation, r.object.label) == (
        "Chile", "meets", "Bolivia")] == ["denied"]
