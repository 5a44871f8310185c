"""Reported speech: whose claim a relation is, and the criticism a speaker voices in a quote or a reported clause.

Every sentence here is written for these rules.
"""

from __future__ import annotations

import pytest

from graph_builder.build import process
from graph_builder.records import Document
from tests.conftest import extract, ontology_copy


def _found(sentence: str, relation: str) -> list:
    return [r for r in extract(sentence) if r.relation == relation]


# (sentence, (subject, relation, object), who the text says reported it)
REPORTED = [
    ("Kenya said Uganda had attacked Tanzania.", ("Uganda", "attacks", "Tanzania"), "Kenya"),
    # a chain of reporting verbs: the nearest speaker the entities stage names
    ("Kenya said officials believed Uganda had attacked Tanzania.", ("Uganda", "attacks", "Tanzania"), "Kenya"),
    ("Uganda attacked Tanzania last year, Kenya said.", ("Uganda", "attacks", "Tanzania"), "Kenya"),
    ("Uganda had attacked Tanzania, according to Kenya.", ("Uganda", "attacks", "Tanzania"), "Kenya"),
    ('"Uganda attacked Tanzania," Kenya said.', ("Uganda", "attacks", "Tanzania"), "Kenya"),
    # the charge of an accusation is the accused's act, as the accuser tells it
    ("Kenya accused Uganda of attacking Tanzania.", ("Uganda", "attacks", "Tanzania"), "Kenya"),
    ("Kenya accused Uganda of supplying weapons to Sudan.", ("Uganda", "supports", "Sudan"), "Kenya"),
    # a "that" clause the parser hung on the object of "told" as a relative clause is what was told
    ("Ann Kell told the Evening programme that Uganda had attacked Tanzania.", ("Uganda", "attacks", "Tanzania"),
     "Ann Kell"),
]


@pytest.mark.parametrize("sentence, triple, source", REPORTED, ids=[s for s, *_ in REPORTED])
def test_reported_facts_keep_who_reported_them(sentence, triple, source):
    found = [r for r in extract(sentence) if (r.subject.label, r.relation, r.object.label) == triple]
    assert [r.attributed_to.label if r.attributed_to else None for r in found] == [source]


def test_the_accusation_itself_is_the_accusers_own_act():
    (accusation,) = _found("Kenya accused Uganda of attacking Tanzania.", "accuses")
    assert (accusation.subject.label, accusation.object.label, accusation.asserted) == ("Kenya", "Uganda", True)
    assert accusation.attributed_to is None


def test_a_claim_is_no_fact_whoever_makes_it():
    (claimed,) = _found("Kenya claimed that Uganda had sent troops to Sudan.", "deploysTo")
    assert claimed.status == "possible" and claimed.attributed_to.label == "Kenya"
    (unnamed,) = _found("The newspaper claimed Uganda had sent troops to Sudan.", "deploysTo")
    assert unnamed.status == "possible"


