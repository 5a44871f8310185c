"""A bare surname the model takes for a group (a NORP name) is the person the document names in full with it,
as one taken for a place is: one node, not a group of that name. Sentences and names of our own."""

from __future__ import annotations

from tests.conftest import extract


def test_a_surname_read_as_a_group_is_the_person():
    text = "Senator Ana Mandu met Oana Toiu on Monday. Lena Kask criticised Mandu for the delay."
    found = [(r.subject.label, r.relation, r.object.label, r.object.type) for r in extract(text)
             if r.relation == "criticizes"]
    assert found == [("Lena Kask", "criticizes", "Ana Mandu", "Person")]


def test_a_nationality_word_stays_its_country():
    text = "Senator Ana Mandu met Oana Toiu on Monday. Russian troops attacked Kherson."
    assert [(r.subject.label, r.object.label) for r in extract(text) if r.relation == "attacks"] == [
        ("armed forces of Russia", "Kherson")]


def test_a_surname_read_as_a_group_many_times_stays_the_person():
    text = ("Mandu rules out a return. Senator Ana Mandu has no plans to return to the cabinet. "
            "But Mandu revealed that her priority was the harbour bill. Mandu admitted the vote would be close. "
            "Mandu said Oskar Lind had supported her.")
    people = {(r.subject.label, r.subject.type, r.relation, r.object.label, r.object.type) for r in extract(text)
              if r.relation == "supports"}
    assert people == {("Oskar Lind", "Person", "supports", "Ana Mandu", "Person")}


def test_a_group_word_before_its_noun_stays_the_group():
    text = "Lawyer Ruth Christian criticised the Home Office. Christian leaders met Carl Moe on Monday."
    assert [r.subject.label for r in extract(text) if r.relation == "meets"] == ["Christian"]
