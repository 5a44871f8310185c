"""Role titles the roles extractor reads beyond a title before a name: a description standing for the named holder,
titles of the media and other trades, and organisations' names the model tags wrongly or cuts."""

from __future__ import annotations

import pytest

from graph_builder.build import process
from graph_builder.records import Document, Relation
from tests.conftest import extract, triples


def _said_in(relations: list[Relation], triple: tuple[str, str, str]) -> set[str]:
    """The sentences that give ``triple`` as an asserted roles record."""
    return {r.evidence.sentence for r in relations if r.extractor == "roles" and r.asserted
            and (r.subject.label, r.relation, r.object.label) == triple}


# (text, the role it gives, the later sentence whose description of the holder states it again)
DESCRIBED = [
    ("Harbour Party spokesman Tom Varga said the levy was too low. But the Harbour Party spokesman doubted "
     "that the money would ever arrive.",
     ("Tom Varga", "memberOf", "Harbour Party"), "But the Harbour Party spokesman doubted that the money would ever "
     "arrive."),
    ("Tom Varga, a Velcorp economist, expects prices to climb. The Velcorp economist thinks the plant will shut.",
     ("Tom Varga", "employedBy", "Velcorp"), "The Velcorp economist thinks the plant will shut."),
]


@pytest.mark.parametrize(("text", "triple", "later"), DESCRIBED, ids=[t[:40] for t, _, _ in DESCRIBED])
def test_a_description_of_the_named_holder_states_the_role_again(text, triple, later):
    assert later in _said_in(extract(text), triple)


def test_a_description_that_could_mean_two_holders_states_nothing():
    relations = extract("Harbour Party MP Tom Varga and Harbour Party MP Anna Kiel spoke first. "
                        "The Harbour Party MP then left the hall.")
    assert not any(r.extractor == "roles" and r.evidence.sentence.startswith("The Harbour Party MP then")
                   for r in relations)


def test_a_description_of_a_holder_named_without_its_organisation_states_nothing():
    relations = extract("Spokesman Tom Varga said the levy was too low. The Velcorp spokesman then left the hall.")
    assert ("Tom Varga", "memberOf", "Velcorp") not in triples(relations)


TRADES = [
    ("Velcorp DJ Anna Kiel will choose the callers tonight.", ("Anna Kiel", "employedBy", "Velcorp")),
    ("Velcorp chat show host Anna Kiel mocked the new levy.", ("Anna Kiel", "employedBy", "Velcorp")),
    ("The Velcorp producer, Anna Kiel, mocked the new levy.", ("Anna Kiel", "employedBy", "Velcorp")),
    ("Velcorp anchor Anna Kiel mocked the new levy.", ("Anna Kiel", "employedBy", "Velcorp")),
    ("Anna Kiel, a Velcorp newsreader, mocked the new levy.", ("Anna Kiel", "employedBy", "Velcorp")),
]


@pytest.mark.parametrize(("sentence", "triple"), TRADES, ids=[s for s, _ in TRADES])
def test_a_media_title_gives_a_role_in_its_organisation(sentence, triple):
    assert triple in triples(extract(sentence))


def test_a_past_media_title_keeps_its_role_in_the_past():
    relations = extract("Former Velcorp chat show host Anna Kiel attacked Tom Varga.")
    assert ("Anna Kiel", "employedBy", "Velcorp") in triples(relations, asserted_only=False)
    assert ("Anna Kiel", "employedBy", "Velcorp") not in triples(relations)


def test_a_media_title_gives_no_role_in_a_country():
    assert not any(r.relation in ("memberOf", "employedBy") and r.subject.label == "Anna Kiel"
                   for r in extract("Anna Kiel, a French broadcaster, mocked the new levy."))


NAMES = [
    # the model cuts the name at "for" and keeps "Commission" alone
    ("Commission for Rural Fairness chairman Tom Varga said asylum claims were down.",
     ("Tom Varga", "leaderOf", "Commission for Rural Fairness")),
    # after a quotation the model tags the party's name as a work
    ('Mr Dale asked: "Is that not odd?" The Harbour Green Party\'s health spokeswoman, Eleanor Varga, said she '
     "was pleased.", ("Eleanor Varga", "memberOf", "Harbour Green Party")),
]


@pytest.mark.parametrize(("text", "triple"), NAMES, ids=[t[:40] for t, _ in NAMES])
def test_an_organisation_named_before_a_title_is_read_whole(text, triple):
    assert triple in triples(extract(text))


def test_words_joined_by_and_after_the_are_one_organisation():
    relations = extract("The Fishing and Moorland Authority (FMA) has urged Tom Varga to wait.")
    assert {r.subject.label for r in relations if r.object.label == "Tom Varga"} == {"Fishing and Moorland Authority"}


