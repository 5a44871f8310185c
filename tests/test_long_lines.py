"""An article on one very long line (a pasted archive, a file without line breaks) is said to be so on stderr at
once, with its length, before the model loads: a new user's 10 MB line ran 22 minutes without a word. It is still
parsed in pieces and built whole; a long article in paragraphs gets no warning."""

from __future__ import annotations

import json
import subprocess

import pytest

SENTENCE = "The Tarn Council met the Vell Board in Oskar on Monday. "
MISSING_MODEL = "/nonexistent/graph-builder-model"

LINE = SENTENCE * 2000
PARAGRAPHS = "\n".join([SENTENCE * 20] * 100)
"""As long as LINE, in lines of 1,120 characters: no warning."""
CASES = [
    # (file name, the file's content made of an article's text, the place the warning names)
    ("pasted.txt", lambda text: text, "pasted.txt"),
    ("wire.jsonl", lambda text: json.dumps({"id": "w1", "text": text}) + "\n", "wire.jsonl:1"),
    ("notes.md", lambda text: "# Notes\n\n" + text + "\n", "notes.md"),
]


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["graph-builder", *args], capture_output=True, text=True, timeout=600)


@pytest.mark.parametrize(("name", "content", "where"), CASES, ids=[case[0] for case in CASES])
def test_one_very_long_line_is_announced_before_the_model_loads(tmp_path, name, content, where):
    """With a model that cannot load, the warning is there all the same; paragraphs as long get none."""
    article = tmp_path / name
    article.write_text(content(LINE), encoding="utf-8")
    done = cli("extract", str(article), "--model", MISSING_MODEL)
    first = done.stderr.splitlines()[0]
    assert first.startswith(f"graph-builder: warning: {tmp_path / where}: one line of {len(LINE):,} characters; "
                            "parsing it in pieces")
    assert "cannot load spaCy pipeline" in done.stderr.splitlines()[-1]
    article.write_text(content(PARAGRAPHS), encoding="utf-8")
    done = cli("extract", str(article), "--model", MISSING_MODEL)
    assert len(done.stderr.splitlines()) == 1 and "cannot load spaCy pipeline" in done.stderr


def test_a_long_line_is_built_whole_and_counted_as_a_warning(tmp_path):
    """The build goes on: the summary counts the warning, the records cover the whole line, and no Python warning
    of spaCy's reaches stderr."""
    article = tmp_path / "pasted.txt"
    article.write_text(SENTENCE * 1900 + "Ona Brisk criticised the Vell Board.", encoding="utf-8")
    done = cli("build", str(article), "--out", str(tmp_path / "out"), "--no-html", "--quiet")
    assert done.returncode == 0, done.stderr
    assert "documents: 1 " in done.stdout and "errors: 0  warnings: 1" in done.stdout
    assert done.stderr.count("graph-builder: warning: ") == 1 and "UserWarning" not in done.stderr
    records = [json.loads(line) for line in (tmp_path / "out" / "relations.jsonl").read_text().splitlines()]
    assert any(r["relation"] == "criticizes" and r["subject"]["label"] == "Ona Brisk" for r in records), records[-3:]
