"""A title of a state's office written with no country ("Prime Minister X", "Deputy Prime Minister Y", kg:StateOffice)
is an office of the article's own country: the one country of government unification finds for the article, when
the archive ties the person, or another person the article names, to that country's politics (two articles say Liv
Arnesen is Norway's prime minister). With no such country, with no such tie (a country named only as a company's
owner says nothing of a "President X" beside it), when the archive ties the person to another country's politics (a
foreign president named in an article about home affairs), or for a leading title when the archive knows another
leader of the country now ("under President X"), the title gives no role. Names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import archive_triples

ARTICLES = {
    "norway-1": "Norwegian Prime Minister Liv Arnesen opened a school in Oslo on Tuesday.",
    "norway-2": "Norway's Prime Minister Liv Arnesen met fishermen in Tromso on Friday.",
    "home": "Farmers in Norway blocked roads near Bergen on Monday. Prime Minister Liv Arnesen said the budget would "
            "pass. Deputy Prime Minister Odd Hauge agreed with her. Regional Minister Ola Berg objected to the plan. "
            "The prime minister's friend Per Lunde smiled at reporters. Shadow Foreign Minister Kari Moe said no.",
    "two-countries": "Prime Minister Liv Arnesen flew to Sweden on Monday. Sweden and Finland signed a fishing deal "
                     "in Stockholm.",
    "tied-1": "Finnish President Matti Koivula opened a bridge in Turku on Tuesday.",
    "tied-2": "Finland's President Matti Koivula met union leaders in Helsinki on Friday.",
    "before": "Farmers in Finland blocked roads near Turku on Monday. Taxes rose under President Aino Lehto, the "
              "union said. President Matti Koivula said the talks would go on.",
    "owner-only": "President Halvard Moen added that Sweden's Nordfors Mining could join the deal soon.",
    "abroad": "Farmers in Denmark blocked roads near Aarhus on Monday. President Matti Koivula said the talks would go "
              "on.",
}


@pytest.fixture(scope="module")
def roles(tmp_path_factory) -> dict[str, set[tuple[str, str, str]]]:
    """Document -> (subject, relation, object) of its asserted role records, built as one archive."""
    found = archive_triples(tmp_path_factory.mktemp("offices"), ARTICLES)
    return {doc: {t for t in triples if t[1] in ("leaderOf", "memberOf")} for doc, triples in found.items()}


def test_a_prime_minister_named_with_no_country_leads_the_article_s_country(roles):
    assert ("Liv Arnesen", "leaderOf", "Norway") in roles["home"]


def test_a_deputy_prime_minister_named_with_no_country_serves_its_government(roles):
    assert ("Odd Hauge", "memberOf", "government of Norway") in roles["home"]


def test_a_president_named_beside_a_country_that_only_owns_a_company_holds_no_office_of_it(roles):
    assert not {r for r in roles["owner-only"] if r[0] == "Halvard Moen"}


@pytest.mark.parametrize("person", ["Ola Berg", "Per Lunde", "Kari Moe"])
def test_a_title_of_a_region_a_possessor_s_friend_or_the_opposition_is_no_office_of_the_country(roles, person):
    assert not {r for r in roles["home"] if r[0] == person}


def test_an_article_of_two_countries_gives_the_title_no_country(roles):
    assert not {r for r in roles["two-countries"] if r[0] == "Liv Arnesen"}


def test_a_president_the_archive_ties_to_another_country_holds_no_office_of_the_article_s(roles):
    assert not {r for r in roles["abroad"] if r[0] == "Matti Koivula"}
    assert ("Matti Koivula", "leaderOf", "Finland") in roles["tied-1"]


def test_a_president_other_than_the_one_the_archive_says_leads_the_country_now_gets_no_office(roles):
    assert ("Matti Koivula", "leaderOf", "Finland") in roles["before"]
    assert not {r for r in roles["before"] if r[0] == "Aino Lehto"}