def test_a_headline_run_into_a_past_title_gives_no_employer():
    relations = extract("Varga quits 'awful' Velcorp Ex-chat show host Anna Kiel has quit the Harbour Party.")
    assert not any(r.extractor == "roles" and r.subject.label == "Anna Kiel" for r in relations)


def test_a_plural_word_inside_an_organisations_name_leaves_it_singular():
    text = ("The Tarn Fishing Communities Authority wrote to Tom Varga. Its chairman, Ivo Brandt, said the plan was "
            "flawed.")
    mentions = process([Document(id="p", text=text, source="<test>")])[0].mentions
    assert {m.entity.label for m in mentions if m.text == "Its"} == {"Tarn Fishing Communities Authority"}


PARTY_WORDS = [
    "The Heather Party wants a second vote on the tram plan. But Heather MSP Tom Varga fears few will take part.",
    "Tom Varga, a Heather MSP, fears few will take part. The Heather Party wants a second vote on the tram plan.",
]


@pytest.mark.parametrize("text", PARTY_WORDS, ids=[t[:40] for t in PARTY_WORDS])
def test_a_party_word_before_a_title_stands_for_the_party_the_document_names(text):
    assert ("Tom Varga", "memberOf", "Heather Party") in triples(extract(text))


def test_a_capitalised_word_before_a_title_names_no_party_the_document_does_not_name():
    assert not any(r.extractor == "roles" for r in extract("Heather councillor Tom Varga fears few will take part."))


APPOINTED = [
    ("Tom Varga's quick rise goes on with his promotion to Transport Office minister.",
     ("Tom Varga", "memberOf", "Transport Office")),
    ("Anna Kiel welcomed her appointment as Velcorp chairman on Monday.", ("Anna Kiel", "leaderOf", "Velcorp")),
    # a possessive pronoun coreference resolved is the holder; an election is an appointment too
    ("Tom Varga smiled at last. His election as leader of the Harbour Party came as a shock to the rivals.",
     ("Tom Varga", "leaderOf", "Harbour Party")),
]


@pytest.mark.parametrize(("text", "triple"), APPOINTED, ids=[t for t, _ in APPOINTED])
def test_an_appointment_gives_its_holder_the_title(text, triple):
    assert triple in triples(extract(text))


@pytest.mark.parametrize("text", [
    "Tom Varga hopes his promotion to Transport Office minister will come soon.",
    "His promotion to Transport Office minister may come next year, Tom Varga said.",
    "Tom Varga smiled at last. His election as leader of the Harbour Party is unlikely, say his rivals.",
    "Tom Varga is still hoping for his election as leader of the Harbour Party.",
])
def test_an_appointment_not_yet_made_gives_no_title(text):
    assert not any(r.extractor == "roles" and r.asserted for r in extract(text))


def test_a_title_the_parser_hung_on_an_organisations_name_beside_a_person_is_the_persons():
    relations = extract("Anna Kiel, Velcorp News 24 political correspondent, warned that the levy was a mistake.")
    assert ("Anna Kiel", "employedBy", "Velcorp News") in triples(relations)


def test_an_organisations_name_beside_a_person_with_no_title_gives_no_role():
    relations = extract("Anna Kiel, Velcorp News, the rival paper, warned that the levy was a mistake.")
    assert not any(r.extractor == "roles" and r.subject.label == "Anna Kiel" for r in relations)


def test_a_description_of_a_chief_named_before_the_name_states_the_lead_again():
    text = "Velcorp chief Anna Kiel expects prices to climb. The Velcorp chief thinks the plant will shut."
    later = "The Velcorp chief thinks the plant will shut."
    assert later in _said_in(extract(text), ("Anna Kiel", "leaderOf", "Velcorp"))


def test_a_description_of_a_title_held_before_states_nothing_of_now():
    relations = extract("Former Harbour Party leader Anna Kiel expects prices to climb. The Harbour Party leader "
                        "thinks the plant will shut.")
    assert ("Anna Kiel", "leaderOf", "Harbour Party") not in triples(relations)


LEADING_TITLES = [
    ("The chief executive of Velcorp, Anna Kiel, mocked the new levy.", "chief executive", "Velcorp"),
    ("Velcorp managing director Tom Varga mocked the new levy.", "managing director", "Velcorp"),
    ("Tom Varga, general secretary of the Tarn Workers Union, mocked the new levy.", "general secretary",
     "Tarn Workers Union"),
]


