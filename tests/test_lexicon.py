"""The lexicon files (ontology/lexicon/*.yaml): their form, and every family's example sentence, built for real."""

from __future__ import annotations

import pytest
from rdflib import RDF, Graph

from graph_builder.build import process
from graph_builder.errors import OntologyError
from graph_builder.ingest import Document
from graph_builder.patterns import parse_phrase, read_families
from graph_builder.vocab import KG, load_lexicon

LEXICON = load_lexicon()


@pytest.mark.parametrize(("phrase", "parts"), [
    ("A meet B", ("meet", None, None, None, False, False)),
    ("A hold talk with B", ("hold", "talk", None, "with", False, False)),
    ("A lash out at B", ("lash", None, "out", "at", False, False)),
    ("A rule out B", ("rule", None, "out", None, False, False)),
    ("A carry out strike on B", ("carry", "strike", "out", "on", False, False)),
    ("A give B aid", ("give", "aid", None, None, False, False)),
    ("B receive aid from A", ("receive", "aid", None, "from", True, False)),
    ("B include A", ("include", None, None, None, True, False)),
    ("B come under fire from A", ("come", "under fire", None, "from", True, False)),
    ("A's attack on B", ("attack", None, None, "on", False, True)),
    ("talk between A and B", ("talk", None, None, "between", False, True)),
])
def test_a_phrase_reads_as_the_pattern_it_writes(phrase, parts):
    assert parse_phrase(phrase, relation="meets", code="04", where="test").key == parts


@pytest.mark.parametrize("phrase", ["meet B", "A meet", "A hold long talk with B", "B receive aid A", "A's attack B",
                                    "A meet B and C"])
def test_a_phrase_that_cannot_be_read_names_itself(phrase):
    with pytest.raises(OntologyError, match="test"):
        parse_phrase(phrase, relation="meets", code="04", where="test")


def _family_file(tmp_path, phrase):
    path = tmp_path / "lexicon.yaml"
    path.write_text("families:\n  - relation: yieldsTo\n    patterns:\n      - " + phrase
                    + "\n    example: Chad pulled troops out of Mali.\n    expect: [Chad, Mali]\n", encoding="utf-8")
    return path


def test_alternative_words_write_every_pattern_in_the_order_written(tmp_path):
    path = _family_file(tmp_path, "A withdraw|pull troop|force from B")
    (family,) = read_families(path, {"yieldsTo": "08"})
    assert [(p.head, p.noun, p.prep) for p in family.patterns] == [
        ("withdraw", "troop", "from"), ("withdraw", "force", "from"), ("pull", "troop", "from"),
        ("pull", "force", "from")]


def test_an_empty_alternative_is_refused_with_the_file_and_family(tmp_path):
    path = _family_file(tmp_path, "A withdraw troop||force from B")
    with pytest.raises(OntologyError, match=r"lexicon\.yaml, family 1: .*empty alternative"):
        list(read_families(path, {"yieldsTo": "08"}))


def test_every_cameo_root_that_relates_two_actors_has_a_relation_with_patterns():
    roots = {info.cameo[:2] for info in LEXICON.relations.values() if info.cameo}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    with_patterns = {f.relation for f in LEXICON.families}
    assert {name for name, info in LEXICON.relations.items() if info.cameo} <= with_patterns


def test_each_pattern_keeps_a_code_under_its_relations_root():
    for family in LEXICON.families:
        root = LEXICON.relations[family.relation].cameo
        codes = [p.code for p in family.patterns]
        assert all(code.startswith(root) for code in codes) if root else not any(codes), family.source


@pytest.fixture(scope="module")
def built():
    """Every family's example, one document each, built in one run as a user's build would."""
    documents = [Document(id=f"family-{n}", text=family.example, source=family.source)
                 for n, family in enumerate(LEXICON.families)]
    results = process(documents)
    return {family.source: result.relations for family, result in zip(LEXICON.families, results, strict=True)}


@pytest.mark.parametrize("family", LEXICON.families, ids=lambda f: f.source)
def test_every_family_example_gives_its_relation(family, built):
    records = built[family.source]
    symmetric = LEXICON.relations[family.relation].symmetric
    subject, obj = (e.lower() for e in family.expect)

    def ends(r):
        pair = (r.subject.label.lower(), r.object.label.lower())
        return [pair, pair[::-1]] if symmetric else [pair]

    stated = "past" if family.patterns and family.patterns[0].ended else "asserted"
    found = [r for r in records if r.relation == family.relation and r.status == stated
             and any(subject in s and obj in o for s, o in ends(r))]
    given = [(r.subject.label, r.relation, r.object.label) for r in records]
    assert found, f"{family.source}: {family.example!r} gives {given}"
    root = LEXICON.relations[family.relation].cameo
    assert found[0].cameo_code.startswith(root) if root else found[0].cameo_code is None


def test_statements_in_the_graph_keep_the_cameo_code_of_their_pattern(seed_build):
    _, out = seed_build
    graph = Graph().parse(out / "graph.ttl")
    relation_of = dict(graph.subject_objects(RDF.predicate))
    codes = {str(relation_of[node].split("#")[-1]): str(code) for node, code in graph.subject_objects(KG.cameoCode)}
    assert codes, "no statement carries kg:cameoCode"
    for relation, code in codes.items():
        assert code.startswith(LEXICON.relations[relation].cameo), (relation, code)


@pytest.mark.parametrize(("sentence", "relation", "status"), [
    ("Tom Reyes quit the Liberal Party in March.", "memberOf", "past"),
    ("Tom Reyes did not quit the Liberal Party.", "memberOf", "asserted"),
    ("Maria Lopez lost the leadership of the Andean Trade Union.", "leaderOf", "past"),
])
def test_words_that_end_a_relation_state_it_past(sentence, relation, status):
    (record,) = [r for r in process([Document(id="e", text=sentence, source="<test>")])[0].relations
                 if r.relation == relation]
    assert record.status == status
