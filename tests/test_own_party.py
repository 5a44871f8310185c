"""A possessive pronoun on a noun of an actor class ("his party") names the person's own party: memberOf (also
when the document's title of the person leads it, see test_possessive_is_no_lead.py), when the document's titles
give the person exactly one party and none held before, the pronoun is the person's in its clause,
and nothing else describes the noun ("her new party" may be another). Documents and names of our own."""

from __future__ import annotations

import pytest

from graph_builder import extract

OWN = [
    "Harbour Party MP Tom Hale spoke in Leeds on Monday. Mr Hale says his party's coming manifesto will promise "
    "cheaper ferries.",
    "Green Party councillor Ann Reed visited Leeds. Ms Reed complained that officials never told her party about the "
    "closures.",
    "Green Party MP Ann Reed visited Leeds. Ms Reed is touring rural seats, where her party hopes to make gains.",
]

NOT_OWN = [
    # another person is the subject of the clause: whose party it is, is in doubt
    "Green Party leader Ann Reed visited Leeds. Tom Hale has chosen a new name for his party.",
    # a title held before: she may lead another party now
    "Former Green Party leader Ann Reed, who now leads the Harbour Party, visited Leeds. Ms Reed said her party would "
    "win.",
    # a word that describes the party: "her new party" need not be the one her title names
    "Green Party leader Ann Reed visited Leeds. Ms Reed said her new party would win.",
]


def _own(text: str) -> set[tuple[str, str, str]]:
    return {(r.subject.label, r.relation, r.object.label) for r in extract(text, date="2005-03-01")
            if r.verb in ("his party", "her party")}


@pytest.mark.parametrize("text", OWN)
def test_his_party_is_the_party_of_his_title(text):
    found = _own(text)
    assert len(found) == 1 and next(iter(found))[1] == "memberOf", found


@pytest.mark.parametrize("text", NOT_OWN)
def test_no_party_when_whose_or_which_is_in_doubt(text):
    assert not _own(text)


def test_a_title_in_the_same_sentence_already_says_it():
    records = [(r.relation, r.object.label) for r in extract(
        "Green Party leader Ida Brandt said her party would not raise taxes.") if r.subject.label == "Ida Brandt"]
    assert records == [("leaderOf", "Green Party")]


def test_a_membership_a_title_already_says_is_dropped_before_its_evidence_is_read(monkeypatch):
    from graph_builder.extract import own_party

    read, evidence = [], own_party.evidence

    def reading(token, entities):
        read.append(token.text)
        return evidence(token, entities)

    monkeypatch.setattr(own_party, "evidence", reading)
    extract("Green Party leader Ida Brandt said her party would not raise taxes.")
    assert read == []


def test_the_words_that_add_nothing_to_his_party_are_the_ontologys(tmp_path):
    """kg:OwnWord: with "new" added in a copy of the ontology, "her new party" is her title's party."""
    from graph_builder.build import process
    from graph_builder.records import Document
    from tests.conftest import ontology_copy

    copy = ontology_copy(tmp_path, '\nkg:OwnWord kg:cueLemma "new" .\n')
    text = "Green Party MP Ann Reed visited Leeds. Ms Reed said her new party would win."
    found = {(r.subject.label, r.relation, r.object.label) for r in process(
        [Document(id="t", text=text, date="2005-03-01", source="<test>")], ontology=copy)[0].relations
             if r.verb == "her party"}
    assert found == {("Ann Reed", "memberOf", "Green Party")}, found
