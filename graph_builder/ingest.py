"""Ingest: read articles from files, folders, JSON Lines or stdin, and clean their text."""

from __future__ import annotations

import codecs
import datetime
import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import ftfy

from graph_builder.errors import GraphBuilderError, InputError
from graph_builder.records import Document
from graph_builder.registry import readers

ErrorHandler = Callable[[InputError], None]
Reader = Callable[..., Iterable[Document]]
"""A reader: ``(path: Path, *, on_error: ErrorHandler) -> Iterable[Document]``, registered in
``graph_builder.registry.readers`` under a lower-case file suffix with its dot (``".md"``). It may have a
``count(path) -> int`` attribute, the number of documents the file holds (for the progress bar; one without
it counts as one document), and a ``check(path, *, on_error) -> int`` attribute that reads the file without
making documents, before any model loads: it raises InputError for a file that holds none, hands ``on_error``
each bad part (a JSON Lines line) and returns how many documents the file holds."""

# Lines that belong to the web page around an article, not to the article.
_FURNITURE = re.compile(
    r"^\s*(short\s*url|share( this( article)?)?|advertisement|read more|related( articles)?|"
    r"click here.*|follow us.*|sign up.*|subscribe.*|-+\s*[\w .'’-]{1,40}\s*-+|[•·▪●]\s.*)\s*$",
    re.IGNORECASE,
)
_DATE_LINE = re.compile(r"^\s*(updated|published|posted|last updated)\s*:?\s+(?P<date>.+?)\s*$", re.IGNORECASE)
_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z .'’-]{1,30}):\s+(?=[A-Z“\"])")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000]+")
_EMPTY_LIST_ITEM = re.compile(r",(\s*,)+")
SENTENCE_WORDS = 6  # a page whose every line is shorter holds no article (read_html)
OPENING_WORDS = 12  # the words of a text kept as a document's opening (Document.opening)
_LOST_APOSTROPHE = re.compile(r"(?<=[^\W\d_])\u00bf(?=[^\W\d_])")
"""An inverted question mark between two letters ("Blair¿s", often written "&#191;"): an apostrophe a wrong code page
lost on the way (Spanish writes the mark only before a word, never inside one)."""


