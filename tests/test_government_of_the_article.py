"""A government named by the word alone ("the government criticised X") is the government of the article's one country
of government: the country of each leader the archive knows the article names (two articles say Tomas Arvela leads
Portugal), when each country it names, alone or as a government's owner, is that one too. With another country named
("flew to Greece"), or no leader (a foreign ministry named with its country is no leader), it is the government of no
state the article makes clear, and no record has it. Names of our own."""

from __future__ import annotations

import json

import pytest

from graph_builder.build import build

LEADER = {
    "lead-1": "Portuguese Prime Minister Tomas Arvela met union leaders in Lisbon on Monday.",
    "lead-2": "Portugal's Prime Minister Tomas Arvela opened a new bridge in Porto on Tuesday.",
}
ARTICLES = {
    "one-country": "Tomas Arvela spoke to farmers in Braga on Friday. The government criticised the Harbour Workers "
                   "Federation over the strike.",
    "two-countries": "Tomas Arvela spoke to farmers in Braga on Friday. The government criticised the Harbour Workers "
                     "Federation over the strike. Later the Greek government welcomed Tomas Arvela's plan.",
    "no-country": "Farmers gathered in a square on Friday. The government criticised the Harbour Workers Federation "
                  "over the strike.",
    "abroad": "Tomas Arvela flew to Greece on Friday for the summit. The government criticised the Harbour Workers "
              "Federation over the strike.",
    "no-leader": "Farmers gathered in a square on Friday. The government criticised the Harbour Workers Federation "
                 "over the strike. Later the Greek foreign ministry welcomed the plan.",
}


@pytest.fixture(scope="module")
def critics(tmp_path_factory) -> dict[str, tuple[str, str, str | None]]:
    """Document -> (label, scope, owner) of who criticised the federation."""
    folder = tmp_path_factory.mktemp("government")
    articles = folder / "articles.jsonl"
    articles.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in {**LEADER, **ARTICLES}.items()),
                        encoding="utf-8")
    report = build([str(articles)], out=folder / "out", html=False)
    return {result.document.id: (r.subject.label, r.subject.scope, r.subject.owner and r.subject.owner.label)
            for result in report.results for r in result.relations
            if r.relation == "criticizes" and r.object.label == "Harbour Workers Federation"}


def test_the_government_of_an_article_whose_leader_the_archive_knows_is_that_country_s(critics):
    assert critics["one-country"] == ("government of Portugal", "", "Portugal")


@pytest.mark.parametrize("article", ["two-countries", "no-country", "no-leader", "abroad"])
def test_with_two_countries_of_government_or_none_led_the_government_of_no_state_has_no_record(critics, article):
    assert article not in critics
