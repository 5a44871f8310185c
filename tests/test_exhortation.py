"""Appeals and demands voiced with a modal in reported speech or a quotation ("X said Y should apologise").

Every sentence here is written for these rules (invented people, parties and places).
"""

from __future__ import annotations

import pytest

from graph_builder.build import process
from graph_builder.records import Document
from tests.conftest import extract, ontology_copy


def _triples(sentence: str) -> set[tuple[str, str, str, str | None]]:
    return {(r.subject.label, r.relation, r.object.label, r.cameo_code) for r in extract(sentence)
            if r.relation in ("appealsTo", "demands")}


# (sentence, (speaker, relation, addressee, CAMEO code))
EXHORTED = [
    ("Senator Ilse Varga said Governor Tomas Rusk should apologise to the farmers of Eldmark.",
     ("Ilse Varga", "appealsTo", "Tomas Rusk", "020")),
    ('"Governor Tomas Rusk should publish the tender papers," Senator Ilse Varga said.',
     ("Ilse Varga", "appealsTo", "Tomas Rusk", "020")),
    # "must" demands; a verb of leaving office asks for a change of leadership
    ("Senator Ilse Varga said Governor Tomas Rusk must think again about the reservoir.",
     ("Ilse Varga", "demands", "Tomas Rusk", "100")),
    ("Governor Tomas Rusk should resign over the reservoir contracts, Senator Ilse Varga said on Tuesday.",
     ("Ilse Varga", "appealsTo", "Tomas Rusk", "0241")),
    ("Senator Ilse Varga insisted Governor Tomas Rusk must step down before the autumn.",
     ("Ilse Varga", "demands", "Tomas Rusk", "1041")),
    ("Senator Ilse Varga believes Governor Tomas Rusk ought to stand down after the inquiry.",
     ("Ilse Varga", "appealsTo", "Tomas Rusk", "0241")),
    # a duty the subject "has" to act asks it as "should" does
    ("Senator Ilse Varga insists Governor Tomas Rusk has an obligation to stand down over the tenders.",
     ("Ilse Varga", "appealsTo", "Tomas Rusk", "0241")),
    ("Senator Ilse Varga said Governor Tomas Rusk had an obligation to publish the reservoir accounts.",
     ("Ilse Varga", "appealsTo", "Tomas Rusk", "020")),
]


@pytest.mark.parametrize("sentence, triple", EXHORTED, ids=[s for s, _ in EXHORTED])
def test_a_speaker_who_says_another_should_act_appeals_to_it(sentence, triple):
    assert triple in _triples(sentence)


NOTHING_ASKED = [
    # a question, a condition, blame for the past, a passive, a forecast of a thing
    "Should Governor Tomas Rusk resign over the reservoir, Senator Ilse Varga asked?",
    "Senator Ilse Varga said that if Governor Tomas Rusk should resign, the coalition in Eldmark would fall.",
    "Senator Ilse Varga said Governor Tomas Rusk should have resigned last winter.",
    "Senator Ilse Varga said Governor Tomas Rusk should be sacked at once.",
    "Senator Ilse Varga said the reservoir bill of Governor Tomas Rusk should pass easily.",
    # the speaker's own side: first-person subjects ask nothing of another actor
    '"We must win back the farmers of Eldmark," said Governor Tomas Rusk of the Eldmark Green League.',
    '"I should have listened to the farmers," Governor Tomas Rusk said.',
    # a relative clause or an indirect question asks nothing; a condition on the appeal leaves it out
    "Senator Ilse Varga said the first issues Governor Tomas Rusk should weigh were the reservoir tenders.",
    "Senator Ilse Varga sent the Eldmark Water Board a note on how it should handle the reservoir tenders.",
    "Senator Ilse Varga said Governor Tomas Rusk should step down if the auditors find fraud.",
    '"If that is truly his plan, then I think Governor Tomas Rusk should keep the tenders," Senator Ilse Varga said.',
    # the speaker's own country: who speaks for whom the text rarely tells
    "Senator Ilse Varga said Portugal should take a bigger share of the reservoir costs.",
    "Senator Ilse Varga said Governor Tomas Rusk had an obligation under the reservoir treaty.",
    # a duty names a standing duty more often than it asks anything
    "Senator Ilse Varga said the Eldmark Water Board had a duty to keep the reservoir safe.",
    # some of a kind, or a kind anywhere, is no one actor asked
    "Senator Ilse Varga said police should patrol the reservoir at night.",
    "Senator Ilse Varga said many Labour MPs should drop the reservoir levy.",
    # a noun of what someone said names no speaker there
    "The select committee said Governor Tomas Rusk should publish the reservoir tenders.",
]


@pytest.mark.parametrize("sentence", NOTHING_ASKED)
def test_no_appeal_without_another_actor_asked_to_act(sentence):
    assert _triples(sentence) == set()


def test_a_country_that_speaks_appeals_to_another_country():
    sentence = "Norland said Westmark must withdraw its border guards."
    assert ("Norland", "demands", "Westmark", "100") in _triples(sentence)


def test_a_quotation_mark_left_unpaired_earlier_makes_no_speaker():
    # the mark after "a sham" closes a quotation: the article's words up to the next mark are nobody's quotation
    text = ('Mr Ray Pell said: "The levy is wrong. Mr Pell called the tender "a sham" and walked out. The panel said '
            'Jon Dane should publish the tender papers. Later Mr Pell said: "It is bad for Eldmark."')
    assert _triples(text) == set()


def test_a_quotation_of_several_sentences_keeps_its_speaker():
    text = '"The levy is wrong. Jon Dane should publish the tender papers. He has had weeks," Mr Ray Pell said.'
    assert ("Ray Pell", "appealsTo", "Jon Dane", "020") in _triples(text)


# a plea, request or petition its owner addressed to an actor (ontology/lexicon/02_appeal.yaml)
ADDRESSED = [
    "Senator Ilse Varga's plea to Governor Tomas Rusk over the reservoir went unheard.",
    "Senator Ilse Varga's request to Governor Tomas Rusk for the reservoir accounts was refused.",
]


@pytest.mark.parametrize("sentence", ADDRESSED)
def test_a_plea_addressed_to_an_actor_appeals_to_it(sentence):
    assert ("Ilse Varga", "appealsTo", "Tomas Rusk", "020") in _triples(sentence)


@pytest.mark.parametrize(("sentence", "code"), [
    ("Senator Ilse Varga said Governor Tomas Rusk must think again about the reservoir.", "101"),
    ("Senator Ilse Varga insisted Governor Tomas Rusk must step down before the autumn.", "1040"),
])
def test_what_a_modal_asks_is_the_ontologys(tmp_path, sentence, code):
    """kg:DemandingModal's kg:cueRelation, kg:cameoCode and kg:leavingCameoCode, changed in a copy of the ontology."""
    copy = ontology_copy(tmp_path, "")
    turtle = copy / "newskg.ttl"
    written = 'kg:cueRelation kg:demands ; kg:cameoCode "100" ; kg:leavingCameoCode "1041"'
    text = turtle.read_text(encoding="utf-8")
    assert text.count(written) == 1
    turtle.write_text(text.replace(written, 'kg:cueRelation kg:demands ; kg:cameoCode "101" ; '
                                            'kg:leavingCameoCode "1040"'), encoding="utf-8")
    found = {(r.subject.label, r.relation, r.object.label, r.cameo_code)
             for r in process([Document(id="t", text=sentence, source="<test>")], ontology=copy)[0].relations}
    assert ("Ilse Varga", "demands", "Tomas Rusk", code) in found, found
