"""Time and place of a relation: the day or interval its sentence gives, resolved against the article's date, and
where it happened; in records, JSON Lines, RDF, the shapes and the example query."""

from __future__ import annotations

import json

import pytest

from graph_builder.extract.time_place import NO_TIME, When, resolve
from tests.conftest import extract

# The article's date of the sentences below: Thursday 5 June 2025.
ARTICLE = "2025-06-05"


@pytest.mark.parametrize(("expression", "future", "day", "start", "end"), [
    ("2019", False, None, "2019-01-01", "2019-12-31"),
    ("in 2019", False, None, "2019-01-01", "2019-12-31"),
    ("last week", False, None, "2025-05-26", "2025-06-01"),  # the Monday..Sunday before the article's week
    ("next week", True, None, "2025-06-09", "2025-06-15"),
    ("this week", False, None, "2025-06-02", "2025-06-08"),
    ("last month", False, None, "2025-05-01", "2025-05-31"),
    ("last year", False, None, "2024-01-01", "2024-12-31"),
    ("in March", False, None, "2025-03-01", "2025-03-31"),
    ("in September", False, None, "2024-09-01", "2024-09-30"),  # the latest September not after the article
    ("in September", True, None, "2025-09-01", "2025-09-30"),  # ... or the next one, for what is to come
    ("October 2021", False, None, "2021-10-01", "2021-10-31"),
    ("on Monday", False, "2025-06-02", "2025-06-02", "2025-06-02"),
    ("on Monday", True, "2025-06-09", "2025-06-09", "2025-06-09"),
    ("Thursday", False, "2025-06-05", "2025-06-05", "2025-06-05"),  # the article's own weekday is its day
    ("yesterday", False, "2025-06-04", "2025-06-04", "2025-06-04"),
    ("on 12 May", False, "2025-05-12", "2025-05-12", "2025-05-12"),
    ("from Monday to Tuesday", False, None, "2025-06-02", "2025-06-03"),
    ("overnight from Monday to Tuesday", False, None, "2025-06-02", "2025-06-03"),
    ("overnight", False, None, "2025-06-04", "2025-06-05"),
    ("from Saturday to Monday", False, None, "2025-05-31", "2025-06-02"),
    ("between 2014 and 2016", False, None, "2014-01-01", "2016-12-31"),
    ("from 2001 to 2004", False, None, "2001-01-01", "2004-12-31"),
    ("2014-2016", False, None, "2014-01-01", "2016-12-31"),
    ("since 2011", False, None, "2011-01-01", None),
    ("until 2016", False, None, None, "2016-12-31"),
    ("in the 1990s", False, None, "1990-01-01", "1999-12-31"),
    ("early 2019", False, None, "2019-01-01", "2019-12-31"),
    ("last weekend", False, None, "2025-05-31", "2025-06-01"),
    ("last night", False, "2025-06-04", "2025-06-04", "2025-06-04"),
    ("in the summer of 2014", False, None, "2014-06-01", "2014-08-31"),
    ("last summer", False, None, "2024-06-01", "2024-08-31"),
    ("in the winter", False, None, "2024-12-01", "2025-02-28"),  # the last winter begun
    ("next spring", True, None, "2026-03-01", "2026-05-31"),
    ("from 5-6 April 2016", False, None, "2016-04-05", "2016-04-06"),
])
def test_expressions_name_the_day_or_interval_a_reader_understands(expression, future, day, start, end):
    assert resolve(expression, ARTICLE, future) == When(day=day, start=start, end=end)


@pytest.mark.parametrize("expression", ["two weeks", "the past two years", "every year", "recent weeks",
                                        "45-year-old", "three days"])
def test_durations_ages_and_vague_times_name_no_time(expression):
    assert resolve(expression, ARTICLE) == NO_TIME


def test_with_no_article_date_only_what_the_text_dates_itself_resolves():
    assert resolve("last week", None) == NO_TIME
    assert resolve("on Monday", None) == NO_TIME
    assert resolve("in 2019", None) == When(start="2019-01-01", end="2019-12-31")
    assert resolve("May 2005", None) == When(start="2005-05-01", end="2005-05-31")


def one(sentence: str, relation: str, date: str | None = ARTICLE):
    found = [r for r in extract(sentence, date=date) if r.relation == relation]
    assert len(found) == 1, (sentence, found)
    return found[0]


