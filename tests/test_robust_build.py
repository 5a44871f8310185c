"""Builds survive any document: long articles, documents whose analysis fails, unwritable outputs, bad options."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph_builder.build import build
from graph_builder.errors import AnalysisError
from graph_builder.nlp import DEFAULT_MODEL, load_pipeline, parse, pieces
from graph_builder.records import Document
from graph_builder.vocab import load_lexicon
from tests.conftest import MARKER, ROOT

PARAGRAPHS = [
    "Keir Starmer visited Berlin on Monday.",
    "Japan lodged a protest with China over the islands.",
    "The talks covered trade, energy and the climate, officials said.",
    "Egypt condemned Israel after the strike.",
]
ARTICLE = ROOT / "examples" / "articles" / "01_baltic_summit.txt"
LAST = "In the end, Starmer threatened Russia."


def long_article(paragraphs: int, *, last: str = LAST) -> str:
    """Many different paragraphs (one a line, as ingest leaves them), the last one saying ``last``."""
    return "\n".join(f"{PARAGRAPHS[i % len(PARAGRAPHS)]} Report {i} ends here." for i in range(paragraphs)) \
        + "\n" + last


def cli(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run(["graph-builder", *args], capture_output=True, text=True, timeout=600, cwd=cwd)


def cli_with_failing_plugin(*args: str) -> subprocess.CompletedProcess:
    """The real command line with a user's extractor that fails on documents saying EXPLODE."""
    script = ("import sys\nfrom graph_builder.cli import main\nfrom graph_builder.extract import extractors\n"
              "from tests.conftest import exploding\nextractors.register('exploding')(exploding)\n"
              "sys.exit(main(sys.argv[1:]))\n")
    return subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, timeout=600,
                          cwd=ROOT)


def one_line_error(done: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in done.stderr, done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("graph-builder: error: ")]
    assert len(errors) == 1, done.stderr
    return errors[0]


# Pieces of a long text ---------------------------------------------------------------------------------------

@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("ab .!?\n\t\"'"), max_size=400), limit=st.integers(1, 60))
def test_pieces_join_back_into_the_text_and_none_is_over_the_limit(text, limit):
    found = pieces(text, limit)
    assert "".join(found) == text
    assert all(0 < len(piece) <= limit for piece in found) or found == [""]


