"""Legislators named by a plural noun with no owner are the chamber the noun names (kg:Chamber): "MSPs" the Scottish
Parliament and "MEPs" the European Parliament wherever; "MPs" the House of Commons in an article whose one country of
government is the United Kingdom (two articles say Tom Varga leads it), the legislators of Kenya in one about Kenya;
with no such country they stay a node of their article. So they are told or briefed; acting ("MPs criticised X") they
are some members the text does not name, no chamber: no record has them for its subject. "Parliament" alone is, in an
article about the United Kingdom, its Parliament (kg:bareName). Owned forms stay: "Harbour Party MPs" are the party,
"French MPs" France's legislators. Names and sentences of our own."""

from __future__ import annotations

import pytest

from graph_builder.errors import OntologyError
from graph_builder.vocab import load_lexicon
from tests.conftest import archive_triples, extract, ontology_copy, triples

LEADERS = {
    "uk-1": "British Prime Minister Tom Varga opened a ferry terminal in Hull on Monday.",
    "uk-2": "The UK's Prime Minister Tom Varga visited a shipyard in Leeds on Tuesday.",
    "ke-1": "Kenyan President Ruto Kamau opened a dam near Nakuru on Monday.",
    "ke-2": "Kenya's President Ruto Kamau visited a tea farm near Kericho on Tuesday.",
}
ARTICLES = {
    "uk-told": "Tom Varga told MPs that the ferry levy would rise next spring.",
    "uk-critics": "Tom Varga defended the ferry levy on Friday. MPs criticised Tom Varga over the levy.",
    "ke-critics": "Ruto Kamau defended the road toll on Friday. MPs criticised Ruto Kamau over the toll.",
    "abroad": "Tom Varga flew to Greece on Friday. MPs criticised Tom Varga over the ferry levy.",
    "nobody": "Farmers gathered in a square on Friday. MPs criticised the Harbour Workers Federation over the strike.",
    "uk-entered": "Tom Varga entered Parliament in 1987 after two defeats.",
    "nobody-entered": "Ivo Marsh entered Parliament in 1990 after two defeats.",
}


@pytest.fixture(scope="module")
def found(tmp_path_factory) -> dict[str, set[tuple[str, str, str]]]:
    """Document -> its (subject, relation, object) records, built as one archive."""
    return archive_triples(tmp_path_factory.mktemp("chambers"), {**LEADERS, **ARTICLES})


@pytest.mark.parametrize(("article", "expected"), [
    ("uk-told", ("Tom Varga", "commentsOn", "House of Commons")),
    ("uk-entered", ("Tom Varga", "memberOf", "Parliament of the United Kingdom")),
])
def test_mps_of_an_article_of_one_country_are_its_chamber_or_its_legislators(found, article, expected):
    assert expected in found[article]


@pytest.mark.parametrize("article", ["uk-critics", "ke-critics", "abroad", "nobody"])
def test_mps_acting_are_no_chamber_and_no_actor_in_any_article(found, article):
    assert not [t for t in found[article] if t[1] == "criticizes"], found[article]


def test_parliament_of_an_article_of_no_one_country_is_no_country_s(found):
    assert not [t for t in found["nobody-entered"] if "United Kingdom" in t[2]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ivo Marsh told MSPs that the ferry levy would be scrapped.", ("Ivo Marsh", "commentsOn", "Scottish Parliament")),
    ("Ivo Marsh told MEPs that the fishing quotas would stay.", ("Ivo Marsh", "commentsOn", "European Parliament")),
])
def test_msps_and_meps_are_their_parliament_wherever(sentence, expected):
    assert expected in triples(extract(sentence, date="2026-01-05"))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Harbour Party MPs criticised Ivo Marsh over the ferry levy.", ("Harbour Party", "criticizes", "Ivo Marsh")),
    ("French MPs criticised Ivo Marsh over the fishing quotas.",
     ("legislators of France", "criticizes", "Ivo Marsh")),
])
def test_owned_legislators_stay_their_owners(sentence, expected):
    assert expected in triples(extract(sentence, date="2026-01-05"))


def test_a_member_noun_of_no_collective_kind_is_refused(tmp_path):
    turtle = ('\n<https://w3id.org/newskg/ontology/chamber/Dail> a kg:Chamber ; rdfs:label "Dail" ;'
              ' kg:memberNoun "tds" .\n')
    with pytest.raises(OntologyError, match="tds"):
        load_lexicon(ontology_copy(tmp_path, turtle))
