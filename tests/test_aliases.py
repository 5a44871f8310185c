"""Analyst corrections (--aliases FILE: merge, split, type) and the review of likely duplicates, on small archives
written for these tests: what a user sees in graph.ttl, relations.jsonl and a store changes as the file says."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, SKOS

from graph_builder.aliases import Corrections, load_corrections
from graph_builder.build import build
from graph_builder.entities.naming import make_entity
from graph_builder.errors import AliasesError
from graph_builder.records import Document, DocumentResult, Evidence, Mention, Relation
from graph_builder.review import Actor, graph_actors, review, suggestions
from tests.conftest import ROOT

ARTICLES = [
    {"id": "a1", "text": "Helena Varga met Tomas Berg in Vienna on Monday. Helena Varga criticised the budget."},
    {"id": "a2", "text": "Varga attacked Tomas Berg over the war. Varga said the plan was wrong."},
    {"id": "a3", "text": "Northwind Logistics signed a deal with Bergen Shipping in Oslo. "
                         "NWL praised Bergen Shipping."},
    {"id": "a4", "text": "Kestrel sued Bergen Shipping in Oslo. Tomas Berg visited Paris."},
    {"id": "a5", "text": "Berg praised Helena Varga in Rome. Berg visited Italy."},
]
CSV = """action,name,target,type,note
# merge the acronym and the bare surname; keep Berg of a5 apart; fix two types
merge,NWL,Northwind Logistics,,an acronym the text never defines
merge,Varga,Helena Varga,Person
split,Berg
type,Bergen Shipping,,organization
type,Kestrel,,Organization
"""
YAML = """# the same corrections as CSV
merge:
  NWL: Northwind Logistics
  Varga: {into: Helena Varga, type: Person}
split: [Berg]
type:
  Bergen Shipping: Organization
  Kestrel: Organization
"""


def cli(*args: str) -> subprocess.CompletedProcess:
    """The real command line of this source tree."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "graph_builder", *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=600)


def write_articles(folder: Path, articles: list[dict]) -> Path:
    path = folder / "articles.jsonl"
    path.write_text("".join(json.dumps(article) + "\n" for article in articles), encoding="utf-8")
    return path


def actors(graph_path: Path) -> dict[str, str]:
    """label -> type local name of the actors of a graph file."""
    graph = Graph().parse(graph_path)
    return {str(label): str(graph.value(node, RDF.type)).rsplit("#", 1)[-1]
            for node, label in graph.subject_objects(RDFS.label) if "/resource/entity/" in str(node)}