def test_pieces_are_paragraphs_then_sentences_then_words_then_characters():
    assert pieces("one two\nthree four\nfive", 12) == ["one two\n", "three four\n", "five"]
    assert pieces("One is here. Two is here. Three", 26) == ["One is here. Two is here. ", "Three"]
    assert pieces("no sentence end at all here", 12) == ["no sentence ", "end at all ", "here"]
    assert pieces("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]


def test_a_short_article_is_one_piece():
    text = long_article(3)
    assert pieces(text) == [text]


# Long articles -------------------------------------------------------------------------------------------------

def test_an_article_over_the_model_limit_is_parsed_whole_in_pieces(small_pipeline_limit):
    """Regression: an article over nlp.max_length ended the build with spaCy's E088."""
    nlp = load_pipeline(DEFAULT_MODEL, load_lexicon())
    text = long_article(120)
    assert len(text) > 2 * small_pipeline_limit
    ((_, doc),) = parse(nlp, [Document(id="long", text=text, source="<test>")])
    assert doc.text == text
    assert [t.idx for t in doc] == sorted(t.idx for t in doc)
    sentences = list(doc.sents)
    assert sentences[-1].text == LAST, "a sentence never spans two pieces and the last one is kept"
    assert len([s for s in sentences if s.text.strip() == PARAGRAPHS[1]]) == 30
    assert len([s for s in sentences if s.text.startswith("Report ")]) == 120
    assert [e.text for e in doc.ents if e.label_ == "GPE"][-1] == "Russia"


def test_relations_from_the_end_of_a_long_article_with_offsets_and_names_from_its_start(small_pipeline_limit,
                                                                                        tmp_path):
    text = long_article(150)
    path = tmp_path / "wire.jsonl"
    path.write_text(json.dumps({"id": "long", "text": text}) + "\n"
                    + json.dumps({"id": "short", "text": "Japan lodged a protest with China."}) + "\n",
                    encoding="utf-8")
    report = build([str(path)], out=tmp_path / "out", html=False)
    assert not report.errors and report.documents == 2
    relations = [r for result in report.results for r in result.relations if r.evidence.doc_id == "long"]
    last = [r for r in relations if r.evidence.start >= len(text) - len(LAST)]
    assert [(r.subject.label, r.relation, r.object.label) for r in last] == [("Keir Starmer", "threatens", "Russia")]
    for relation in relations:
        assert text[relation.evidence.start:relation.evidence.end] == relation.evidence.sentence


def test_a_long_article_builds_into_a_store(small_pipeline_limit, tmp_path):
    """Regression: E088 also ended builds with --store."""
    documents = tmp_path / "in"
    documents.mkdir()
    (documents / "long.txt").write_text(long_article(100), encoding="utf-8")
    (documents / "short.txt").write_text("Japan lodged a protest with China.", encoding="utf-8")
    report = build([str(documents)], store=tmp_path / "kg")
    assert not report.errors and report.documents == 2
    assert report.relation_counts()["threatens"] == 1


# A document whose analysis fails -------------------------------------------------------------------------------

def documents_with_one_failing(tmp_path: Path) -> Path:
    path = tmp_path / "wire.jsonl"
    lines = [{"id": "before", "text": "Russia attacked Kyiv on Friday."},
             {"id": "bad", "text": f"Japan lodged a protest with China. {MARKER}"},
             {"id": "after", "text": "Egypt condemned Israel."}]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


@pytest.mark.parametrize("workers", [1, 2])
def test_an_extractor_failure_loses_one_document_not_the_build(exploding_extractor, tmp_path, workers):
    """Regression: any extractor exception ended the whole build."""
    seen = []
    report = build([str(documents_with_one_failing(tmp_path))], out=tmp_path / "out", workers=workers,
                   on_error=seen.append, html=False)
    assert [r.document.id for r in report.results] == ["before", "after"]
    assert len(report.errors) == 1 and seen == report.errors
    message = str(report.errors[0])
    assert "document bad" in message and "wire.jsonl:2" in message and "RuntimeError: the plugin broke" in message
    assert "while extracting relations" in message and "conftest.py" in message
    assert "errors: 1" in report.summary()


@pytest.mark.parametrize("workers", [1, 2])
def test_strict_stops_at_the_first_failure_and_leaves_no_output_folder(exploding_extractor, tmp_path, workers):
    out = tmp_path / "new" / "out"
    with pytest.raises(AnalysisError, match="document bad .*--strict"):
        build([str(documents_with_one_failing(tmp_path))], out=out, workers=workers, strict=True)
    assert not (tmp_path / "new").exists()


def test_a_failure_in_a_store_build_keeps_the_other_documents(exploding_extractor, tmp_path):
    from graph_builder.store import KnowledgeStore

    report = build([str(documents_with_one_failing(tmp_path))], store=tmp_path / "kg")
    assert len(report.errors) == 1
    assert sorted(KnowledgeStore(tmp_path / "kg", read_only=True).documents()) == ["after", "before"]
    with pytest.raises(AnalysisError, match="--strict"):
        build([str(documents_with_one_failing(tmp_path))], store=tmp_path / "kg2", strict=True)
    assert KnowledgeStore(tmp_path / "kg2", read_only=True).documents() == ["before"], "what came before stays"


@pytest.fixture
def exploding_component():
    """A pipeline component with a bug, added to the default pipeline for one test."""
    from spacy.language import Language

    @Language.component("test_exploding_component")
    def component(doc):
        if MARKER in doc.text:
            raise ValueError("the component broke")
        return doc

    nlp = load_pipeline(DEFAULT_MODEL, load_lexicon())
    nlp.add_pipe("test_exploding_component", last=True)
    yield
    nlp.remove_pipe("test_exploding_component")


def test_a_parse_failure_loses_only_its_document_from_the_batch(exploding_component, tmp_path):
    report = build([str(documents_with_one_failing(tmp_path))], out=tmp_path / "out", html=False)
    assert [r.document.id for r in report.results] == ["before", "after"]
    (error,) = report.errors
    assert "document bad" in str(error) and "ValueError: the component broke" in str(error)
    assert "while parsing" in str(error)


def test_the_command_line_reports_a_failing_document_and_goes_on(tmp_path):
    done = cli_with_failing_plugin("build", str(documents_with_one_failing(tmp_path)), "--out",
                                   str(tmp_path / "out"), "--quiet", "--no-html")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    warning = next(line for line in done.stderr.splitlines() if "document bad" in line)
    assert warning.startswith("graph-builder: warning: document bad (")
    assert "errors: 1" in done.stdout and "documents: 2" in done.stdout


@pytest.mark.parametrize("command", ["build", "extract"])
def test_strict_on_the_command_line_exits_1_with_one_line(tmp_path, command):
    out = ["--out", str(tmp_path / "out")] if command == "build" else []
    done = cli_with_failing_plugin(command, str(documents_with_one_failing(tmp_path)), "--strict", *out)
    assert done.returncode == 1
    assert "document bad" in one_line_error(done) and "--strict" in one_line_error(done)
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("command", ["build", "extract"])
def test_when_every_document_fails_nothing_is_written_and_the_exit_status_says_so(tmp_path, command):
    wire = tmp_path / "all-bad.jsonl"
    wire.write_text("".join(json.dumps({"id": f"bad{i}", "text": f"Egypt condemned Israel on day {i}. {MARKER}"})
                            + "\n" for i in range(2)), encoding="utf-8")
    out = ["--out", str(tmp_path / "out")] if command == "build" else []
    done = cli_with_failing_plugin(command, str(wire), *out)
    assert done.returncode == 1 and done.stdout == ""
    assert "not one document could be analysed" in one_line_error(done)
    assert done.stderr.count("graph-builder: warning: document bad") == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all-bad.jsonl"]


def test_more_workers_than_documents_start_no_more_processes_than_documents(tmp_path):
    done = cli("build", str(ARTICLE), "--workers", "500", "--out", str(tmp_path / "out"), "--quiet", "--no-html")
    assert done.returncode == 0 and "documents: 1" in done.stdout, done.stderr


# Outputs that cannot be written ---------------------------------------------------------------------------------

def test_an_out_folder_under_a_file_is_a_one_line_error(tmp_path):
    """Regression: a --out that cannot be created gave a raw traceback."""
    blocker = tmp_path / "somefile.txt"
    blocker.write_text("not a folder", encoding="utf-8")
    done = cli("build", str(ARTICLE), "--out", str(blocker / "out"))
    assert done.returncode == 1
    assert "cannot write the outputs in" in one_line_error(done) and "--out" in one_line_error(done)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["somefile.txt"]


def test_an_out_folder_without_permission_is_a_one_line_error(tmp_path):
    """PermissionError (root writes anywhere, but not into /sys) takes the same path."""
    if not Path("/sys").is_dir():
        pytest.skip("no /sys on this system")
    done = cli("build", str(ARTICLE), "--out", "/sys/graph-builder-test")
    assert done.returncode == 1
    assert "cannot write the outputs in /sys/graph-builder-test" in one_line_error(done)


def test_an_output_that_cannot_be_replaced_leaves_no_temporary_files(tmp_path):
    out = tmp_path / "out"
    (out / "graph.ttl").mkdir(parents=True)
    done = cli("build", str(ARTICLE), "--out", str(out), "--no-html")
    assert done.returncode == 1
    assert "cannot write the outputs in" in one_line_error(done)
    assert sorted(p.name for p in out.iterdir()) == ["graph.ttl"], "no temporary file stays"


def test_a_failed_build_removes_the_folders_it_made_and_keeps_one_that_was_there(exploding_extractor, tmp_path):
    existing = tmp_path / "existing"
    existing.mkdir()
    for out in (tmp_path / "a" / "b" / "out", existing):
        with pytest.raises(AnalysisError):
            build([str(documents_with_one_failing(tmp_path))], out=out, strict=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["existing", "wire.jsonl"]
    assert list(existing.iterdir()) == []


# Options ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("args", [
    ["build", "--workers", "0"], ["build", "--workers", "-3"], ["build", "--workers", "two"],
    ["extract", "-", "--workers", "0"],
    ["visualize", "g.ttl", "--hops", "-1"], ["visualize", "g.ttl", "--max-nodes", "0"],
    ["serve", "--store", "kg", "--port", "-1"], ["serve", "--store", "kg", "--port", "65536"],
    ["serve", "--store", "kg", "--timeout", "0"], ["serve", "--store", "kg", "--timeout", "nan"],
    ["serve", "--store", "kg", "--timeout", "inf"], ["serve", "--store", "kg", "--max-rows", "0"],
])
def test_every_numeric_option_is_checked(args, tmp_path):
    """Regression: --workers 0, --workers -3, --max-nodes 0 and --hops -1 were accepted."""
    done = cli(*args, cwd=tmp_path)
    assert done.returncode == 2
    assert f"argument {args[-2]}: expected " in done.stderr and "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []


