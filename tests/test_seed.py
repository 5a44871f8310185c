"""The real seed article (two news stories): the facts an analyst expects, and nothing the text denies."""

from __future__ import annotations

from collections import Counter

import pytest
from rdflib.namespace import RDF, RDFS

from graph_builder.rdf import load_graph
from graph_builder.vocab import KG
from tests.conftest import triples

PEOPLE = ["Volodymyr Zelensky", "Donald Trump", "Vladimir Putin", "John Kelley", "Andriy Yermak", "Steve Witkoff",
          "Sergiy Kyslytsya", "Dmitry Peskov", "Ihor Klymenko", "Kim Jong Un", "Lee Seong-kweun", "Choe Son Hui",
          "Xi Jinping"]


def test_build_writes_the_three_files(seed_build):
    _, out = seed_build
    for name in ("graph.ttl", "relations.jsonl", "graph.html"):
        assert (out / name).stat().st_size > 0
    assert not list(out.glob("*.tmp")) and not list(out.glob(".*.tmp"))


@pytest.mark.parametrize("fact", [
    ("Andriy Yermak", "meets", "Steve Witkoff"),
    ("Russia", "attacks", "Ukraine"),
    ("Volodymyr Zelensky", "accuses", "Russia"),
    ("United States", "threatens", "Russia"),
    ("North Korea", "deploysTo", "Russia"),
    ("Volodymyr Zelensky", "leaderOf", "Ukraine"),
    ("Donald Trump", "criticizes", "Ukraine"),
    ("Donald Trump", "criticizes", "Vladimir Putin"),
    ("Andriy Yermak", "briefs", "Steve Witkoff"),
    ("Russia", "supports", "North Korea"),
    ("Iran", "supports", "Russia"),
    ("North Korea", "supports", "Russia"),
    ("Kim Jong Un", "meets", "Xi Jinping"),
    ("Dmitry Peskov", "memberOf", "Kremlin"),
    ("Donald Trump", "leaderOf", "United States"),
])
def test_expected_fact_is_asserted(seed_relations, fact):
    assert fact in triples(seed_relations)


def test_yermak_meeting_has_date_and_place(seed_relations):
    (meeting,) = [r for r in seed_relations if (r.subject.label, r.relation, r.object.label)
                  == ("Andriy Yermak", "meets", "Steve Witkoff")]
    assert meeting.time == "2025-08-29"
    assert meeting.place.label == "New York"
    assert meeting.verb == "met with"


def test_each_person_is_exactly_one_person_node(seed_build):
    _, out = seed_build
    graph = load_graph(out / "graph.ttl")
    labels = Counter(str(graph.value(node, RDFS.label)) for node in graph.subjects(RDF.type, KG.Person))
    for person in PEOPLE:
        assert labels[person] == 1, f"{person}: {labels[person]} Person nodes"
    for node in graph.subjects(RDF.type, KG.Person):
        label = str(graph.value(node, RDFS.label))
        assert label in PEOPLE, f"{label} should not be a Person"


def test_no_country_or_place_is_a_person(seed_build):
    _, out = seed_build
    graph = load_graph(out / "graph.ttl")
    for name in ("Kyiv", "Russia", "Ukraine", "Moscow", "Pyongyang", "Washington", "Alaska", "New York"):
        nodes = [n for n in graph.subjects(RDFS.label, None) if str(graph.value(n, RDFS.label)) == name]
        assert nodes, f"{name} is missing"
        assert all((n, RDF.type, KG.Person) not in graph for n in nodes)


def test_pyongyang_not_responding_asserts_nothing_with_trump(seed_relations):
    for r in seed_relations:
        if {r.subject.label, r.object.label} == {"North Korea", "Donald Trump"}:
            assert not r.asserted, r


def test_possible_sanctions_are_not_asserted(seed_relations):
    sanctions = [r for r in seed_relations if r.relation == "sanctions" and r.subject.label == "United States"]
    assert sanctions, "the possible sanctions should be recorded"
    assert all(not r.asserted for r in sanctions)
    assert {r.modality for r in sanctions} <= {"possible", "hypothetical"}


def test_capital_used_as_actor_resolves_to_country(seed_relations):
    (visit,) = [r for r in seed_relations if (r.subject.label, r.relation) == ("Choe Son Hui", "visits")]
    assert visit.object.label == "Russia" and visit.place.label == "Moscow"
    assert all(r.subject.label != "Moscow" for r in seed_relations)


def test_nominal_meeting_keeps_its_place(seed_relations):
    meetings = [r for r in seed_relations if (r.subject.label, r.relation, r.object.label)
                == ("Vladimir Putin", "meets", "Donald Trump")]
    assert meetings and meetings[0].place.label == "Alaska"


def test_quotes_become_statement_nodes_with_speaker(seed_build):
    report, out = seed_build
    quotes = [(q.speaker.label, q.text) for r in report.results for q in r.quotes]
    for speaker, opening in (("Andriy Yermak", "The key priority is to push forward real diplomacy"),
                             ("Dmitry Peskov", "must be well prepared so that it can finalize")):
        assert any(s == speaker and text.startswith(opening) for s, text in quotes), (speaker, opening)
    graph = load_graph(out / "graph.ttl")
    speakers = {str(graph.value(graph.value(q, KG.speaker), RDFS.label)) for q in graph.subjects(RDF.type, KG.Quote)}
    assert {"Andriy Yermak", "Volodymyr Zelensky", "Dmitry Peskov", "Lee Seong-kweun"} <= speakers