# (sentence, speaker, target, the judging words): criticism voiced in speech
CRITICISM = [
    ("William Ruto said Yoweri Museveni's plan was a disgrace.", "William Ruto", "Yoweri Museveni", "disgrace"),
    ("William Ruto said Yoweri Museveni had let the country down.", "William Ruto", "Yoweri Museveni", "let down"),
    ('"Yoweri Museveni is wrong," William Ruto said.', "William Ruto", "Yoweri Museveni", "wrong"),
    ('"Yoweri Museveni\'s plan is a disgrace," said William Ruto.', "William Ruto", "Yoweri Museveni", "disgrace"),
    ("William Ruto said the Labour plans were a shambles.", "William Ruto", "Labour Party", "shambles"),
    ("Yoweri Museveni is wrong, according to William Ruto.", "William Ruto", "Yoweri Museveni", "wrong"),
    ("Yoweri Museveni has betrayed Uganda, William Ruto said.", "William Ruto", "Yoweri Museveni", "betrayed"),
    # a passive names the judged actor as its agent; "the way Y did it" judges Y
    ("William Ruto said Kenyan voters felt let down by Yoweri Museveni.", "William Ruto", "Yoweri Museveni",
     "let down"),
    ("William Ruto said voters had been betrayed by Yoweri Museveni.", "William Ruto", "Yoweri Museveni", "betrayed"),
    ("William Ruto said the way Yoweri Museveni had handled the crisis was a shambles.", "William Ruto",
     "Yoweri Museveni", "shambles"),
    # a failure, a lie, a bias or naivety laid at someone's door
    ("Tom Dorn said the Andean Trade Union had failed to protect the miners.", "Tom Dorn", "Andean Trade Union",
     "failed"),
    ("Tom Dorn said Ivor Hatton had lied about the harbour deal.", "Tom Dorn", "Ivor Hatton", "lied"),
    ("Tom Dorn said Ivor Hatton's comments were inaccurate and biased.", "Tom Dorn", "Ivor Hatton", "inaccurate"),
    ('"Ivor Hatton is naive," Tom Dorn said.', "Tom Dorn", "Ivor Hatton", "naive"),
    # a word of disapproval joined to another complement; a view or a misjudgement judged
    ("Tom Dorn said Ivor Hatton's remarks were hasty, inaccurate and biased.", "Tom Dorn", "Ivor Hatton",
     "inaccurate"),
    ("Tom Dorn said Ivor Hatton's view of the ferry tolls was absurd.", "Tom Dorn", "Ivor Hatton", "absurd"),
    ("Tom Dorn said Ivor Hatton's decision to close the ferry was a costly misjudgement.", "Tom Dorn", "Ivor Hatton",
     "misjudgement"),
    ("Tom Dorn said Ivor Hatton's remarks about the ferry crews were inappropriate.", "Tom Dorn", "Ivor Hatton",
     "inappropriate"),
    ("Ms Arkwright told Radio Kestrel that the Harbour Board's proposals were wholly inadequate.", "Arkwright",
     "Harbour Board", "inadequate"),
    ("She thought the Liberals were an irrelevant party, Ms Arkwright said.", "Arkwright", "Liberals", "irrelevant"),
    # getting something wrong is a judging verb phrase ("get wrong"), read like "let down"
    ("Ms Arkwright said the Harbour Board had got the tolls badly wrong.", "Arkwright", "Harbour Board", "got"),
    # the model takes the opening words of a quotation for a work's title; they are the clause's subject
    ('"The Labour Party is lying to voters," said Tom Dorn.', "Tom Dorn", "Labour Party", "lying"),
    ('"The Liberal Democrats have betrayed students," said Tom Dorn.', "Tom Dorn", "Liberal Democrats", "betrayed"),
    # a quotation over two sentences: the first is the speaker's too
    ('"Yoweri Museveni\'s policy is reckless. We have waited long enough," William Ruto said.',
     "William Ruto", "Yoweri Museveni", "reckless"),
]


@pytest.mark.parametrize("sentence, speaker, target, words", CRITICISM, ids=[s for s, *_ in CRITICISM])
def test_criticism_in_speech_gives_criticizes(sentence, speaker, target, words):
    found = _found(sentence, "criticizes")
    assert [(r.subject.label, r.object.label, r.verb) for r in found] == [(speaker, target, words)]
    (relation,) = found
    assert relation.asserted and relation.attributed_to.label == speaker
    assert words.split()[0] in relation.evidence.sentence


# Neutral, denied, asked or hedged-away judgements, judgements of what is no actor's: nothing
NOT_CRITICISM = [
    "William Ruto said Yoweri Museveni was a good friend.",
    "William Ruto said Yoweri Museveni was not wrong.",
    "William Ruto asked whether Yoweri Museveni was wrong.",
    "William Ruto said it was wrong to blame Yoweri Museveni.",
    "William Ruto said Yoweri Museveni's defeat was disastrous.",  # a defeat is no act of its loser
    "William Ruto said the weather in Kampala was appalling.",
    "Yoweri Museveni's plan is a disgrace.",  # no speaker: the article's own words are no one's criticism
    "William Ruto said Yoweri Museveni had spoken to Paul Kagame.",
    "William Ruto said the way Yoweri Museveni spoke was calm.",
    "If Yoweri Museveni is wrong, William Ruto said, the talks will fail.",
    '"I am still the same as ever," Tom Dorn joked about Ivor Hatton.',  # a joke is no judgement
    # one unnamed politician speaks for no body named with him (kg:IndividualNoun)
    "The council is foolish to block the new bus lanes, a senior EU politician says.",
    "Tom Dorn said Ivor Hatton's remarks were hasty, accurate and fair.",
    "Tom Dorn said Ivor Hatton's view of the ferry tolls was not absurd.",
    "Ms Arkwright said the Harbour Board had not got the tolls wrong.",
    "Ms Arkwright said the Harbour Board's proposals were adequate.",
    "If the Harbour Board gets the tolls wrong, Ms Arkwright said, fares will rise.",
]


@pytest.mark.parametrize("sentence", NOT_CRITICISM)
def test_no_criticism_without_a_judgement_a_speaker_and_a_target(sentence):
    assert _found(sentence, "criticizes") == []


