"""Ingest: cleaning, formats, metadata, and bad input that is reported without losing the rest."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import graph_builder
from graph_builder.errors import InputError
from graph_builder.ingest import clean_text, read_documents, stable_id, survey_inputs, text_document


def read_all(*paths):
    errors: list[InputError] = []
    docs = list(read_documents([str(p) for p in paths], on_error=errors.append))
    return docs, errors


def test_mojibake_and_stray_combining_marks_are_repaired():
    cleaned = clean_text("Zelenskyâ€™s talks in Qatar, \u05b1, Turkiye")
    assert "Zelensky's" in cleaned
    assert "\u05b1" not in cleaned
    assert "Qatar, Turkiye" in cleaned


def test_an_apostrophe_lost_to_an_inverted_question_mark_is_restored():
    """A file that writes an apostrophe as "&#191;" ("Pellik&#191;s") gave the actor "Pellik¿s"; a Spanish "¿" before
    a word stays."""
    cleaned = clean_text("Minister Arvo Pellik&#191;s talks with Caldera. Ana asked: \u00bfQu\u00e9 pasa?")
    assert "Arvo Pellik's talks" in cleaned
    assert "\u00bfQu\u00e9 pasa?" in cleaned
    labels = {r.subject.label for r in graph_builder.extract("Arvo Pellik\u00bfs government attacked Caldera.")}
    assert labels and not any("\u00bf" in label for label in labels), labels


def test_invisible_marks_inside_names_are_dropped_and_the_names_found_whole():
    """A left-to-right mark copied from a web page ("Minister\u200e Omar Haddad") split names in two."""
    text = "Foreign Minister\u200e Omar Haddad met \u202aLena\u202c Kovac in \ufeffVienna on Monday."
    assert clean_text(text) == "Foreign Minister Omar Haddad met Lena Kovac in Vienna on Monday."
    assert clean_text("\u0645\u200c\u0646") == "\u0645\u200c\u0646"  # a joiner that shapes letters stays
    relations = graph_builder.extract(text)
    assert {(r.subject.label, r.relation, r.object.label) for r in relations} >= {
        ("Omar Haddad", "meets", "Lena Kovac")}


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


MARKDOWN = """Aid talks open in Niamey
========================

*Published 2025-09-18*

