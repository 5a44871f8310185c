"""Shared fixtures: one spaCy pipeline, one build of the real seed article and one headless Chromium per test
session, and the helpers several test modules use."""

from __future__ import annotations

import argparse
import json
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis.configuration import set_hypothesis_home_dir

from graph_builder.build import build, process
from graph_builder.records import Document, Relation
from graph_builder.vocab import load_lexicon

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpus" / "000_e0244ff8b52462b6.txt"
CHALLENGE = SHARED / "eval" / "challenge_dev.jsonl"
ARTIFACTS = ROOT / "tests" / "artifacts"


# Hypothesis keeps its example database and caches outside the clone (a fresh clone's run left .hypothesis/).
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "graph_builder-hypothesis")
settings.register_profile("clean-tree", database=None)
settings.load_profile("clean-tree")

# What a test run may leave in the clone: caches and tests/artifacts (screenshots, ignored by git).
LEFT_BY_ANY_RUN = ("__pycache__/", ".pytest_cache/", ".ruff_cache/", "tests/artifacts/")


def ontology_copy(folder: Path, turtle: str, *, name: str = "ontology") -> Path:
    """The installed ontology copied into ``folder/name``, with Turtle added to its newskg.ttl."""
    copy = folder / name
    shutil.copytree(load_lexicon().folder, copy, ignore=shutil.ignore_patterns("__pycache__", "__init__.py"))
    with (copy / "newskg.ttl").open("a", encoding="utf-8") as fh:
        fh.write(turtle)
    return copy


def tree_state() -> set[str] | None:
    """Every file git sees as changed, new or ignored in the clone (None outside a git checkout)."""
    try:
        done = subprocess.run(["git", "status", "--porcelain", "--ignored", "--untracked-files=all"], cwd=ROOT,
                              capture_output=True, text=True, timeout=60)
    except OSError:
        return None
    if done.returncode != 0:
        return None
    return {line for line in done.stdout.splitlines() if not any(part in line for part in LEFT_BY_ANY_RUN)}


def pytest_sessionstart(session):
    session.config.tree_before = tree_state()


def pytest_sessionfinish(session, exitstatus):
    """Tests leave the tree clean: a run that wrote into the clone (a tracked file overwritten, outputs or
    build folders left behind) fails, naming what it wrote."""
    before, after = getattr(session.config, "tree_before", None), tree_state()
    if before is None or after is None or after <= before:
        return
    written = sorted(after - before)
    writer = session.config.get_terminal_writer()
    writer.line()
    writer.line(
        "the tests wrote into the clone (write under tmp_path or tests/artifacts instead): " + ", ".join(written),
        red=True)
    session.exitstatus = pytest.ExitCode.TESTS_FAILED


def free_port() -> int:
    """A TCP port nothing listens on, for a server a test starts on loopback."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def graph_and_store(folder: Path, turtle: str, graph_iri: str) -> tuple[Path, Path]:
    """A graph file (folder/graph.ttl) and an Oxigraph store (folder/kg) holding the same triples, in the named
    graph ``graph_iri`` of the store, as builds write them."""
    import pyoxigraph

    graph = folder / "graph.ttl"
    graph.write_text(turtle, encoding="utf-8")
    store = pyoxigraph.Store(str(folder / "kg"))
    store.load(turtle.encode(), format=pyoxigraph.RdfFormat.TURTLE, to_graph=pyoxigraph.NamedNode(graph_iri))
    store.flush()
    del store
    return graph, folder / "kg"


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


def cli_parser() -> argparse.ArgumentParser:
    """The command line's real argparse parser, for tests that walk every command and option."""
    from graph_builder.cli import _parser

    return _parser()