def test_the_words_of_judgement_are_data(lexicon):
    assert {"disgrace", "wrong", "let down"} <= lexicon.cues["Disapproval"]
    assert "plan" in lexicon.cues["JudgedThing"]
    assert "accuse of" in lexicon.cues["Accusation"]


# A first-person pronoun in a quotation is its speaker, or for "we" the body a speaking person leads or belongs to
# (a party only if the person leads it)
FIRST_PERSON = [
    ('Tory leader Alan Pendry spoke in Leeds. "We oppose Labour\'s new tax," said Mr Pendry.',
     ("Conservative Party", "criticizes", "Labour Party"), "Alan Pendry"),
    ('Norway\'s foreign minister Anna Kask met reporters. "We condemn the Zorvani Front\'s attacks," she said.',
     ("Norway", "criticizes", "Zorvani Front"), "Anna Kask"),
    ('"I met President Ilse Varga yesterday," said Anna Kask.', ("Anna Kask", "meets", "Ilse Varga"), "Anna Kask"),
]


@pytest.mark.parametrize("text, triple, speaker", FIRST_PERSON, ids=[t for t, *_ in FIRST_PERSON])
def test_first_person_pronouns_in_a_quotation_stand_for_the_speaker(text, triple, speaker):
    found = [r for r in extract(text) if (r.subject.label, r.relation, r.object.label) == triple]
    assert [r.attributed_to.label if r.attributed_to else None for r in found] == [speaker]


def test_we_of_a_speaker_the_article_gives_no_body_and_i_of_a_country_stay_unresolved():
    relations = extract('"We met President Ilse Varga," said Anna Kask. "I will visit Chad," Norway said.')
    assert not [r for r in relations if r.relation in ("meets", "visits")], relations


def test_us_of_a_party_member_who_does_not_lead_it_is_not_the_party():
    # a deputy's "us" may be the leaders, the MPs or the people in the room: no record rather than the whole party
    relations = extract('Harbour Party deputy leader Tom Dorn spoke in Leeds. "The Green League told us very plainly '
                        'that the tax must go," said Mr Dorn.')
    assert not [r for r in relations if r.object.label == "Harbour Party" and r.relation != "memberOf"], relations


def test_our_allies_are_not_us():
    relations = extract('Norway\'s foreign minister Anna Kask spoke. "Chad attacked our allies," she said.')
    assert not [r for r in relations if r.relation == "attacks" and r.object.label == "Norway"], relations


@pytest.mark.parametrize(("sentence", "status"), [
    ("Senator Ilse Varga called Governor Tomas Reyes a liar.", "asserted"),
    ("Senator Ilse Varga described Governor Tomas Reyes as incompetent and reckless.", "asserted"),
    ("Senator Ilse Varga did not call Governor Tomas Reyes a liar.", "denied"),
    # what is named may be the one named's own (kg:JudgedThing), and the verb passive
    ("Senator Ilse Varga called Governor Tomas Reyes's new toll scheme unworkable.", "asserted"),
    ("Governor Tomas Reyes was branded a hypocrite by Senator Ilse Varga.", "asserted"),
    ("Governor Tomas Reyes's budget was described as reckless by Senator Ilse Varga.", "asserted"),
    ("Governor Tomas Reyes's harbour plans were labelled a disgraceful waste by Senator Ilse Varga.", "asserted"),
    ("Governor Tomas Reyes's budget was described as timid and reckless by Senator Ilse Varga.", "asserted"),
    ('Governor Tomas Reyes\'s remarks were described as "rash" and "reckless" by Senator Ilse Varga.', "asserted"),
    ("Governor Tomas Reyes was not described as reckless by Senator Ilse Varga.", "denied"),
])
def test_naming_someone_with_a_word_of_disapproval_criticizes_them(sentence, status):
    found = {(r.subject.label, r.relation, r.object.label): r.status for r in extract(sentence)}
    assert found.get(("Ilse Varga", "criticizes", "Tomas Reyes")) == status, found


@pytest.mark.parametrize("sentence", [
    "Senator Ilse Varga called Governor Tomas Reyes a friend.",
    "Governor Tomas Reyes was described as a friend by Senator Ilse Varga.",
    "Governor Tomas Reyes was described as courageous by Senator Ilse Varga.",
    # a defeat is no act of its loser
    "Governor Tomas Reyes's defeat was described as disastrous by Senator Ilse Varga.",
])
def test_naming_someone_with_another_word_is_no_criticism(sentence):
    found = {(r.subject.label, r.relation, r.object.label) for r in extract(sentence)}
    assert ("Ilse Varga", "criticizes", "Tomas Reyes") not in found, found


