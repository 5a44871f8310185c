"""Readings that would put a record in the graph the sentence does not state: mockery read as praise, a newspaper
told run into the reported clause, a home town read as an organisation, a name run over a spaced dash.

Every sentence here is written for these rules, with names of their own.
"""

from __future__ import annotations

import pytest

from graph_builder.build import process
from graph_builder.records import Document
from tests.conftest import extract, triples

# An adverb of mockery on a verb of praise or welcome says the opposite: no praise (kg:Mockery).
MOCKED = [
    ("The Green leader Ann Holt spoke after mockingly welcoming the chancellor, Peter Vane, back to the campaign.",
     ("Ann Holt", "praises", "Peter Vane")),
    ("Ann Holt sarcastically thanked Peter Vane for his help.", ("Ann Holt", "praises", "Peter Vane")),
]


@pytest.mark.parametrize("sentence, triple", MOCKED, ids=[s for s, _ in MOCKED])
def test_mockery_is_no_praise(sentence, triple):
    assert triple not in triples(extract(sentence), asserted_only=False)


def test_praise_without_mockery_stays():
    assert ("Ann Holt", "praises", "Peter Vane") in triples(extract("Ann Holt warmly welcomed Peter Vane."))


# A newspaper or broadcaster right after "told" is the one told (an interview, no briefing), and the name after
# it starts the reported clause, though the parser ran both into one object; with no name before it, the clause's
# subject is no one told.
REPORTED_SUBJECTS = [
    ("Mr Harwood told BBC News Labour MPs could not expect a free vote.",
     ("Harwood", "briefs", "Labour Party")),
    ("Ms Okafor told Labour MPs would back the plan.", ("Okafor", "briefs", "Labour Party")),
]


@pytest.mark.parametrize("sentence, triple", REPORTED_SUBJECTS, ids=[s for s, _ in REPORTED_SUBJECTS])
def test_the_reported_clause_subject_is_not_told(sentence, triple):
    assert triple not in triples(extract(sentence), asserted_only=False)


def test_an_object_before_a_clause_with_its_own_subject_is_told():
    found = triples(extract("Ms Okafor told the Greens the plan would go ahead."))
    assert ("Okafor", "briefs", "Greens") in found  # a party told is the audience briefed


# A town named bare after a name and "of" is a home, whatever the model took it for (a football club's name);
# "of" an organisation still gives membership.
def test_a_home_town_is_no_employer():
    found = triples(extract('Tom Brash, of Barnsley, said: "He is the best leader we have had."\n'
                            'Ella Stott, of Stockport, said she would vote.'), asserted_only=False)
    assert not {t for t in found if t[1] == "memberOf"}


def test_of_an_organisation_is_membership():
    found = triples(extract("Mary Dunn, of the Harbour Workers Union, said the law was wrong."))
    assert ("Mary Dunn", "memberOf", "Harbour Workers Union") in found


# A name does not run over a spaced dash into the one word after it; a name of several words after it stays.
@pytest.mark.parametrize(("text", "start", "end", "name"), [
    ('He said Renewal - Latin for "rebirth" - would win.', 2, 5, "Renewal"),
    ("The ship HMS Calder - have a look.", 2, 6, "HMS Calder"),
    ("The Joint Task Force - Operation Dawn Shield moved.", 1, 8, "Joint Task Force - Operation Dawn Shield"),
])
def test_a_name_stops_at_a_spaced_dash_before_one_word(text, start, end, name):
    import spacy
    from spacy.tokens import Span

    from graph_builder.entities.mentions import clean_span
    from graph_builder.entities.tokens import Tokens
    from graph_builder.vocab import load_lexicon

    lexicon = load_lexicon()
    span = Span(spacy.blank("en")(text), start, end, label="ORG")
    cleaned = clean_span(span, Tokens.of(span.doc), lexicon.titles, lexicon.gazetteer,
                         holder_words=lexicon.holder_words)
    assert cleaned is not None and cleaned.text == name


