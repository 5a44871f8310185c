"""Role relations (extract/roles.py): what a title says of its holder, read from the ontology's roles block."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal

from graph_builder.build import build, process
from graph_builder.errors import OntologyError
from graph_builder.extract.roles import role_words
from graph_builder.nlp import DEFAULT_MODEL, load_pipeline
from graph_builder.records import Document
from graph_builder.vocab import KG, load_lexicon
from tests.conftest import extract, ontology_copy, triples


def roles_of(text: str, **kwargs) -> set[tuple[str, str, str, str]]:
    """(subject, relation, object, modality) of every role relation the pipeline finds in ``text``."""
    relations = process([Document(id="r", text=text, source="<test>")], **kwargs)[0].relations
    return {(r.subject.label, r.relation, r.object.label, r.modality) for r in relations if r.extractor == "roles"}


# (sentence, a role relation that must be asserted, one that must not be found at all)
CASES = [
    # an organisation wins over a country word: the country word says where the holder works, not for whom
    ('"Prices will rise," said Maria Lopez, chief Japanese economist for Goldman Sachs.',
     ("Maria Lopez", "employedBy", "Goldman Sachs"), ("Maria Lopez", "memberOf", "Japan")),
    # a role preposition introduces the employer; a minister of a country serves its government
    ("Miguel Soto, the Foreign Minister of Chile, arrived in Lima.",
     ("Miguel Soto", "memberOf", "government of Chile"), ("Miguel Soto", "memberOf", "Chile")),
    # another preposition does not: an ambassador to the UN works for his country
    ("Miguel Soto, the Chilean ambassador to the United Nations, spoke on Monday.",
     ("Miguel Soto", "memberOf", "Chile"), ("Miguel Soto", "memberOf", "United Nations")),
    # a title before the name whose "of" follows the name: the president of Peru, a minister of Peru
    ("President Ana Ruiz of Peru opened the new bridge.",
     ("Ana Ruiz", "leaderOf", "Peru"), ("Ana Ruiz", "memberOf", "Peru")),
    ("Finance Minister Ana Ruiz of Peru resigned on Friday.",
     ("Ana Ruiz", "memberOf", "government of Peru"), ("Ana Ruiz", "leaderOf", "Peru")),
    ("Chairman Tom Lee of Kelvor Motors announced the job cuts.",
     ("Tom Lee", "leaderOf", "Kelvor Motors"), ("Tom Lee", "memberOf", "Kelvor Motors")),
    # ... not when the words before the name say what the title is of
    ("Chilean President Jose Arce of the Unity Party spoke in Lima.",
     ("Jose Arce", "leaderOf", "Chile"), ("Jose Arce", "leaderOf", "Unity Party")),
    # a serving title's "to" introduces whom it serves (kg:ServingTitle), an ambassador's where he is sent
    ("Dan Pryce, chief economic adviser to the Harbour Authority, resigned.",
     ("Dan Pryce", "employedBy", "Harbour Authority"), ("Dan Pryce", "leaderOf", "Harbour Authority")),
    ("Lena Kask, principal secretary to the Norland Water Board, resigned.",
     ("Lena Kask", "memberOf", "Norland Water Board"), ("Lena Kask", "leaderOf", "Norland Water Board")),
    # a party's candidate is a member of it; a country's candidate holds no office of its government
    ("Tom Reed won the seat from the Harbour Party candidate Ann Hale.",
     ("Ann Hale", "memberOf", "Harbour Party"), ("Ann Hale", "leaderOf", "Harbour Party")),
    ("Peruvian presidential candidate Ana Ruiz met Harbour Party candidate Tom Reed in Lima.",
     ("Tom Reed", "memberOf", "Harbour Party"), ("Ana Ruiz", "memberOf", "Peru")),
    # head titles lead what their preposition introduces
    ("Anna Berg, the commander of the Baltic Defence Brigade, inspected the base.",
     ("Anna Berg", "leaderOf", "Baltic Defence Brigade"), ("Anna Berg", "memberOf", "Baltic Defence Brigade")),
    ("Anna Berg, head of the Refugee Council, visited the camp.",
     ("Anna Berg", "leaderOf", "Refugee Council"), ("Anna Berg", "memberOf", "Refugee Council")),
    # ... only what the preposition itself introduces: the head of a council's unit does not lead the council
    ("Anna Berg, head of the Refugee Council's legal unit, visited the camp.",
     ("Anna Berg", "memberOf", "Refugee Council"), ("Anna Berg", "leaderOf", "Refugee Council")),
    # ... nor does any leader of a part of it: the chairman of a party's committee is a member of the party
    ("The chairman of the Labour Party's finance committee, Jane Morton, said the accounts were sound.",
     ("Jane Morton", "memberOf", "Labour Party"), ("Jane Morton", "leaderOf", "Labour Party")),
    # a title before another person's name is that person's: the second holds only the title nearest to him
    ("British Prime Minister Keir Starmer and Labour Party adviser Jane Morton visited the school.",
     ("Jane Morton", "memberOf", "Labour Party"), ("Jane Morton", "leaderOf", "Labour Party")),
    # a chief title that ends the phrase leads the organisation named right before it ...
    ("Refugee Council chief Anna Berg visited the camp.",
     ("Anna Berg", "leaderOf", "Refugee Council"), ("Anna Berg", "memberOf", "Refugee Council")),
    # ... also when the model took the title into the organisation's name, with the holder in apposition
    ("The Northern Fleet Commander, Vice Adm. Anna Berg, said the drills would go on.",
     ("Anna Berg", "leaderOf", "Northern Fleet"), ("Anna Berg", "memberOf", "Northern Fleet")),
    # a title that goes on after the organisation the model named is no part of its name
    ("Three strikes killed 20 militants, Pentagon Press Secretary Tom Reyes said on Monday.",
     ("Tom Reyes", "memberOf", "Pentagon"), ("Tom Reyes", "memberOf", "Pentagon Press")),
    # ... not when it qualifies another noun: a bank's chief economist is no leader of the bank
    ("Goldman Sachs reported profits. Goldman Sachs chief economist Anna Berg said prices would rise.",
     ("Anna Berg", "employedBy", "Goldman Sachs"), ("Anna Berg", "leaderOf", "Goldman Sachs")),
    ("Anna Berg, the Goldman Sachs chief economist, said prices would rise. Goldman Sachs agreed.",
     ("Anna Berg", "employedBy", "Goldman Sachs"), ("Anna Berg", "leaderOf", "Goldman Sachs")),
    # one of many: "an ISIL commander", "a Labour leader" is a member
    ("Jane Morton, a Labour leader in the north, opened the campaign.",
     ("Jane Morton", "memberOf", "Labour Party"), ("Jane Morton", "leaderOf", "Labour Party")),
    # ... and before a name with a country word keep their own relation: a US commander is no leader of the US
    ("US commander General Tom Reed visited the base.",
     ("Tom Reed", "memberOf", "United States"), ("Tom Reed", "leaderOf", "United States")),
    # a country title: a British chancellor is a minister, a German or Austrian one leads the country
    ("British Chancellor Peter Walsh will deliver his budget in March.",
     ("Peter Walsh", "memberOf", "United Kingdom"), ("Peter Walsh", "leaderOf", "United Kingdom")),
    ("Austrian Chancellor Karl Huber met the press in Vienna.",
     ("Karl Huber", "leaderOf", "Austria"), ("Karl Huber", "memberOf", "Austria")),
    # a shadow minister belongs to the opposition party and leads nothing
    ("Tory shadow chancellor Peter Walsh attacked the budget.",
     ("Peter Walsh", "memberOf", "Conservative Party"), ("Peter Walsh", "leaderOf", "Conservative Party")),
    # a deputy and a vice-president are members, whatever the title they qualify
    ("Labour deputy leader Jane Morton spoke at the conference.",
     ("Jane Morton", "memberOf", "Labour Party"), ("Jane Morton", "leaderOf", "Labour Party")),
    ("Liberal Democrat vice-president Jane Morton spoke at the conference.",
     ("Jane Morton", "memberOf", "Liberal Democrats"), ("Jane Morton", "leaderOf", "Liberal Democrats")),
    ("Jane Morton, the deputy prime minister of Norway, arrived in Oslo.",
     ("Jane Morton", "memberOf", "government of Norway"), ("Jane Morton", "leaderOf", "Norway")),
    # a legislator's seat, a peerage and a bench of a party: members of the party, never its leaders
    ("Tory MP Ivor Hatton voted against the harbour bill.",
     ("Ivor Hatton", "memberOf", "Conservative Party"), ("Ivor Hatton", "leaderOf", "Conservative Party")),
    ("Liberal Democrat peer Lady Orla Fenn tabled an amendment.",
     ("Lady Orla Fenn", "memberOf", "Liberal Democrats"), ("Lady Orla Fenn", "leaderOf", "Liberal Democrats")),
    ("Senior Labour backbencher Tom Dorn said the vote was close.",
     ("Tom Dorn", "memberOf", "Labour Party"), ("Tom Dorn", "leaderOf", "Labour Party")),
    ("Tory co-chairman Ivor Hatton opened the campaign.",
     ("Ivor Hatton", "memberOf", "Conservative Party"), ("Ivor Hatton", "leaderOf", "Conservative Party")),
    # a broadcaster's editor or correspondent works for it; a commissioner for the body that appoints him
    ("Radio Vega's economics editor Tom Fenwick said the figures were plausible.",
     ("Tom Fenwick", "employedBy", "Radio Vega"), ("Tom Fenwick", "leaderOf", "Radio Vega")),
    ("Andean Trade Union commissioner Ivor Hatton met the miners.",
     ("Ivor Hatton", "memberOf", "Andean Trade Union"), ("Ivor Hatton", "leaderOf", "Andean Trade Union")),
    ("Ana Ruiz, a senior Andean Trade Union officer, said the strike would go on.",
     ("Ana Ruiz", "memberOf", "Andean Trade Union"), ("Ana Ruiz", "leaderOf", "Andean Trade Union")),
    # a name with no title that "of" ties to an organisation speaks as its member
    ("Ana Ruiz, of the Refugee Council, said the camps were full.",
     ("Ana Ruiz", "memberOf", "Refugee Council"), ("Ana Ruiz", "leaderOf", "Refugee Council")),
    ("Tom Dorn of the Andean Trade Union met the minister.",
     ("Tom Dorn", "memberOf", "Andean Trade Union"), ("Tom Dorn", "leaderOf", "Andean Trade Union")),
    ("Labour's Ana Ruiz said the camps were full.",
     ("Ana Ruiz", "memberOf", "Labour Party"), ("Ana Ruiz", "leaderOf", "Labour Party")),
]


def test_a_capital_before_a_citys_own_office_gives_no_role_in_its_country():
    found = triples(extract("Governor Tomas Reyes urged Paris mayor Anne Delorme to resign."), asserted_only=False)
    assert not [t for t in found if t[0] == "Anne Delorme" and t[2] == "France"], found


@pytest.mark.parametrize("sentence, expected, forbidden", CASES, ids=[s for s, *_ in CASES])
def test_a_title_binds_its_holder_to_the_organisation_it_belongs_to(sentence, expected, forbidden):
    found = triples(extract(sentence), asserted_only=False)
    assert expected in found, f"{expected} not in {sorted(found)}"
    assert forbidden not in found


@pytest.mark.parametrize("sentence, person", [
    # a portfolio: the region a minister is responsible for is no employer
    ("The Minister for Southern Africa, Peter Walsh, visited Pretoria on Monday.", "Peter Walsh"),
    # a place phrase the parser hung on the title: the country the minister is in is no employer
    ("In Kenya Minister Peter Walsh met aid workers and local officials.", "Peter Walsh"),
    # a representative's constituency, even one the model took for an organisation, is no employer
    ("Mr Harding has been the MP for Eastport Central since 2001.", "Harding"),
])
def test_a_place_named_with_a_title_is_no_employer(sentence, person):
    found = {(s, o) for s, relation, o in triples(extract(sentence), asserted_only=False)
             if relation in ("memberOf", "leaderOf")}
    assert not [o for s, o in found if s == person], found


def test_every_role_modifier_of_the_ontology_makes_a_leader_a_member():
    for word in sorted(role_words(load_lexicon()).modifiers):
        found = roles_of(f"Labour's {word} leader Jane Morton spoke at the conference.")
        assert ("Jane Morton", "memberOf", "Labour Party", "asserted") in found, (word, found)
        assert not any(relation == "leaderOf" for _, relation, _, _ in found), (word, found)


@pytest.mark.parametrize("sentence, expected", [
    ("Former Green Party leader Jane Morton spoke at the rally.", ("Jane Morton", "leaderOf", "Green Party")),
    ("Karl Huber, the ex-president of Austria, opened the exhibition.", ("Karl Huber", "leaderOf", "Austria")),
    ("Former Chilean foreign minister Miguel Soto wrote a memoir.",
     ("Miguel Soto", "memberOf", "government of Chile")),
    # "former" qualifies the whole title, also when the title word is not its head ("chief executive")
    ("Goldman Sachs reported higher profits. Former Goldman Sachs chief executive John Varley spoke at the dinner.",
     ("John Varley", "leaderOf", "Goldman Sachs")),
])
def test_a_former_title_keeps_its_relation_in_the_past(sentence, expected):
    relations = [r for r in extract(sentence) if (r.subject.label, r.relation, r.object.label) == expected]
    assert relations, f"{expected} not found"
    assert {r.modality for r in relations} == {"past"}
    assert expected not in triples(relations), "a past role is no fact of the article's time"
    assert any(word in relations[0].role.lower() for word in ("former", "ex")), "the role keeps the word"


def test_a_past_role_is_a_statement_with_status_past_and_no_direct_triple(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Former Green Party leader Jane Morton spoke at the rally in Leeds.\n", encoding="utf-8")
    build([str(article)], out=tmp_path / "out", html=False, progress=False)
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    leader = load_lexicon().relation_iri("leaderOf")
    assert not list(graph.triples((None, leader, None)))
    assert list(graph.subjects(KG.status, Literal("past")))


def test_country_titles_are_data(tmp_path):
    # the ontology, not the code, says where a chancellor leads: one line makes a British chancellor a leader
    folder = ontology_copy(tmp_path, '\nkg:leaderOf kg:countryTitle [ kg:titlePattern "chancellor" ; '
                                     'kg:inCountry "United Kingdom" ] .\n')
    assert ("Peter Walsh", "leaderOf", "United Kingdom", "asserted") in roles_of(
        "British Chancellor Peter Walsh will deliver his budget in March.", ontology=folder)


def test_a_country_title_must_name_a_title(tmp_path):
    folder = ontology_copy(tmp_path, '\nkg:leaderOf kg:countryTitle [ kg:titlePattern "grand vizier" ; '
                                     'kg:inCountry "Chile" ] .\n')
    with pytest.raises(OntologyError, match="grand vizier"):
        role_words(load_lexicon(folder))


def role_records(text: str) -> dict[tuple[str, str, str], tuple[bool, str]]:
    """(subject, relation, object) -> (negated, modality) of every memberOf/leaderOf the pipeline finds."""
    relations = process([Document(id="r", text=text, source="<test>")])[0].relations
    return {(r.subject.label, r.relation, r.object.label): (r.negated, r.modality) for r in relations
            if r.relation in ("memberOf", "leaderOf")}


# Affiliations as real text writes them: (sentence, (subject, relation, object, negated, modality) expected,
# a triple that must not be found at all)
WRITTEN = [
    # a verb gives its subject a title: the title's relation, with the verb's polarity
    ("Mrs Helen Varga is a member of the Liberal Party.",
     ("Helen Varga", "memberOf", "Liberal Party", False, "asserted"), ("Helen Varga", "leaderOf", "Liberal Party")),
    ("Mrs Helen Varga is not a member of the Liberal Party.",
     ("Helen Varga", "memberOf", "Liberal Party", True, "asserted"), None),
    ("Mrs Helen Varga was a previous member of the Liberal Party.",
     ("Helen Varga", "memberOf", "Liberal Party", False, "past"), None),
    ("Mr Lucas Brandt became leader of the Green Party in 2003.",
     ("Lucas Brandt", "leaderOf", "Green Party", False, "asserted"), None),
    ("Mr Lucas Brandt was appointed chairman of the Northern Rail Board last week.",
     ("Lucas Brandt", "leaderOf", "Northern Rail Board", False, "asserted"), None),
    # a verb of holding in the simple past held the title before the article, as "was" does (kg:HoldingVerb)
    ("Mr Lucas Brandt served as commander of the Baltic Defence Brigade.",
     ("Lucas Brandt", "leaderOf", "Baltic Defence Brigade", False, "past"), None),
    ("Mrs Helen Varga worked as an adviser to the Liberal Party.",
     ("Helen Varga", "memberOf", "Liberal Party", False, "past"), None),
    ("Mr Lucas Brandt has served as commander of the Baltic Defence Brigade since 2019.",
     ("Lucas Brandt", "leaderOf", "Baltic Defence Brigade", False, "asserted"), None),
    ("Mr Lucas Brandt serves as commander of the Baltic Defence Brigade.",
     ("Lucas Brandt", "leaderOf", "Baltic Defence Brigade", False, "asserted"), None),
    # a verb that leaves a title (kg:LeavingVerb): the role is past once the leaving is asserted, else it holds
    ("Mr Lucas Brandt resigned as leader of the Harbour Party in 1998.",
     ("Lucas Brandt", "leaderOf", "Harbour Party", False, "past"), None),
    ("Mrs Helen Varga quit as Harbour Party treasurer after the vote.",
     ("Helen Varga", "memberOf", "Harbour Party", False, "past"), ("Helen Varga", "leaderOf", "Harbour Party")),
    ("Mrs Helen Varga is to step down in May as a Harbour Party councillor.",
     ("Helen Varga", "memberOf", "Harbour Party", False, "asserted"), None),
    # a headline's infinitive is its future: the role still holds
    ("Lee to quit as Tory MP at election\nAnn Lee spoke on Monday.",
     ("Ann Lee", "memberOf", "Conservative Party", False, "asserted"), None),
    ("Mr Lucas Brandt went on to resign as leader of the Harbour Party in 1998.",
     ("Lucas Brandt", "leaderOf", "Harbour Party", False, "past"), None),
    ("Mr Lucas Brandt refused to resign as leader of the Harbour Party.",
     ("Lucas Brandt", "leaderOf", "Harbour Party", False, "asserted"), None),
    # "from" or "for" an organisation, set off by commas after a name (kg:SetOffPreposition)
    ("Jim Corran, from the Harbour Families Trust, said the plan was unfair.",
     ("Jim Corran", "memberOf", "Harbour Families Trust", False, "asserted"), None),
    ("Ann Hale, for the Harbour Party, called on the council to resign.",
     ("Ann Hale", "memberOf", "Harbour Party", False, "asserted"), None),
    ("Jim Corran, from the campaign group Open Harbour, said the plan was unfair.",
     ("Jim Corran", "memberOf", "Open Harbour", False, "asserted"), None),
    # a name after a title's "of" phrase and a comma, which the parser may hang on the organisation's name (the
    # director of a trust heads it: senses.yaml class campaign)
    ("But director of the Friends of Harbour Trust, Ann Hale, accused Tom Reed of contempt.",
     ("Ann Hale", "leaderOf", "Friends of Harbour Trust", False, "asserted"), None),
    ("Her words came after the co-chairman of the Harbour Party, Tom Reed, had called him a failure.",
     ("Tom Reed", "memberOf", "Harbour Party", False, "asserted"), None),
    # a title after a comma, its organisation in the next appositive: a head title leads it
    ("Adm. Karen Holt, commander, Pacific Fleet Command, visited the port on Tuesday.",
     ("Karen Holt", "leaderOf", "Pacific Fleet Command", False, "asserted"),
     ("Karen Holt", "memberOf", "Pacific Fleet Command")),
    # a unit's commander leads the unit named before the title; a militia's commander is one of its commanders
    ("Col. Dana Ruiz, 88th Airlift Wing commander, spoke to reporters.",
     ("Dana Ruiz", "leaderOf", "Airlift Wing", False, "asserted"), None),
    ("Hamas commander Omar Haddad was freed on Sunday.",
     ("Omar Haddad", "memberOf", "Hamas", False, "asserted"), ("Omar Haddad", "leaderOf", "Hamas")),
    # a unit whose echelon stands inside its name, before its designation: its commander leads it
    ("The Combined Joint Task Force – Northern Shield Commander, Maj. Gen. Arno Velk, praised the Kestrel Brigade.",
     ("Arno Velk", "leaderOf", "Combined Joint Task Force – Northern Shield", False, "asserted"),
     ("Arno Velk", "memberOf", "Combined Joint Task Force – Northern Shield")),
    ("Zorvani Front commander Arno Velk toured the border villages.",
     ("Arno Velk", "memberOf", "Zorvani Front", False, "asserted"), ("Arno Velk", "leaderOf", "Zorvani Front")),
    # an organisation has one commanding officer or general: the one named before the title leads it
    ("The Andean Stabilisation Mission commanding officer, Col. Tomas Berg, said the patrols would continue.",
     ("Tomas Berg", "leaderOf", "Andean Stabilisation Mission", False, "asserted"),
     ("Tomas Berg", "memberOf", "Andean Stabilisation Mission")),
    ("A Red Hand Brigade commanding officer, Tomas Berg, was killed.",
     ("Tomas Berg", "memberOf", "Red Hand Brigade", False, "asserted"), ("Tomas Berg", "leaderOf", "Red Hand Brigade")),
    # units of units: a smaller unit named before a larger one is part of it
    ("Soldiers from Bravo Company, 1st Battalion, 8th Infantry Regiment trained with the Kenyan army.",
     ("1st Battalion", "memberOf", "8th Infantry Regiment", False, "asserted"),
     ("8th Infantry Regiment", "memberOf", "1st Battalion")),
    # assignment: the one assigned is a member of the unit; a place is a posting, no employer
    ("Sgt. Mark Ellis was assigned to the 2nd Battalion, 7th Marine Regiment, in California.",
     ("Mark Ellis", "memberOf", "2nd Battalion", False, "asserted"), ("Mark Ellis", "memberOf", "California")),
    # "as part of": the subject of the verb, or the actor "as" hangs on, is part of the organisation
    ("Canada, as part of the Atlantic Alliance, sent troops to the region.",
     ("Canada", "memberOf", "Atlantic Alliance", False, "asserted"), None),
    ("The 22nd Fighter Squadron will fly missions as part of the 52nd Fighter Wing.",
     ("Fighter Squadron", "memberOf", "Fighter Wing", False, "future"), None),
    # joining an organisation is membership; joining it in doing something is not
    ("Mr Tom Baker joined the Green Party in 2001.", ("Tom Baker", "memberOf", "Green Party", False, "asserted"),
     None),
    # "in" an organisation is a role preposition; "in" a country says where the holder is, not for whom
    ("Mr Tom Reed, a senior official in the Labour Party, resigned.",
     ("Tom Reed", "memberOf", "Labour Party", False, "asserted"), None),
    ("The US commander in Iraq, General Tom Reed, visited the base.",
     ("Tom Reed", "memberOf", "United States", False, "asserted"), ("Tom Reed", "memberOf", "Iraq")),
    # troops named from a military unit belong to it
    ("Forty Reserve Airmen, deployed from the 88th Airlift Wing, arrived in Qatar.",
     ("Forty Reserve Airmen", "memberOf", "Airlift Wing", False, "asserted"), None),
    ("Twelve Guard Airmen, sent from Joint Task Force Bravo, reached the coast on Friday.",
     ("Twelve Guard Airmen", "memberOf", "Joint Task Force Bravo", False, "asserted"), None),
    # service and representation (lexicon families)
    ("Norway works within NATO to protect shipping.", ("Norway", "memberOf", "NATO", False, "asserted"), None),
    ("The Kurdish Workers Union, represented by Mr Tom Baker, signed the accord.",
     ("Tom Baker", "memberOf", "Kurdish Workers Union", False, "asserted"), None),
]


@pytest.mark.parametrize("sentence, expected, forbidden", WRITTEN, ids=[s for s, *_ in WRITTEN])
def test_affiliations_as_text_writes_them(sentence, expected, forbidden):
    found = role_records(sentence)
    *triple, negated, modality = expected
    assert found.get(tuple(triple)) == (negated, modality), f"{expected} not in {found}"
    assert forbidden is None or forbidden not in found, found


@pytest.mark.parametrize("sentence", [
    "The Green Party joined the Labour Party in attacking the plan.",  # acting with, not joining
    "Mr Tom Baker joined the Labour Party leader at the rally.",
    "Mr Tom Baker was posted to Kabul in May.",  # a place is no employer
    "Captain Tom Baker served in Kosovo.",
    "Mr Tom Baker represented Mrs Helen Varga in court.",  # a client is no employer
    "Mr Lucas Brandt is the best friend of Mrs Helen Varga.",  # no title, no affiliation
    "2nd Battalion, 1st Battalion and the 3rd Battalion trained together.",  # peers are no parts of each other
    "Mr Tom Reed from the BBC asked a question.",  # only a military unit makes "from" membership
    "The 2nd Battalion received support from the 5th Fighter Wing.",
    "King Carl of Sweden opened the bridge.",  # "of" a country or a town is a title's or a home's
    "Mr Tom Reed of Leeds asked a question.",
    "Councillor Tom Reed of Leeds asked a question.",  # a town after a title's name is the home
    "Tom Reed, from Leeds, asked a question.",  # set off by commas, a place is still the home
    "Mark Holt, 52, of Eastport Central, was injured in the crash.",  # after an age "of" gives the home
    "Peru's Ana Ruiz asked a question.",
])
def test_no_affiliation_where_the_text_gives_none(sentence):
    assert not role_records(sentence)



@pytest.mark.parametrize(("sentence", "expected"), [
    ("Green Party chairman Rosa Lind opened the conference.", ("Rosa Lind", "memberOf", "Green Party")),
    ("Lib Dem president Ann Hale spoke in Leeds.", ("Ann Hale", "memberOf", "Liberal Democrats")),
    ("Chilean President Jose Arce met Peruvian officials.", ("Jose Arce", "leaderOf", "Chile")),
])
def test_a_party_chairman_or_president_is_a_member_not_the_leader(sentence, expected):
    assert expected in triples(extract(sentence))


def test_a_representative_is_a_member_of_his_party_not_of_his_constituency():
    found = roles_of("Ms Fell, Labour MP for Eastport Central, believes the plan is wrong.")
    assert ("Fell", "memberOf", "Labour Party", "asserted") in found
    assert not [r for r in found if r[2] == "Eastport Central"], found


def test_chairing_a_party_is_not_leading_it():
    found = triples(extract("Rosa Lind chaired the Green Party for a year."))
    assert not [t for t in found if t[1] == "leaderOf"]


@pytest.mark.parametrize("sentence", [
    "Lord Bram, Margaret Wills's former press secretary, disagreed with the plan.",
    "Mr Hollister and his spokesman Tim Raye walked out of the meeting.",
])
def test_nobody_is_a_member_of_a_person(sentence):
    found = {(s, o) for s, relation, o in triples(extract(sentence), asserted_only=False) if relation == "memberOf"}
    assert not [o for s, o in found if o in ("Margaret Wills", "Hollister")], found


def test_the_leader_of_the_commons_leads_no_chamber():
    found = roles_of("Mr Hale, Leader of the Commons, said the bill would pass.")
    assert not [r for r in found if r[1] == "leaderOf"], found


@pytest.mark.parametrize("sentence", [
    "Kelvor committee chairman Dan Pryce said the figures were wrong.",
    "Senate panel chairwoman Ruth Alder said the figures were wrong.",
])
def test_the_chair_of_a_body_inside_an_organisation_leads_no_organisation(sentence):
    found = roles_of(sentence)
    assert not [r for r in found if r[1] == "leaderOf"], found


def test_a_party_chairman_keeps_his_party():
    found = roles_of("Tory party chairman Liam Hale said no.")
    assert ("Liam Hale", "memberOf", "Conservative Party", "asserted") in found, found


@pytest.mark.parametrize("sentence", [
    "Mr Pryce has headed the Green Party's preparations for the last two elections.",
    "Ruth Alder will lead Kenya's delegation to the talks in Geneva.",
])
def test_leading_a_thing_of_an_actor_leads_no_actor(sentence):
    found = {(r.subject.label, r.relation, r.object.label) for r in extract(sentence)}
    assert not [t for t in found if t[1] == "leaderOf"], found


@pytest.mark.parametrize(("sentence", "person", "party"), [
    ("Lord Hale, Tory leader in the Lords, told peers the bill would be rewritten.", "Lord Hale", "Conservative Party"),
    ("Ruth Alder, the Labour leader in the Scottish Parliament, said no.", "Ruth Alder", "Labour Party"),
])
def test_a_leader_in_a_part_of_a_party_is_its_member(sentence, person, party):
    found = roles_of(sentence)
    assert (person, "memberOf", party, "asserted") in found and (person, "leaderOf", party, "asserted") not in found


def records_after(first: str, second: str) -> set[tuple[str, str, str]]:
    """The asserted (subject, relation, object) of the records whose evidence is in ``second``, read after
    ``first`` in one document."""
    text = f"{first} {second}"
    return {(r.subject.label, r.relation, r.object.label) for r in extract(text)
            if r.evidence.start >= len(first) and r.asserted}


@pytest.mark.parametrize(("first", "second", "expected"), [
    ("Tory leader Liam Hale spoke in Leeds.", "The Tory leader said the plan was sound.",
     ("Liam Hale", "leaderOf", "Conservative Party")),
    ("Chilean President Jose Arce arrived on Monday.", "Later the Chilean president met the bankers.",
     ("Jose Arce", "leaderOf", "Chile")),
    ("Green Party leader Rosa Lind opened the conference.", "A friend of the leader of the Green Party spoke.",
     ("Rosa Lind", "leaderOf", "Green Party")),
])
def test_a_description_of_a_named_leader_gives_the_title_relation(first, second, expected):
    assert expected in records_after(first, second)


@pytest.mark.parametrize(("first", "second", "person"), [
    # a title the document gives two people: which Labour MP is meant is a guess
    ("Labour MP Ann Hale and Labour MP Tom Reed spoke in Leeds.", "The Labour MP said the plan was sound.",
     "Ann Hale"),
    # said of someone else, not a mention of the holder
    ("Tory leader Liam Hale spoke in Leeds.", "Tom Reed, who is now the Tory leader, smiled.", "Liam Hale"),
    # one of a rank, not the holder
    ("Labour leader Ann Hale spoke in Leeds.", "Tom Reed was the only Labour leader to lose twice.", "Ann Hale"),
    # named with a bare title: which party he leads the document does not say
    ("Leader Ann Hale spoke in Leeds.", "The Tory leader said the plan was sound.", "Ann Hale"),
    # the end of an organisation's name, however the parser hung it
    ("Deputy President Tessa Marsh spoke.", "MPs reviewing the Office for the Deputy President, which handles "
     "planning, said most targets were missed.", "Tessa Marsh"),
])
def test_a_description_that_may_mean_someone_else_gives_no_title_relation(first, second, person):
    assert not [t for t in records_after(first, second) if t[0] == person]


_HOLDER = "Transport Secretary Arvo Pellik spoke in Caldera on Monday."


@pytest.mark.parametrize("second", [
    "Licences for new ferries depend on the whim of the transport secretary.",
    "No ferry route opens without the transport secretary's say so.",
    "Ferry fares rest on the discretion or the certificate of the transport secretary.",
])
def test_a_title_owning_its_offices_discretion_gives_its_holder_no_role(second):
    assert not [t for t in records_after(_HOLDER, second) if t[0] == "Arvo Pellik"]


def test_a_title_as_the_agent_of_a_required_passive_gives_its_holder_no_role():
    assert not [t for t in records_after(_HOLDER, "Ferry permits must be signed by the transport secretary.")
                if t[0] == "Arvo Pellik"]


@pytest.mark.parametrize("sentence", [
    "Kelmar Trust boss Ana Ruiz said the figures were wrong.",
    "Ana Ruiz, the boss of the Kelmar Trust, said the figures were wrong.",
])
def test_a_boss_leads_the_organisation_named_with_the_title(sentence):
    assert ("Ana Ruiz", "leaderOf", "Kelmar Trust", "asserted") in roles_of(sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Edward Lund, who is chairman of the Kelmar Trust, warned the bankers.",
     ("Edward Lund", "leaderOf", "Kelmar Trust", "asserted")),
    ("Dan Pryce, who was a Kelmar Trust director until May, spoke.",
     ("Dan Pryce", "memberOf", "Kelmar Trust", "past")),
    ("Dan Pryce met Ann Hale, who became leader of the Green Party in May.",
     ("Ann Hale", "leaderOf", "Green Party", "asserted")),
])
def test_a_relative_clause_gives_its_title_to_the_name_it_describes(sentence, expected):
    assert expected in roles_of(sentence)


def test_a_relative_clause_about_someone_else_gives_him_no_title():
    found = roles_of("Dan Pryce met the man who became leader of the Green Party in May.")
    assert not [r for r in found if r[0] == "Dan Pryce"], found


def test_a_title_before_a_possessive_name_under_a_preposition_is_read():
    found = roles_of("Labour dug up information about Tory leader Liam Hale's past.")
    assert ("Liam Hale", "leaderOf", "Conservative Party", "asserted") in found


@pytest.mark.parametrize(("sentence", "expected"), [
    ("But Tory Ruth Alder branded the plan a disgrace.", ("Ruth Alder", "memberOf", "Conservative Party", "asserted")),
    ("Liberal Democrat Ruth Alder, the youngest MP, said no.",
     ("Ruth Alder", "memberOf", "Liberal Democrats", "asserted")),
    ("Tory Ruth Alder and Liberal Democrat Gareth Jenkins are to be offered slots.",
     ("Gareth Jenkins", "memberOf", "Liberal Democrats", "asserted")),
    ("Former Tory Ruth Alder spoke at the rally.", ("Ruth Alder", "memberOf", "Conservative Party", "past")),
])
def test_a_party_named_right_before_a_name_makes_a_member(sentence, expected):
    assert expected in roles_of(sentence)


@pytest.mark.parametrize("sentence", [
    "Peruvian Ruth Alder asked a question.",  # a country word says where she is from
    "Reuters Ruth Alder asked a question.",  # an organisation that is no party: employer, client or programme
    "European Ruth Alder asked a question.",  # a word the gazetteer gives an organisation that is no party
    "Hale pledges unity to Labour MPs Ruth Alder has sought to reassure the party.",  # members, not the party
])
def test_only_a_party_before_a_name_makes_a_member(sentence):
    assert not roles_of(sentence)


def test_who_speaks_for_an_organisation_opening_the_sentence_is_its_member():
    found = roles_of("For the Green Party, Ruth Alder said the plan was a disgrace.")
    assert ("Ruth Alder", "memberOf", "Green Party", "asserted") in found


@pytest.mark.parametrize("sentence", [
    "For the Green Party, the result was a disaster, Ruth Alder said.",  # "for" is the result's, not the speaker's
    "For the Green Party, Ruth Alder will be a problem.",  # no verb of saying
    "For Peru, Ruth Alder said the plan was wrong.",  # a country is no organisation one speaks for as a member
    "Ruth Alder said for the Green Party that the plan was wrong.",  # only an opening "For X,"
])
def test_for_an_organisation_says_no_membership_elsewhere(sentence):
    assert not roles_of(sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Lib Dem MP Anders Opsal said ministers had created a new class of offence.",
     ("Anders Opsal", "memberOf", "Liberal Democrats")),
    ("Lib Dem MP Priit Valk asked how councils were meant to apply the rules.",
     ("Priit Valk", "memberOf", "Liberal Democrats")),
])
def test_a_party_the_model_took_into_a_name_is_an_actor_of_its_own(sentence, expected):
    """The model's person span takes in "Lib Dem MP": the party cut off the name gets its own mention."""
    assert expected in triples(extract(sentence))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The book by Daily Courier journalist Ann Hale said the pair had fallen out.",
     ("Ann Hale", "employedBy", "Daily Courier")),
    ("Daily Courier reporter Ann Hale said the pair had fallen out.", ("Ann Hale", "employedBy", "Daily Courier")),
])
def test_a_journalist_works_for_the_paper_named_before_the_title(sentence, expected):
    assert expected in triples(extract(sentence))


