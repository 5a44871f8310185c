"""The persistent Oxigraph store: add, replace, remove with exact counts, export, queries, validation."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Dataset, Graph

from graph_builder.build import build
from graph_builder.query import format_result, format_store_result, run_query
from graph_builder.rdf import load_graph
from graph_builder.store import ENTITIES_GRAPH, KnowledgeStore, document_graph_iri
from graph_builder.vocab import load_lexicon
from tests.conftest import ROOT

ARTICLES = ROOT / "examples" / "articles"
WIRE = ARTICLES / "04_wire.jsonl"


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["graph-builder", *args], capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("store") / "kg"
    build([str(ARTICLES)], store=path)
    return path


def quad_count(path: Path) -> int:
    return len(pyoxigraph.Store.read_only(str(path)))


def test_every_document_is_a_named_graph(store_dir):
    knowledge = KnowledgeStore(store_dir, read_only=True)
    assert "wire-2025-06-02-gaza" in knowledge.documents()
    assert len(knowledge.documents()) == 7
    graphs = {g.value for g in knowledge.oxigraph.named_graphs()}
    assert ENTITIES_GRAPH in graphs and document_graph_iri("wire-2025-07-14-sudan") in graphs


def test_add_replace_remove_round_trip_with_exact_counts(tmp_path):
    path = tmp_path / "kg"
    build([str(ARTICLES / "01_baltic_summit.txt")], store=path)
    one = quad_count(path)
    build([str(WIRE)], store=path)
    both = quad_count(path)
    assert both > one
    build([str(WIRE)], store=path)
    assert quad_count(path) == both, "building the same documents again replaces them"
    for doc_id in ("wire-2025-06-02-gaza", "wire-2025-07-14-sudan"):
        done = cli("remove", doc_id, "--store", str(path))
        assert done.returncode == 0, done.stderr
    assert quad_count(path) == one, "removing them leaves exactly what was there before"
    assert cli("remove", "no-such-doc", "--store", str(path)).returncode == 1


def test_facts_shared_with_another_document_survive_its_removal(tmp_path):
    path = tmp_path / "kg"
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Japan lodged a protest with China on Monday.", encoding="utf-8")
    b.write_text("Japan lodged a protest with China again, officials said.", encoding="utf-8")
    build([str(a), str(b)], store=path)
    knowledge = KnowledgeStore(path)
    ask = "ASK { ?j rdfs:label 'Japan' . ?c rdfs:label 'China' . ?j kg:protests ?c }"
    assert bool(knowledge.query(ask))
    first = knowledge.documents()[0]
    knowledge.remove(first)
    assert bool(knowledge.query(ask))
    knowledge.remove(knowledge.documents()[0])
    assert not bool(knowledge.query(ask))
    assert not bool(knowledge.query("ASK { ?e rdfs:label 'Japan' }")), "entities no document mentions go too"


def test_entities_stay_the_same_across_runs(tmp_path):
    path = tmp_path / "kg"
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("US President Donald Trump met Keir Starmer in London.", encoding="utf-8")
    second.write_text("Trump criticized Russia on Monday.", encoding="utf-8")
    build([str(first)], store=path)
    build([str(second)], store=path)
    rows = KnowledgeStore(path).query("SELECT ?who WHERE { ?x kg:criticizes ?y . ?x rdfs:label ?who }")
    assert [row["who"].value for row in rows] == ["Donald Trump"]


def test_export_keeps_named_graphs_in_trig_and_merges_in_turtle(store_dir, tmp_path):
    out = tmp_path / "kg.trig"
    done = cli("export", "--store", str(store_dir), "--format", "trig", "--out", str(out))
    assert done.returncode == 0, done.stderr
    dataset = Dataset()
    dataset.parse(out, format="trig")
    assert len({str(g.identifier) for g in dataset.graphs()}) >= 9
    total = quad_count(store_dir)
    assert sum(1 for _ in dataset.quads((None, None, None, None))) == total
    turtle = cli("export", "--store", str(store_dir), "--format", "ttl")
    merged = Graph().parse(data=turtle.stdout, format="turtle")
    assert 0 < len(merged) <= total
    for fmt, parse_as in (("nt", "nt"), ("jsonld", "json-ld"), ("nq", "nquads")):
        text = cli("export", "--store", str(store_dir), "--format", fmt).stdout
        assert len(Dataset().parse(data=text, format=parse_as)) > 0


def test_store_and_file_answer_the_example_queries_alike(store_dir, examples_build):
    _, out = examples_build
    graph = load_graph(out / "graph.ttl")
    knowledge = KnowledgeStore(store_dir, read_only=True)
    for query_file in sorted((ROOT / "examples" / "queries").glob("*.rq")):
        sparql = query_file.read_text(encoding="utf-8")
        from_file = json.loads(format_result(run_query(graph, sparql), "json"))
        from_store = json.loads(format_store_result(knowledge.query(sparql), "json"))
        assert len(from_store["results"]["bindings"]) == len(from_file["results"]["bindings"]), query_file.name
        assert from_store["results"]["bindings"], query_file.name


def test_query_command_on_a_store(store_dir):
    done = cli("query", "--store", str(store_dir), "examples/queries/who_met_whom.rq", "--format", "csv")
    assert done.returncode == 0, done.stderr
    assert "Evika Silina,Alexander Stubb" in done.stdout


def test_construct_result_drawn_as_a_page(store_dir, tmp_path):
    page = tmp_path / "meets.html"
    done = cli("query", "--store", str(store_dir), "CONSTRUCT { ?a kg:meets ?b } WHERE { ?a kg:meets ?b }",
               "--visualize", str(page))
    assert done.returncode == 0, done.stderr
    html = page.read_text(encoding="utf-8")
    assert "Evika Silina" in html and "Alexander Stubb" in html
    graphml = page.with_suffix(".graphml").read_text(encoding="utf-8")
    assert graphml.count("<edge ") >= 4


def test_validate_command(store_dir, tmp_path):
    done = cli("validate", "--store", str(store_dir))
    assert done.returncode == 0 and "Conforms: True" in done.stdout
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix kg: <https://w3id.org/newskg/ontology#> .\n<http://x/s> a kg:Statement .\n",
                      encoding="utf-8")
    done = cli("validate", str(broken))
    assert done.returncode == 1 and "Conforms: False" in done.stdout


def test_an_interrupted_build_keeps_the_documents_finished_before_it(tmp_path, monkeypatch):
    from graph_builder import parallel
    from graph_builder.build import stream_to_store
    from graph_builder.ingest import text_document

    texts = ["Japan lodged a protest with China.", "Egypt condemned Israel on Monday.",
             "Canada imposed sanctions on Venezuela."]
    documents = [text_document(t, source=f"doc{i}", doc_id=f"doc-{i}") for i, t in enumerate(texts)]
    original = parallel.run_extractors

    def interrupt_on_third(doc, entities, lexicon, chosen):
        if entities.document.id == "doc-2":
            raise KeyboardInterrupt
        return original(doc, entities, lexicon, chosen)

    monkeypatch.setattr(parallel, "run_extractors", interrupt_on_third)
    knowledge = KnowledgeStore(tmp_path / "kg")
    with pytest.raises(KeyboardInterrupt):
        stream_to_store(documents, knowledge, lexicon=load_lexicon())
    assert knowledge.documents() == ["doc-0", "doc-1"]
    assert bool(knowledge.query("ASK { ?j rdfs:label 'Japan' . ?c rdfs:label 'China' . ?j kg:protests ?c }"))


def export_nq(path: Path) -> bytes:
    return KnowledgeStore(path, read_only=True).export("nq")


def jsonl(path: Path, articles: dict[str, str]) -> Path:
    path.write_text("".join(json.dumps({"id": doc_id, "text": text}) + "\n" for doc_id, text in articles.items()),
                    encoding="utf-8")
    return path


# A bare surname first, its full name in a later article: a rebuild once unified the first article against the
# stale copy of the second already in the store, and "Trump" became "Donald Trump" (an orphan "Trump" left).
REBUILT = {"a-trump": "Trump criticized Russia on Monday.",
           "b-summit": "US President Donald Trump met Keir Starmer in London.",
           "c-sanctions": "Canada imposed sanctions on Venezuela.",
           "d-protest": "Japan lodged a protest with China on Tuesday, officials said."}


def test_building_the_same_articles_again_changes_no_byte_of_the_store(tmp_path):
    articles = jsonl(tmp_path / "articles.jsonl", REBUILT)
    build([str(articles)], store=tmp_path / "kg")
    first = export_nq(tmp_path / "kg")
    build([str(articles)], store=tmp_path / "kg")
    assert export_nq(tmp_path / "kg") == first
    graph = document_graph_iri("a-trump")
    labels = KnowledgeStore(tmp_path / "kg").query(f"SELECT ?l {{ GRAPH <{graph}> {{ ?d schema:mentions ?e }} "
                                                   "?e rdfs:label ?l }")
    assert "Donald Trump" in [row["l"].value for row in labels], "named as a file build names it (issue 13)"


def test_a_build_again_after_an_interruption_equals_a_clean_build(tmp_path):
    articles = jsonl(tmp_path / "articles.jsonl", REBUILT)
    build([str(articles)], store=tmp_path / "clean")
    prefix = jsonl(tmp_path / "prefix.jsonl", dict(list(REBUILT.items())[:2]))
    build([str(prefix)], store=tmp_path / "resumed")  # what an interrupted build leaves: the first documents
    build([str(articles)], store=tmp_path / "resumed")
    assert export_nq(tmp_path / "resumed") == export_nq(tmp_path / "clean")


def without_sources(export: bytes) -> bytes:
    """An N-Quads export less the lines that say which file (and line) a document was read from."""
    source = b"<http://purl.org/dc/terms/source>"
    return b"".join(line for line in export.splitlines(keepends=True) if source not in line)


def test_a_replaced_document_leaves_the_store_as_a_clean_build_would(tmp_path):
    first = jsonl(tmp_path / "first.jsonl", {"a": "Japan lodged a protest with China.",
                                              "b": "Canada imposed sanctions on Venezuela."})
    changed = jsonl(tmp_path / "changed.jsonl", {"a": "Egypt condemned Israel on Monday."})
    build([str(first)], store=tmp_path / "kg")
    build([str(changed)], store=tmp_path / "kg")
    clean = jsonl(tmp_path / "clean.jsonl", {"b": "Canada imposed sanctions on Venezuela.",
                                              "a": "Egypt condemned Israel on Monday."})
    build([str(clean)], store=tmp_path / "clean")
    assert without_sources(export_nq(tmp_path / "kg")) == without_sources(export_nq(tmp_path / "clean"))
    assert not bool(KnowledgeStore(tmp_path / "kg").query("ASK { ?e rdfs:label 'Japan' }")), "no orphan entity"


def test_the_export_is_sorted(store_dir):
    for fmt in ("nq", "nt"):
        lines = KnowledgeStore(store_dir, read_only=True).export(fmt).decode("utf-8").splitlines()
        assert lines == sorted(lines) and len(lines) > 500


@pytest.mark.parametrize("command", [["remove", "doc-1"], ["query", "ASK { ?s ?p ?o }"], ["export"], ["validate"]])
def test_store_commands_on_a_missing_store_fail_and_create_nothing(tmp_path, command):
    missing = tmp_path / "no-store"
    done = cli(*command, "--store", str(missing))
    assert done.returncode == 1 and "no store here" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert not missing.exists()


def test_standard_input_built_again_into_its_store_changes_nothing(tmp_path):
    """Standard input can be read once only: the build keeps it to learn which documents it replaces."""
    lines = "".join(json.dumps({"id": doc_id, "text": text}) + "\n" for doc_id, text in list(REBUILT.items())[:2])
    exports = []
    for _ in range(2):
        done = subprocess.run(["graph-builder", "build", "-", "--store", str(tmp_path / "kg"), "--quiet"],
                              input=lines, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0 and "documents: 2" in done.stdout, done.stderr
        exports.append(export_nq(tmp_path / "kg"))
    assert exports[0] == exports[1]
