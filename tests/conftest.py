"""Shared fixtures: one spaCy pipeline and one build of the real seed article per test session."""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from graph_builder.build import build, process
from graph_builder.records import Document, Relation

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpus" / "000_e0244ff8b52462b6.txt"
CHALLENGE = SHARED / "eval" / "challenge_dev.jsonl"
ARTIFACTS = ROOT / "tests" / "artifacts"


def free_port() -> int:
    """A TCP port nothing listens on, for a server a test starts on loopback."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(source: Path, *extra: str) -> tuple[subprocess.Popen, str]:
    """`graph-builder serve` on a free loopback port, once it accepts connections."""
    port = free_port()
    process = subprocess.Popen(["graph-builder", "serve", "--store", str(source), "--port", str(port), *extra],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return process, f"http://127.0.0.1:{port}"
        except OSError:
            if process.poll() is not None:
                pytest.fail(f"the server exited: {process.stderr.read()}")
            time.sleep(0.2)
    process.kill()
    pytest.fail("the server did not start within 60 s")


def post(url: str, data: dict | str, content_type: str = "application/x-www-form-urlencoded",
         accept: str = "application/sparql-results+json"):
    body = urllib.parse.urlencode(data).encode() if isinstance(data, dict) else data.encode()
    request = urllib.request.Request(url, data=body, headers={"Content-Type": content_type, "Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers.get("Content-Type"), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type"), error.read().decode()


def extract(text: str, *, date: str | None = None) -> list[Relation]:
    """Relations the full pipeline finds in one piece of text."""
    document = Document(id="t", text=text, date=date, source="<test>")
    return list(process([document])[0].relations)


def triples(relations: list[Relation], *, asserted_only: bool = True) -> set[tuple[str, str, str]]:
    return {(r.subject.label, r.relation, r.object.label) for r in relations if r.asserted or not asserted_only}


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.fail(f"the seed article is missing at {SEED}; ../shared must sit beside the clone")
    return SEED


@pytest.fixture(scope="session")
def seed_build(seed_path, tmp_path_factory):
    out = tmp_path_factory.mktemp("seed")
    report = build([str(seed_path)], out=out)
    return report, out


@pytest.fixture(scope="session")
def seed_relations(seed_build) -> list[Relation]:
    report, _ = seed_build
    return [r for result in report.results for r in result.relations]


@pytest.fixture(scope="session")
def examples_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("examples")
    report = build([str(ROOT / "examples" / "articles")], out=out)
    return report, out


@pytest.fixture(scope="session")
def examples_store(tmp_path_factory) -> Path:
    """The example articles built into an Oxigraph store, for the endpoint's tests (which only read it)."""
    path = tmp_path_factory.mktemp("examples-store") / "kg"
    build([str(ROOT / "examples" / "articles")], store=path)
    return path


MARKER = "EXPLODE"


def exploding(doc, entities, lexicon):
    """An extractor with a bug, as a user's plugin might have: it fails on any document saying EXPLODE."""
    if MARKER in doc.text:
        raise RuntimeError("the plugin broke")
    return iter(())


@pytest.fixture
def exploding_extractor():
    """The failing extractor registered for one test (forked worker processes inherit it)."""
    from graph_builder.extract import extractors

    extractors.register("exploding")(exploding)
    yield "exploding"
    extractors.unregister("exploding")


@pytest.fixture
def small_pipeline_limit():
    """The default pipeline told it takes at most 2,000 characters at a time, as if every article were long:
    the same code path as a 1 MB article against spaCy's 1,000,000, in a fraction of the time."""
    from graph_builder.nlp import DEFAULT_MODEL, load_pipeline
    from graph_builder.vocab import load_lexicon

    nlp = load_pipeline(DEFAULT_MODEL, load_lexicon())
    saved = nlp.max_length
    nlp.max_length = 2_000
    yield nlp.max_length
    nlp.max_length = saved
