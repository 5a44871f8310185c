"""Praise and endorsement are kg:praises (CAMEO 051), given one way: "X praised Y" says nothing of what Y did, so
it is never read back from Y to X, as the symmetric kg:cooperatesWith was. Working together and agreements stay
kg:cooperatesWith. praises is no sub-property of the symmetric cooperatesWith (a reasoner would read "X praises Y" as
"Y cooperates with X"); a query over the CAMEO root 05 finds both. The page's legend and filters and its GEXF and
GraphML files name it, read from the ontology. Sentences and names of our own."""

from __future__ import annotations

import re

import networkx as nx
import pytest

from graph_builder.build import process
from graph_builder.query import run_query, with_ontology
from graph_builder.rdf import to_rdf
from graph_builder.records import Document
from graph_builder.visualize import actor_view, page_data, write_page
from tests.conftest import ROOT, extract

PRAISE = [
    ("Malawi congratulated Zambia on the smooth handover of power.", "Malawi", "Zambia"),
    ("Senator Orla Finch thanked Governor Piet Salo for the new ferry.", "Orla Finch", "Piet Salo"),
    ("Senator Orla Finch warmly praised Governor Piet Salo after the vote.", "Orla Finch", "Piet Salo"),
    ("Malawi endorsed Zambia's bid to host the regional games.", "Malawi", "Zambia"),
    ("The Lakeside Party welcomed the Greens' decision to drop the road toll.", "Lakeside Party", "Greens"),
    ("Orla Finch called Piet Salo a giant of the harbour board.", "Orla Finch", "Piet Salo"),
    ("\"Piet Salo is a decent and honest man,\" Orla Finch said.", "Orla Finch", "Piet Salo"),
]


def _pairs(text: str) -> dict[tuple[str, str, str], str | None]:
    """(subject, relation, object) -> CAMEO code of each asserted record of the text."""
    return {(r.subject.label, r.relation, r.object.label): r.cameo_code for r in extract(text) if r.asserted}


@pytest.mark.parametrize(("text", "praiser", "praised"), PRAISE)
def test_praise_is_one_way_from_the_one_who_praises(text, praiser, praised):
    found = _pairs(text)
    assert found.get((praiser, "praises", praised)) == "051", found
    back = {(s, o) for s, rel, o in found if rel in ("praises", "cooperatesWith")}
    assert (praised, praiser) not in back, found
    assert (praiser, "cooperatesWith", praised) not in found, found


def test_praise_and_an_agreement_in_one_text_keep_their_own_relations():
    found = _pairs("Malawi praised Zambia for its help. Malawi signed a trade agreement with Zambia in May.")
    assert found.get(("Malawi", "praises", "Zambia")) == "051", found
    assert found.get(("Malawi", "cooperatesWith", "Zambia")) == "057", found


def test_praises_is_a_one_way_relation_of_verbal_cooperation_beside_cooperates_with(lexicon):
    info = lexicon.relations["praises"]
    assert not info.symmetric and info.label == "praises"
    assert info.quad_class == "VerbalCooperation" and info.cameo == "05"
    assert lexicon.relations["cooperatesWith"].symmetric
    ontology = (ROOT / "ontology" / "newskg.ttl").read_text(encoding="utf-8")
    declared = ontology[ontology.index("kg:praises a owl:ObjectProperty"):].split(" .\n", 1)[0]
    assert "rdfs:subPropertyOf kg:relatesTo" in declared and "kg:cooperatesWith ;" not in declared


@pytest.fixture(scope="module")
def praise_graph():
    text = "Malawi congratulated Zambia on the smooth handover of power."
    return to_rdf(process([Document(id="praise", text=text, source="<test>")]))


def test_a_query_over_the_cameo_root_of_cooperation_finds_praise_one_way(praise_graph):
    query = """SELECT ?a ?b ?p WHERE { ?x ?p ?y . ?p kg:cameoRoot "05" . ?x rdfs:label ?a . ?y rdfs:label ?b }"""
    rows = {(str(a), str(b), str(p).rsplit("#", 1)[-1]) for a, b, p in run_query(with_ontology(praise_graph), query)}
    assert rows == {("Malawi", "Zambia", "praises")}, rows


def test_the_page_legend_and_the_exports_name_praises(praise_graph, lexicon, tmp_path):
    data = page_data(actor_view(praise_graph, lexicon=lexicon), lexicon=lexicon)
    groups = [(group.label, group.relations) for group in data.relation_groups]
    assert groups == [("verbal cooperation", (("praises", "praises", 1),))], groups
    written = write_page(praise_graph, tmp_path / "page.html", lexicon=lexicon)
    assert '"praises"' in (tmp_path / "page.html").read_text(encoding="utf-8")
    for path in written[1:]:
        G = nx.read_gexf(path) if path.suffix == ".gexf" else nx.read_graphml(path)
        edges = {(G.nodes[a]["label"], d["relation"], G.nodes[b]["label"]) for a, b, d in G.edges(data=True)}
        assert edges == {("Malawi", "praises", "Zambia")}, (path.name, edges)


def test_the_ontology_guide_s_relation_table_names_praises_and_every_other_relation(lexicon):
    text = (ROOT / "docs" / "ontology.md").read_text(encoding="utf-8")
    start = text.index("| CAMEO root | relation | quad class |")
    table = text[start:text.index("\n\n", start)]
    assert "praises" in lexicon.relations
    assert set(re.findall(r"`(\w+)`", table)) == set(lexicon.relations)
