"""Extending graph_builder and using it from Python: the extractor registry and its entry points (the command
line, pool and Dask workers load them), --extractors and --ontology, the extractor recorded on every relation
(JSON and prov:wasGeneratedBy), the Python API and the spaCy component."""

from __future__ import annotations

import configparser
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

import graph_builder
from graph_builder.errors import ModelError, UsageError
from graph_builder.extract import extract_relations, extractor_names, unregister
from graph_builder.nlp import DEFAULT_MODEL
from graph_builder.rdf import EXTRACTOR
from graph_builder.records import Relation
from graph_builder.registry import extractors
from graph_builder.vocab import KG, PROV, load_lexicon
from tests.conftest import ROOT, triples
from tests.conftest import ontology_copy as copy_of_ontology

PLUGIN = '''
import os

from graph_builder.records import Evidence, Relation


def first_pair(doc, entities, lexicon):
    """Says the first two actors of a document meet (a test's plugin)."""
    actors = list(dict.fromkeys(mention.entity for mention in entities.mentions))
    if len(actors) >= 2:
        sentence = next(iter(doc.sents))
        yield Relation(subject=actors[0], relation="meets", object=actors[1],
                       verb=f"{os.getpid()} {lexicon.folder.name}", evidence=Evidence(
                           doc_id=entities.document.id, sentence=sentence.text, start=sentence.start_char,
                           end=sentence.end_char))
'''

DOCUMENTS = [{"id": "one", "text": "Japan lodged a protest with China on Monday."},
             {"id": "two", "text": "Egypt condemned Israel over the raid."},
             {"id": "three", "text": "Canada imposed sanctions on Venezuela."}]


def distribution(folder: Path, name: str, entry_points: str, module: str | None = None) -> Path:
    """An installed distribution as pip leaves it, in ``folder``: a module and NAME-0.1.dist-info."""
    folder.mkdir(parents=True, exist_ok=True)
    if module is not None:
        (folder / f"{name}.py").write_text(module, encoding="utf-8")
    info = folder / f"{name}-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(entry_points, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def plugin_path(tmp_path_factory) -> Path:
    return distribution(tmp_path_factory.mktemp("site"), "gb_first_pair",
                        "[graph_builder_extractors]\nfirst_pair = gb_first_pair:first_pair\n", PLUGIN)


def with_path(*folders: Path) -> dict:
    return dict(os.environ, PYTHONPATH=os.pathsep.join([*map(str, folders), str(ROOT)]))


def cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "graph_builder", *args], capture_output=True, text=True,
                          timeout=600, cwd=ROOT, env=env or with_path())


def jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def ontology_copy(tmp_path) -> Path:
    """A copy of ontology/ with one more statement, to tell it from the installed one."""
    return copy_of_ontology(tmp_path, '\n<https://w3id.org/newskg/ontology#> '
                            '<http://www.w3.org/2000/01/rdf-schema#comment> "a copy with changes" .\n',
                            name="my-ontology")


# The registry ---------------------------------------------------------------------------------------------------

def test_the_built_ins_run_in_registration_order_and_quotes_are_one_of_them():
    assert extractor_names()[:4] == ["nominal", "roles", "verbal", "quotes"]
    assert all(name in extractors for name in ("nominal", "roles", "verbal", "quotes"))


def test_extract_relations_runs_the_named_extractors_and_stamps_their_name():
    from graph_builder.entities import resolve
    from graph_builder.ingest import text_document
    from graph_builder.nlp import load_pipeline

    lexicon = load_lexicon()
    document = text_document("French President Emmanuel Macron met Olaf Scholz in Berlin.", source="<test>")
    doc = load_pipeline(DEFAULT_MODEL, lexicon)(document.text)
    entities = resolve(doc, document, lexicon)
    everything = extract_relations(doc, entities, lexicon)
    assert {r.extractor for r in everything} == {"roles", "verbal"}
    only_roles = extract_relations(doc, entities, lexicon, only=["roles"])
    assert only_roles and {r.extractor for r in only_roles} == {"roles"}
    assert only_roles == [r for r in everything if r.extractor == "roles"]


def test_a_relation_the_ontology_does_not_define_is_an_error_naming_the_extractor():
    from graph_builder.errors import AnalysisError

    def inventive(doc, entities, lexicon):
        """Makes up a relation."""
        for relation in extractors.get("verbal")(doc, entities, lexicon):
            yield Relation(**{**relation.__dict__, "relation": "befriends"})

    extractors.register("inventive", func=inventive)
    try:
        with pytest.raises(AnalysisError, match="'inventive' made a relation 'befriends'"):
            graph_builder.extract("Japan lodged a protest with China.", extractors=["inventive"])
    finally:
        unregister("inventive")
    assert "inventive" not in extractor_names()