# A party member who has since gone to another party ("who is now ...", "who defected to ...") is a past member of
# the first (kg:MovedOn); the new role, and a role beside it in no other party, stay current.
def _statuses(text: str) -> dict[tuple[str, str, str], str]:
    return {(r.subject.label, r.relation, r.object.label): r.status for r in extract(text)}


def test_a_member_who_moved_to_another_party_is_a_past_member():
    found = _statuses("Mr Harwood was joined by one of Labour's council members, Fiona Dalby, who is now "
                      "Renewal's deputy leader.\nTom Reyes, a Labour councillor who defected to the Greens last "
                      "year, spoke.")
    assert found[("Fiona Dalby", "memberOf", "Labour Party")] == "past"
    assert found[("Fiona Dalby", "memberOf", "Renewal")] == "asserted"
    assert found[("Tom Reyes", "memberOf", "Labour Party")] == "past"


def test_a_member_with_a_new_role_outside_parties_stays_a_member():
    found = _statuses("Ann Holt, a Labour MP who now chairs the Harbour Committee, spoke.")
    assert found[("Ann Holt", "memberOf", "Labour Party")] == "asserted"


# A name opened by a noble or courtesy style is a person's, whatever the model said ("Lord Ashby's inquiry": an
# organisation's cue after it does not outvote the style).
def test_a_styled_name_is_a_person():
    found = extract("The plan was shelved. Lord Ashby's inquiry into the death of Tom Reed sparked debate. Ann Hale "
                    "criticised Lord Ashby.")
    types = {e.label: e.type for r in found for e in (r.subject, r.object)}
    assert types.get("Lord Ashby") == "Person", types  # the style a part of the name, whatever the model said


# A role of a country ("the British minister") is held by no one the article gives a role in another country only.
def test_a_national_role_is_not_held_by_another_countrys_minister():
    found = triples(extract("Taro Ishida met Chinese minister Wang Lin in Tokyo on Monday. Ishida told the British "
                            "minister that the plan was a worry."), asserted_only=False)
    assert ("Taro Ishida", "briefs", "Wang Lin") not in found
    assert ("Taro Ishida", "briefs", "Minister of the United Kingdom") in found


# An appositive that follows a name with no punctuation before it is a headline run into the sentence, no title of
# the name; set off by a comma or a bracket it still gives the role.
def test_a_run_in_headline_gives_no_membership():
    found = triples(extract("Ann Hale and Tom Reed rebuked by MPs Labour MPs have sharply rebuked the two women."),
                    asserted_only=False)
    assert not {t for t in found if t[1] == "memberOf"}


@pytest.mark.parametrize("sentence", [
    "The plan was shelved. Ann Hale, the Labour MP, criticised Tom Reed.",
    "The plan was shelved. Ann Hale (Labour MP for Eastport) criticised Tom Reed.",
])
def test_a_set_off_appositive_gives_membership(sentence):
    assert ("Ann Hale", "memberOf", "Labour Party") in triples(extract(sentence))


def test_an_officer_who_went_to_serve_a_country_is_a_past_member():
    found = _statuses("The book was published. Boris Pavlov, a senior Zorvani Front officer who became an agent "
                      "for the British, spoke.")
    assert found[("Boris Pavlov", "memberOf", "Zorvani Front")] == "past"


def test_a_party_member_who_became_an_envoy_stays_a_member():
    found = _statuses("The book was published. Ann Hale, a Labour MP who became Britain's envoy to Peru, spoke.")
    assert found[("Ann Hale", "memberOf", "Labour Party")] == "asserted"


# Asked whether, if or about something, an actor is questioned, not appealed to; asked to act or for something, it is.
@pytest.mark.parametrize("sentence", [
    "Ann Hale asked Tom Reed whether the figures had been checked.",
    "Ann Hale asked Tom Reed if the figures had been checked.",
    "Ann Hale asked Tom Reed about the figures.",
])
def test_a_question_is_no_appeal(sentence):
    assert not {t for t in triples(extract(sentence), asserted_only=False) if t[1] == "appealsTo"}


@pytest.mark.parametrize("sentence", [
    "Ann Hale asked Tom Reed to publish the figures.",
    "Ann Hale asked Tom Reed for the figures.",
])
def test_asking_to_act_or_for_something_is_an_appeal(sentence):
    assert ("Ann Hale", "appealsTo", "Tom Reed") in triples(extract(sentence))