def test_naming_what_is_no_ones_criticizes_no_one():
    found = [r for r in extract("The harbour plans were labelled a disgraceful waste by Senator Ilse Varga.")
             if r.relation == "criticizes"]
    assert found == [], found


@pytest.mark.parametrize(("sentence", "status"), [
    ("Senator Ilse Varga called Governor Tomas Reyes a true hero.", "asserted"),
    ("Senator Ilse Varga described Governor Tomas Reyes as courageous.", "asserted"),
    ("Senator Ilse Varga did not call Governor Tomas Reyes a hero.", "denied"),
    ("Governor Tomas Reyes was described as courageous by Senator Ilse Varga.", "asserted"),
])
def test_naming_someone_with_a_word_of_praise_praises_them(sentence, status):
    found = {(r.subject.label, r.relation, r.object.label): r for r in extract(sentence) if r.extractor == "quotes"}
    praise = found.get(("Ilse Varga", "praises", "Tomas Reyes"))
    assert praise is not None and praise.status == status and praise.cameo_code == "051", found


def test_naming_someone_a_friend_is_no_praise():
    found = {(r.subject.label, r.relation, r.object.label) for r in extract("Senator Ilse Varga called Governor "
                                                                              "Tomas Reyes a friend.")}
    assert ("Ilse Varga", "praises", "Tomas Reyes") not in found, found


def test_praise_in_an_adjective_of_another_noun_is_no_praise():
    """Mockery: the word of praise describes something else the object is called."""
    found = {(r.subject.label, r.relation, r.object.label) for r in extract(
        'Senator Ilse Varga called the Green Party "a brilliant machine for talking" that delivers nothing.')}
    assert ("Ilse Varga", "praises", "Green Party") not in found, found


def test_whether_an_adjective_of_the_noun_named_judges_is_the_ontologys(tmp_path):
    """kg:adjectiveJudges: given to kg:Approval in a copy of the ontology, the adjective praises as well."""
    copy = ontology_copy(tmp_path, "\nkg:Approval kg:adjectiveJudges true .\n")
    document = Document(id="t", text='Senator Ilse Varga called the Green Party "a brilliant machine for talking" that '
                                     "delivers nothing.", source="<test>")
    found = {(r.subject.label, r.relation, r.object.label) for r in process([document], ontology=copy)[0].relations}
    assert ("Ilse Varga", "praises", "Green Party") in found, found


# (sentence, (speaker, relation, object)): a verb of speech the parser hung in the clause a speaker reported, whose
# subject is impersonal or a thing said, is the speaker's own next act
GOING_ON = [
    ('Senator Ilse Varga said the tribunal\'s decision was "a victory for common sense" and praised Judge Tomas Reyes '
     "for his courage.", ("Ilse Varga", "praises", "Tomas Reyes")),
    ("The Farmers Alliance said it was disappointed but called on the Agriculture Ministry to review the quotas.",
     ("Farmers Alliance", "appealsTo", "Agriculture Ministry")),
    ("Nora Lindqvist said it was impossible to ignore the figures and urged the Harbour Board to act at once.",
     ("Nora Lindqvist", "appealsTo", "Harbour Board")),
    ("Nora Lindqvist said the plan was unfair and accused the Harbour Board of greed.",
     ("Nora Lindqvist", "accuses", "Harbour Board")),
    ("Nora Lindqvist says the plan is unfair and urges the Harbour Board to drop it.",
     ("Nora Lindqvist", "appealsTo", "Harbour Board")),
]


@pytest.mark.parametrize("sentence, triple", GOING_ON, ids=[s for s, _ in GOING_ON])
def test_a_speaker_goes_on_from_what_was_said(sentence, triple):
    assert triple in {(r.subject.label, r.relation, r.object.label) for r in extract(sentence)}


def test_a_named_subject_of_the_reported_clause_keeps_its_verb():
    found = {(r.subject.label, r.relation, r.object.label)
             for r in extract("Nora Lindqvist said Ivo Marsh was tired and praised Ilse Varga.")}
    assert ("Nora Lindqvist", "praises", "Ilse Varga") not in found


# every speaker joined by "and" says what they say together
SAID_TOGETHER = [
    ("The Harbour Board and the Ferry Union both say Governor Ivo Lark's toll plans are worthless.",
     {("Harbour Board", "criticizes", "Ivo Lark"), ("Ferry Union", "criticizes", "Ivo Lark")}),
    ("Tom Dorn and Ann Kell said Ivor Hatton's remarks were a disgrace.",
     {("Tom Dorn", "criticizes", "Ivor Hatton"), ("Ann Kell", "criticizes", "Ivor Hatton")}),
    ("Senator Ilse Varga and the Farmers Guild insist Governor Tomas Rusk must release the reservoir accounts.",
     {("Ilse Varga", "demands", "Tomas Rusk"), ("Farmers Guild", "demands", "Tomas Rusk")}),
]


