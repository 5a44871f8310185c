"""Outputs: writers in the registry, written by a build together or not at all; readers and writers that a
package adds by entry point, used by the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import catalogue
import pytest

from graph_builder.build import build
from graph_builder.outputs import OutputWriter
from graph_builder.registry import writers
from tests.conftest import ROOT

ARTICLE = "Japan sent aid to Nigeria on Thursday. China protested to Japan over the visit.\n"


class RelationCsv(OutputWriter):
    """subject,relation,object a line, as a package's writer would write them."""

    files = {"csv": "relations.csv"}

    def __init__(self, folder):
        super().__init__(folder)
        self.out = folder.open("relations.csv")
        self.groups = 0

    def document(self, result):
        for relation in result.relations:
            self.out.write(f"{relation.subject.label},{relation.relation},{relation.object.label}\n")

    def triples(self, group):
        self.groups += 1

    def close(self):
        self.out.write(f"# {self.groups} triple groups\n")


class Failing(OutputWriter):
    files = {"never": "never.txt"}

    def close(self):
        (self.folder.path / "never.txt").write_text("half", encoding="utf-8")
        raise RuntimeError("the writer fell over")


@pytest.fixture
def registered():
    """Register writers for one test and remove them afterwards."""
    names = []

    def register(name, writer):
        writers.register(name, func=writer)
        names.append(name)

    yield register
    for name in names:
        del catalogue.REGISTRY[(*writers.namespace, name)]


def test_a_registered_writer_is_written_by_a_build(tmp_path, registered):
    registered("csv", RelationCsv)
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    report = build([str(article)], out=out, html=False, progress=False)
    lines = (out / "relations.csv").read_text(encoding="utf-8").splitlines()
    relations = [json.loads(line) for line in (out / "relations.jsonl").read_text(encoding="utf-8").splitlines()]
    assert relations and len(lines) == len(relations) + 1
    assert lines[-1] == "# 2 triple groups", "one document's facts, then the entities'"
    assert list(report.outputs) == ["graph", "relations", "quotes", "csv"], "--no-html leaves out the page"
    assert sorted(p.name for p in out.iterdir()) == [".graph-builder-outputs", "graph.ttl", "quotes.jsonl",
                                                     "relations.csv", "relations.jsonl"]
    assert (out / ".graph-builder-outputs").read_text(encoding="utf-8").split() == [
        "graph.ttl", "quotes.jsonl", "relations.csv", "relations.jsonl"], "what the build wrote, for the next one"


def test_a_failing_writer_leaves_no_output_at_all(tmp_path, registered):
    registered("failing", Failing)
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(RuntimeError, match="fell over"):
        build([str(article)], out=tmp_path / "out", html=False, progress=False)
    assert not (tmp_path / "out").exists(), "the folder the build made is gone, staging folder and all"
    kept = tmp_path / "kept"
    kept.mkdir()
    (kept / "graph.ttl").write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        build([str(article)], out=kept, html=False, progress=False)
    assert [p.name for p in kept.iterdir()] == ["graph.ttl"] and (kept / "graph.ttl").read_text() == "old"


# --- a package that adds a reader and a writer by entry point ----------------------------------------------

PLUGIN = '''
from graph_builder.ingest import file_text, text_document
from graph_builder.outputs import OutputWriter


def read_memo(path, *, on_error):
    """A memo: "TITLE: ..." on the first line, then the text."""
    head, _, body = file_text(path).partition("\\n")
    yield text_document(body, source=str(path), title=head.removeprefix("TITLE: "))


class Titles(OutputWriter):
    files = {"titles": "titles.txt"}

    def __init__(self, folder):
        super().__init__(folder)
        self.out = folder.open("titles.txt")

    def document(self, result):
        self.out.write(f"{result.document.title}\\t{len(result.relations)}\\n")
'''


@pytest.fixture(scope="module")
def plugin_path(tmp_path_factory) -> Path:
    """A distribution installed in a folder (module, METADATA, entry_points.txt) as pip would install it."""
    site = tmp_path_factory.mktemp("site")
    (site / "memo_plugin.py").write_text(PLUGIN, encoding="utf-8")
    info = site / "memo_plugin-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: memo-plugin\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[graph_builder_readers]\n.memo = memo_plugin:read_memo\n\n"
                                           "[graph_builder_writers]\ntitles = memo_plugin:Titles\n", encoding="utf-8")
    return site


def run_cli(*args: str, pythonpath: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(pythonpath), str(ROOT)]))
    return subprocess.run([sys.executable, "-m", "graph_builder", *args], capture_output=True, text=True,
                          env=env, timeout=600)


def test_a_package_adds_a_reader_and_a_writer_the_command_line_uses(tmp_path, plugin_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "one.memo").write_text("TITLE: Aid memo\n" + ARTICLE, encoding="utf-8")
    (folder / "notes.xyz").write_text("not an article", encoding="utf-8")
    done = run_cli("build", str(folder), "--out", str(tmp_path / "out"), "--no-html", pythonpath=plugin_path)
    assert done.returncode == 0, done.stderr
    assert "documents: 1" in done.stdout and f"wrote: {tmp_path / 'out' / 'titles.txt'}" in done.stdout
    title, relations = (tmp_path / "out" / "titles.txt").read_text(encoding="utf-8").strip().split("\t")
    assert title == "Aid memo" and int(relations) > 0
    unknown = run_cli("build", str(folder / "notes.xyz"), "--out", str(tmp_path / "out2"), pythonpath=plugin_path)
    assert unknown.returncode != 0 and "notes.xyz" in unknown.stderr and ".memo" in unknown.stderr


def test_a_package_whose_reader_cannot_be_loaded_is_named(tmp_path):
    site = tmp_path / "site"
    info = site / "broken_plugin-0.1.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: broken-plugin\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[graph_builder_readers]\n.odt = no_such_module:read\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    done = run_cli("build", str(article), "--out", str(tmp_path / "out"), pythonpath=site)
    assert done.returncode == 1
    assert "graph_builder_readers" in done.stderr and "no_such_module" in done.stderr
    assert not (tmp_path / "out").exists()