**Japan** sent [tents](https://example.org/tents "tents") and _water pumps_ to Nigeria,
the embassy said on Thursday.

- Nigeria thanked Japan.
- The UN called for funds.

```python
print("Japan attacked Nigeria")
```

    indented code is not the article either

| Donor | Pledge |
|-------|--------|
| Japan | tents  |

> Britain sent medical supplies, a spokesman said.

![Tents in a camp](camp.jpg)

<div class="ad">Subscribe now</div>
"""


def test_markdown_is_parsed_into_the_text_an_analyst_reads(tmp_path):
    page = tmp_path / "a.md"
    page.write_text(MARKDOWN, encoding="utf-8")
    (doc,), errors = read_all(page)
    assert not errors
    assert doc.title == "Aid talks open in Niamey", "a setext heading is the title"
    assert doc.date == "2025-09-18"
    assert doc.text.split("\n") == [
        "Aid talks open in Niamey",
        "Japan sent tents and water pumps to Nigeria, the embassy said on Thursday.",
        "Nigeria thanked Japan.",
        "The UN called for funds.",
        "Donor; Pledge",
        "Japan; tents",
        "Britain sent medical supplies, a spokesman said.",
    ], "marks, link targets, code, images and raw HTML left out; a wrapped paragraph is one line"


def test_a_markdown_article_that_is_only_code_has_no_text(tmp_path):
    page = tmp_path / "a.md"
    page.write_text("```\nJapan attacked Nigeria.\n```\n", encoding="utf-8")
    docs, errors = read_all(page)
    assert docs == [] and "no text after cleaning" in str(errors[0])


@pytest.fixture
def note_reader():
    """A reader for ".note" files, registered as a package's code would register it, removed afterwards."""
    import catalogue

    from graph_builder.registry import readers

    @readers.register(".note")
    def read_note(path, *, on_error):
        for number, part in enumerate(path.read_text(encoding="utf-8").split("\n---\n"), start=1):
            yield text_document(part, source=f"{path}#{number}")

    read_note.count = lambda path: path.read_text(encoding="utf-8").count("\n---\n") + 1
    yield read_note
    del catalogue.REGISTRY[(*readers.namespace, ".note")]


def test_a_registered_reader_reads_its_suffix_in_files_and_folders(tmp_path, note_reader):
    (tmp_path / "sub").mkdir()
    note = tmp_path / "sub" / "a.NOTE"
    note.write_text("Japan sent aid to Nigeria.\n---\nChina protested to Japan.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Russia attacked Ukraine.", encoding="utf-8")
    docs, errors = read_all(tmp_path)
    assert not errors
    assert [d.source for d in docs] == [str(tmp_path / "b.txt"), f"{note}#1", f"{note}#2"]
    assert survey_inputs([str(tmp_path)], on_error=lambda error: None).total == 3
    docs, errors = read_all(note)
    assert len(docs) == 2 and not errors


def test_an_unknown_suffix_names_the_file_and_every_known_suffix(tmp_path, note_reader):
    sheet = tmp_path / "table.xlsx"
    sheet.write_text("x", encoding="utf-8")
    docs, errors = read_all(sheet)
    assert docs == []
    message = str(errors[0])
    assert str(sheet) in message and "unsupported file type .xlsx" in message
    for suffix in (".txt", ".md", ".html", ".htm", ".jsonl", ".note"):
        assert suffix in message


def test_a_reader_that_fails_loses_its_file_not_the_others(tmp_path):
    import catalogue

    from graph_builder.registry import readers

    @readers.register(".broken")
    def read_broken(path, *, on_error):
        raise RuntimeError("the parser fell over")
        yield

    try:
        (tmp_path / "a.broken").write_text("x", encoding="utf-8")
        (tmp_path / "b.txt").write_text("Russia attacked Ukraine.", encoding="utf-8")
        docs, errors = read_all(tmp_path)
    finally:
        del catalogue.REGISTRY[(*readers.namespace, ".broken")]
    assert len(docs) == 1 and "the parser fell over" in str(errors[0]) and "a.broken" in str(errors[0])


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
    total = survey_inputs([str(path), str(tmp_path)], on_error=lambda error: None).total
    assert total == 4, "the file twice, two documents each: the line that is not UTF-8 holds none"


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


def test_jsonl_date_must_be_a_calendar_date(tmp_path):
    """Regression: "2025-13-45" passed the YYYY-MM-DD pattern and ended the build in an extractor."""
    path = tmp_path / "wire.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "Russia attacked Kyiv on Friday.", "date": "2025-13-45"}) + "\n"
                    + json.dumps({"id": "b", "text": "Japan protested.", "date": "2024-02-29T10:00:00Z"}) + "\n",
                    encoding="utf-8")
    docs, errors = read_all(path)
    assert [(d.id, d.date) for d in docs] == [("a", None), ("b", "2024-02-29")]
    (error,) = errors
    assert f"{path}:1" in str(error) and '"date"' in str(error) and "calendar date" in str(error)


@pytest.mark.parametrize("field, value, kept", [
    ("id", ["a"], False), ("id", {"a": 1}, False), ("id", True, False), ("id", 1.5, False), ("id", "", False),
    ("id", "x" * 10_000, False), ("id", "two\nlines", False),
    ("title", 7, True), ("title", "t" * 100_000, True), ("title", ["a"], True),
    ("date", 20250102, True), ("date", "yesterday", True), ("date", {"y": 2025}, True), ("date", "0000-01-01", True),
    ("url", 5, True), ("url", "http://x.org/a b", True), ("url", "javascript:alert(1)", True),
    ("url", "file:///etc/passwd", True), ("url", "https://", True), ("url", "u" * 100_000, True),
])
def test_a_bad_field_is_reported_with_file_line_and_field(tmp_path, field, value, kept):
    """An unusable id loses its line; an unusable title, date or url is left out of a document still read."""
    path = tmp_path / "wire.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "Russia attacked Kyiv.", field: value}) + "\n"
                    + json.dumps({"id": "ok", "text": "Japan protested."}) + "\n", encoding="utf-8")
    docs, errors = read_all(path)
    assert len(docs) == (2 if kept else 1) and docs[-1].id == "ok"
    (error,) = errors
    assert f"{path}:1" in str(error) and f'"{field}"' in str(error)
    if kept:
        assert getattr(docs[0], field) is None


