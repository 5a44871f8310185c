"""A capital's or nationality's word inside a name is no country (issue 14): a person whose surname or first name
is a capital or a nationality word ("Ann Danish", "Lord Carlow", "Douglas Pike") is that person, and a
nationality word before one organisation word ("the British Council") opens that organisation's name, unless the
word after it is a collective noun written out whole ("the Iraqi Army" stays the country's army)."""

from __future__ import annotations

import pytest

from graph_builder.build import process
from graph_builder.records import Document
from tests.conftest import extract, triples


def types(*texts: str) -> dict[str, str]:
    """label -> type of every entity the pipeline finds across the texts (as separate documents)."""
    docs = [Document(id=f"c{i}", text=t, source="<test>") for i, t in enumerate(texts)]
    return {e.label: e.type for r in process(docs) for e in r.entities}


@pytest.mark.parametrize(("text", "person", "country"), [
    # a nationality word after a first name is the surname
    ("Kevin Danish, who leads the Liberal Democrats on the council, praised the Greens.", "Kevin Danish", "Denmark"),
    # a capital after a first name, or after a noble title
    ("Maurice Canberra denounced the Labour plan for the harbour of Tolsey.", "Maurice Canberra", "Australia"),
    ("Lord Canberra dismissed the appeal brought by the Tolsey Harbour Trust.", "Lord Canberra", "Australia"),
    # a capital that is a first name, before the surname
    ("Veteran Tory Douglas Fenwright attacked the Labour plan for the harbour of Tolsey.", "Douglas Fenwright",
     "Isle of Man"),
])
def test_a_country_word_in_a_persons_name_is_the_person(text, person, country):
    found = types(text)
    assert found.get(person) == "Person", found
    assert country not in found, found


def test_the_person_not_the_country_does_what_the_sentence_says():
    found = triples(extract("Maurice Canberra sued the Labour Party over the harbour of Tolsey."))
    assert ("Maurice Canberra", "criticizes", "Labour Party") in found, found
    assert not [t for t in found if "Australia" in t], found


def test_a_surname_alone_after_a_full_name_with_a_nationality_word_is_the_person():
    found = triples(extract("Kevin Danish leads the Liberal Democrats in Tolsey. Later Mr Danish praised the Greens "
                            "of the valley for their plan."))
    assert not [t for t in found if "Denmark" in t], found


@pytest.mark.parametrize("text", [
    "The British Council named Mary Fenwright as its new chairman in Tolsey.",
    "Mary Fenwright, who chairs the British Council, opened the library in Tolsey.",
])
def test_a_nationality_word_before_one_organisation_word_opens_its_name(text):
    found = types(text)
    assert found.get("British Council") == "Organization", found
    assert "United Kingdom" not in found and "Council" not in found, found


@pytest.mark.parametrize(("text", "person"), [
    # a country word that opens a name, a first name before a party word, a title before the country's word
    ("The German Chancellor met Tory Harriet Fenwright in Tolsey.", "Harriet Fenwright"),
    ("In May Britain and Mary Fenwright signed the Tolsey accord.", "Mary Fenwright"),
])
def test_a_country_word_that_is_no_part_of_a_name_stays_the_country(text, person):
    found = types(text)
    assert found.get(person) == "Person", found
    assert "Germany" in found or "United Kingdom" in found, found


def test_a_collective_noun_after_a_nationality_word_is_still_the_countrys():
    found = types("The Iraqi Army and the local council of Tolsey met the British Army.")
    assert "army of Iraq" in found and "army of the United Kingdom" in found, found


def test_a_party_known_by_a_plural_opens_a_sentence_as_the_party():
    found = triples(extract("The harbour board met on Monday. Tories say Labour failed the fishermen of Tolsey."))
    assert ("Conservative Party", "criticizes", "Labour Party") in found, found


def test_a_plural_party_name_opening_a_sentence_is_an_actor():
    found = types("The harbour board met on Monday. Tories and Lib Dems welcomed its report on the ferry.")
    assert found.get("Conservative Party") == "Organization", found


def test_a_one_word_name_placed_by_in_is_a_place():
    found = types("Shocked health officials in Tolsey said the ward would close. Tolsey has one hospital.")
    assert found.get("Tolsey") == "Place", found


def test_a_person_named_in_full_elsewhere_is_still_the_person():
    found = types("Voters trust Mary Holcombe. The council has faith in Holcombe, Mr Dale said.")
    assert found.get("Mary Holcombe") == "Person", found
    assert "Holcombe" not in found, found


def test_a_preposition_opening_a_sentence_is_no_part_of_a_places_name():
    found = types("The strike hit the valley. Across Cornwall, pickets were mounted by striking staff. "
                  "Pickets stayed across Cornwall all week, the union said.")
    assert found.get("Cornwall") == "Place", found
    assert not [label for label in found if label.startswith("Across")], found


def test_a_name_ending_in_a_facility_noun_is_a_place_unless_a_first_name_opens_it():
    found = types("Noise from Penwick Airport has upset residents, the council said.",
                  "Dean Bridge scored twice for Tolsey Rovers on Saturday.")
    assert found.get("Penwick Airport") == "Place" and found.get("Dean Bridge") == "Person", found


def test_a_capital_that_opens_a_facilitys_name_makes_no_person():
    found = types("The letters are kept on the top floor of the council's Victoria Tower in Tolsey.")
    assert found.get("Victoria Tower") != "Person", found


@pytest.mark.parametrize(("text", "word"), [
    ("The mayor of Tolsey refused to apologise to a Jewish reporter for the insult.", "Jewish"),
    ("The council must apply to Scottish ministers before the Tolsey levy starts.", "Scottish"),
    ("The Tolsey party was accused of anti-Semitism over its leaflet.", "Semitism"),
])
def test_a_group_word_that_only_describes_names_no_actor(text, word):
    assert word not in types(text)


def test_a_group_word_before_its_community_or_a_named_member_is_still_the_group():
    found = types("Muslim leaders in Tolsey met Kurdish commander Aziz Tolan on Monday.")
    assert found.get("Muslim") == "Group" and found.get("Kurdish") == "Group", found


@pytest.mark.parametrize(("text", "place"), [
    ("On Friday Ms Holt will tour Bristol South, where the Lib Dem candidate hopes to win.", "Bristol South"),
    ("The seats to watch are Dundee West, Leeds Central and Oxford East, the Tolsey party said.", "Leeds Central"),
    ("The seats to watch are Dundee West, Leeds Central and Oxford East, the Tolsey party said.", "Oxford East"),
    ("Labour has done little for the North East, Ann Holt told the Tolsey rally.", "North East"),
])
def test_a_town_or_region_named_with_compass_words_is_a_place(text, place):
    assert types(text).get(place) == "Place"


def test_a_person_with_a_compass_surname_is_still_the_person():
    assert types("Fred West of the Tolsey harbour board was sacked on Monday.").get("Fred West") == "Person"