def test_a_professor_works_for_the_university_named_before_the_title():
    assert ("Ann Hale", "employedBy", "Hexley University") in triples(
        extract("Hexley University professor Ann Hale said the plan was wrong."))


@pytest.mark.parametrize("sentence", [
    "She flew to Peru to appeal for the release of a British lecturer, Ann Hale, who had been jailed for spying.",
    "She flew to Peru to appeal for the release of a British economist, Ann Hale, who had been jailed for spying.",
    "Peruvian journalist Ann Hale said the plan was wrong.",
])
def test_a_trade_s_title_gives_no_role_in_a_country(sentence):
    """A nationality before a journalist's, an economist's or a lecturer's title says where they are from."""
    assert not [t for t in triples(extract(sentence)) if t[1] in ("memberOf", "leaderOf")]


@pytest.mark.parametrize("sentence", [
    "Campaigners from Keep Our Barracks will stand against Armed Forces Minister Tom Hadley in Eastwick.",
    "Jane Orme, the Minister of the Armed Forces, visited the base on Friday.",
])
def test_an_armed_force_is_a_civilian_ministers_portfolio_not_his_employer(sentence):
    """A minister or secretary named with an armed force is responsible for it and serves in no force."""
    assert not [t for t in triples(extract(sentence), asserted_only=False)
                if t[1] in ("memberOf", "leaderOf") and "Forces" in t[2]]