def test_a_whole_number_id_is_read_as_text(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_text(json.dumps({"id": 17, "text": "Japan protested."}) + "\n", encoding="utf-8")
    docs, errors = read_all(path)
    assert not errors and docs[0].id == "17"


@pytest.mark.parametrize("line", ["1" * 5_000, '{"id": "a", "text": "x", "n": ' + "9" * 5_000 + "}",
                                  "[" * 100_000, '{"text": "Japan protested.", "id": NaN}'])
def test_json_that_python_cannot_hold_is_an_input_error(tmp_path, line):
    path = tmp_path / "wire.jsonl"
    path.write_text(line + "\n" + json.dumps({"id": "ok", "text": "Japan protested."}) + "\n", encoding="utf-8")
    docs, errors = read_all(path)
    assert [d.id for d in docs] == ["ok"]
    assert len(errors) == 1 and f"{path}:1" in str(errors[0])


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=8,
)
FIELDS = st.fixed_dictionaries({}, optional={name: JSON_VALUES | st.text(max_size=60)
                                             for name in ("id", "text", "title", "date", "url")})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records=st.lists(FIELDS | JSON_VALUES, min_size=1, max_size=4))
def test_any_json_on_a_line_gives_documents_or_input_errors_naming_the_line(tmp_path, records):
    path = tmp_path / "any.jsonl"
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    docs, errors = read_all(path)
    for error in errors:
        assert isinstance(error, InputError) and str(error).startswith(f"{path}:")
    for number in range(1, len(records) + 1):
        assert any(doc.source == f"{path}:{number}" for doc in docs) \
            or any(str(error).startswith(f"{path}:{number}:") for error in errors)
    for doc in docs:
        assert doc.text and isinstance(doc.id, str) and (doc.date is None or len(doc.date) == 10)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=300), suffix=st.sampled_from([".txt", ".md", ".html", ".jsonl"]))
def test_any_bytes_give_documents_or_input_errors_naming_the_file(tmp_path, data, suffix):
    path = tmp_path / f"any{suffix}"
    path.write_bytes(data)
    docs, errors = read_all(path)
    assert all(isinstance(error, InputError) and str(error).startswith(str(path)) for error in errors)
    assert all(doc.text.strip() for doc in docs)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=st.lists(st.tuples(st.binary(max_size=200), st.sampled_from([".txt", ".md", ".html", ".jsonl", ".csv"])),
                      max_size=5))
def test_reading_a_folder_of_anything_never_raises(tmp_path_factory, files):
    folder = tmp_path_factory.mktemp("any")
    for number, (data, suffix) in enumerate(files):
        (folder / f"{number}{suffix}").write_bytes(data)
    docs, errors = read_all(folder)
    assert all(isinstance(error, InputError) for error in errors)


def test_an_article_past_the_size_limit_is_an_input_error_and_the_next_line_is_read(tmp_path):
    from graph_builder.ingest import MAX_ARTICLE_CHARACTERS

    path = tmp_path / "wire.jsonl"
    path.write_text(json.dumps({"id": "huge", "text": "Japan protested. " * (MAX_ARTICLE_CHARACTERS // 17 + 1)}) + "\n"
                    + json.dumps({"id": "ok", "text": "Japan protested."}) + "\n", encoding="utf-8")
    docs, errors = read_all(path)
    assert [d.id for d in docs] == ["ok"]
    (error,) = errors
    assert str(error).startswith(f"{path}:1: the article is 25,000,") and "split it" in str(error)