# Going to a court is taking a case there, no visit.
@pytest.mark.parametrize("sentence", [
    "The Harbour Trust is going to the High Court to stop the road.",
    "The Harbour Trust went to the Court of Appeal in March.",
])
def test_going_to_court_is_no_visit(sentence):
    assert not {t for t in triples(extract(sentence), asserted_only=False) if t[1] == "visits"}


# A chamber named between a party and a leading title (kg:ChamberWord) makes the holder the leader of the party's
# group there, a member of the party, not its leader; with no chamber the title still leads the party.
@pytest.mark.parametrize("sentence, person, party", [
    ("SNP Holyrood leader Fiona Glenmarr criticised Mr Dovecot.", "Fiona Glenmarr", "Scottish National Party"),
    ("The Labour Party's Holyrood leader Fiona Glenmarr wrote to Mr Dovecot.", "Fiona Glenmarr", "Labour Party"),
    ("Tory Westminster leader Angus Brackenfield criticised Mr Dovecot.", "Angus Brackenfield", "Conservative Party"),
    ("Angus Brackenfield, the Tory Holyrood leader, criticised Mr Dovecot.", "Angus Brackenfield",
     "Conservative Party"),
    ("Labour's European Parliament leader Gary Tetley criticised Mr Dovecot.", "Gary Tetley", "Labour Party"),
])
def test_a_party_leader_in_a_chamber_is_a_member(sentence, person, party):
    found = triples(extract(sentence), asserted_only=False)
    assert (person, "memberOf", party) in found
    assert (person, "leaderOf", party) not in found


def test_a_party_leader_with_no_chamber_leads_it():
    assert ("Angus Brackenfield", "leaderOf", "Conservative Party") in triples(
        extract("Tory leader Angus Brackenfield criticised Mr Dovecot."))


def test_a_chamber_with_no_party_before_it_is_led():
    found = triples(extract("European Parliament president Gary Tetley criticised Mr Dovecot."), asserted_only=False)
    assert ("Gary Tetley", "leaderOf", "European Parliament") in found


# A plural appositive after one person's name is the next item of a list, no title of the name; after two names
# joined by "and" it is the title of both.
def test_a_plural_appositive_after_one_name_is_a_list_item():
    found = triples(extract("They will also meet Mr Brenley, representatives of the Royal Academy and the Herring "
                            "Fishery Board."), asserted_only=False)
    assert not {t for t in found if t[0] == "Brenley"}


def test_a_plural_appositive_after_joined_names_is_their_title():
    found = triples(extract("Ann Hale and Tom Reed, members of the Vale Society, said it was wrong."))
    assert ("Ann Hale", "memberOf", "Vale Society") in found


# "X ward, Y": the name set off after a bare place noun is the larger place its own place is in.
def test_a_ward_is_in_the_place_named_after_it():
    found = triples(extract("The party won the by-election in Marlow Heath ward, Ashby Hamlets, in May."),
                    asserted_only=False)
    assert ("Marlow Heath", "locatedIn", "Ashby Hamlets") in found
    assert ("Ashby Hamlets", "locatedIn", "Marlow Heath") not in found


def test_a_renamed_noun_keeps_its_place():
    found = triples(extract("In a column in the British newspaper, the Sentinel, he hit back."))
    assert ("Sentinel", "locatedIn", "United Kingdom") in found


# Letters after a name ("QC", "MP") that the model took with it for an organisation's name: a person.
def test_a_name_with_letters_after_it_is_a_person():
    found = extract("The new chairman of the Legal Council, Guy Tarrant QC warned the Chilean government.")
    assert ("Guy Tarrant", "threatens", "government of Chile") in triples(found)
    assert {r.subject.type for r in found if r.subject.label == "Guy Tarrant"} == {"Person"}