def stable_id(text: str) -> str:
    """A document id that is the same for the same cleaned text on every run and machine."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


_MARK_CATEGORIES = frozenset({"Mn", "Me"})


def _drop_stray_marks(text: str) -> str:
    """Remove combining marks that do not sit on a letter (debris of a broken character). A text without any
    combining mark (most are: each distinct character is looked at once) is given back as it is."""
    if not any(unicodedata.category(ch) in _MARK_CATEGORIES for ch in set(text)):
        return text
    out: list[str] = []
    for ch in text:
        if unicodedata.category(ch) in _MARK_CATEGORIES and (not out or not out[-1].isalpha()):
            continue
        out.append(ch)
    return "".join(out)


class _FormatCharacters(dict):
    """``str.translate`` table that drops every format character (Unicode category Cf): direction marks and
    embeddings, zero-width space, word joiner, soft hyphen (U+00AD), byte-order mark, tag characters. They are
    invisible and split a name in two for the parser ("Prime Minister\u200e Haider al-Abadi", "Ken\u00adnedy").
    The joiners that shape letters (U+200C, U+200D) stay. Each code point is looked up once and remembered."""

    def __missing__(self, code: int) -> int | None:
        kept = code in _SHAPING_JOINERS or unicodedata.category(chr(code)) != "Cf"
        self[code] = code if kept else None
        return self[code]


_SHAPING_JOINERS = frozenset((0x200C, 0x200D))
_INVISIBLE = _FormatCharacters()


def clean_text(raw: str) -> str:
    """Repair encoding damage, drop invisible format characters (direction and zero-width marks, soft hyphens),
    turn no-break and other wide spaces into plain spaces, and normalise quotes and whitespace, keeping one
    paragraph a line. Every later offset (mentions, evidence) is an offset into this cleaned text."""
    text = ftfy.fix_text(raw, uncurl_quotes=True, normalization="NFC").translate(_INVISIBLE)
    text = _LOST_APOSTROPHE.sub("'", _drop_stray_marks(text))
    lines = []
    for line in text.splitlines():
        line = _SPACES.sub(" ", line).strip()
        line = _EMPTY_LIST_ITEM.sub(",", line)
        lines.append(line)
    return "\n".join(lines)


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 25 and not line.endswith((".", ",", ";")) and any(w[:1].isupper() for w in words)


def _parse_page_date(value: str) -> str | None:
    if re.search(r"\bago\b|\bjust now\b", value, re.IGNORECASE):
        return None
    import dateparser

    parsed = dateparser.parse(value, languages=["en"], settings={"STRICT_PARSING": False})
    return parsed.date().isoformat() if parsed else None


_MARKDOWN_BREAKS = {"softbreak": " ", "hardbreak": "\n"}


def _inline_text(token) -> str:
    """The words of an inline Markdown token: emphasis, link and code marks dropped, link targets and images
    left out, a line wrapped inside a paragraph joined to the next."""
    parts = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in _MARKDOWN_BREAKS:
            parts.append(_MARKDOWN_BREAKS[child.type])
    return "".join(parts).strip()


def markdown_blocks(raw: str) -> list[tuple[str, str]]:
    """(block type, text) for each block of a Markdown article that holds prose: a heading, a paragraph (in
    a list item or a quote too) or a table row (its cells joined by "; "). Code blocks and raw HTML are
    left out."""
    from markdown_it import MarkdownIt

    blocks: list[tuple[str, str]] = []
    row: list[str] = []
    opened = ""
    for token in MarkdownIt("commonmark").enable("table").parse(raw):
        if token.type == "inline" and opened in ("th_open", "td_open"):
            row.append(_inline_text(token))
        elif token.type == "inline":
            blocks.append((opened.removesuffix("_open"), _inline_text(token)))
        elif token.type == "tr_close":
            blocks.append(("table_row", "; ".join(row)))
            row = []
        elif token.nesting == 1:
            opened = token.type
    return [(kind, text) for kind, text in blocks if text]


def markdown_document(raw: str, *, source: str) -> Document:
    """A Markdown article as a Document: one line per heading, paragraph, list item and table row; the
    title is a leading heading (or, as for plain text, a first line that reads as a headline)."""
    _check_length(raw, source=source)
    blocks = markdown_blocks(raw)
    title = clean_text(blocks[0][1]) or None if blocks and blocks[0][0] == "heading" else None
    return text_document("\n".join(text for _, text in blocks), source=source, title=title)


MAX_ARTICLE_CHARACTERS = 25_000_000
"""The longest article read: 20 MB of text builds in about 3 GB of memory and half an hour on one core (the
whole article is one spaCy Doc, so names resolve across it); past this, an archive was probably pasted into one
file."""


def text_document(raw: str, *, source: str, doc_id: str | None = None, title: str | None = None,
                  date: str | None = None, url: str | None = None) -> Document:
    """Turn raw article text into a Document: page furniture dropped, title and date read off it."""
    _check_length(raw, source=source)
    kept, date = _article_lines(clean_text(raw), date)
    if not kept:
        raise InputError("the article has no text after cleaning; give a file with the article's text",
                         path=source)
    if title is None and _looks_like_headline(kept[0]):
        title = kept[0]
    text = "\n".join(kept)
    return Document(id=doc_id or stable_id(text), text=text, title=title, date=date, url=url, source=source,
                    opening=opening_words(text))


def opening_words(text: str, count: int = OPENING_WORDS) -> str:
    """The first ``count`` words of a text, with an ellipsis when it goes on."""
    words = text.split()
    return " ".join(words[:count]) + (" \u2026" if len(words) > count else "")


def _check_length(raw: str, *, source: str) -> None:
    if len(raw) > MAX_ARTICLE_CHARACTERS:
        raise InputError(f"the article is {len(raw):,} characters long, more than the {MAX_ARTICLE_CHARACTERS:,} one "
                         "article may have (its analysis would need several GB of memory); split it into several "
                         "articles, e.g. one JSON Lines line each", path=source)


def _article_lines(cleaned: str, date: str | None) -> tuple[list[str], str | None]:
    """The article's lines (page furniture, date lines and repeated lines dropped, datelines cut off), and
    ``date``, or when it is None the date of the first date line that gives one."""
    seen: set[str] = set()
    kept: list[str] = []
    for line in cleaned.split("\n"):
        if not line:
            continue
        date_match = _DATE_LINE.match(line)
        if date_match:
            date = date or _parse_page_date(date_match.group("date"))
            continue
        if _FURNITURE.match(line) or line in seen:
            continue
        seen.add(line)
        kept.append(_DATELINE.sub("", line))
    return kept, date


_UTF16_MARKS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def file_text(path: Path) -> str:
    """The text of an article file, decoded as UTF-8, or as UTF-16 when it opens with UTF-16's byte order mark
    (as an editor's "Unicode" saves it); an empty, binary or undecodable file is an InputError."""
    data = path.read_bytes()
    if data.startswith(_UTF16_MARKS):
        return _utf16_text(data, path)
    if not data.strip():
        raise InputError("the file is empty; remove it or give it the article's text", path=str(path))
    if b"\x00" in data[:4096]:
        raise InputError("this looks like a binary file, not an article; give .txt, .md, .html or .jsonl",
                         path=str(path))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid UTF-8 (byte {exc.start}); convert it first, e.g. iconv -f latin1 -t utf-8",
            path=str(path),
        ) from exc


