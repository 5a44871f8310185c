"""A nationality word that is also a first name, after a lower-case title and joined to the surname, opens the
person's name ("Trade minister Georgian Lomidze"): the person holds no office of that country. Before the title it
stays the country ("Georgian Trade minister Levan Lomidze"). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("sentence", "country"), [
    ("Trade minister Georgian Lomidze met Ann Reed in Tbilisi.", "Georgia"),
    ("Energy minister German Falkov told reporters that the plan was sound.", "Germany"),
])
def test_a_nationality_first_name_after_a_title_is_no_country(sentence, country):
    records = triples(extract(sentence))
    assert not any(obj == country for _, _, obj in records), records


def test_the_first_name_stays_with_the_person():
    records = triples(extract("Trade minister Georgian Lomidze met Ann Reed in Tbilisi."))
    assert ("Georgian Lomidze", "meets", "Ann Reed") in records, records


@pytest.mark.parametrize(("sentence", "person", "relation", "country"), [
    ("Georgian Trade minister Levan Lomidze met Ann Reed in Tbilisi.", "Levan Lomidze", "memberOf",
     "government of Georgia"),
    ("German Chancellor Ulrich Falkov met Ann Reed.", "Ulrich Falkov", "leaderOf", "Germany"),
])
def test_a_nationality_word_before_the_title_is_still_the_country(sentence, person, relation, country):
    assert (person, relation, country) in triples(extract(sentence))