# A nationality word that opens a company's or body's name stays in it ("Scottish Water", "British Gas"), whether the
# model took it for a nationality or drew a person's name over both; a title after it ("Welsh Secretary") and a
# plural of one ("Scottish ministers") are no such name.
@pytest.mark.parametrize("sentence, triple", [
    ("Tom Reed criticised Welsh Water.", ("Tom Reed", "criticizes", "Welsh Water")),
    ("Scottish Enterprise criticised Welsh Water and British Gas.",
     ("Scottish Enterprise", "criticizes", "British Gas")),
    ("Scottish Water praised Tom Reed for his work.", ("Scottish Water", "praises", "Tom Reed")),
])
def test_a_nationality_word_stays_in_a_company_name(sentence, triple):
    found = extract(sentence)
    assert triple in triples(found)
    assert not {r for r in found if r.object.label in ("Water", "Gas", "United Kingdom")}


@pytest.mark.parametrize("sentence", [
    "Welsh Secretary Peter Harne criticised Tom Reed.",
    "Ann Hale praised Scottish Ministers for their work.",
    "Scottish ministers criticised Tom Reed.",
])
def test_a_title_after_a_nationality_word_is_no_company(sentence):
    found = extract(sentence)
    assert not {e for r in found for e in (r.subject, r.object)
                if e.type == "Organization" and e.label.startswith(("Welsh", "Scottish"))}


# A name written before a facility noun (gazetteer facility_nouns) is a place's, though a royal title opens it.
@pytest.mark.parametrize("text, name", [
    ("Describing the meeting at Tarnside's Duke Cross station, he smiled.", "Duke Cross"),
    ("They met at King Cross station.", "King Cross"),
])
def test_a_name_before_a_station_is_a_place(text, name):
    found = {e.label: e.type for r in process([Document(id="f", text=text, source="<test>")]) for e in r.entities}
    assert found[name] == "Place"


@pytest.mark.parametrize("sentence", [
    "Scottish Finance Minister Tom Hale said the grant would rise.",
    "Catalan leader Jordi Puyal said the vote would go ahead.",
])
def test_the_nationality_word_of_a_nation_inside_a_country_employs_no_title_holder(sentence):
    # the minister is the Scottish government's, which the sentence does not name; "Scottish" is no body
    found = extract(sentence)
    assert not [r for r in found if r.relation in ("memberOf", "leaderOf")], found


def test_a_known_group_before_a_title_keeps_its_member():
    found = triples(extract("Kurdish commander Aram Sherko said the town had fallen."))
    assert ("Aram Sherko", "memberOf", "Kurdish") in found


# A nationality word that opens the name of a polity, a sea or a coast (gazetteer place_name_words) opens a place's
# name: neither an organisation (the company rule above) nor a person the model took the last word for.
@pytest.mark.parametrize("text, name", [
    ("Ann Hale praised the Portuguese Empire in her lecture.", "Portuguese Empire"),
    ("Tom Reed sent two frigates into the Indian Ocean last week.", "Indian Ocean"),
    ("Mara Quell mocked talk of a new Austrian Reich.", "Austrian Reich"),
])
def test_a_nationality_word_opens_a_place_name(text, name):
    found = {e.label: e.type for r in process([Document(id="f", text=text, source="<test>")]) for e in r.entities}
    assert found.get(name) == "Place", found
    assert not {label for label, kind in found.items() if kind in ("Person", "Organization") and
                label.split()[-1] in ("Empire", "Ocean", "Reich")}


# A country's name between a possessor and the title it owns is the office's scope ("the firm's UK head of tax"):
# the possessor employs the holder, though the model did not take it for an organisation; the country does not.
@pytest.mark.parametrize("text, holder", [
    ("As the minister spoke, consultancy Harrow & Pike urged him to lower taxes. \"Each time a vote nears, taxes "
     "fall and then they climb again,\" said Mara Quell, H&P's UK head of tax.", "Mara Quell"),
    ("Accountants Velmor & Tate urged the minister to cut duties. \"Duties went up after every vote,\" said "
     "Bram Oduya, V&T's UK head of audit.", "Bram Oduya"),
])
def test_a_country_before_an_owned_title_is_its_scope(text, holder):
    found = triples(extract(text))
    assert (holder, "memberOf", "United Kingdom") not in found, found