def records(out: Path) -> list[tuple[str, str, str, str, str]]:
    found = []
    for line in (out / "relations.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        found.append((r["doc"], r["subject"]["label"], r["relation"], r["object"]["label"], r["subject"]["type"]))
    return found


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> dict[str, Path]:
    """The articles built without corrections, with the CSV file and with the YAML file."""
    folder = tmp_path_factory.mktemp("aliases")
    articles = write_articles(folder, ARTICLES)
    (folder / "fix.csv").write_text(CSV, encoding="utf-8")
    (folder / "fix.yaml").write_text(YAML, encoding="utf-8")
    built = {"articles": articles, "csv": folder / "fix.csv", "yaml": folder / "fix.yaml"}
    for name, aliases in (("plain", None), ("with_csv", folder / "fix.csv"), ("with_yaml", folder / "fix.yaml")):
        build([str(articles)], out=folder / name, html=False, workers=1, aliases=aliases)
        built[name] = folder / name
    return built


def test_merge_makes_one_node_of_two_and_keeps_the_name_as_an_alias(archive):
    before, after = actors(archive["plain"] / "graph.ttl"), actors(archive["with_csv"] / "graph.ttl")
    assert {"NWL", "Northwind Logistics", "Varga", "Helena Varga"} <= set(before)
    assert "NWL" not in after and "Varga" not in after and "Northwind Logistics" in after
    graph = Graph().parse(archive["with_csv"] / "graph.ttl")
    aliases = {(str(graph.value(node, RDFS.label)), str(alias)) for node, alias in graph.subject_objects(SKOS.altLabel)}
    assert {("Northwind Logistics", "NWL"), ("Helena Varga", "Varga")} <= aliases


def test_merged_names_relations_have_the_target_as_their_end(archive):
    wanted = [r for r in records(archive["with_csv"]) if r[0] in ("a2", "a3")]
    subjects = {(r[0], r[1], r[4] if r[0] == "a2" else "") for r in wanted}
    assert subjects == {("a2", "Helena Varga", "Person"), ("a3", "Northwind Logistics", "")}


def test_a_merge_row_with_a_type_sets_the_type_of_the_merged_node(archive):
    assert actors(archive["with_csv"] / "graph.ttl")["Helena Varga"] == "Person"


def test_type_rows_set_the_type_whatever_the_vote(archive):
    before, after = actors(archive["plain"] / "graph.ttl"), actors(archive["with_csv"] / "graph.ttl")
    assert before["Bergen Shipping"] != "Organization" or before["Kestrel"] != "Organization", \
        "the test needs a type the build gets wrong"
    assert after["Bergen Shipping"] == after["Kestrel"] == "Organization"


def test_split_keeps_a_bare_surname_its_own_node(archive):
    plain = [r for r in records(archive["plain"]) if r[0] == "a5"]
    split = [r for r in records(archive["with_csv"]) if r[0] == "a5"]
    assert plain and {r[1] for r in plain} == {"Tomas Berg"}, "unification joins a5's Berg into Tomas Berg"
    assert {r[1] for r in split} == {"Berg"}
    after = actors(archive["with_csv"] / "graph.ttl")
    assert "Berg" in after and "Tomas Berg" in after
    graph = Graph().parse(archive["with_csv"] / "graph.ttl")
    assert "Berg" not in {str(a) for a in graph.objects(None, SKOS.altLabel)}, "a split name is no one's alias"


def test_the_corrections_change_the_node_count_by_what_they_say(archive):
    before, after = actors(archive["plain"] / "graph.ttl"), actors(archive["with_csv"] / "graph.ttl")
    assert len(after) == len(before) - 2 + 1  # two merged away, one split off


def test_yaml_and_csv_files_give_the_same_graph(archive):
    assert load_corrections(archive["csv"]) == load_corrections(archive["yaml"]).__class__(
        **{**load_corrections(archive["yaml"]).__dict__, "source": str(archive["csv"])})
    csv_graph = Graph().parse(archive["with_csv"] / "graph.ttl")
    yaml_graph = Graph().parse(archive["with_yaml"] / "graph.ttl")
    assert isomorphic(csv_graph, yaml_graph)


def _result(*relations: Relation, entities=()) -> DocumentResult:
    return DocumentResult(document=Document(id="d", text=""), sentences=1, entities=tuple(entities),
                          relations=relations)


def _relation(subject, obj) -> Relation:
    return Relation(subject=subject, relation="meets", object=obj, verb="met",
                    evidence=Evidence(doc_id="d", sentence="s", start=0, end=1))


def test_a_relation_whose_ends_a_merge_makes_one_actor_is_dropped():
    short, full = make_entity("NWL", "Organization"), make_entity("Northwind Logistics", "Organization")
    other = make_entity("Bergen Shipping", "Organization")
    result = _result(_relation(short, full), _relation(short, other), entities=(short, full, other))
    corrected = Corrections(merges={"NWL": "Northwind Logistics"}).apply(result)
    assert [(r.subject.label, r.object.label) for r in corrected.relations] == [("Northwind Logistics",
                                                                                  "Bergen Shipping")]
    assert sorted(e.label for e in corrected.entities) == ["Bergen Shipping", "Northwind Logistics"]
    assert corrected.relations[0].subject.aliases == ("NWL",)


def test_an_entity_with_the_name_as_alias_is_merged_too_and_a_node_of_one_document_is_left_alone():
    holder = make_entity("Northwind Logistics Group", "Organization", ["NWL"])
    scoped = make_entity("NWL", "Group", scope="d")
    mention = Mention(doc_id="d", start=0, end=3, text="NWL", kind="name", entity=scoped)
    result = DocumentResult(document=Document(id="d", text=""), sentences=1, entities=(holder, scoped),
                            mentions=(mention,))
    corrected = Corrections(merges={"NWL": "Northwind Logistics"}).apply(result)
    assert sorted((e.label, e.scope) for e in corrected.entities) == [("NWL", "d"), ("Northwind Logistics", "")]
    assert corrected.mentions[0].entity == scoped


# Bad files ------------------------------------------------------------------------------------------------------

BAD_FILES = [
    ("bad.csv", "action,name,target\nmerge,NWL,\n", 2, "needs a target"),
    ("bad.csv", "action,name,target\nmerge,NWL,A\nmerge,NWL,B\n", 3, "merge a name into one target only"),
    ("bad.csv", "action,name,target\nfuse,NWL,A\n", 2, "use merge, split or type"),
    ("bad.csv", "action,name,type\n\ntype,Kestrel,Company\n", 3, "use one of Person, Organization"),
    ("bad.csv", "action,name,tagret\nmerge,NWL,A\n", 1, "the first row must name the columns"),
    ("bad.csv", "action,name,target\nsplit,Berg,Tomas Berg\n", 2, "split takes no target"),
    ("bad.csv", "action,name,target\nmerge,A,B\nmerge,B,A\n", 2, "comes back to it"),
    ("bad.csv", "action,name,target,type\nmerge,A,B\ntype,A,,Person\n", 3, "set the type of 'B' instead"),
    ("bad.csv", "action,name,target\nmerge,A,B,C,D,E\n", 2, "quote a name that holds a comma"),
    ("bad.yaml", "merge:\n  NWL: Northwind Logistics\n  NWL: Bergen\n", 3, "appears twice"),
    ("bad.yaml", "merge:\n  NWL: [a, b]\n", 2, "must be a plain name"),
    ("bad.yaml", "rename:\n  NWL: Northwind\n", 1, "unknown section 'rename'"),
    ("bad.yaml", "type:\n  Kestrel: Company\n", 2, "use one of Person"),
    ("bad.yaml", "merge:\n  NWL: {into: A, as: B}\n", 2, "takes 'into' and 'type'"),
    ("bad.yaml", "merge: [\n", 2, "not valid YAML"),
]


@pytest.mark.parametrize(("name", "text", "line", "said"), BAD_FILES, ids=[f"{n}:{s}" for n, _, _, s in BAD_FILES])
def test_a_bad_aliases_file_names_its_file_and_line_and_what_to_do(tmp_path, name, text, line, said):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(AliasesError) as caught:
        load_corrections(path)
    assert str(caught.value).startswith(f"{path}:{line}: ") and said in str(caught.value)


def test_a_bad_aliases_file_stops_the_build_before_anything_is_written(tmp_path):
    (tmp_path / "bad.csv").write_text("action,name,target\nmerge,NWL,\n", encoding="utf-8")
    articles = write_articles(tmp_path, ARTICLES[:1])
    done = cli("build", str(articles), "--out", str(tmp_path / "out"), "--aliases", str(tmp_path / "bad.csv"))
    assert done.returncode == 2
    assert f"{tmp_path / 'bad.csv'}:2: merge 'NWL' needs a target" in done.stderr
    assert not (tmp_path / "out").exists()
    missing = cli("extract", str(articles), "--aliases", str(tmp_path / "missing.csv"))
    assert missing.returncode == 2 and "no such aliases file" in missing.stderr and not missing.stdout


def test_extract_applies_the_aliases_too(tmp_path, archive):
    done = cli("extract", str(archive["articles"]), "--aliases", str(archive["csv"]))
    assert done.returncode == 0, done.stderr
    subjects = {(r["doc"], r["subject"]["label"]) for r in map(json.loads, done.stdout.splitlines())}
    assert ("a2", "Helena Varga") in subjects and ("a5", "Berg") in subjects


# Review ---------------------------------------------------------------------------------------------------------

REVIEWED = [
    {"id": "r1", "text": "The Baltic Shipping Union warned Kestrel Mining on Tuesday. The Baltic Shipping Union met "
                         "Tomas Berg in Riga."},
    {"id": "r2", "text": "BSU criticised Kestrel Mining over the strike. BSU praised Tomas Berg."},
]


def test_review_finds_an_acronym_of_a_built_graph_and_its_file_round_trips_through_aliases(tmp_path):
    articles = write_articles(tmp_path, REVIEWED)
    assert cli("build", str(articles), "--out", str(tmp_path / "out"), "--no-html", "--quiet").returncode == 0
    assert {"BSU", "Baltic Shipping Union"} <= set(actors(tmp_path / "out" / "graph.ttl"))
    reviewed = cli("review", str(tmp_path / "out" / "graph.ttl"), "--out", str(tmp_path / "found.csv"))
    assert reviewed.returncode == 0, reviewed.stderr
    assert "acronym" in reviewed.stdout and "'BSU' is the initials of 'Baltic Shipping Union'" in reviewed.stdout
    assert "merge,BSU,Baltic Shipping Union" in (tmp_path / "found.csv").read_text(encoding="utf-8")
    again = cli("build", str(articles), "--out", str(tmp_path / "fixed"), "--no-html", "--quiet", "--aliases",
                str(tmp_path / "found.csv"))
    assert again.returncode == 0, again.stderr
    fixed = actors(tmp_path / "fixed" / "graph.ttl")
    assert "BSU" not in fixed and "Baltic Shipping Union" in fixed
    assert "BSU" not in cli("review", str(tmp_path / "fixed" / "graph.ttl")).stdout


TURTLE = """@prefix kg: <https://w3id.org/newskg/ontology#> .
@prefix ent: <https://w3id.org/newskg/resource/entity/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
ent:The_Kestrel_Guild a kg:Organization ; rdfs:label "The Kestrel Guild" ; kg:mentionCount 9 .
ent:kestrel_guild a kg:Organization ; rdfs:label "kestrel guild" ; kg:mentionCount 2 .
ent:Ana_Lindqvist a kg:Person ; rdfs:label "Ana Lindqvist" ; kg:mentionCount 5 .
ent:Lindqvist a kg:Person ; rdfs:label "Lindqvist" ; kg:mentionCount 30 .
ent:Marek_Sowa a kg:Person ; rdfs:label "Marek Sowa" ; skos:altLabel "Sowa" ; kg:mentionCount 4 .
ent:Sowa a kg:Organization ; rdfs:label "Sowa" ; kg:mentionCount 7 .
ent:Harbour_Union a kg:Organization ; rdfs:label "Harbour Union" ; kg:mentionCount 3 .
ent:Harbour_Union_Council a kg:Organization ; rdfs:label "Harbour Union Council" ; kg:mentionCount 1 .
ent:Orsk a kg:Person, kg:Place ; rdfs:label "Orsk" ; kg:mentionCount 6 .
ent:Ana_Lindquist a kg:Person ; rdfs:label "Ana Lindquist" ; kg:mentionCount 1 .
ent:Piet_Hall a kg:Person ; rdfs:label "Piet Hall" ; kg:mentionCount 2 .
ent:Piet_Hart a kg:Person ; rdfs:label "Piet Hart" ; kg:mentionCount 2 .
<https://w3id.org/newskg/resource/entity/doc/d1/rebels> a kg:Group ; rdfs:label "rebels" .
ent:Rebels a kg:Group ; rdfs:label "Rebels" ; kg:mentionCount 1 .
"""


@pytest.fixture
def handmade(tmp_path) -> list[Actor]:
    path = tmp_path / "graph.ttl"
    path.write_text(TURTLE, encoding="utf-8")
    return graph_actors(path)


def _found(findings) -> dict[tuple[str, ...], str]:
    return {tuple(actor.label for actor in finding.actors): finding.kind for finding in findings}


def test_review_rules_on_a_graph_of_known_duplicates(handmade):
    found = _found(review(handmade))
    assert found[("kestrel guild", "The Kestrel Guild")] == "variant"
    assert found[("Lindqvist", "Ana Lindqvist")] == "surname"
    assert found[("Sowa", "Marek Sowa")] == "alias"
    assert found[("Harbour Union Council", "Harbour Union")] == "inside"
    assert found[("Orsk",)] == "types"
    assert found[("Ana Lindquist", "Ana Lindqvist")] == "spelling"
    assert not any("Piet Hall" in labels for labels in found), "short words a letter or two apart are two names"
    assert not any("rebels" in labels for labels in found), "a node of one document is not an archive actor"


def test_review_ranks_by_what_a_fix_moves_and_writes_sure_rows_and_rows_to_judge(handmade, tmp_path):
    findings = review(handmade)
    assert findings[0].actors[0].label == "Lindqvist", "the 30-mention bare surname first"
    rows, judged = suggestions(findings)
    assert ("merge", "Lindqvist", "Ana Lindqvist") in {(r.action, r.name, r.target) for r in rows}
    assert ("merge", "Harbour Union Council", "Harbour Union") in {(r.action, r.name, r.target) for r in judged}
    from graph_builder.aliases import write_aliases

    for suffix in ("csv", "yaml"):
        path = tmp_path / f"suggested.{suffix}"
        write_aliases(rows, path, commented=judged)
        corrections = load_corrections(path)
        assert corrections.merges == {r.name: r.target for r in rows if r.action == "merge"}


def test_review_needs_a_graph_or_a_store(tmp_path):
    assert cli("review").returncode == 2
    assert cli("review", str(tmp_path / "g.ttl"), "--apply", str(tmp_path / "a.csv")).returncode == 2


# Stores ---------------------------------------------------------------------------------------------------------


def test_a_store_build_with_aliases_names_actors_as_the_file_build_does(archive, tmp_path):
    store = tmp_path / "store"
    build([str(archive["articles"])], store=store, workers=1, aliases=archive["csv"])
    reviewed = cli("review", "--store", str(store))
    assert reviewed.returncode == 0, reviewed.stderr
    from graph_builder.store import KnowledgeStore

    stored = {label: type_.rsplit("#", 1)[-1] for label, type_ in _pairs(KnowledgeStore(store, read_only=True),
                                                                          ENTITIES)}
    assert stored == actors(archive["with_csv"] / "graph.ttl")


ENTITIES = "SELECT ?l ?t WHERE { GRAPH <https://w3id.org/newskg/resource/graph/entities> { ?e rdfs:label ?l ; a ?t } }"
ENDS = "SELECT ?a ?b WHERE { ?s rdf:subject/rdfs:label ?a ; rdf:object/rdfs:label ?b }"
MENTIONS = "SELECT ?l (SUM(?n) AS ?m) WHERE { ?e rdfs:label ?l . GRAPH ?g { ?e kg:mentionCount ?n } } GROUP BY ?l"
ALIASES = "SELECT ?l ?a WHERE { ?e rdfs:label ?l ; skos:altLabel ?a }"


def _pairs(knowledge, sparql: str) -> set[tuple[str, str]]:
    return {(row[0].value, row[1].value) for row in knowledge.query(sparql)}


@pytest.fixture(scope="module")
def corrected_store(archive, tmp_path_factory):
    """A store built without corrections, then corrected by review --apply."""
    from graph_builder.store import KnowledgeStore

    store = tmp_path_factory.mktemp("corrected") / "store"
    build([str(archive["articles"])], store=store, workers=1)
    done = cli("review", "--store", str(store), "--apply", str(archive["csv"]))
    assert done.returncode == 0, done.stderr
    assert "entities changed" in done.stdout
    return KnowledgeStore(store, read_only=True)


def test_review_apply_merges_and_retypes_what_a_store_holds(corrected_store):
    labels = {label: type_.rsplit("#", 1)[-1] for label, type_ in _pairs(corrected_store, ENTITIES)}
    assert "NWL" not in labels and "Varga" not in labels
    assert labels["Helena Varga"] == "Person" and labels["Bergen Shipping"] == labels["Kestrel"] == "Organization"
    ends = _pairs(corrected_store, ENDS)
    assert ("Helena Varga", "Tomas Berg") in ends and not {"Varga", "NWL"} & {a for a, _ in ends}


def test_review_apply_adds_up_mentions_and_keeps_old_names_as_aliases(corrected_store, archive):
    counts = {label: int(count) for label, count in _pairs(corrected_store, MENTIONS)}
    plain = Graph().parse(archive["plain"] / "graph.ttl")
    mentions = {str(plain.value(node, RDFS.label)): int(count)
                for node, count in plain.subject_objects(URIRef("https://w3id.org/newskg/ontology#mentionCount"))}
    assert counts["Helena Varga"] == mentions["Helena Varga"] + mentions["Varga"]
    aliases = _pairs(corrected_store, ALIASES)
    assert {("Helena Varga", "Varga"), ("Northwind Logistics", "NWL")} <= aliases
    assert "Berg" not in {a for _, a in aliases}, "a split name is taken out of the stored aliases"


def test_a_corrected_store_still_meets_the_shapes(corrected_store):
    from graph_builder.validate import validate
    from graph_builder.vocab import load_lexicon

    merged = Graph().parse(data=corrected_store.export("nt"), format="nt")
    assert validate(merged, load_lexicon())[0]


def test_review_leaves_out_what_an_aliases_file_already_decides(handmade, tmp_path):
    decided = tmp_path / "decided.csv"
    decided.write_text("action,name,target,type\nsplit,Lindqvist\ntype,Orsk,,Place\nmerge,Sowa,Marek Sowa\n",
                       encoding="utf-8")
    found = _found(review(handmade, decided=load_corrections(decided)))
    assert not {("Lindqvist", "Ana Lindqvist"), ("Orsk",), ("Sowa", "Marek Sowa")} & set(found)
    assert found[("kestrel guild", "The Kestrel Guild")] == "variant"


def test_split_and_merge_together_move_a_short_name_without_the_others_who_went_by_it():
    bare, lind = make_entity("Tomas", "Person"), make_entity("Tomas Lind", "Person", ["Tomas"])
    result = _result(_relation(bare, lind), entities=(bare, lind))
    both = Corrections(merges={"Tomas": "Tomas Berg"}, splits=frozenset({"Tomas"}))
    corrected = {e.label: e.aliases for e in both.apply(both.prepare(result)).entities}
    assert corrected == {"Tomas Berg": ("Tomas",), "Tomas Lind": ()}
    merge_only = {e.label for e in Corrections(merges={"Tomas": "Tomas Berg"}).apply(result).entities}
    assert merge_only == {"Tomas Berg"}, "without the split, every entity that went by the name is merged"
