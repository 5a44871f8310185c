"""The command line as a user runs it: exit codes, stderr messages, stdout records, atomic outputs."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT, argument_name, cli_arguments, cli_commands, cli_parser


def cli(*args: str, stdin: str | None = None, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run(["graph-builder", *args], capture_output=True, text=True, input=stdin, timeout=600,
                          cwd=cwd)


def test_help_lists_every_command_and_option():
    """Walks the real parser, so a command or option added later is checked too."""
    parser = cli_parser()
    top = cli("--help")
    assert top.returncode == 0
    commands = cli_commands(parser)
    assert len(commands) >= 9
    for name, (summary, sub) in commands.items():
        assert name in top.stdout and summary and " ".join(summary.split()[:3]) in " ".join(top.stdout.split())
        page = cli(name, "--help")
        assert page.returncode == 0, page.stderr
        for action in cli_arguments(sub):
            assert argument_name(action) in page.stdout, f"graph-builder {name} --help lacks {argument_name(action)}"


def test_build_on_the_examples_with_defaults(tmp_path):
    done = subprocess.run(["graph-builder", "build", "--out", str(tmp_path / "out")], capture_output=True,
                          text=True, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "documents: 7" in done.stdout and "relations:" in done.stdout and "seconds:" in done.stdout
    assert "Person" in done.stdout
    assert "building" in done.stderr, "a multi-document build shows a progress bar"
    for name in ("graph.ttl", "relations.jsonl", "graph.html"):
        assert (tmp_path / "out" / name).is_file()
    assert [p.name for p in (tmp_path / "out").iterdir() if p.name.endswith(".tmp")] == []


def test_bad_inputs_are_reported_and_the_rest_is_built(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "ok", "text": "Chile lodged a protest with Peru."}\n{broken\n', encoding="utf-8")
    done = cli("build", str(bad), str(tmp_path / "missing.txt"), "--out", str(tmp_path / "out"))
    assert done.returncode == 0
    assert f"{bad}:2" in done.stderr and "missing.txt" in done.stderr
    records = [json.loads(line) for line in (tmp_path / "out" / "relations.jsonl").read_text().splitlines()]
    assert any(r["relation"] == "protests" for r in records)


def test_nothing_readable_exits_non_zero(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    done = cli("build", str(empty), "--out", str(tmp_path / "out"))
    assert done.returncode == 1
    assert "empty" in done.stderr and "no document could be read" in done.stderr
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_extract_prints_records_with_the_contract_fields(tmp_path):
    done = cli("extract", "-", stdin="Russia attacked Kyiv on Friday. Zelensky accused Russia of war crimes.")
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert records
    keys = {"doc", "sentence", "start", "end", "subject", "relation", "verb", "object", "negated", "modality",
            "time", "place", "attributed_to", "confidence"}
    for record in records:
        assert keys <= set(record)
        assert set(record["subject"]) == {"id", "label", "type"}
    attack = next(r for r in records if r["relation"] == "attacks")
    text = "Russia attacked Kyiv on Friday. Zelensky accused Russia of war crimes."
    assert text[attack["start"]:attack["end"]] == attack["sentence"]


def test_seed_file_builds_from_the_command_line(seed_path, tmp_path):
    done = cli("build", str(seed_path), "--out", str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "documents: 1" in done.stdout


def test_visualize_writes_a_page(seed_build, tmp_path):
    _, out = seed_build
    target = tmp_path / "net.html"
    done = cli("visualize", str(out / "graph.ttl"), "--out", str(target))
    assert done.returncode == 0, done.stderr
    html = target.read_text(encoding="utf-8")
    assert "Andriy Yermak" in html and "<script src=" not in html and "https://cdn" not in html
    assert "<h1>Actor network of 1 article" in html, "the default title names the articles behind the page"
    titled = tmp_path / "titled.html"
    done = cli("visualize", str(out / "graph.ttl"), "--out", str(titled), "--title", "Kyiv <desk> & co", "--no-exports")
    assert done.returncode == 0, done.stderr
    assert "<h1>Kyiv &lt;desk&gt; &amp; co</h1>" in titled.read_text(encoding="utf-8")


def test_extractors_command_lists_them():
    assert "verbal" in cli("extractors").stdout


def test_worker_processes_give_the_same_graph(seed_path, tmp_path):
    from rdflib.compare import isomorphic

    from graph_builder.rdf import load_graph

    for workers in ("1", "2"):
        done = cli("build", str(ROOT / "examples" / "articles"), str(seed_path), "--workers", workers, "--no-html",
                   "--quiet", "--out", str(tmp_path / workers))
        assert done.returncode == 0, done.stderr
    assert isomorphic(load_graph(tmp_path / "1" / "graph.ttl"), load_graph(tmp_path / "2" / "graph.ttl"))


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_or_kill_leaves_no_output_folder_it_made(tmp_path, stop):
    out = tmp_path / "new" / "out"
    build = subprocess.Popen(["graph-builder", "build", str(ROOT / "examples" / "articles"), "--out", str(out),
                              "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not out.exists() and build.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    while build.poll() is None and time.monotonic() < deadline:
        build.send_signal(stop)  # again after a second: Python drops one that lands during an import
        time.sleep(1)
    _, stderr = build.communicate(timeout=120)
    assert build.returncode == 130, stderr
    assert stderr.strip().splitlines()[-1].startswith("graph-builder: interrupted")
    assert list(tmp_path.iterdir()) == []


STOP_IN_A_DEL = """
import os, signal
from graph_builder import interrupt