# (sentence, relation, time, time_start, time_end)
TIMES = [
    ("Gabriel Boric met Daniel Noboa in Montevideo in 2019.", "meets", None, "2019-01-01", "2019-12-31"),
    ("Mongolia imposed sanctions on Azerbaijan last month.", "sanctions", None, "2025-05-01", "2025-05-31"),
    ("Paraguay sent troops to Bolivia last week.", "deploysTo", None, "2025-05-26", "2025-06-01"),
    ("Azerbaijan bombed Mongolian villages overnight from Monday to Tuesday.", "attacks",
     None, "2025-06-02", "2025-06-03"),
    ("Paraguay has sent troops to Bolivia since 2011.", "deploysTo", None, "2011-01-01", None),
    ("Ecuador sent troops to Bolivia in the summer of 2014.", "deploysTo", None, "2014-06-01", "2014-08-31"),
    ("Yesterday Ecuador accused Bolivia of spying.", "accuses", "2025-06-04", "2025-06-04", "2025-06-04"),
    ("Ecuador's Monday meeting with Bolivia went well.", "meets", "2025-06-02", "2025-06-02", "2025-06-02"),
    ("Ecuador supplied tanks to Bolivia between 2014 and 2016.", "supports", None, "2014-01-01", "2016-12-31"),
    ("Kassym-Jomart Tokayev visited Mongolia in September.", "visits", None, "2024-09-01", "2024-09-30"),
    ("Kassym-Jomart Tokayev will visit Mongolia in September.", "visits", None, "2025-09-01", "2025-09-30"),
    ("Shavkat Mirziyoyev met Ukhnaagiin Khurelsukh near Ulaanbaatar on 12 May.", "meets",
     "2025-05-12", "2025-05-12", "2025-05-12"),
    # a verb after "to" takes the date its governing verb puts after it
    ("Kassym-Jomart Tokayev wants to meet Daniel Noboa next week.", "meets", None, "2025-06-09", "2025-06-15"),
    # a nominal event: its own date, or the date right after it
    ("The 2016 meeting between Gabriel Boric and Daniel Noboa in Bogota was cordial.", "meets",
     None, "2016-01-01", "2016-12-31"),
    ("Mongolia held talks with Ecuador in Bogota on Wednesday.", "meets", "2025-06-04", "2025-06-04", "2025-06-04"),
    ("Officials gathered in Quebec after the Azerbaijani attack on Mongolia from Monday to Tuesday.", "attacks",
     None, "2025-06-02", "2025-06-03"),
    # joining an organisation or being assigned to a unit: the membership from when it began, with no end
    ("Marta Quiroga joined the Green Alliance of Paraguay in 2016.", "memberOf", None, "2016-01-01", None),
    ("Sgt. Ruben Ortega was assigned to the Ecuadorian Navy last month.", "memberOf",
     None, "2025-05-01", None),
    # a title a verb gives: from when the verb says it was taken, or when it says it was held
    ("Marta Quiroga became leader of the Green Alliance of Paraguay in 2016.", "leaderOf",
     None, "2016-01-01", None),
    ("Ruben Ortega served as chairman of the Andean Bank between 2009 and 2013.", "leaderOf",
     None, "2009-01-01", "2013-12-31"),
    # the other end of an interval is a year the model may leave out of the date
    ("Ruben Ortega served as leader of the Green Alliance of Paraguay from 2009 to 2013.", "leaderOf",
     None, "2009-01-01", "2013-12-31"),
]


@pytest.mark.parametrize(("sentence", "relation", "day", "start", "end"), TIMES, ids=[t[0][:40] for t in TIMES])
def test_relations_get_the_time_their_sentence_gives(sentence, relation, day, start, end):
    found = one(sentence, relation)
    assert (found.time, found.time_start, found.time_end) == (day, start, end)


