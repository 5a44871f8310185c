"""A real archive (the first BBC articles from ../shared): every graph file the project writes reads alike in
rdflib, pyoxigraph and rapper, and building it into a store again, or again after an interruption, changes
no byte of the store's export."""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Dataset, Graph

from graph_builder.build import build
from graph_builder.store import KnowledgeStore
from graph_builder.vocab import ontology_file
from tests.conftest import SHARED

BBC = SHARED / "corpus" / "bbc-news-2004-2005.jsonl"
ARTICLES = 30

# format: (rdflib parser, pyoxigraph format, rapper syntax or None: raptor has no JSON-LD parser)
FORMATS = {"ttl": ("turtle", "TURTLE", "turtle"), "nt": ("nt", "N_TRIPLES", "ntriples"),
           "nq": ("nquads", "N_QUADS", "nquads"), "trig": ("trig", "TRIG", "trig"),
           "jsonld": ("json-ld", "JSON_LD", None)}


def subset(path: Path, count: int) -> Path:
    if not BBC.is_file():
        pytest.fail(f"the BBC archive is missing at {BBC}; ../shared must sit beside the clone")
    with BBC.open(encoding="utf-8") as archive:
        path.write_text("".join(itertools.islice(archive, count)), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("bbc")
    articles = subset(folder / "bbc.jsonl", ARTICLES)
    build([str(articles)], out=folder / "out", html=False, workers=1)
    build([str(articles)], store=folder / "kg", workers=1)
    return folder


def counts(path: Path, fmt: str) -> dict[str, int]:
    """How many statements rdflib, pyoxigraph and rapper each read from a file."""
    rdflib_format, ox_format, rapper_syntax = FORMATS[fmt]
    found = {"rdflib": sum(1 for _ in Dataset().parse(path, format=rdflib_format).quads()),
             "pyoxigraph": sum(1 for _ in pyoxigraph.parse(path=str(path),
                                                           format=getattr(pyoxigraph.RdfFormat, ox_format)))}
    if rapper_syntax:
        if shutil.which("rapper") is None:
            pytest.fail("rapper is missing: apt-get install raptor2-utils (make test does)")
        done = subprocess.run(["rapper", "-i", rapper_syntax, "-c", str(path)], capture_output=True, text=True,
                              timeout=120)
        assert done.returncode == 0, done.stderr[-2000:]
        found["rapper"] = int(re.search(r"returned (\d+) triples", done.stderr).group(1))
    return found


def test_graph_ttl_of_the_archive_reads_alike_everywhere(archive):
    found = counts(archive / "out" / "graph.ttl", "ttl")
    assert len(set(found.values())) == 1 and found["rdflib"] > 2000, found
    done = subprocess.run(["graph-builder", "query", str(archive / "out" / "graph.ttl"),
                           "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    beside = Graph().parse(archive / "out" / "graph.ttl").parse(ontology_file("newskg.ttl"))
    assert done.stdout.split()[-1] == str(len(beside)), "the file is queried with the ontology beside it"


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_export_format_reads_alike_everywhere(archive, tmp_path, fmt):
    knowledge = KnowledgeStore(archive / "kg", read_only=True)
    path = tmp_path / f"kg.{fmt}"
    path.write_bytes(knowledge.export(fmt))
    found = counts(path, fmt)
    assert len(set(found.values())) == 1, found
    merged = len({(q.subject, q.predicate, q.object) for q in knowledge.oxigraph})
    assert found["pyoxigraph"] == (len(knowledge) if fmt in ("nq", "trig") else merged)


def test_the_archive_built_again_and_after_an_interruption_exports_the_same_bytes(archive, tmp_path):
    articles = archive / "bbc.jsonl"
    clean = KnowledgeStore(archive / "kg", read_only=True).export("nq")
    again = tmp_path / "again"
    shutil.copytree(archive / "kg", again)
    build([str(articles)], store=again, workers=1)
    assert KnowledgeStore(again, read_only=True).export("nq") == clean
    resumed = tmp_path / "resumed"
    build([str(subset(tmp_path / "first.jsonl", ARTICLES // 3))], store=resumed, workers=1)
    build([str(articles)], store=resumed, workers=1)
    assert KnowledgeStore(resumed, read_only=True).export("nq") == clean