class Finalised:
    def __del__(self):
        os.kill(os.getpid(), signal.SIGINT)  # its KeyboardInterrupt is swallowed: Python only reports it

interrupt.install()
Finalised()
try:
    interrupt.check()
except KeyboardInterrupt:
    print("stopped at the next safe point")
os.kill(os.getpid(), signal.SIGTERM)
print("a second signal did not kill the clean-up")
"""


def test_a_stop_python_swallowed_still_stops_and_a_second_signal_cannot_kill():
    done = subprocess.run([sys.executable, "-c", STOP_IN_A_DEL], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["stopped at the next safe point", "a second signal did not kill the clean-up"]


STOP_IN_AN_IMPORT = """
import os, signal, sys
from graph_builder import cli

class Stops:
    def __set_name__(self, owner, name):
        os.kill(os.getpid(), signal.SIGINT)  # as a Ctrl-C landing while networkx defines its classes

def command(args):
    class Defined:
        attribute = Stops()
    return 0

cli.COMMANDS["extractors"] = command
sys.exit(cli.main(["extractors"]))
"""


def test_a_stop_python_wraps_in_a_runtime_error_still_reads_as_interrupted():
    """Python 3.11 turns an exception raised in __set_name__ into a RuntimeError; a Ctrl-C during an import
    came out as 'unexpected RuntimeError', exit 1."""
    done = subprocess.run([sys.executable, "-c", STOP_IN_AN_IMPORT], capture_output=True, text=True, timeout=60)
    assert done.returncode == 130, done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith("graph-builder: interrupted")


TINY_GRAPH = """@prefix kg: <https://w3id.org/newskg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/newskg/resource/entity/Japan> a kg:Country ; rdfs:label "Japan" .
<https://w3id.org/newskg/resource/entity/China> a kg:Country ; rdfs:label "China" .
<https://w3id.org/newskg/resource/entity/Japan> kg:protests <https://w3id.org/newskg/resource/entity/China> .
"""


@pytest.mark.parametrize(("args", "message"), [
    (["query", "SELECT * WHERE { ?s ?p ?o }"], "give GRAPH and QUERY"),
    (["query", "g.ttl", "SELECT * WHERE { ?s ?p ?o }", "--store", "kg"], "give GRAPH and QUERY"),
    (["query", "g.ttl", "SELECT * WHERE { ?s ?p ?o }", "--visualize", "page.html"], "CONSTRUCT or DESCRIBE"),
    (["visualize", "g.xml"], "unknown graph format '.xml'"),
    (["visualize", "g.ttl", "--hops", "3"], "give --focus too"),
    (["query", "g.xml", "ASK { ?s ?p ?o }"], "unknown graph format '.xml'"),
    (["validate"], "give a GRAPH file or --store DIR"),
    (["validate", "g.ttl", "--store", "kg"], "not both"),
    (["build", "g.ttl", "--store", "kg", "--store-url", "http://127.0.0.1:9/store"], "not both"),
    (["build", "--workers", "0"], "argument --workers"),
    (["query", "g.ttl", "SELECT * WHERE { ?s ?p ?o }", "--format", "yaml"], "argument --format"),
    (["export", "--format", "yaml", "--store", "kg"], "argument --format"),
    (["remove", "doc-1"], "--store"),
    (["serve", "--store", "g.ttl", "--host", "999.1.1.1", "--port", "0"], "give --host an address of this machine"),
    (["frobnicate"], "invalid choice"),
    ([], "COMMAND"),
])
def test_usage_errors_exit_2_and_change_nothing(tmp_path, args, message):
    """The README promises exit status 2 for a usage error; missing or contradictory arguments checked by hand
    exited 1."""
    for name in ("g.ttl", "g.xml"):
        (tmp_path / name).write_text(TINY_GRAPH, encoding="utf-8")
    done = cli(*args, cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert message in done.stderr and "Traceback" not in done.stderr
    (line,) = done.stderr.splitlines()  # one line, as the README promises, argparse's own errors too
    assert line.startswith("graph-builder: error: ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.ttl", "g.xml"]


@pytest.mark.parametrize(("args", "message"), [
    (["visualize", "g.ttl", "--focus", "Atlantis"], "no actor named 'Atlantis'"),
    (["query", "missing.ttl", "ASK { ?s ?p ?o }"], "no such graph file"),
    (["query", "g.ttl", "SELECT WHERE {"], "the SPARQL query failed"),
    (["export", "--store", "kg"], "no store here"),
    (["serve", "--store", "missing-kg"], "no store folder or graph file here"),
])
def test_errors_that_are_not_usage_errors_exit_1(tmp_path, args, message):
    (tmp_path / "g.ttl").write_text(TINY_GRAPH, encoding="utf-8")
    done = cli(*args, cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith("graph-builder: error: ") and message in done.stderr, done.stderr
    assert done.stderr.count("\n") == 1, "one line"


def test_a_rebuild_into_the_same_folder_removes_what_it_no_longer_writes(tmp_path):
    """A build with --no-html into a folder an earlier full build wrote leaves no stale graph.html, .gexf or
    .graphml of the earlier inputs beside its graph.ttl, and touches no other file there."""
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("Kenya signed a trade deal with Ghana on Monday.\n", encoding="utf-8")
    second.write_text("Peru recalled its ambassador from Chile on Friday.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert cli("build", str(first), str(second), "--out", str(out), "--quiet").returncode == 0
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    done = cli("build", str(second), "--out", str(out), "--quiet", "--no-html")
    assert done.returncode == 0, done.stderr
    left = sorted(path.name for path in out.iterdir() if path.name != ".graph-builder-outputs")
    assert left == ["graph.ttl", "notes.txt", "quotes.jsonl", "relations.jsonl"]
    assert "removed: " in done.stdout and "graph.html" in done.stdout


def test_a_build_never_removes_a_file_no_build_wrote(tmp_path):
    """A graph.html of the user's own in a folder no build has listed stays, whatever the build writes."""
    article = tmp_path / "a.txt"
    article.write_text("Kenya signed a trade deal with Ghana on Monday.\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.html").write_text("<p>my own page</p>", encoding="utf-8")
    done = cli("build", str(article), "--out", str(out), "--quiet", "--no-html")
    assert done.returncode == 0, done.stderr
    assert (out / "graph.html").read_text(encoding="utf-8") == "<p>my own page</p>"
    assert "removed: " not in done.stdout