@pytest.mark.parametrize("sentence, expected", SAID_TOGETHER, ids=[s for s, _ in SAID_TOGETHER])
def test_each_of_two_joined_speakers_says_it(sentence, expected):
    found = {(r.subject.label, r.relation, r.object.label): r for r in extract(sentence)
             if r.relation in ("criticizes", "demands")}
    assert set(found) == expected
    assert all(r.attributed_to.label == subject for (subject, _, _), r in found.items())


# a straight mark with a space after it closes a quotation: when a mark before it went unpaired, the article's own
# words up to the next mark are no one's quotation
UNPAIRED = ('Mr Ray Pell said: "The levy is wrong. Mr Pell called the tender "a sham" and walked out. The panel said '
            'Governor Jon Dane was a disgrace. Later Mr Pell said: "It is bad for Eldmark."')


def test_the_article_words_after_an_unpaired_mark_are_no_criticism():
    assert _found(UNPAIRED, "criticizes") == []


def test_the_article_words_after_an_unpaired_mark_are_no_quotation():
    document = Document(id="t", text=UNPAIRED, date=None, source="<test>")
    quotes = process([document])[0].quotes
    assert [(q.speaker.label, q.text) for q in quotes if "panel" in q.text] == []
    assert ("Ray Pell", "It is bad for Eldmark") in [(q.speaker.label, q.text) for q in quotes]


def test_each_paragraph_of_a_quotation_that_goes_on_is_the_speakers():
    # a paragraph of a quotation that goes on in the next one has no closing mark: the next mark opens the next one
    text = ('Governor Ivo Lark said: "The ferry plan is sound and it will pass. '
            '"Tom Dorn\'s toll scheme is a disgrace. "We will fight it all the way," he added.')
    assert [(r.subject.label, r.object.label) for r in _found(text, "criticizes")] == [("Ivo Lark", "Tom Dorn")]


SUSPENDED = 'told reporters: "We suspended him last Friday."'


@pytest.mark.parametrize("text", [
    f"Harbour Party spokesman Tom Dorn said the rules were clear. He {SUSPENDED}",
    f"Ivor Hatton broke the rules. Harbour Party spokesman Tom Dorn {SUSPENDED}",
])
def test_a_he_in_a_persons_own_quotation_is_not_the_speaker(text):
    assert [(r.subject.label, r.object.label) for r in extract(text) if r.object.label == "Tom Dorn"
            and r.relation != "memberOf"] == []


def test_a_verb_of_saying_inside_a_quotation_names_no_speaker_of_it():
    text = 'The Harbour Party leader Rona Vell went on: "Tom Dorn told the council the ferry plan was dead."'
    document = Document(id="t", text=text, date=None, source="<test>")
    assert [q.speaker.label for q in process([document])[0].quotes] == []


DISTRACTION = 'Harbour Party spokesman Tom Dorn said: "The levy row is only a sideshow for the council." '


def _quotes(text):
    document = Document(id="t", text=text, date=None, source="<test>")
    return [(q.speaker.label, q.text) for q in process([document])[0].quotes]


def test_the_subject_of_was_quoted_saying_is_the_speaker():
    text = DISTRACTION + 'Mr Ivor Dunmore was quoted in the Courier newspaper saying: "I feel the Harbour Party have ' \
        'overreacted badly."'
    assert ("Ivor Dunmore", "I feel the Harbour Party have overreacted badly") in _quotes(text)
    said = 'Mr Ivor Dunmore was quoted in the Courier newspaper saying the Harbour Party plan was a disgrace.'
    found = [(r.subject.label, r.object.label) for r in _found(said, "criticizes")]
    assert found == [("Ivor Dunmore", "Harbour Party")]


def test_a_quotation_someone_else_introduces_is_not_the_previous_speakers():
    text = DISTRACTION + 'Mr Ivor Dunmore was photographed in the Courier newspaper with a sign: "The Harbour Party ' \
        'have overreacted badly."'
    assert [speaker for speaker, _ in _quotes(text)] == ["Tom Dorn"]


def test_a_title_with_the_may_go_on_with_the_speaker_before():
    text = DISTRACTION + 'The spokesman also urged the council to "think again about the ferry levy".'
    assert ("Tom Dorn", "think again about the ferry levy") in _quotes(text)
