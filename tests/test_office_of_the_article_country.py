"""A role node of an office of one holder written with no owner ("the prime minister", nobody of the article named
with the title) is that office of the article's one country of government when the archive names someone of that
country's politics with the title; the archive's one leader of that country then takes its place, as for a role node
written with its country. An article with no country of government, or a title nobody of its country's politics
holds in the archive ("the president" beside British ministers), keeps the bare node. Names and sentences of our
own."""

from __future__ import annotations

import pytest

from tests.conftest import archive_triples

ARCHIVE = {
    "weller-1": "British Prime Minister Ann Weller opened a bridge in Carlisle on Monday.",
    "weller-2": "British Prime Minister Ann Weller toured a shipyard in Barrow on Tuesday.",
    "reed-1": "Home Secretary Tom Reed opened a new prison near Leeds on Monday.",
    "reed-2": "Home Secretary Tom Reed visited a police college in Hull on Tuesday.",
    "holt-1": "Foreign Secretary Jane Holt met trawler crews in Grimsby on Monday.",
    "holt-2": "Foreign Secretary Jane Holt opened a library in Derby on Tuesday.",
}
ARTICLES = {
    "home": "Tom Reed and Jane Holt spoke to prison officers on Friday. Later the prime minister criticised the "
            "Ferry Workers Union over the strike.",
    "president": "Tom Reed and Jane Holt spoke to prison officers on Friday. Later the president criticised the "
                 "Ferry Workers Union over the strike.",
    "nowhere": "Two ferries were held in port on Friday. Later the prime minister criticised the Ferry Workers Union "
               "over the strike.",
}


@pytest.mark.parametrize(("article", "subject"), [
    ("home", "Ann Weller"),  # the archive's British prime minister, the article being about British politics
    ("president", "President"),  # nobody of British politics is a president in the archive
    ("nowhere", "Prime Minister"),  # an article with no country of government
])
def test_a_bare_office_is_the_article_country_s_and_its_holder_s(found, article, subject):
    assert (subject, "criticizes", "Ferry Workers Union") in found[article], found[article]


@pytest.fixture(scope="module")
def found(tmp_path_factory) -> dict[str, set[tuple[str, str, str]]]:
    folder = tmp_path_factory.mktemp("home_office")
    return archive_triples(folder, ARCHIVE | ARTICLES)  # document -> its records, built as one archive