def test_initials_joined_by_an_ampersand_name_the_firm_the_document_spells_out():
    # "H&P" has no two letters in a row, yet names the firm "Harrow & Pike" named before; "a Q&A session" names none
    text = ("As the minister spoke, consultancy firm Harrow & Pike urged him to lower taxes. \"Each time a vote "
            "nears, taxes fall and then they climb again,\" said Mara Quell, H&P's UK head of tax. She had just left "
            "a Q&A session.")
    results = process([Document(id="f", text=text, source="<test>")])
    assert ("Mara Quell", "employedBy", "H&P") in triples(list(results[0].relations))
    assert "Q&A" not in {e.label for e in results[0].entities}


def test_a_country_before_a_title_with_no_possessor_still_employs():
    found = triples(extract("UK trade envoy Mara Quell criticised Tom Reed."))
    assert ("Mara Quell", "memberOf", "United Kingdom") in found


# A one-word name in a list of places the model took for an organisation's or a person's is a place too, when most
# of the list are places and none a country ("met France, Germany and Siemens" keeps its company).
@pytest.mark.parametrize("text, names", [
    ("Tom Reed will tour Eastport, Kelby, Marsh and Tolland next month.", ("Marsh", "Tolland")),
    ("Ann Hale visited Brighton, Hove and Torquay.", ("Torquay",)),
])
def test_a_name_listed_with_places_is_a_place(text, names):
    found = {e.label: e.type for r in process([Document(id="f", text=text, source="<test>")]) for e in r.entities}
    assert {found.get(name) for name in names} == {"Place"}, found


def test_a_name_listed_with_countries_keeps_its_type():
    found = {e.label: e.type for r in process([Document(id="f", text="Tom Reed met France, Germany and Siemens.",
                                                        source="<test>")]) for e in r.entities}
    assert found["Siemens"] == "Organization"


# The subject of a government post before its title names no employer, though a headline's words run into it
# (gazetteer portfolios: "Science Minister X", "Housing Minister X").
@pytest.mark.parametrize("sentence, holder", [
    ("Ashdown's surprise gift Science Minister Lord Ashdown has handed a large sum to the Velmark Trust.",
     "Lord Ashdown"),
    ("Housing Minister Ann Hale's pledge Housing Minister Ann Hale has promised new homes to the Velmark Trust.",
     "Ann Hale"),
])
def test_a_portfolio_before_a_title_is_no_employer(sentence, holder):
    found = extract(sentence)
    assert not [r for r in found if r.subject.label == holder and r.object.label in ("Science", "Housing")], found


# One capitalised word that names a kind of body (gazetteer generic_words), read as a name where the model tagged
# none, is a body's name, no person's: "Police are investigating ..." after a headline.
POLICE_HEADLINES = {
    "UK Independence Party": "Police probe UKIP temple leaflet Police are investigating a UK Independence Party "
                             "leaflet delivered to houses in north Devon opposing plans for a new temple.",
    "Velmark National Party": "Police probe Velmark Party leaflet Police are investigating a Velmark National Party "
                              "leaflet left at homes in west Eastport.",
}


@pytest.mark.parametrize("party", sorted(POLICE_HEADLINES))
def test_a_generic_body_word_is_no_person(party):
    text = POLICE_HEADLINES[party]
    results = process([Document(id="f", text=text, source="<test>")])
    assert not [e for r in results for e in r.entities if e.type == "Person" and e.label.lower() == "police"]
    found = [r for r in results[0].relations if r.relation == "investigates" and r.object.label == party]
    assert found and {r.subject.type for r in found} == {"Organization"}, found


# A capitalised gerund opening a sentence that the model took into the name of its object is no word of the name.
@pytest.mark.parametrize("text", [
    "Praising Hibernian and Aberdeen for their work, Ann Hale criticised the league.",
    "Praising Olympic and Dynamo for their work, Ann Hale criticised the league.",
])
def test_a_gerund_before_its_object_is_no_part_of_the_name(text):
    labels = {e.label for r in process([Document(id="f", text=text, source="<test>")]) for e in r.entities}
    assert not {label for label in labels if label.startswith("Praising")}, labels