@pytest.mark.parametrize(("sentence", "title", "organisation"), LEADING_TITLES, ids=[s for s, _, _ in LEADING_TITLES])
def test_a_title_of_two_words_that_heads_an_organisation_leads_it(sentence, title, organisation):
    found = [r for r in extract(sentence) if r.extractor == "roles" and r.asserted]
    assert [(r.relation, r.object.label, r.role) for r in found] == [("leaderOf", organisation, title)]


@pytest.mark.parametrize("sentence", [
    "Harbour Party chief executive Tom Varga mocked the new levy.",
    "Tom Varga, deputy general secretary of the Tarn Workers Union, mocked the new levy.",
])
def test_a_party_office_or_a_deputy_of_a_leading_title_is_a_member(sentence):
    found = {(r.relation, r.role) for r in extract(sentence) if r.extractor == "roles"}
    assert found and {relation for relation, _ in found} == {"memberOf"}
    assert all("secretary" in role or "executive" in role for _, role in found)


def test_an_untagged_organisation_before_a_title_is_read_when_the_document_names_it_elsewhere():
    relations = extract("Velcorp lost money last year. The levy was mocked by ex-Velcorp editor Tom Varga.")
    assert ("Tom Varga", "employedBy", "Velcorp") in triples(relations, asserted_only=False)
    assert ("Tom Varga", "employedBy", "Velcorp") not in triples(relations), "an ex-editor's role is past"


def test_an_untagged_word_before_a_title_that_the_document_names_nowhere_else_gives_no_role():
    assert not any(r.extractor == "roles" for r in extract("The levy was mocked by ex-Velcorp editor Tom Varga."))


@pytest.mark.parametrize(("text", "relation", "modality"), [
    # the first holder of a leading title held it before the article; a founding member may still be one
    ("Velcorp founding chairman Tom Varga spoke in Leeds on Monday.", "leaderOf", "past"),
    ("Green Party founding chairman Tom Varga spoke in Leeds on Monday.", "memberOf", "past"),
    ("Anna Kiel, a founding member of the Tarn Greens, spoke in Leeds on Monday.", "memberOf", "asserted"),
])
def test_a_founding_leader_is_a_past_one_and_a_founding_member_a_member(text, relation, modality):
    found = [(r.relation, r.modality) for r in extract(text) if r.extractor == "roles"]
    assert found == [(relation, modality)], found


# A party word the model tagged as no name ("Conservative" read as an adjective) before a title, with the words of
# the portfolio between: the gazetteer gives the party; a hyphened past word before it makes the role past.
PARTY_WORDS = [
    ("Conservative transport spokeswoman Nora Pell criticised the toll on the Dunmore bridge.",
     ("Nora Pell", "memberOf", "Conservative Party"), "asserted"),
    ("Labour peer Lord Fenwick opened the fair in Dunmore on Friday.",
     ("Lord Fenwick", "memberOf", "Labour Party"), "asserted"),
    ("Ex-Labour minister Ivo Marsh opened the fair in Dunmore on Friday.",
     ("Ivo Marsh", "memberOf", "Labour Party"), "past"),
    ("And ex-Tory housing secretary Ivo Marsh recalled the vote on the Dunmore bridge.",
     ("Ivo Marsh", "memberOf", "Conservative Party"), "past"),
]


@pytest.mark.parametrize(("sentence", "triple", "modality"), PARTY_WORDS, ids=[s[:40] for s, _, _ in PARTY_WORDS])
def test_a_party_word_the_model_named_nothing_gives_the_title_its_party(sentence, triple, modality):
    found = [r.modality for r in extract(sentence)
             if r.extractor == "roles" and (r.subject.label, r.relation, r.object.label) == triple]
    assert found == [modality]


def test_a_party_word_before_no_title_gives_no_role():
    assert not any(r.extractor == "roles" for r in extract(
        "Conservative commentator Ivo Marsh mocked the toll on the Dunmore bridge."))


# The parser made the title phrase beside a name a second subject of the verb, the comma closing the appositive
# missing: still an appositive of the name.
SECOND_SUBJECTS = [
    ("Rhys Glyn Evans, Velcorp health spokesman said: \"It's the very goal she promised in May.\"",
     ("Rhys Glyn Evans", "employedBy", "Velcorp")),  # a firm's spokesman is its staff
    ("The chairman of the Tarn Rowing Club, Gareth Penhallow QC warned there could be a serious flood.",
     ("Gareth Penhallow", "leaderOf", "Tarn Rowing Club")),
    ("The treasurer of the Tarn Rowing Club, Gareth Penhallow QC warned the sheds could flood.",
     ("Gareth Penhallow", "memberOf", "Tarn Rowing Club")),
]


