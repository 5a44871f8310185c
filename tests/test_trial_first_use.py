"""What a new user's first hour found, each checked the way a user meets it (the real command line):

- ``graph-builder query --format json`` (and ``xml``) on a terminal ends its answer with a newline, as the other
  formats do, so the shell's prompt starts on a line of its own (a pipe gets the endpoint's bytes, test_query.py);
- an article saved as UTF-16 (an editor's "Unicode", with its byte order mark) is read, not refused as binary;
- a JSON Lines file saved as UTF-16 is refused with a message that says so and how to convert it;
- ``remove``'s hint for an unknown document id runs as printed and shows which file each id is;
- on the page, a link the relation filters keep is labelled with the relations they keep, as its tooltip is;
- a bare ``build`` where there is no examples/articles asks for the articles instead of naming a path never given;
- ``build --out`` naming a file says it is a file, not a folder (it said "File exists").
"""

from __future__ import annotations

import json
import os
import pty
import subprocess

import networkx as nx
import pytest

from graph_builder.visualize import render_html
from graph_builder.vocab import load_lexicon
from tests.conftest import open_page
from tests.test_cli import cli

GRAPH = """@prefix kg: <https://w3id.org/newskg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/newskg/resource/entity/Arvo_Pellik> rdfs:label "Arvo Pellik" ;
    kg:meets <https://w3id.org/newskg/resource/entity/Dana_Holm> .
<https://w3id.org/newskg/resource/entity/Dana_Holm> rdfs:label "Dana Holm" .
"""
MEETINGS = "SELECT ?who WHERE { ?a kg:meets ?b . ?a rdfs:label ?who }"


def on_a_terminal(*args: str) -> tuple[int, bytes]:
    """Run graph-builder with its standard output on a pseudo-terminal, as in a user's shell: the exit status and
    what the terminal received."""
    main, side = pty.openpty()
    with subprocess.Popen(["graph-builder", *args], stdout=side, stderr=subprocess.PIPE) as process:
        os.close(side)
        received = b""
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # the terminal closed: the command ended
                break
            if not chunk:
                break
            received += chunk
        process.wait(timeout=600)
    os.close(main)
    return process.returncode, received


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_query_answer_on_a_terminal_ends_with_a_newline(tmp_path, fmt):
    graph = tmp_path / "graph.ttl"
    graph.write_text(GRAPH, encoding="utf-8")
    status, received = on_a_terminal("query", str(graph), MEETINGS, "--format", fmt)
    assert status == 0, received
    assert b"Arvo Pellik" in received
    assert received.endswith(b"\n"), f"the {fmt} answer runs into the shell's prompt: {received[-40:]!r}"


def test_utf16_article_is_read(tmp_path):
    article = tmp_path / "norland.txt"
    article.write_bytes("Minister Arvo Pellik met Dana Holm in Velmora on Monday.\n".encode("utf-16"))
    done = cli("extract", str(article))
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert any(r["relation"] == "meets" and r["subject"]["label"] == "Arvo Pellik" for r in records), done.stdout


def test_utf16_json_lines_file_is_refused_saying_so(tmp_path):
    wire = tmp_path / "wire.jsonl"
    wire.write_bytes(json.dumps({"id": "w1", "text": "Dana Holm met Arvo Pellik."}).encode("utf-16"))
    done = cli("extract", str(wire))
    assert done.returncode == 1
    assert "wire.jsonl" in done.stderr and "UTF-16" in done.stderr and "iconv" in done.stderr, done.stderr


def test_removing_an_unknown_document_says_how_to_list_them_by_file(tmp_path):
    """The hint of ``remove`` runs as printed (the store's own path in it) and shows which file each id is."""
    import shlex

    article = tmp_path / "velmora_talks.txt"
    article.write_text("Minister Arvo Pellik met Dana Holm in Velmora on Monday.\n", encoding="utf-8")
    store = tmp_path / "my kg"
    assert cli("build", str(article), "--store", str(store), "--quiet").returncode == 0
    done = cli("remove", "velmora_talks", "--store", str(store))
    assert done.returncode == 1
    hint = done.stderr.split("with: ", 1)[1].strip()
    listed = cli(*shlex.split(hint)[1:])
    assert listed.returncode == 0, listed.stderr
    assert "velmora_talks.txt" in listed.stdout


def two_kinds_of_tie() -> nx.MultiDiGraph:
    """An actor view in which Arvo Pellik leads the Norland Union and briefs it, and criticises Dana Holm."""
    G = nx.MultiDiGraph()
    for node, label, kind in [("pellik", "Arvo Pellik", "Person"), ("union", "Norland Union", "Organization"),
                              ("holm", "Dana Holm", "Person")]:
        G.add_node(node, label=label, type=kind, aliases=[], mentions=3, roles=[])
    for key, (target, relation) in enumerate([("union", "leaderOf"), ("union", "briefs"), ("holm", "criticizes")]):
        G.add_edge("pellik", target, key=f"st-{key}", relation=relation, verb="did", negated=False,
                   modality="asserted", sentence=f"Arvo Pellik {relation} in Velmora.", time="2025-05-0{key + 1}",
                   confidence=0.9, attributed_to="", place="", doc="d1", title="Velmora notes",
                   date="2025-05-01", url="")
    return G


DRAWN_LABELS = """() => window.gb.visibleEdges().map(e => window.network.body.edges[e.id].options.label)"""


def test_a_filtered_link_is_labelled_with_the_relations_kept(browser, tmp_path):
    """Unticking verbal cooperation left the Pellik-Union link labelled "briefs, leader of" though only "leader of"
    was kept (its tooltip said so); Reset brings the whole label back."""
    lexicon = load_lexicon()
    page_file = tmp_path / "ties.html"
    page_file.write_text(render_html(two_kinds_of_tie(), lexicon=lexicon), encoding="utf-8")
    page = open_page(browser, page_file)
    try:
        assert sorted(page.evaluate(DRAWN_LABELS)) == ["briefs, leader of", "criticizes"]
        page.uncheck(".quad-filter[value=VerbalCooperation]")
        assert sorted(page.evaluate(DRAWN_LABELS)) == ["criticizes", "leader of"]
        page.check(".quad-filter[value=VerbalCooperation]")
        assert sorted(page.evaluate(DRAWN_LABELS)) == ["briefs, leader of", "criticizes"]
        assert page.errors == []
    finally:
        page.context.close()


def test_build_without_input_outside_the_clone_says_to_give_articles(tmp_path):
    """Run where there is no examples/articles, a bare ``build`` said only "examples/articles: no such file or
    folder; check the path", a path the user never gave; it now asks for the articles and writes nothing."""
    done = cli("build", "--out", "kg", cwd=tmp_path)
    assert done.returncode == 2
    assert "give the articles" in done.stderr and "examples/articles" in done.stderr, done.stderr
    assert not (tmp_path / "kg").exists()


def test_out_naming_a_file_says_it_is_a_file_and_leaves_it_alone(tmp_path):
    """``--out notes.txt`` (a file) said "File exists"; it now says the place is a file, not a folder."""
    article = tmp_path / "caldera.txt"
    article.write_text("President Lia Varsk of Caldera met Dana Holm in Velmora.\n", encoding="utf-8")
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n", encoding="utf-8")
    done = cli("build", str(article), "--out", str(notes), "--quiet")
    assert done.returncode == 1
    assert "notes.txt" in done.stderr and "is a file, not a folder" in done.stderr, done.stderr
    assert notes.read_text(encoding="utf-8") == "my notes\n"
