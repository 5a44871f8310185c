"""Every input is checked before the analysis starts: an empty or binary file, a PNG renamed .txt, a folder of only
such files or a bad JSON Lines line is reported (file, and line) before the spaCy model loads, not after it, once
each, and the good documents are still built (a new user waited for the model to hear that a file was empty)."""

from __future__ import annotations

import json
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

LONG = "The Tarn Council met the Vell Board in Oskar on Monday. " * 800
"""An article long enough (over 40,000 characters) to fill the first batch, so the old reading order loaded the
model before it read the inputs that come after it."""


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\x00\x00\x00")) + chunk(b"IEND", b""))


BAD_FILES = [
    ("empty.txt", b"", "the file is empty"),
    ("blank.md", b" \n\n \n", "the file is empty"),
    ("zeros.txt", b"\x00" * 2048, "looks like a binary file"),
    ("photo.txt", _png(), "looks like a binary file"),
    ("latin.txt", "Ana Ruiz met Tom Hale in Mérida.".encode("latin-1"), "not valid UTF-8"),
    ("zeros.jsonl", b"\x00" * 64, "looks like a binary file"),
    ("empty.jsonl", b"\n\n", "the file is empty"),
]
MISSING_MODEL = "/nonexistent/graph-builder-model"


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["graph-builder", *args], capture_output=True, text=True, timeout=600)


def _long_article(folder: Path) -> Path:
    article = folder / "long.txt"
    article.write_text(LONG, encoding="utf-8")
    return article


@pytest.mark.parametrize(("name", "data", "message"), BAD_FILES, ids=[case[0] for case in BAD_FILES])
def test_a_bad_file_is_reported_before_the_model_loads(tmp_path, name, data, message):
    """With a model that cannot load, the bad file after a long good article is still named first."""
    bad = tmp_path / name
    bad.write_bytes(data)
    done = cli("extract", str(_long_article(tmp_path)), str(bad), "--model", MISSING_MODEL)
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert lines[0].startswith(f"graph-builder: warning: {bad}: ") and message in lines[0]
    assert "cannot load spaCy pipeline" in lines[-1] and len(lines) == 2


def test_a_bad_json_lines_line_is_reported_with_its_number_before_the_model_loads(tmp_path):
    wire = tmp_path / "wire.jsonl"
    wire.write_text("\n".join([json.dumps({"id": "a", "text": LONG}), '{"id": "b", "text": "Peru',
                               json.dumps({"id": ["c"], "text": "Peru recalled its envoy."}),
                               json.dumps({"id": "d", "title": "no text"})]) + "\n", encoding="utf-8")
    done = cli("extract", str(wire), "--model", MISSING_MODEL)
    assert done.returncode == 1
    warned, failed = done.stderr.splitlines()[:-1], done.stderr.splitlines()[-1]
    assert [line.split(": ")[2] for line in warned] == [f"{wire}:2", f"{wire}:3", f"{wire}:4"]
    assert "not valid JSON" in warned[0] and '"id" must be' in warned[1] and '"text"' in warned[2]
    assert "cannot load spaCy pipeline" in failed


def test_a_folder_of_only_bad_files_is_refused_before_the_model_loads(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name, data, _ in BAD_FILES:
        (folder / name).write_bytes(data)
    done = cli("build", str(_long_article(tmp_path)), str(folder), "--out", str(tmp_path / "out"), "--model",
               MISSING_MODEL)
    named = [line for line in done.stderr.splitlines() if str(folder) in line]
    assert sorted(Path(line.split(": ")[2]).name for line in named) == sorted(name for name, _, _ in BAD_FILES)
    assert done.returncode == 1 and "cannot load spaCy pipeline" in done.stderr.splitlines()[-1]
    alone = cli("build", str(folder), "--out", str(tmp_path / "out"), "--model", MISSING_MODEL)
    assert alone.returncode == 1 and alone.stderr.splitlines()[-1].endswith("no document could be read from the "
                                                                           "inputs; see the messages above")
    assert not (tmp_path / "out").exists()


def test_good_documents_are_built_and_each_bad_input_is_named_once_before_the_analysis(tmp_path):
    """The warnings come before the progress bar starts; the summary counts each bad input once."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.txt").write_bytes(_png())
    wire = tmp_path / "wire.jsonl"
    wire.write_text(json.dumps({"id": "w1", "text": "Kenya signed a trade deal with Ghana on Monday."}) + "\n{oops\n",
                    encoding="utf-8")
    done = cli("build", str(_long_article(tmp_path)), str(folder), str(wire), "--out", str(tmp_path / "out"),
               "--no-html")
    assert done.returncode == 0, done.stderr
    assert "documents: 2 " in done.stdout and "errors: 3" in done.stdout
    for what in (folder / "empty.txt", folder / "photo.txt", f"{wire}:2"):
        assert done.stderr.count(f"{what}: ") == 1, what
    assert done.stderr.index(f"{wire}:2") < done.stderr.index("building")
    assert (tmp_path / "out" / "relations.jsonl").is_file()