@pytest.mark.parametrize(("sentence", "triple"), SECOND_SUBJECTS, ids=[s[:40] for s, _ in SECOND_SUBJECTS])
def test_a_title_the_parser_made_a_second_subject_is_the_names(sentence, triple):
    assert triple in triples(extract(sentence))


def test_a_second_subject_without_a_title_gives_no_role():
    assert not any(r.extractor == "roles" for r in extract("The minister, Tom Varga said the toll was too low."))


@pytest.mark.parametrize(("sentence", "triple"), [
    # a courtesy title between the party and the name is no title of its own
    ("Lib Dem Sir Owain Tregear opened the new library in Dunmore on Friday.",
     ("Owain Tregear", "memberOf", "Liberal Democrats")),
    ("Tory Dr Nora Pell opened the new library in Dunmore on Friday.", ("Nora Pell", "memberOf", "Conservative Party")),
    # a hyphened title the parser split into appositives of their own
    ("Nora Pell, Tory co-chairman, opened the new library in Dunmore on Friday.",
     ("Nora Pell", "memberOf", "Conservative Party")),
])
def test_a_party_before_a_courtesy_title_or_a_hyphened_title_gives_the_role(sentence, triple):
    assert triple in triples(extract(sentence))


def test_an_organisation_before_a_courtesy_title_is_no_party():
    assert not any(r.extractor == "roles" for r in extract(
        "Velcorp Sir Ivo Marsh opened the new library in Dunmore on Friday."))


@pytest.mark.parametrize(("sentence", "triple"), [
    ("The Harbour Party candidate for Eastport, Ann Hale, said the vote was close.",
     ("Ann Hale", "memberOf", "Harbour Party")),
    ("The president of Peru, Ann Hale, said the vote was close.", ("Ann Hale", "leaderOf", "Peru")),
])
def test_a_title_whose_place_or_country_the_parser_hung_the_name_on_is_the_names(sentence, triple):
    assert triple in triples(extract(sentence))


def test_a_place_a_title_serves_is_no_employer_when_the_name_hangs_on_it():
    assert not any(r.extractor == "roles" for r in extract("The mayor of Eastport, Ann Hale, said the vote was close."))


@pytest.mark.parametrize(("sentence", "triple"), [
    # the parser hung the role preposition of the last noun of the list on the first
    ("Ann Hale, a surgeon and chairman of the Tarn Rowing Club, said the lease would lapse.",
     ("Ann Hale", "leaderOf", "Tarn Rowing Club")),
    ("Ann Hale, a lawyer and member of the Harbour Party, said the lease would lapse.",
     ("Ann Hale", "memberOf", "Harbour Party")),
])
def test_the_last_title_of_an_appositive_list_takes_the_phrase_after_it(sentence, triple):
    assert triple in triples(extract(sentence))


# An election's title (kg:ElectionTitle) with no verb of its own, in a sentence about the past that gives a time, is
# the role held then: the candidacy is not stated as current.
@pytest.mark.parametrize("sentence, year", [
    ("In 1998, Mr Tarn won the Eastfield seat by 6,000 votes over the Green candidate Ann Lowry.", "1998"),
    ("In 2011 the Green candidate Ann Lowry lost the Eastfield seat to Mr Tarn.", "2011"),
])
def test_an_election_title_in_a_past_sentence_takes_its_time(sentence, year):
    found = [r for r in extract(sentence) if (r.subject.label, r.relation) == ("Ann Lowry", "memberOf")]
    assert found and all((r.time_start or "").startswith(year) for r in found), found


def test_an_election_title_in_a_present_sentence_has_no_time():
    found = [r for r in extract("The Green candidate Ann Lowry is touring Eastfield this week.")
             if (r.subject.label, r.relation) == ("Ann Lowry", "memberOf")]
    assert found and not any(r.time_start for r in found), found


@pytest.mark.parametrize("sentence", [
    "Gibraltar's Chief Minister Ann Orme will attend the harbour summit.",
    "Ann Orme, chief minister of Gibraltar, opened the harbour summit.",
])
def test_a_chief_minister_heads_the_government(sentence):
    found = [r for r in extract(sentence) if (r.subject.label, r.object.label) == ("Ann Orme", "Gibraltar")]
    assert [(r.relation, r.role.lower()) for r in found] == [("leaderOf", "chief minister")], found


def test_an_election_title_dated_only_by_the_saying_has_no_time():
    # "last week" says when she spoke, not when she stood
    found = [r for r in extract("Last week the Green candidate Ann Lowry said the fares would rise.")
             if (r.subject.label, r.relation) == ("Ann Lowry", "memberOf")]
    assert found and not any(r.time_start for r in found), found