# The extractor of every relation, in JSON and RDF -------------------------------------------------------------

def test_every_relation_names_its_extractor_in_json_and_rdf(examples_build):
    _, out = examples_build
    records = read_jsonl(out / "relations.jsonl")
    assert {record["extractor"] for record in records} == {"nominal", "roles", "verbal", "quotes"}
    graph = Graph().parse(out / "graph.ttl")
    statements = set(graph.subjects(RDF.type, KG.Statement))
    made_by = {s: set(graph.objects(s, PROV.wasGeneratedBy)) for s in statements}
    assert statements and all(len(by) == 1 for by in made_by.values())
    assert {by for found in made_by.values() for by in found} == {
        URIRef(EXTRACTOR[name]) for name in ("nominal", "roles", "verbal", "quotes")}
    lexicon = load_lexicon()
    for record in records:  # the statement of a record is the one its sentence, relation and extractor say
        evidence = [s for s in statements if str(graph.value(s, KG.evidence)) == record["sentence"]
                    and graph.value(s, RDF.predicate) == lexicon.relation_iri(record["relation"])]
        assert EXTRACTOR[record["extractor"]] in {by for s in evidence for by in made_by[s]}


# --extractors and the extractors command --------------------------------------------------------------------

def test_extractors_option_picks_extractors_and_switches_quotes_off(tmp_path):
    done = cli("build", "examples/articles", "--out", str(tmp_path / "out"), "--no-html", "--quiet",
               "--extractors", "roles")
    assert done.returncode == 0, done.stderr
    records = read_jsonl(tmp_path / "out" / "relations.jsonl")
    assert records and {record["extractor"] for record in records} == {"roles"}
    assert (tmp_path / "out" / "quotes.jsonl").read_text() == "", "quotes go through the registry too"
    assert "quotes: 0" in done.stdout


def test_an_unknown_extractor_is_a_usage_error_listing_the_known_ones():
    done = cli("extract", "--extractors", "verbal,nope", "examples/articles")
    assert done.returncode == 2
    assert "unknown extractor 'nope'; known: nominal, roles, verbal, quotes" in done.stderr
    assert "Traceback" not in done.stderr


def test_extractors_command_lists_built_ins_and_entry_points_with_their_description(plugin_path):
    listed = cli("extractors", env=with_path(plugin_path)).stdout.splitlines()
    assert [line.split()[0] for line in listed] == ["nominal", "roles", "verbal", "quotes", "quoted_statements",
                                                       "first_pair"]
    assert listed[-1].split(None, 1)[1] == "Says the first two actors of a document meet (a test's plugin)."


# Entry points reach the workers, with the ontology folder -------------------------------------------------

def test_pool_workers_run_an_entry_point_extractor_with_the_given_ontology(plugin_path, ontology_copy, tmp_path):
    inputs = jsonl(tmp_path / "docs.jsonl", DOCUMENTS)
    done = cli("extract", str(inputs), "--workers", "2", "--extractors", "first_pair,verbal",
               "--ontology", str(ontology_copy), env=with_path(plugin_path))
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    plugin = [r for r in records if r["extractor"] == "first_pair"]
    assert [r["doc"] for r in plugin] == ["one", "two", "three"]
    assert {r["verb"].split()[1] for r in plugin} == {"my-ontology"}, "workers read the --ontology folder"
    assert {r["extractor"] for r in records} == {"first_pair", "verbal"}


def test_dask_workers_run_an_entry_point_extractor(plugin_path, tmp_path, monkeypatch):
    from dask.distributed import LocalCluster

    monkeypatch.syspath_prepend(str(plugin_path))  # the workers start with this process's path
    monkeypatch.setenv("PYTHONPATH", with_path(plugin_path)["PYTHONPATH"])
    inputs = jsonl(tmp_path / "docs.jsonl", DOCUMENTS)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        done = cli("build", str(inputs), "--out", str(tmp_path / "out"), "--quiet", "--no-html",
                   "--dask", cluster.scheduler_address, "--extractors", "first_pair", env=with_path(plugin_path))
    assert done.returncode == 0, done.stderr
    records = read_jsonl(tmp_path / "out" / "relations.jsonl")
    assert sorted(r["doc"] for r in records) == ["one", "three", "two"]
    assert {r["extractor"] for r in records} == {"first_pair"}