def test_help_texts_say_what_the_commands_do():
    """query takes one query, on a file or a store, with every predeclared prefix and graph suffix named; --no-html
    names the exports it skips; the quotes extractor names commentsOn among what it makes."""
    from graph_builder.query import PREFIXES
    from graph_builder.rdf import FORMATS

    query = " ".join(cli("query", "--help").stdout.split())
    assert "[GRAPH] QUERY" in query and "QUERY ..." not in query and "store" in query.split("options:")[0]
    assert all(f"{prefix}:" in query for prefix in PREFIXES)
    for command in ("query", "visualize", "review", "validate"):
        page = " ".join(cli(command, "--help").stdout.split())
        assert all(suffix in page for suffix in FORMATS), command
    assert cli("query", "g.ttl", "ASK {}", "ASK {}").returncode == 2
    build = " ".join(cli("build", "--help").stdout.split())
    assert "GEXF and GraphML" in build.split("--no-html")[-1]
    quotes = next(line for line in cli("extractors").stdout.splitlines() if line.startswith("quotes"))
    assert "criticizes" in quotes and "commentsOn" in quotes


def test_a_cut_line_gives_its_real_column_and_an_ignored_field_is_a_warning(tmp_path):
    """A JSON Lines line cut short is reported at the column where it stops (not column 1 of a next line); a bad
    date left out while its document is built counts as a warning in the summary, not an error."""
    cut = '{"id": "b", "text": "Peru recalled its ambassador from Chile.", '
    records = tmp_path / "wire.jsonl"
    records.write_text(json.dumps({"id": "a", "text": "Kenya signed a trade deal with Ghana.", "date": "2024-02-31"})
                       + "\n" + cut + "\n", encoding="utf-8")
    done = cli("build", str(records), "--out", str(tmp_path / "out"), "--quiet", "--no-html")
    assert done.returncode == 0, done.stderr
    assert f"wire.jsonl:2: not valid JSON: expecting property name enclosed in double quotes at column {len(cut) + 1}" \
        in done.stderr and "cut short" in done.stderr
    assert "documents: 1 " in done.stdout and "errors: 1  warnings: 1" in done.stdout
