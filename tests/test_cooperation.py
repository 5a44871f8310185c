"""Cooperation and communication as statements and war reports write them: calls, contact, idioms of closeness,
"in support of", "with the support of", aid measured in money, commitments to work with someone."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

# (sentence, (a word of the subject's label, relation, a word of the object's label)) that must be asserted
ASSERTED = [
    # a request under which the clause's subject acts is an appeal of the one who asked
    ("At the request of the Andean Trade Union, the Labour Ministry has completed an evaluation.",
     ("Andean Trade Union", "appealsTo", "Labour Ministry")),
    ("Peru sent troops at the request of Chile.", ("Chile", "appealsTo", "Peru")),
    ("Peru acted at Chile's behest.", ("Chile", "appealsTo", "Peru")),
    # a call or contact as an event noun: who holds it is the clause's subject
    ("The Dutch minister raised the matter in a call with the Belgian foreign minister.",
     ("Netherlands", "meets", "Belgium")),
    ("Sweden has been in touch with Finnish officials about the accident.", ("Sweden", "meets", "Finland")),
    # reduplicated idioms of closeness
    ("Chile has always stood shoulder to shoulder with Paraguay.", ("Chile", "cooperatesWith", "Paraguay")),
    ("Ghana stood side by side with Togo during the dispute.", ("Ghana", "cooperatesWith", "Togo")),
    ("Kenyan officials worked hand in hand with Tanzanian officials on the census.",
     ("Kenya", "cooperatesWith", "Tanzania")),
    # "in support of B": the clause's subject supports B, whether the phrase comes first or last
    ("Spain stays firm in its support of Morocco.", ("Spain", "supports", "Morocco")),
    ("In support of the Afghan army, NATO aircraft bombed a depot.", ("NATO", "supports", "Afghanistan")),
    ("Estonian jets flew patrols in support of Finnish ground units.", ("Estonia", "supports", "Finland")),
    # "with the support of A": A is who gives it
    ("Libya retook the port with the support of Egypt.", ("Egypt", "supports", "Libya")),
    # a pair named under the participle that describes the event
    ("Niger praised the deal struck on Friday between the Government of Benin and the Government of Gabon.",
     ("Benin", "cooperatesWith", "Gabon")),
    # "for" with an actor and an infinitive: an appeal to that actor
    ("Germany pressed for Russia to withdraw its troops.", ("Germany", "appealsTo", "Russia")),
    ("Senator Ilse Brandt called for Governor Tom Rask to resign.", ("Ilse Brandt", "appealsTo", "Tom Rask")),
    # wanting an actor to act asks it to, also when the parser makes the actor the infinitive's subject
    ("The Green Party wants the Chilean government to withdraw the bill.",
     ("Green Party", "appealsTo", "government of Chile")),
    ("Senator Ilse Brandt wants Governor Tom Rask to resign.", ("Ilse Brandt", "appealsTo", "Tom Rask")),
    # promising someone what a clause or an infinitive says is an intent to cooperate (CAMEO 030)
    ("Senator Ilse Brandt promised Governor Tom Rask she would stand down before the vote.",
     ("Ilse Brandt", "intendsToCooperate", "Tom Rask")),
    ("Senator Ilse Brandt promised the Harbour Union to keep the docks open.",
     ("Ilse Brandt", "intendsToCooperate", "Harbour Union")),
    # admiration is approval (CAMEO 051, as praise)
    ("Senator Ilse Brandt still admired Governor Tom Rask.", ("Ilse Brandt", "praises", "Tom Rask")),
    ("The Green Party pushed for the Treasury to publish its figures.", ("Green Party", "appealsTo", "Treasury")),
    # "A provide B NOUN" written with "with": the verb's object receives
    ("Turkey supplied the rebels with weapons.", ("Turkey", "supports", "rebels")),
    ("Britain provided the government of Jordan with military support.", ("United Kingdom", "supports", "Jordan")),
    # aid measured as a sum: the verb of the sum gives the actor
    ("Norway provided $20 million in new assistance to the Sudanese government.", ("Norway", "supports", "Sudan")),
    # forces that work or operate together cooperate in arms (CAMEO 062); governments that do so, in diplomacy
    ("The Ruritanian Navy conducted joint naval operations with the Bordurian Navy in the Gulf.",
     ("Ruritanian Navy", "cooperatesMateriallyWith", "Bordurian Navy")),
    ("The Ruritanian Navy is working together with the Bordurian Navy in support of maritime security.",
     ("Ruritanian Navy", "cooperatesMateriallyWith", "Bordurian Navy")),
    ("Ruritania is working with Borduria to reopen the border crossing.", ("Ruritania", "cooperatesWith", "Borduria")),
]

# (sentence, (subject word, relation, object word)) that must not be asserted
REFUSED = [
    # the supporter is after "of" here, never the clause's subject
    ("Libya retook the port with the support of Egypt.", ("Libya", "supports", "Egypt")),
    ("Ghana won the backing of Nigeria in the vote.", ("Ghana", "supports", "Nigeria")),
    ("Despite the support of Ghana, Togo lost the vote.", ("Togo", "supports", "Ghana")),
    # only an adjective of intent lends its subject to the verb under it, and never as a fact
    ("Austria is opposed to working with Hungary on the plan.", ("Austria", "cooperatesWith", "Hungary")),
    ("Peru remains committed to working with Ecuador on border security.", ("Peru", "cooperatesWith", "Ecuador")),
    ("The minister provided the committee with a report.", ("Minister", "supports", "Committee")),
    # "call for" without an infinitive asks for something, not someone
    ("Senator Ilse Brandt called for Governor Tom Rask's resignation.", ("Ilse Brandt", "appealsTo", "Tom Rask")),
    ("Senator Ilse Brandt called for the resignation of Governor Tom Rask.", ("Ilse Brandt", "appealsTo", "Tom Rask")),
    # ... and wanting someone to be something, or wanting what is someone's, asks nothing of them
    ("Senator Ilse Brandt wants Hexley to be the capital of the region.", ("Ilse Brandt", "appealsTo", "Hexley")),
    ("Senator Ilse Brandt wants Governor Tom Rask's job.", ("Ilse Brandt", "appealsTo", "Tom Rask")),
    ("Norway has been cautious, but Senator Ilse Brandt said she wanted it to end.",
     ("Ilse Brandt", "appealsTo", "Norway")),
    # a request rejected says nothing of whom it asked
    ("Peru rejected the request of Chile.", ("Chile", "appealsTo", "Peru")),
    ("Peru rejected the request of Chile.", ("Peru", "appealsTo", "Chile")),
    # who is encouraged by a decision appeals to no one
    ("The council was encouraged by the decision of Moldova to hold elections.", ("Moldova", "appealsTo", "Council")),
    # troops fighting side by side are allies, not enemies
    ("Moldovan soldiers fought side by side with Romanian soldiers in the exercise.",
     ("Moldova", "attacks", "Romania")),
    ("The Ruritanian Navy is working together with the Bordurian Navy in support of maritime security.",
     ("Ruritanian Navy", "cooperatesWith", "Bordurian Navy")),
]


def _found(relations, wanted: tuple[str, str, str]) -> bool:
    subject, relation, obj = wanted
    return any(subject.lower() in s.lower() and r == relation and obj.lower() in o.lower()
               for s, r, o in triples(relations))


@pytest.mark.parametrize(("sentence", "wanted"), ASSERTED, ids=[s for s, _ in ASSERTED])
def test_cooperation_is_asserted(sentence, wanted):
    relations = extract(sentence)
    assert _found(relations, wanted), triples(relations, asserted_only=False)


@pytest.mark.parametrize(("sentence", "refused"), REFUSED, ids=[s for s, _ in REFUSED])
def test_what_is_not_said_is_not_asserted(sentence, refused):
    relations = extract(sentence)
    assert not _found(relations, refused), triples(relations)


def test_the_idiom_is_the_predicate_as_written():
    [record] = [r for r in extract("Chile has always stood shoulder to shoulder with Paraguay.")
                if r.relation == "cooperatesWith"]
    assert record.verb == "stood shoulder to shoulder with"


def test_backing_won_from_another_is_read_the_right_way_round():
    assert _found(extract("Ghana won the backing of Nigeria in the vote."), ("Nigeria", "supports", "Ghana"))


def test_a_commitment_to_work_with_someone_keeps_its_subject_and_is_intended():
    [record] = [r for r in extract("Peru remains committed to working with Ecuador on border security.")
                if r.relation == "cooperatesWith"]
    assert (record.subject.label, record.object.label, record.modality) == ("Peru", "Ecuador", "intended")


def test_aid_measured_as_a_sum_takes_the_tense_of_its_verb():
    promised = extract("Norway will provide $20 million in new assistance to the Sudanese government.")
    given = extract("Norway provided $20 million in new assistance to the Sudanese government.")
    assert {(r.relation, r.modality) for r in promised if "Sudan" in r.object.label} == {("supports", "future")}
    assert {(r.relation, r.modality) for r in given if "Sudan" in r.object.label} == {("supports", "asserted")}


def test_a_commitment_reaches_through_a_chain_of_verbs():
    relations = extract("Finland remains committed to continuing to provide Benin's government with military "
                        "assistance.")
    assert {(r.subject.label, r.relation, r.modality) for r in relations if "Benin" in r.object.label} == {
        ("Finland", "supports", "intended")}