# --ontology -------------------------------------------------------------------------------------------------

def test_a_store_build_writes_the_ontology_of_the_lexicon_it_read(ontology_copy, tmp_path):
    from graph_builder.store import ONTOLOGY_GRAPH, KnowledgeStore

    inputs = jsonl(tmp_path / "docs.jsonl", DOCUMENTS[:1])
    ask = (f"ASK {{ GRAPH <{ONTOLOGY_GRAPH}> {{ <https://w3id.org/newskg/ontology#> rdfs:comment "
           "'a copy with changes' } }")
    graph_builder.build([str(inputs)], store=tmp_path / "kg", progress=False)
    assert not KnowledgeStore(tmp_path / "kg", read_only=True).query(ask)
    graph_builder.build([str(inputs)], store=tmp_path / "kg", progress=False, ontology=ontology_copy)
    assert KnowledgeStore(tmp_path / "kg", read_only=True).query(ask)


def test_validate_takes_the_shapes_of_the_ontology_folder(ontology_copy, tmp_path):
    """A copy whose shapes demand one extractor per statement: the built graph conforms; one whose shapes forbid
    it: the same graph does not, so the shapes read are the folder's."""
    inputs = jsonl(tmp_path / "docs.jsonl", DOCUMENTS[:1])
    graph_builder.build([str(inputs)], out=tmp_path / "out", html=False)
    shapes = (ontology_copy / "shapes.ttl").read_text(encoding="utf-8")
    made_by = ("\nkgsh:MadeBy a sh:NodeShape ; sh:targetClass kg:Statement ; sh:property [ sh:path "
               "<http://www.w3.org/ns/prov#wasGeneratedBy> ; sh:minCount 1 ; sh:maxCount {most} ; "
               "sh:nodeKind sh:IRI ] .\n")
    (ontology_copy / "shapes.ttl").write_text(shapes + made_by.format(most=1), encoding="utf-8")
    done = cli("validate", str(tmp_path / "out" / "graph.ttl"), "--ontology", str(ontology_copy))
    assert done.returncode == 0 and "Conforms: True" in done.stdout, done.stdout + done.stderr
    (ontology_copy / "shapes.ttl").write_text(shapes + made_by.format(most=0), encoding="utf-8")
    done = cli("validate", str(tmp_path / "out" / "graph.ttl"), "--ontology", str(ontology_copy))
    assert done.returncode == 1 and "Conforms: False" in done.stdout


# The Python API -------------------------------------------------------------------------------------------------

def test_python_api_build(tmp_path):
    inputs = jsonl(tmp_path / "docs.jsonl", DOCUMENTS)
    report = graph_builder.build([str(inputs)], out=tmp_path / "out", html=False, extractors=["verbal"])
    assert report.documents == 3 and report.relation_counts() == {"protests": 1, "criticizes": 1, "sanctions": 1}
    assert {r["extractor"] for r in read_jsonl(tmp_path / "out" / "relations.jsonl")} == {"verbal"}


def test_python_api_extract_returns_the_records_extract_prints(ontology_copy):
    text = "French President Emmanuel Macron met Olaf Scholz in Berlin."
    relations = graph_builder.extract(text)
    assert all(isinstance(r, Relation) for r in relations)
    assert triples(relations) == {("Emmanuel Macron", "leaderOf", "France"),
                                  ("Emmanuel Macron", "meets", "Olaf Scholz")}
    assert {r.as_json()["extractor"] for r in relations} == {"roles", "verbal"}
    seen = []

    def spy(doc, entities, lexicon):
        """Remembers the lexicon it was given."""
        seen.append(lexicon.folder)
        return iter(())

    extractors.register("spy", func=spy)
    try:
        assert graph_builder.extract(text, extractors=["spy"], ontology=ontology_copy) == []
    finally:
        unregister("spy")
    assert seen == [ontology_copy.resolve()]


def test_the_package_names_are_the_functions_and_the_modules_stay_importable():
    from graph_builder.build import BuildReport, build
    from graph_builder.extract import extract_relations as from_the_package

    assert graph_builder.build is build and graph_builder.extract is graph_builder.api.extract
    assert BuildReport and from_the_package is extract_relations
    assert sys.modules["graph_builder.extract"].extract_relations is extract_relations


# The spaCy component --------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def nlp():
    import spacy

    import graph_builder.component  # noqa: F401  (registers the factory)

    return spacy.load(DEFAULT_MODEL)


