"""Two spellings of one first name are one person (issue 14, a blind reading of BBC records), in one article and
across articles: "Damien Rolfe" and "Damian Rolfe" -- one vowel apart, a first name the first-name list gives one
gender in both spellings, the same surname -- are one node named by the spelling more mentions (or articles) use;
names of another gender or more than a vowel apart ("Mark"/"Mary") stay two people. So are a first name and its
nickname with one surname in one article ("Dave Rellan", "David Rellan"), and the bare surname with them."""

from __future__ import annotations

from graph_builder.build import process
from graph_builder.records import Document


def labels(text: str) -> set[str]:
    (result,) = process([Document(id="s0", text=text, source="<test>")])
    return {e.label for e in result.entities}


def test_two_spellings_of_a_first_name_are_one_person_named_as_most_mentions_spell_it():
    found = labels("Tory MP Damien Rolfe attacked the Labour Party. Damian Rolfe, the party's deputy leader, later "
                   "praised Michael Howard. Mr Damien Rolfe left. Mr Rolfe resigned.")
    assert "Damien Rolfe" in found, found
    assert "Damian Rolfe" not in found, found


def test_the_spelling_of_more_mentions_wins_whichever_comes_first():
    found = labels("Tory MP Damian Rolfe attacked the Labour Party. Damien Rolfe, the party's deputy leader, later "
                   "praised Michael Howard. Mr Damien Rolfe left.")
    assert "Damien Rolfe" in found, found
    assert "Damian Rolfe" not in found, found


def test_names_of_another_gender_stay_two_people():
    found = labels("Mark Rolfe attacked the Labour Party. Mary Rolfe later praised Michael Howard.")
    assert {"Mark Rolfe", "Mary Rolfe"} <= found, found


def test_two_spellings_across_articles_are_one_person_named_as_most_articles_spell_it():
    texts = ["Tory MP Damien Rolfe attacked the Labour Party on Monday.",
             "Tory MP Damian Rolfe praised Michael Howard on Friday.",
             "Tory MP Damien Rolfe criticised Tony Blair over the war."]
    results = process([Document(id=f"s{i}", text=t, source="<test>") for i, t in enumerate(texts)])
    subjects = {r.subject.label for result in results for r in result.relations}
    assert "Damien Rolfe" in subjects, subjects
    assert "Damian Rolfe" not in subjects, subjects


def test_a_first_name_and_its_nickname_with_one_surname_are_one_person_in_one_article():
    texts = ["Norland Athletics has appointed coach Dave Rellan. Rellan, who worked with the Caldera team, said he was "
             "delighted. Tom Vask praised Rellan. David Rellan starts in May.",
             "Anna Rellan opened a bakery in Caldera on Monday."]
    results = process([Document(id=f"s{k}", text=text, source="<test>") for k, text in enumerate(texts)])
    praised = {r.object.label for r in results[0].relations if r.relation == "praises"}
    assert praised == {"Dave Rellan"}