# The same article under two ids ------------------------------------------------------------------------------

REPEATED = [
    {"id": "wire-1", "text": "Chile accused Peru of spying on Monday."},
    {"id": "wire-2", "text": "Bolivia met Ecuador in La Paz."},
    {"id": "wire-1-copy", "text": "Chile  accused Peru\nof spying on Monday."},  # the same text, spaced otherwise
]


def test_an_article_repeated_under_another_id_counts_once(tmp_path):
    articles = tmp_path / "repeated.jsonl"
    articles.write_text("".join(json.dumps(d) + "\n" for d in REPEATED), encoding="utf-8")
    done = cli("build", str(articles), "--out", str(tmp_path / "once"), "--no-html", "--quiet")
    assert done.returncode == 0, done.stderr
    assert "duplicates skipped: 1" in done.stdout and "wire-1-copy = wire-1" in done.stdout
    records = [json.loads(line) for line in (tmp_path / "once" / "relations.jsonl").open(encoding="utf-8")]
    assert sorted(r["doc"] for r in records if r["relation"] == "accuses") == ["wire-1"]
    kept = cli("build", str(articles), "--out", str(tmp_path / "twice"), "--no-html", "--quiet", "--keep-duplicates")
    records = [json.loads(line) for line in (tmp_path / "twice" / "relations.jsonl").open(encoding="utf-8")]
    assert sorted(r["doc"] for r in records if r["relation"] == "accuses") == ["wire-1", "wire-1-copy"]
    assert "duplicates" not in kept.stdout


