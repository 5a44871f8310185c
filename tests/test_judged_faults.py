"""Faults blind judges found in records, each as a class: a chief title qualified by the post's own noun or after
an organisation's possessive, a definite description whose title the parser split at a hyphen, a party's group in a
chamber, a he or she that cannot go on with the speaker before, a subject inside the quotation, accepting someone's
departure, contacting an emergency service, and a person's family acting in the person's name."""

from __future__ import annotations

from graph_builder.build import process
from graph_builder.records import Document
from tests.conftest import extract, triples


def _roles(text: str) -> set[tuple[str, str, str, str]]:
    return {(r.subject.label, r.relation, r.object.label, r.role or "") for r in extract(text)
            if r.extractor == "roles" and r.asserted}


def test_a_chief_title_keeps_the_noun_of_its_post():
    found = _roles("Harbour Party campaign chief Tom Varga denied the party was hiding its leader.")
    assert ("Tom Varga", "memberOf", "Harbour Party", "campaign chief") in found
    assert not any(role == "chief" for *_, role in found)


def test_a_chief_title_that_leads_what_is_named_before_it_stays_plain():
    found = _roles("NAO head Mira Tallent said the inspections would go on.")
    assert ("Mira Tallent", "leaderOf", "NAO", "head") in found


def test_a_hyphened_title_with_the_is_the_person_named_with_it():
    text = ("Tory co-chairman Tom Varga was speaking after Ms Kiel told Labour members the plan had failed. "
            "The Tory co-chairman then attacked Labour's new pledges as \"empty\" and said Ms Kiel was nervous.")
    found = triples(extract(text))
    assert ("Tom Varga", "criticizes", "Labour Party") in found
    assert ("Conservative Party", "criticizes", "Labour Party") not in found


def test_the_leader_of_a_partys_group_in_a_chamber_is_a_member_of_the_party():
    found = _roles("Speaking after the vote, Dara Quill, leader of the Holyrood Conservatives, said the bus "
                   "fares were too high.")
    assert ("Dara Quill", "memberOf", "Conservative Party", "Holyrood leader") in found  # the group's role
    assert not any(relation == "leaderOf" for _, relation, *_ in found)


def _quotes(text: str) -> set[tuple[str, str]]:
    result = process([Document(id="t", text=text, source="<test>")])[0]
    return {(q.speaker.label, q.text) for q in result.quotes}


def test_she_added_does_not_go_on_with_a_mans_words():
    found = _quotes('Mr Dorran Kell, the party treasurer, defended the accounts. "Every pound was declared on '
                    'time," he said. Speaking later, she added: "The figures will be published in full next month."')
    assert ("Dorran Kell", "Every pound was declared on time") in found
    assert not any(text.startswith("The figures") for _, text in found)


def test_he_added_goes_on_with_the_same_man():
    found = _quotes('Mr Dorran Kell, the party treasurer, defended the accounts. "Every pound was declared on '
                    'time," he said. He added: "The figures will be published in full next month."')
    assert ("Dorran Kell", "The figures will be published in full next month") in found


def test_accepting_someones_resignation_is_no_cooperation_with_them():
    found = triples(extract("Harbour Party leader Oren Vasko accepted Mira Tallent's resignation on Friday."))
    assert not any(relation == "cooperatesWith" for _, relation, _ in found)


def test_accepting_someones_apology_still_is():
    assert ("Oren Vasko", "cooperatesWith", "Mira Tallent") in triples(extract("Oren Vasko accepted Mira Tallent's "
                                                                              "apology."))


def test_contacting_the_police_is_no_meeting():
    found = triples(extract("Bram Fenwick said his group contacted police after getting letters from residents."))
    assert not any(relation == "meets" for _, relation, _ in found)


def test_contacting_an_organisation_still_is():
    found = triples(extract("Senator Ilse Varga contacted the Kestrel Trust about the harbour bid."))
    assert ("Ilse Varga", "meets", "Kestrel Trust") in found


def test_a_persons_family_does_not_act_for_them():
    found = triples(extract("Mr Dalworth's wife criticised Councillor Mira Tallent over the closure. "
                            "Oren Vasko's son praised Mira Tallent for her courage."))
    assert ("Dalworth", "criticizes", "Mira Tallent") not in found
    assert ("Oren Vasko", "praises", "Mira Tallent") not in found


def test_a_subject_inside_the_quotation_is_not_its_speaker():
    found = _quotes('Green Party chairman Oren Vasko said the Harbour poster plans were a sign of "nasty politics". '
                    '"This government, despite the fact that ministers would say want to move on, not back, seem '
                    'intent on dwelling on history rather than their own plans or even more crucially, about '
                    'tomorrow," he said on Monday.')
    assert {speaker for speaker, _ in found} == {"Oren Vasko"}


def test_a_chief_title_after_an_organisations_possessive_leads_it():
    found = _roles("Mr Kell said they should get Mira Tallent, Velcorp's boss, to issue a statement.")
    assert ("Mira Tallent", "leaderOf", "Velcorp", "boss") in found


def test_a_title_qualifying_another_noun_after_the_possessive_does_not():
    found = _roles("Velcorp's chief economist Mira Tallent said prices would rise.")
    assert not any(relation == "leaderOf" for _, relation, *_ in found)