def _utf16_text(data: bytes, path: Path) -> str:
    """A UTF-16 article's text (its byte order mark dropped); an empty or undecodable one is an InputError."""
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid UTF-16 (byte {exc.start}) though it opens as UTF-16 does; convert it first, "
                         "e.g. iconv -f utf-16 -t utf-8", path=str(path)) from exc
    if not text.strip():
        raise InputError("the file is empty; remove it or give it the article's text", path=str(path))
    return text


def html_document(html: str, *, source: str) -> Document:
    """Main text and title/date/url metadata of a web page, by trafilatura."""
    import trafilatura

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                            include_tables=False)
    if extracted is None or not (extracted.text or "").strip():
        raise InputError("no article text found in this HTML page", path=source)
    return text_document(extracted.text, source=source, title=extracted.title,
                         date=(extracted.date or None), url=extracted.url)


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
MAX_ID_CHARACTERS = 256
MAX_TITLE_CHARACTERS = 1_000
MAX_URL_CHARACTERS = 2_048


def _document_id(record: dict) -> str | None:
    """The "id" of a JSON Lines record as text (a string or a whole number), or None when it has none."""
    doc_id = record.get("id")
    if doc_id is None:
        return None
    if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)):
        raise ValueError('"id" must be a string or a whole number; fix it or leave it out for a generated id')
    text = str(doc_id)
    if not text.strip() or len(text) > MAX_ID_CHARACTERS or not text.isprintable():
        raise ValueError(f'"id" must be 1 to {MAX_ID_CHARACTERS} printable characters on one line; fix it or '
                         "leave it out for a generated id")
    return text


def _title(value) -> str:
    if not isinstance(value, str) or len(value) > MAX_TITLE_CHARACTERS:
        raise ValueError(f"is not a string of at most {MAX_TITLE_CHARACTERS:,} characters")
    return value


def iso_date(value) -> str:
    """YYYY-MM-DD of a real calendar day (anything after the day, such as a time, is left out)."""
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        raise ValueError(f"{value!r:.40} is not an ISO date (YYYY-MM-DD)")
    try:
        return datetime.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        raise ValueError(f"{value[:10]!r} is not a calendar date (YYYY-MM-DD)") from None


def _url(value) -> str:
    if not isinstance(value, str) or len(value) > MAX_URL_CHARACTERS or not _WEB_URL.match(value):
        raise ValueError(f"is not a web URL (http:// or https://, at most {MAX_URL_CHARACTERS:,} characters "
                         "without spaces)")
    return value


_WEB_URL = re.compile(r"https?://[^\s/?#]+\S*\Z", re.IGNORECASE)


_METADATA = {"title": _title, "date": iso_date, "url": _url}


def _metadata(record: dict, report: Callable[[str], None]) -> dict[str, str]:
    """The record's title, date and url; one that is not usable is reported and left out."""
    found = {}
    for name, check in _METADATA.items():
        if record.get(name) is None:
            continue
        try:
            found[name] = check(record[name])
        except ValueError as exc:
            report(f'"{name}" {exc}')
    return found