def cli_commands(parser: argparse.ArgumentParser) -> dict[str, tuple[str | None, argparse.ArgumentParser]]:
    """Every command of the parser: its name, the help line ``graph-builder --help`` gives it, its own parser."""
    (commands,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    helps = {choice.dest: choice.help for choice in commands._choices_actions}
    return {name: (helps.get(name), sub) for name, sub in commands.choices.items()}


def cli_arguments(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    """The options and positional arguments of one command (not -h/--help, which argparse adds)."""
    return [a for a in parser._actions if not isinstance(a, (argparse._HelpAction, argparse._SubParsersAction))]


def argument_name(action: argparse.Action) -> str:
    """How help and the README write an argument: its longest option string, or a positional's metavar."""
    if action.option_strings:
        return max(action.option_strings, key=len)
    return action.metavar or action.dest.upper()


def archive_triples(folder: Path, texts: dict[str, str], *,
                    date: str = "2026-01-05") -> dict[str, set[tuple[str, str, str]]]:
    """Document id -> the (subject, relation, object) of its asserted records, the texts built as one archive
    (``texts``: id -> text), so that what one document says of an actor helps name it in another."""
    articles = folder / "articles.jsonl"
    articles.write_text("".join(json.dumps({"id": k, "text": v, "date": date}) + "\n" for k, v in texts.items()),
                        encoding="utf-8")
    report = build([str(articles)], out=folder / "out", html=False)
    return {result.document.id: triples(result.relations) for result in report.results}


def extract(text: str, *, date: str | None = None) -> list[Relation]:
    """Relations the full pipeline finds in one piece of text."""
    document = Document(id="t", text=text, date=date, source="<test>")
    return list(process([document])[0].relations)


def triples(relations: list[Relation], *, asserted_only: bool = True) -> set[tuple[str, str, str]]:
    return {(r.subject.label, r.relation, r.object.label) for r in relations if r.asserted or not asserted_only}


def facts(text: str, *, date: str = "2026-01-05") -> set[tuple[str, str, str, bool, str]]:
    """(subject, relation, object, negated, modality) of each record extracted from ``text``."""
    return {(r.subject.label, r.relation, r.object.label, r.negated, r.modality) for r in extract(text, date=date)}


def asserted_triples(text: str) -> dict[tuple[str, str, str], bool]:
    """Whether each (subject, relation, object) the full pipeline finds in the text is asserted."""
    return {(r.subject.label, r.relation, r.object.label): r.asserted for r in extract(text)}


@pytest.fixture(scope="session")
def lexicon():
    """What the installed ontology says, as every stage takes it."""
    from graph_builder.vocab import load_lexicon

    return load_lexicon()


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
    from graph_builder.extract import extractors, unregister

    extractors.register("exploding")(exploding)
    yield "exploding"
    unregister("exploding")


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


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium through Playwright, shared by the page and browser tests."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


def open_page(browser, html: Path, *, viewport: tuple[int, int] = (1400, 900), fragment: str = "", touch: bool = False):
    """Open a page from file:// (with a URL ``fragment`` if given) with every other request refused; collect
    console errors and requests. ``viewport`` is (width, height); ``touch`` makes it a touch screen.

    The page's own Content-Security-Policy is bypassed so the test can evaluate script in it, and so
    the escaping is shown to hold without that second line of defence.
    """
    width, height = viewport
    context = browser.new_context(viewport={"width": width, "height": height}, bypass_csp=True, has_touch=touch,
                                  is_mobile=touch, accept_downloads=True)
    page = context.new_page()
    page.errors = []
    page.outside_requests = []

    def route(request_route):
        if request_route.request.url.startswith("file://"):
            request_route.continue_()
        else:
            page.outside_requests.append(request_route.request.url)
            request_route.abort()

    page.route("**/*", route)
    page.on("console", lambda msg: page.errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.goto(html.as_uri() + fragment)
    page.wait_for_function("window.graphReady === true", timeout=60_000)
    return page


FIGHTS = ("attacks", "occupies")
"""The relations of a fight (CAMEO 19): attacks, and occupies, its sub-relation of a place taken or held (192)."""
