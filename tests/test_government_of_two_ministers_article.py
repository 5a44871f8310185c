"""An article that names two persons the archive ties to one country's politics (two of its ministers) is about
that country's politics: its bare "the government" is that country's government even when another country is named
only as a place (in no record, owning no actor), as with a party of that country. One minister alone may be abroad;
a country that acts in a record stands in the way unless most of what the article names of states is of the
ministers' country, and a government of another country named in the article always does. Names and sentences of
our own."""

from __future__ import annotations

from tests.conftest import archive_triples

ARCHIVE = {
    "reed-1": "Home Secretary Tom Reed opened a new prison near Leeds on Monday.",
    "reed-2": "Home Secretary Tom Reed visited a police college in Hull on Tuesday.",
    "holt-1": "Foreign Secretary Jane Holt met trawler crews in Grimsby on Monday.",
    "holt-2": "Foreign Secretary Jane Holt opened a library in Derby on Tuesday.",
}
ARTICLES = {
    "two-place": "Tom Reed and Jane Holt spoke to prison officers on Friday. The government criticised the Ferry "
                 "Workers Union over the strike. Two trawlermen drowned off Peru last week.",
    "two-chamber": "Tom Reed and Jane Holt spoke to prison officers on Friday. Mr Reed told MPs that the strike was "
                   "unlawful. Two trawlermen drowned off Peru last week.",
    "one-place": "Jane Holt spoke to prison officers on Friday. The government criticised the Ferry Workers Union "
                 "over the strike. Two trawlermen drowned off Peru last week.",
    "two-acting": "Tom Reed and Jane Holt spoke to prison officers on Friday. The government criticised the Ferry "
                  "Workers Union over the strike. Peru condemned Jane Holt over the fishing quotas.",
    "two-governments": "Tom Reed and Jane Holt spoke to prison officers on Friday. The government criticised the "
                       "Ferry Workers Union over the strike. The Peruvian government condemned Jane Holt over the "
                       "fishing quotas.",
}


def test_two_ministers_give_the_article_their_country_despite_a_place_abroad(tmp_path):
    found = archive_triples(tmp_path, {**ARCHIVE, **ARTICLES})
    assert ("government of the United Kingdom", "criticizes", "Ferry Workers Union") in found["two-place"]
    assert ("Tom Reed", "commentsOn", "House of Commons") in found["two-chamber"]
    # a country acting in a record, named less than the ministers' own, does not stand in the way
    assert ("government of the United Kingdom", "criticizes", "Ferry Workers Union") in found["two-acting"]
    # one minister alone may be abroad; another country's government stands in the way: a government of no state
    # the article makes clear has no record
    assert not [t for t in found["one-place"] | found["two-governments"] if t[2] == "Ferry Workers Union"]