def test_a_department_before_a_ministers_title_stays_his_employer():
    assert ("Tom Hadley", "memberOf", "Home Office") in triples(
        extract("Home Office Minister Tom Hadley said the checks would go on."), asserted_only=False)


def test_a_party_named_between_quotation_marks_is_a_term_not_the_holders_party():
    """"Hale targets 'New Labour'" is a headline run into the sentence: the quoted term is no affiliation."""
    found = triples(extract("Hale targets 'New Labour' MP Ivor Hale is to stand against Labour MP Jane Orme at the "
                            "next general election."), asserted_only=False)
    assert ("Ivor Hale", "memberOf", "Labour Party") not in found, found


# post-nominal letters the parser made the name's head ("Peter Hollins MP"): the name keeps its place (nlp)
POSTNOMINAL = [
    ("Tory frontbencher Peter Hollins MP demanded an immediate statement.",
     ("Peter Hollins", "memberOf", "Conservative Party")),
    ("Robert Ellery QC, a member of Northgate Chambers, said the law was clear.",
     ("Robert Ellery", "memberOf", "Northgate Chambers")),
    ("Former minister Susan Dalby MP criticised Tomas Reyes over the harbour.",
     ("Susan Dalby", "criticizes", "Tomas Reyes")),
    ("Susan Dalby MP, who sits on the Harbour Board, said the plan was odd.",
     ("Susan Dalby", "memberOf", "Harbour Board")),
]


