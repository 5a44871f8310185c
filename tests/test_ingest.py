"""Ingest: cleaning, formats, metadata, and bad input that is reported without losing the rest."""

from __future__ import annotations

import json

import pytest

from graph_builder.errors import InputError
from graph_builder.ingest import clean_text, count_documents, read_documents, stable_id, text_document


def read_all(*paths):
    errors: list[InputError] = []
    docs = list(read_documents([str(p) for p in paths], on_error=errors.append))
    return docs, errors


def test_mojibake_and_stray_combining_marks_are_repaired():
    cleaned = clean_text("Zelenskyâ€™s talks in Qatar, \u05b1, Turkiye")
    assert "Zelensky's" in cleaned
    assert "\u05b1" not in cleaned
    assert "Qatar, Turkiye" in cleaned


def test_seed_file_is_cleaned_titled_and_dated(seed_path):
    docs, errors = read_all(seed_path)
    assert not errors
    (doc,) = docs
    assert doc.title.startswith("Zelensky seeks talks with Trump")
    assert doc.date == "2025-08-30"
    assert "Short Url" not in doc.text
    assert "\u05b1" not in doc.text
    assert doc.text.count("Zelensky seeks talks with Trump and European leaders") == 1
    assert not doc.text.startswith("KYIV:") and "KYIV: " not in doc.text
    assert doc.id == stable_id(doc.text)


def test_headline_only_when_it_reads_as_one():
    doc = text_document("This is a body sentence that ends with a full stop.\nAnother one.", source="x")
    assert doc.title is None


def test_html_gives_text_and_metadata(tmp_path):
    page = tmp_path / "a.html"
    body = "Andriy Yermak met Steve Witkoff in New York on Friday to discuss the war in Ukraine. " * 3
    page.write_text(f"""<html><head><title>Yermak meets Witkoff</title><meta name="date" content="2025-08-29">
    <link rel="canonical" href="https://news.example.org/yermak"></head><body><nav>Home | Subscribe</nav>
    <article><h1>Yermak meets Witkoff</h1><p>{body}</p></article></body></html>""", encoding="utf-8")
    (doc,), errors = read_all(page)
    assert not errors
    assert doc.title == "Yermak meets Witkoff"
    assert doc.date == "2025-08-29"
    assert doc.url == "https://news.example.org/yermak"
    assert "Subscribe" not in doc.text and "Andriy Yermak met Steve Witkoff" in doc.text


def test_markdown_marks_are_removed(tmp_path):
    page = tmp_path / "a.md"
    page.write_text("# Japan sends aid to Nigeria\n\n*Published 2025-09-18*\n\n"
                    "**Japan** sent [aid](http://x) to Nigeria.\n", encoding="utf-8")
    (doc,), errors = read_all(page)
    assert doc.title == "Japan sends aid to Nigeria"
    assert doc.date == "2025-09-18"
    assert "Japan sent aid to Nigeria." in doc.text


def test_jsonl_bad_line_is_reported_with_its_number_and_others_kept(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "a", "text": "Russia attacked Kyiv.", "date": "2025-01-02"}),
        "{not json",
        json.dumps({"id": "c"}),
        json.dumps({"id": "d", "text": "Japan protested."}),
    ]), encoding="utf-8")
    docs, errors = read_all(path)
    assert [d.id for d in docs] == ["a", "d"]
    assert docs[0].date == "2025-01-02"
    messages = [str(e) for e in errors]
    assert any(f"{path}:2" in m and "not valid JSON" in m for m in messages)
    assert any(f"{path}:3" in m and '"text"' in m for m in messages)


def test_jsonl_is_read_line_by_line_so_one_bad_encoding_loses_one_line(tmp_path):
    path = tmp_path / "archive.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "a", "text": "Egypt condemned Israel."}).encode() + b"\n"
                     + '{"id": "b", "text": "Caf\u00e9 \u00e0 Kyiv"}'.encode("latin-1") + b"\n\n"
                     + json.dumps({"id": "c", "text": "Japan protested."}).encode() + b"\n")
    docs, errors = read_all(path)
    assert [d.id for d in docs] == ["a", "c"]
    assert len(errors) == 1 and f"{path}:2" in str(errors[0]) and "not valid UTF-8" in str(errors[0])
    assert count_documents([str(path), str(tmp_path)]) == 6


@pytest.mark.parametrize("content, expected", [
    (b"", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("Café à Kyiv".encode("latin-1"), "not valid UTF-8"),
])
def test_unreadable_files_are_named_and_skipped(tmp_path, content, expected):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("Russia attacked Ukraine on Friday.", encoding="utf-8")
    docs, errors = read_all(bad, good)
    assert len(docs) == 1 and docs[0].source == str(good)
    assert len(errors) == 1 and str(bad) in str(errors[0]) and expected in str(errors[0])


def test_missing_path_and_empty_folder_are_reported(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.csv").write_text("a,b", encoding="utf-8")
    docs, errors = read_all(tmp_path / "nope.txt", empty)
    assert docs == []
    assert "no such file" in str(errors[0])
    assert "holds no articles" in str(errors[1])


def test_folders_are_read_recursively(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text("Russia attacked Ukraine.", encoding="utf-8")
    (tmp_path / "a" / "b" / "two.txt").write_text("Japan protested to China.", encoding="utf-8")
    docs, errors = read_all(tmp_path)
    assert not errors and len(docs) == 2