def test_extract_skips_a_repeated_article_and_says_so(tmp_path):
    articles = tmp_path / "repeated.jsonl"
    articles.write_text("".join(json.dumps(d) + "\n" for d in REPEATED), encoding="utf-8")
    done = cli("extract", str(articles))
    assert done.returncode == 0, done.stderr
    assert {json.loads(line)["doc"] for line in done.stdout.splitlines()} == {"wire-1", "wire-2"}
    assert "'wire-1-copy' has the text of 'wire-1'" in done.stderr and ":3:" in done.stderr


def test_a_build_in_this_process_gives_back_to_the_collector_what_it_froze(lexicon):
    # the model and the lexicon are kept from the garbage collector while documents are analysed
    # (parallel.frozen); a long-lived process (a server, a notebook) that builds again and again must get them
    # back, or the cycles it drops are never freed
    import gc

    from graph_builder.build import process
    from graph_builder.ingest import text_document

    before = gc.get_freeze_count()
    results = process([text_document("Mayor Olwen Prys met Governor Tamsin Rook in Carrowmore on Tuesday.",
                                     source="memo.txt")], workers=1, lexicon=lexicon)
    assert [(r.subject.label, r.relation, r.object.label) for result in results for r in result.relations] \
        == [("Olwen Prys", "meets", "Tamsin Rook")]
    assert gc.get_freeze_count() == before