@pytest.mark.parametrize(("sentence", "expected"), POSTNOMINAL, ids=[s for s, _ in POSTNOMINAL])
def test_letters_after_a_name_leave_the_name_its_place(sentence, expected):
    assert expected in triples(extract(sentence))


def test_letters_after_a_party_or_place_keep_their_place(lexicon):
    nlp = load_pipeline(DEFAULT_MODEL, lexicon)
    for sentence in ("One veteran Tory MP has criticised Tomas Reyes.", "The Eastport Central MP accused Ms Dorn."):
        (letters,) = [t for t in nlp(sentence) if t.text == "MP"]
        assert letters.dep_ == "nsubj", sentence


DEPARTMENTS = [
    ("Marta Lindqvist, head of communications at Orvane Systems, met Piet Okafor.",
     ("Marta Lindqvist", "employedBy", "Orvane Systems"), "head of communications"),
    ("Orvane Systems' European head of corporate affairs, Marta Lindqvist, spoke first.",
     ("Marta Lindqvist", "employedBy", "Orvane Systems"), "head of corporate affairs"),
]


@pytest.mark.parametrize(("sentence", "expected", "role"), DEPARTMENTS, ids=[s for s, _, _ in DEPARTMENTS])
def test_a_head_of_a_department_is_employed_by_its_organisation_in_that_role(sentence, expected, role):
    relations = extract(sentence)
    assert expected in triples(relations)
    assert ("Marta Lindqvist", "leaderOf", "Orvane Systems") not in triples(relations)
    assert role in {r.role for r in relations if r.relation == "employedBy"}


def test_a_head_of_an_organisation_still_leads_it():
    assert ("Piet Okafor", "leaderOf", "Orvane Systems") in triples(
        extract("Piet Okafor, the head of Orvane Systems, met Marta Lindqvist."))