def _json_problem(exc: json.JSONDecodeError) -> str:
    """What json found wrong and where, as words: "unterminated string at column 20" (json says "Unterminated
    string starting at: line 1 column 20 (char 19)", and its ``msg`` alone drops the place)."""
    what = exc.msg.removesuffix(" at").removesuffix(" starting")
    return f"{what[:1].lower()}{what[1:]} at column {exc.pos + 1}"


def _json_object(line: str) -> dict:
    """The JSON object on one line, with a non-empty "text" string."""
    line = line.rstrip("\r\n")  # a column past the line's end, not column 1 of the line after it
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        cut = " (the line ends there: is it cut short?)" if exc.pos >= len(line.rstrip()) else ""
        raise ValueError(f"not valid JSON: {_json_problem(exc)}{cut}; fix or remove the line") from None
    except (ValueError, RecursionError) as exc:  # numbers of thousands of digits, nesting thousands deep
        raise ValueError(f"cannot be read as JSON ({exc}); fix or remove the line") from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
        raise ValueError('each line needs an object with a non-empty "text" string')
    return record


def _line_document(line: str, *, source: str, number: int, on_error: ErrorHandler) -> Document | None:
    """The document on one JSON Lines line, or None (reported) when the line cannot be one."""
    try:
        record = _json_object(line)
        doc_id = _document_id(record)
    except ValueError as exc:
        on_error(InputError(str(exc), path=source, line=number))
        return None
    fields = _metadata(record, lambda problem: on_error(
        InputError(f"{problem}; the field is ignored", path=source, line=number, ignored=True)))
    return text_document(record["text"], source=f"{source}:{number}", doc_id=doc_id, **fields)