def test_spacy_component_fills_doc_relations(nlp):
    nlp.add_pipe("graph_builder")
    try:
        doc = nlp('Japan lodged a protest with China. "We will not accept it," Japan said on Monday.')
    finally:
        nlp.remove_pipe("graph_builder")
    assert triples(list(doc._.relations)) == {("Japan", "protests", "China")}
    assert doc._.relations[0].extractor == "verbal"
    assert [q.text for q in doc._.quotes] == ["We will not accept it"]


def test_spacy_component_config_picks_extractors_and_ontology(nlp, ontology_copy):
    nlp.add_pipe("graph_builder", config={"extractors": ["roles"], "ontology": str(ontology_copy)})
    try:
        component = nlp.get_pipe("graph_builder")
        doc = nlp("French President Emmanuel Macron met Olaf Scholz in Berlin.")
    finally:
        nlp.remove_pipe("graph_builder")
    assert component.lexicon.folder == ontology_copy.resolve()
    assert triples(list(doc._.relations)) == {("Emmanuel Macron", "leaderOf", "France")}


def test_a_saved_pipeline_with_the_component_loads_without_importing_graph_builder(nlp, tmp_path):
    """Through the spacy_factories entry point setup.cfg declares (installed here as pip would)."""
    setup = configparser.ConfigParser()
    setup.read(ROOT / "setup.cfg")
    declared = setup["options.entry_points"]["spacy_factories"]
    site = distribution(tmp_path / "site", "graph_builder_entry_points", f"[spacy_factories]\n{declared.strip()}\n")
    nlp.add_pipe("graph_builder", config={"extractors": ["verbal"]})
    try:
        nlp.to_disk(tmp_path / "pipeline")
    finally:
        nlp.remove_pipe("graph_builder")
    script = ("import sys, spacy\nassert 'graph_builder' not in sys.modules\nnlp = spacy.load(sys.argv[1])\n"
              "doc = nlp('Japan lodged a protest with China.')\n"
              "print([(r.subject.label, r.relation, r.object.label) for r in doc._.relations])\n")
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "pipeline")], capture_output=True,
                          text=True, timeout=600, env=with_path(site))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[('Japan', 'protests', 'China')]"


# What a user gets wrong ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def broken_plugin_path(tmp_path_factory) -> Path:
    """A package whose entry point names a module that is not there."""
    return distribution(tmp_path_factory.mktemp("broken"), "gb_broken",
                        "[graph_builder_extractors]\nbroken = gb_no_such_module:thing\n")


def test_a_broken_package_stops_no_build_that_does_not_name_it(broken_plugin_path, tmp_path):
    inputs = jsonl(tmp_path / "docs.jsonl", DOCUMENTS[:1])
    done = cli("build", str(inputs), "--out", str(tmp_path / "out"), "--no-html", "--quiet",
               "--extractors", "verbal", env=with_path(broken_plugin_path))
    assert done.returncode == 0, done.stderr
    assert read_jsonl(tmp_path / "out" / "relations.jsonl")[0]["relation"] == "protests"


def test_a_broken_package_a_build_needs_is_one_line_naming_it(broken_plugin_path, tmp_path):
    inputs = jsonl(tmp_path / "docs.jsonl", DOCUMENTS[:1])
    done = cli("build", str(inputs), "--out", str(tmp_path / "out"), "--quiet", env=with_path(broken_plugin_path))
    assert done.returncode == 1
    assert done.stderr.startswith("graph-builder: error: the extractor 'broken' could not be loaded")
    assert "Traceback" not in done.stderr and not (tmp_path / "out").exists()


def test_the_python_api_refuses_what_the_command_line_refuses():
    with pytest.raises(UsageError, match="no extractor named 'nope'; known: nominal"):
        graph_builder.extract("Japan lodged a protest with China.", extractors=["nope"])
    with pytest.raises(UsageError, match="'yesterday' is not an ISO date"):
        graph_builder.extract("Japan lodged a protest with China.", date="yesterday")
    one = graph_builder.extract("Japan lodged a protest with China.", extractors="verbal")  # a name, not letters
    assert [(r.relation, r.extractor) for r in one] == [("protests", "verbal")]


def test_the_component_in_a_pipeline_without_parser_or_entities_is_refused_at_once():
    import spacy

    import graph_builder.component  # noqa: F401  (registers the factory)

    with pytest.raises(ModelError, match="needs a dependency parser and named entities"):
        spacy.blank("en").add_pipe("graph_builder")
