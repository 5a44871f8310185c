"""The country of an article's bare "the government" is known from more than its leaders: a person two articles
call a member of a country's government ("Home Secretary Tom Reed") or the holder of a post of its opposition
("shadow home secretary Ann Dale", with her party) ties the article to that country's politics. With a party of that
country named, another country named only as a place (in no record, owning no actor) does not stand in the way; one
that acts in a record does, and without such a party any other country does. An article that names nobody the
archive ties to a country has the one country it names, if it names one. Names and sentences of our own."""

from __future__ import annotations

import pytest

from tests.conftest import archive_triples

ARCHIVE = {
    "reed-1": "Home Secretary Tom Reed opened a new prison near Leeds on Monday.",
    "reed-2": "Home Secretary Tom Reed visited a police college in Hull on Tuesday.",
    "dale-1": "Shadow home secretary Ann Dale of the Harbour Party toured a ferry port on Monday.",
    "dale-2": "The Harbour Party's shadow home secretary, Ann Dale, spoke at a fish market on Tuesday.",
}
ARTICLES = {
    "minister": "Tom Reed spoke to prison officers on Friday. The government criticised the Ferry Workers Union over "
                "the strike.",
    "party-place": "The Harbour Party criticised the government over the ferry levy. Two trawlermen drowned off Peru "
                   "last week.",
    "party-chamber": "Ann Dale told MPs that the ferry levy was unfair.",
    "party-acting": "The Harbour Party criticised the government over the ferry levy. Peru condemned the Harbour "
                    "Party over its fishing plans.",
    "minister-place": "Tom Reed spoke to prison officers on Friday. The government criticised the Ferry Workers "
                      "Union over the strike. Two trawlermen drowned off Peru last week.",
    "one-country": "Ferry crews in Portugal stopped work on Monday. The Ferry Workers Union urged the government to "
                   "cut fares.",
    "two-countries": "Ferry crews in Portugal and Spain stopped work on Monday. The Ferry Workers Union urged the "
                     "government to cut fares.",
}


@pytest.fixture(scope="module")
def found(tmp_path_factory) -> dict[str, set[tuple[str, str, str]]]:
    """Document -> its (subject, relation, object) records, built as one archive."""
    return archive_triples(tmp_path_factory.mktemp("party_articles"), {**ARCHIVE, **ARTICLES})


@pytest.mark.parametrize(("article", "expected"), [
    ("minister", ("government of the United Kingdom", "criticizes", "Ferry Workers Union")),
    ("party-place", ("Harbour Party", "criticizes", "government of the United Kingdom")),
    ("party-chamber", ("Ann Dale", "commentsOn", "House of Commons")),
    ("one-country", ("Ferry Workers Union", "appealsTo", "government of Portugal")),
])
def test_a_minister_a_party_or_the_one_country_named_gives_the_article_its_country(found, article, expected):
    assert expected in found[article]


@pytest.mark.parametrize("article", ["party-acting", "minister-place", "two-countries"])
def test_another_country_acting_or_named_without_a_party_leaves_the_government_of_no_state_and_no_record(found,
                                                                                                       article):
    assert not [t for t in found[article] if "government" in (t[0], t[2])], found[article]