def test_the_date_of_another_clause_is_not_the_predicates():
    # the agreement was on Monday, the meeting is to come
    found = one("On Monday, Ecuador agreed to meet Bolivia.", "meets")
    assert (found.time, found.time_start, found.time_end) == (None, None, None)
    found = one("Ecuador and Bolivia met in Astana on Tuesday and signed a trade deal.", "meets")
    assert found.time == "2025-06-03"
    # "on Friday" is when Ecuador spoke, not when Bolivia attacked
    found = one("Ecuador said on Friday that Bolivia had bombed Paraguayan villages in 2012.", "attacks")
    assert (found.time_start, found.time_end) == ("2012-01-01", "2012-12-31")
    found = one("Ecuador said on Friday that Bolivia had bombed Paraguayan villages.", "attacks")
    assert (found.time, found.time_start, found.time_end) == (None, None, None)


def test_what_is_still_to_come_takes_no_date_all_past():
    # "last week" is when the offer was made, not when the meeting it offers is to be
    found = one("Mongolia did not respond to Ecuador's offer to meet with Bolivia last week.", "meets")
    assert found.modality == "intended"
    assert (found.time, found.time_start, found.time_end) == (None, None, None)


def test_with_no_article_date_a_day_takes_the_one_year_its_sentence_names():
    found = one("Daniel Noboa visited Paraguay on 4 April and Bolivia from 5-6 April 2016.", "visits", date=None)
    assert found.time == "2016-04-04"


def test_relative_dates_need_the_article_date():
    found = one("Paraguay sent troops to Bolivia last week.", "deploysTo", date=None)
    assert (found.time, found.time_start, found.time_end) == (None, None, None)
    found = one("Gabriel Boric met Daniel Noboa in 2019.", "meets", date=None)
    assert (found.time_start, found.time_end) == ("2019-01-01", "2019-12-31")


# (sentence, relation, place)
PLACES = [
    ("Gabriel Boric met Daniel Noboa in Montevideo in 2019.", "meets", "Montevideo"),
    ("Shavkat Mirziyoyev met Ukhnaagiin Khurelsukh near Ulaanbaatar on 12 May.", "meets", "Ulaanbaatar"),
    ("Mongolia held talks with Ecuador in Bogota on Wednesday.", "meets", "Bogota"),
    ("Gabriel Boric met Daniel Noboa at the border in Montevideo.", "meets", "Montevideo"),
    ("The 2016 meeting between Gabriel Boric and Daniel Noboa in Bogota was cordial.", "meets", "Bogota"),
    # under a date, a kind of place, or a participle that sets the scene
    ("Shavkat Mirziyoyev met Ukhnaagiin Khurelsukh on 12 May in Ulaanbaatar.", "meets", "Ulaanbaatar"),
    ("Gabriel Boric met Daniel Noboa in the Ecuadorian city of Guayaquil.", "meets", "Guayaquil"),
    ("Speaking in Bogota, Gabriel Boric criticised Daniel Noboa.", "criticizes", "Bogota"),
]


@pytest.mark.parametrize(("sentence", "relation", "place"), PLACES, ids=[p[0][:40] for p in PLACES])
def test_relations_get_the_place_of_the_event(sentence, relation, place):
    found = one(sentence, relation)
    assert found.place is not None and found.place.label == place


def test_a_capital_for_its_country_is_the_place_only_where_the_subject_goes_there():
    assert one("Mongolia accused Ankara of spying.", "accuses").place is None
    assert one("Kassym-Jomart Tokayev flew to Ankara on Monday.", "visits").place.label == "Ankara"


def test_the_of_of_a_noun_that_is_no_kind_of_place_names_no_place():
    assert one("Mongolia sent troops to Kazakhstan in support of Ecuador.", "deploysTo").place is None
    assert one("Gabriel Boric met Daniel Noboa in the name of Peru.", "meets").place is None


def test_an_end_of_the_relation_is_not_its_place():
    found = one("Kassym-Jomart Tokayev visited Mongolia in September.", "visits")
    assert found.place is None
    found = one("Gabriel Boric met Daniel Noboa.", "meets")
    assert found.place is None