def jsonl_documents(lines: Iterable[str], *, source: str, on_error: ErrorHandler) -> Iterator[Document]:
    """One document a line: {"id", "text", "title"?, "date"?, "url"?}; a bad line is reported and skipped, a
    bad optional field (title, date, url) reported and ignored."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            document = _line_document(line, source=source, number=number, on_error=on_error)
        except InputError as exc:
            on_error(exc)
            continue
        except Exception as exc:  # a bug in cleaning: this line is lost, not the file
            on_error(_unexpected(exc, path=source, line=number))
            continue
        if document is not None:
            yield document


def _json_lines(path: Path, *, on_error: ErrorHandler) -> Iterator[str]:
    """The lines of a JSON Lines file decoded one by one (a line that is not UTF-8 reported, and given as an empty
    line so the numbers stay right); a binary or empty file is an InputError."""
    seen_text = False
    with path.open("rb") as handle:
        start = handle.read(4096)
        if start.startswith(_UTF16_MARKS):
            raise InputError("this JSON Lines file is UTF-16, and JSON Lines is UTF-8; convert it first, "
                             "e.g. iconv -f utf-16 -t utf-8", path=str(path))
        if b"\x00" in start:
            raise InputError("this looks like a binary file, not JSON Lines; give one JSON object a line",
                             path=str(path))
        handle.seek(0)
        for number, raw in enumerate(handle, start=1):
            if number == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            seen_text = seen_text or bool(raw.strip())
            try:
                yield raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                on_error(InputError(f"not valid UTF-8 (byte {exc.start} of the line); convert the file first, "
                                    "e.g. iconv -f latin1 -t utf-8", path=str(path), line=number))
                yield ""
    if not seen_text:
        raise InputError("the file is empty; remove it or give it one article a line", path=str(path))


def read_json_lines(path: Path, *, on_error: ErrorHandler) -> Iterator[Document]:
    """A JSON Lines file read line by line, so an archive of any size never sits in memory whole."""
    yield from jsonl_documents(_json_lines(path, on_error=on_error), source=str(path), on_error=on_error)


PIECE_CHARACTERS = 100_000
"""The longest text parsed in one go: ``graph_builder.nlp`` cuts a longer article into pieces of whole lines, or of
sentences (of words) where one line is longer."""


def _long_line(text: str, *, path: Path, line: int | None = None) -> InputError | None:
    """The warning for an article with a line longer than ``PIECE_CHARACTERS`` (an archive pasted on one line, a
    file without line breaks): it is parsed in pieces, and takes minutes."""
    longest = max(map(len, text.splitlines()), default=0)
    if longest <= PIECE_CHARACTERS:
        return None
    return InputError(f"one line of {longest:,} characters; parsing it in pieces (an article this long takes "
                      "minutes: if it holds several, give them one a line in JSON Lines)", path=str(path), line=line,
                      ignored=True)


def check_json_lines(path: Path, *, on_error: ErrorHandler) -> int:
    """How many documents a JSON Lines file holds, each line that cannot be one reported with its number (not
    JSON, no "text", a bad "id"), and each text with a line too long to parse in one go, without cleaning or
    analysing anything."""
    count = 0
    for number, line in enumerate(_json_lines(path, on_error=on_error), start=1):
        if not line.strip():
            continue
        try:
            record = _json_object(line)
            _document_id(record)
        except ValueError as exc:
            on_error(InputError(str(exc), path=str(path), line=number))
            continue
        count += 1
        _warn(_long_line(record["text"], path=path, line=number), on_error)
    return count


def check_text(path: Path, *, on_error: ErrorHandler) -> int:
    """One document, when the file is a readable article file (not empty, not binary, UTF-8); a line too long to
    parse in one go is reported."""
    _warn(_long_line(file_text(path), path=path), on_error)
    return 1


def _warn(warning: InputError | None, on_error: ErrorHandler) -> None:
    if warning is not None:
        on_error(warning)


@readers.register(".txt")
def read_text(path: Path, *, on_error: ErrorHandler) -> Iterator[Document]:
    """A plain-text article."""
    yield text_document(file_text(path), source=str(path))


@readers.register(".md")
def read_markdown(path: Path, *, on_error: ErrorHandler) -> Iterator[Document]:
    """A Markdown article (see ``markdown_blocks``)."""
    yield markdown_document(file_text(path), source=str(path))


@readers.register(".htm")
@readers.register(".html")
def read_html(path: Path, *, on_error: ErrorHandler) -> Iterator[Document]:
    """A web page: its main text and metadata; a page whose text is only short lines is reported (a menu, a page of
    links) and read as it is."""
    document = html_document(file_text(path), source=str(path))
    _warn(_only_short_lines(document.text, path=path), on_error)
    yield document


def _only_short_lines(text: str, *, path: Path) -> InputError | None:
    """The warning for a page whose text has no line of ``SENTENCE_WORDS`` words or more: what the page gave is a
    menu or a list of links, no article (trafilatura keeps them when it finds nothing else)."""
    longest = max((len(line.split()) for line in text.splitlines()), default=0)
    if longest >= SENTENCE_WORDS:
        return None
    return InputError(f"no article text found, only short lines (the longest {longest} word{'s' * (longest != 1)}: "
                      "a menu or a page of links?); read as it is: give the article's own page, or its text in a "
                      ".txt file", path=str(path), ignored=True)


def _count_lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for line in handle if line.strip())


read_json_lines.count = _count_lines  # one document a non-blank line
read_json_lines.check = check_json_lines
readers.register(".jsonl", func=read_json_lines)
for _reader in (read_text, read_markdown, read_html):
    _reader.check = check_text


def reader_table() -> dict[str, Reader]:
    """Every reader, by suffix: the built-in ones and those other packages add by entry point."""
    try:
        return readers.get_all()
    except Exception as exc:  # a package's entry point that cannot be imported
        raise GraphBuilderError(f"a reader an installed package adds (entry point group graph_builder_readers)"
                                f" cannot be loaded ({type(exc).__name__}: {exc}); fix or remove that package") from exc


@dataclass(frozen=True, kw_only=True)
class Survey:
    """What a first pass over the inputs found, before any model loads: the files that hold documents (folders
    opened, bad files left out; ``-`` for standard input, which cannot be read twice) and how many documents they
    hold (None with standard input)."""

    files: tuple[str, ...]
    total: int | None


def survey_inputs(inputs: Iterable[str], *, on_error: ErrorHandler) -> Survey:
    """Every input checked first, so that a missing path, a folder without articles, a file of another type, an
    empty, binary or non-UTF-8 file and a JSON Lines line that holds no document are reported (with the file, and
    the line) before the slow start of the analysis, not after it: each is handed to ``on_error`` and left out.

    A JSON Lines file is read twice on purpose, here and again as the build streams it (``read_documents``): this
    pass only parses each line's JSON, about 1% of the reading pass, which cleans every text (41 MB, 17,800 BBC
    articles: 1.7 s against 95 s), and the model's parse takes far longer still; keeping the documents from here
    instead would hold the whole archive in memory (+47 MB for those 41 MB) where streaming holds one batch
    (``python benchmarks/survey.py`` measures it)."""
    table = reader_table()
    files: list[str] = []
    total: int | None = 0
    for name in inputs:
        if name == "-":
            files.append(name)
            total = None
            continue
        for path in _input_files(name, table, on_error=on_error):
            found = _checked(path, table[path.suffix.lower()], on_error=on_error)
            if found:
                files.append(str(path))
                total = None if total is None else total + found
    return Survey(files=tuple(files), total=total)


def _checked(path: Path, reader: Reader, *, on_error: ErrorHandler) -> int:
    """How many documents the file holds by its reader's ``check`` (by its ``count``, or one, for a reader
    without one); 0 when it cannot be read, reported."""
    check = getattr(reader, "check", None)
    try:
        if check is None:
            return reader.count(path) if hasattr(reader, "count") else 1
        return check(path, on_error=on_error)
    except InputError as exc:
        on_error(exc)
    except OSError as exc:
        on_error(_unreadable(exc, path))
    except Exception as exc:  # a bug in a reader's check: this file is lost, not the build
        on_error(_unexpected(exc, path=str(path)))
    return 0



def _files_under(path: Path, table: dict[str, Reader]) -> list[Path]:
    return sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in table)


def _input_files(name: str, table: dict[str, Reader], *, on_error: ErrorHandler) -> list[Path]:
    """The files an input names that have a reader: the file, or every such file under a folder; a missing path,
    a folder without articles and a file of another type are reported."""
    path = Path(name)
    if not path.exists():
        on_error(InputError("no such file or folder; check the path", path=name))
        return []
    if path.is_dir():
        files = _files_under(path, table)
        if not files:
            on_error(InputError(f"the folder holds no articles ({', '.join(table)})", path=str(path)))
        return files
    suffix = path.suffix.lower()
    if suffix not in table:
        on_error(InputError(f"unsupported file type {suffix or '(none)'}; give {', '.join(table)} (a package can "
                            "add a reader for more, see docs/extending.md)", path=str(path)))
        return []
    return [path]


def _raise(error: InputError) -> None:
    raise error


def read_documents(inputs: Iterable[str], *, on_error: ErrorHandler = _raise) -> Iterator[Document]:
    """Every document named by the inputs (files, folders, ``-`` for stdin), in order; a file is read by the
    reader registered for its suffix, and a folder gives every file under it that has a reader.

    A bad input is handed to ``on_error`` and the others are still read.
    """
    table = reader_table()
    for name in inputs:
        if name == "-":
            yield from _stdin_documents(on_error=on_error)
            continue
        for path in _input_files(name, table, on_error=on_error):
            yield from _read_file(path, table[path.suffix.lower()], on_error=on_error)


def _stdin_documents(*, on_error: ErrorHandler) -> Iterator[Document]:
    """Standard input: JSON Lines when it starts with "{", else one article."""
    raw = sys.stdin.read()
    if raw.lstrip().startswith("{"):
        yield from jsonl_documents(raw.splitlines(), source="<stdin>", on_error=on_error)
    elif raw.strip():
        try:
            yield text_document(raw, source="<stdin>")
        except InputError as exc:
            on_error(exc)
    else:
        on_error(InputError("standard input is empty; pipe an article into it", path="<stdin>"))


def _read_file(path: Path, reader: Reader, *, on_error: ErrorHandler) -> Iterator[Document]:
    try:
        yield from reader(path, on_error=on_error)
    except InputError as exc:
        on_error(exc)
    except OSError as exc:
        on_error(_unreadable(exc, path))
    except Exception as exc:  # a bug in a reader: this file is lost, not the build
        on_error(_unexpected(exc, path=str(path)))


def _unreadable(exc: OSError, path: Path) -> InputError:
    return InputError(f"cannot be read ({exc.strerror}); check its permissions", path=str(path))


def _unexpected(exc: Exception, *, path: str, line: int | None = None) -> InputError:
    return InputError(f"could not be read as an article ({type(exc).__name__}: {str(exc)[:200]}); please report it "
                      "with the file", path=path, line=line)