def test_json_and_rdf_carry_the_interval(tmp_path):
    from rdflib import XSD, Literal

    from graph_builder.build import build
    from graph_builder.rdf import load_graph, statement_iri
    from graph_builder.vocab import KG

    article = tmp_path / "article.jsonl"
    article.write_text(json.dumps({"id": "a1", "date": ARTICLE, "text": (
        "Paraguay has sent troops to Bolivia since 2011. Gabriel Boric met Daniel Noboa in Montevideo in 2019. "
        "Shavkat Mirziyoyev met Ukhnaagiin Khurelsukh on 12 May.")}) + "\n", encoding="utf-8")
    report = build([str(article)], out=tmp_path / "out")
    rows = {r["relation"] + " " + r["object"]["label"]: r
            for r in map(json.loads, (tmp_path / "out" / "relations.jsonl").read_text().splitlines())}
    assert (rows["deploysTo Bolivia"]["time_start"], rows["deploysTo Bolivia"]["time_end"]) == ("2011-01-01", None)
    assert rows["meets Daniel Noboa"]["time"] is None
    assert rows["meets Daniel Noboa"]["time_end"] == "2019-12-31"
    graph = load_graph(tmp_path / "out" / "graph.ttl")
    relations = {r.relation + " " + r.object.label: r for result in report.results for r in result.relations}
    since = statement_iri(relations["deploysTo Bolivia"])
    assert graph.value(since, KG.timeStart) == Literal("2011-01-01", datatype=XSD.date)
    assert graph.value(since, KG.timeEnd) is None
    day = statement_iri(relations["meets Ukhnaagiin Khurelsukh"])
    assert {graph.value(day, p) for p in (KG.time, KG.timeStart, KG.timeEnd)} == {
        Literal("2025-05-12", datatype=XSD.date)}


def test_the_shapes_refuse_an_interval_that_ends_before_it_starts():
    from pyshacl import validate
    from rdflib import RDF, XSD, Graph, Literal, URIRef

    from graph_builder.vocab import KG, load_lexicon

    def interval_violations(start: str, end: str) -> int:
        graph = Graph()
        statement = URIRef("https://example.org/s")
        graph.add((statement, RDF.type, KG.Statement))
        graph.add((statement, KG.timeStart, Literal(start, datatype=XSD.date)))
        graph.add((statement, KG.timeEnd, Literal(end, datatype=XSD.date)))
        _, _, report = validate(graph, shacl_graph=load_lexicon().shapes, advanced=True)
        return report.count("LessThanOrEqualsConstraintComponent (")

    assert interval_violations("2020-01-01", "2019-12-31") == 1
    assert interval_violations("2019-01-01", "2019-12-31") == 0


def test_the_date_range_query_finds_meetings_whose_interval_overlaps_the_range(tmp_path):
    from graph_builder.build import build
    from graph_builder.query import run_query
    from graph_builder.rdf import load_graph
    from tests.conftest import ROOT

    article = tmp_path / "article.jsonl"
    article.write_text(json.dumps({"id": "a2", "date": "2025-06-05", "text": (
        "Gabriel Boric met Daniel Noboa in March. Shavkat Mirziyoyev met Ukhnaagiin Khurelsukh in 2019. "
        "Kassym-Jomart Tokayev met Pedro Sanchez on 4 March.")}) + "\n", encoding="utf-8")
    build([str(article)], out=tmp_path / "out")
    query = (ROOT / "examples" / "queries" / "meetings_in_date_range.rq").read_text(encoding="utf-8")
    found = {(str(row.subject), str(row.object)) for row in run_query(load_graph(tmp_path / "out" / "graph.ttl"),
                                                                     query)}
    assert ("Gabriel Boric", "Daniel Noboa") in found  # "in March": the month overlaps March 2025
    assert ("Kassym-Jomart Tokayev", "Pedro Sanchez") in found
    assert not any("Mirziyoyev" in s for s, _ in found)  # 2019 does not, though the article is of 2025


@pytest.mark.parametrize(("sentence", "start", "end"), [
    # a "when" clause dates the clause it is set in
    ("When Norland voted in 1986, Tom Reyes criticised Ann Hale.", "1986-01-01", "1986-12-31"),
    ("Tom Reyes criticised Ann Hale when they met in Lima in 2001.", "2001-01-01", "2001-12-31"),
    # a "where" clause on a noun happens at that noun's occasion
    ("Ann Hale held a reception in June 1998 where Tom Reyes told Peter Rusk he would retire.",
     "1998-06-01", "1998-06-30"),
])
def test_the_occasion_a_clause_is_set_in_dates_it(sentence, start, end):
    found = [r for r in extract(sentence, date="2005-03-01") if r.subject.label == "Tom Reyes"]
    assert [(r.time_start, r.time_end) for r in found] == [(start, end)], found
