"""The ontology alone extends the extractor: a relation or a pattern added to a copy of ``ontology/`` and
nowhere else is read, extracted and validated."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys

import pytest

from graph_builder.entities import resolve
from graph_builder.errors import OntologyError
from graph_builder.extract import extract_relations
from graph_builder.nlp import DEFAULT_MODEL, load_pipeline, parse
from graph_builder.rdf import load_graph, to_rdf
from graph_builder.records import Document, DocumentResult, Relation
from graph_builder.validate import validate
from graph_builder.vocab import ENTITY, Lexicon, load_lexicon
from tests.conftest import ontology_copy, open_page

# A new relation: a property under kg:relatesTo, a quad class, a CAMEO code and one verb pattern.
HAILS = """
kg:hails a owl:ObjectProperty ; rdfs:subPropertyOf kg:relatesTo ;
    rdfs:label "hails" ; rdfs:comment "Praises in public." ;
    kg:cameoRoot "051" ; kg:quadClass kg:VerbalCooperation ;
    kg:verbPattern [ kg:verbLemma "lionize" ] .
"""

# New patterns for relations the ontology has: a verb with a preposition the code never listed, and a
# phrasal verb with a particle and a preposition.
PHRASAL = """
kg:attacks kg:verbPattern [ kg:verbLemma "advance" ; kg:preposition "toward" ] .
kg:attacks kg:verbPattern [ kg:verbLemma "bear" ; kg:particle "down" ; kg:preposition "on" ] .
"""


def analysed(text: str, lexicon: Lexicon) -> DocumentResult:
    """One parsed document and the relations the built-in extractors find in it with a lexicon."""
    document = Document(id="t", text=text, source="<test>")
    ((_, doc),) = parse(load_pipeline(DEFAULT_MODEL, lexicon), [document])
    entities = resolve(doc, document, lexicon)
    return DocumentResult(document=document, sentences=1, entities=entities.entities, mentions=entities.mentions,
                          relations=tuple(extract_relations(doc, entities, lexicon)))


def found(relations: tuple[Relation, ...]) -> set[tuple[str, str, str, str]]:
    return {(r.subject.label, r.relation, r.object.label, r.verb) for r in relations if r.asserted}


@pytest.fixture(scope="module")
def hails_lexicon(tmp_path_factory) -> Lexicon:
    return load_lexicon(ontology_copy(tmp_path_factory.mktemp("hails"), HAILS))


@pytest.fixture(scope="module")
def phrasal_lexicon(tmp_path_factory) -> Lexicon:
    return load_lexicon(ontology_copy(tmp_path_factory.mktemp("phrasal"), PHRASAL))


def test_a_relation_added_to_the_ontology_alone_is_known(hails_lexicon):
    info = hails_lexicon.relations["hails"]
    assert (info.label, info.cameo, info.quad_class, info.symmetric) == ("hails", "051", "VerbalCooperation", False)
    assert hails_lexicon.relation_iri("hails") == info.iri
    assert [p.relation for p in hails_lexicon.verb_patterns["lionize"]] == ["hails"]
    assert "hails" not in load_lexicon().relations
    with pytest.raises(OntologyError):
        load_lexicon().relation_iri("hails")


def test_a_relation_added_to_the_ontology_alone_is_extracted_and_validates(hails_lexicon):
    result = analysed("Spain lionized Portugal on Monday.", hails_lexicon)
    assert ("Spain", "hails", "Portugal", "lionized") in found(result.relations)
    graph = to_rdf([result])
    assert (None, None, hails_lexicon.relation_iri("hails")) in graph
    conforms, report = validate(graph, hails_lexicon)
    assert conforms, report
    # The installed shapes, made from the installed ontology, do not know the relation: the list is real.
    conforms, _ = validate(graph, load_lexicon())
    assert not conforms


def test_the_lexicon_travels_to_worker_processes_as_its_folder(hails_lexicon):
    assert pickle.loads(pickle.dumps(hails_lexicon)) is hails_lexicon
    assert len(pickle.dumps(hails_lexicon)) < 1000
    assert {hails_lexicon: "a cache key"}[load_lexicon(hails_lexicon.folder)] == "a cache key"


def test_patterns_say_which_word_is_a_particle_and_which_a_preposition(phrasal_lexicon):
    (advance,) = [p for p in phrasal_lexicon.verb_patterns["advance"] if p.prep == "toward"]
    (bear,) = phrasal_lexicon.verb_patterns["bear"]
    assert (advance.noun, advance.particle, advance.prep) == (None, None, "toward")
    assert (bear.noun, bear.particle, bear.prep) == (None, "down", "on")


PHRASAL_CASES = [
    ("Russia advanced toward Ukraine.", ("Russia", "attacks", "Ukraine", "advanced toward")),
    ("Russian troops advanced toward Kharkiv on Friday.",  # troops of Russia: a collective actor (issue 13)
     ("armed forces of Russia", "attacks", "Kharkiv", "advanced toward")),
    ("Iran bore down on Israel.", ("Iran", "attacks", "Israel", "bore down on")),
    ("Donald Trump bore down on Canada on Friday.", ("Donald Trump", "attacks", "Canada", "bore down on")),
]


@pytest.mark.parametrize("sentence, expected", PHRASAL_CASES, ids=[s for s, _ in PHRASAL_CASES])
def test_a_phrasal_pattern_from_the_ontology_is_extracted(phrasal_lexicon, sentence, expected):
    relations = analysed(sentence, phrasal_lexicon).relations
    assert expected in found(relations), sorted(found(relations))
    assert not analysed(sentence, load_lexicon()).relations  # the installed ontology has no such pattern


def test_a_particle_the_pattern_asks_for_must_be_there(phrasal_lexicon):
    # "bear down on" does not match "bore on": the particle is part of the pattern.
    assert not [r for r in analysed("Iran bore on Israel.", phrasal_lexicon).relations if r.relation == "attacks"]


BROKEN = [
    ("kg:snubs a owl:ObjectProperty ; rdfs:subPropertyOf kg:relatesTo ; kg:verbPattern [ kg:verbLemma \"snub\" ] .",
     "kg:quadClass"),
    ("kg:snubs a owl:ObjectProperty ; rdfs:subPropertyOf kg:criticizes ; kg:quadClass kg:VerbalConflict ;"
     " kg:verbPattern \"snub\" .", "plain string"),
    ("kg:snubs a owl:ObjectProperty ; rdfs:subPropertyOf kg:relatesTo ; kg:quadClass kg:VerbalConflict ;"
     " kg:verbPattern [ kg:verbLemma \"snub\" ; kg:prepostion \"at\" ] .", "prepostion"),
    ("kg:snubs a owl:ObjectProperty ; rdfs:subPropertyOf kg:relatesTo ; kg:quadClass kg:VerbalConflict ;"
     " kg:nounPattern [ kg:nounLemma \"snub\" ] .", "kg:preposition"),
]


@pytest.mark.parametrize("turtle, named", BROKEN, ids=[n for _, n in BROKEN])
def test_a_relation_the_lexicon_cannot_read_is_an_error_not_skipped(tmp_path, turtle, named):
    with pytest.raises(OntologyError, match=named):
        load_lexicon(ontology_copy(tmp_path, turtle))


def test_shapes_listing_relations_are_an_error(tmp_path):
    copy = ontology_copy(tmp_path, "")
    shapes = copy / "shapes.ttl"
    shapes.write_text(shapes.read_text().replace("sh:path rdf:predicate ; sh:minCount 1 ; sh:maxCount 1 .",
                                                 "sh:path rdf:predicate ; sh:in ( kg:meets ) ."), encoding="utf-8")
    with pytest.raises(OntologyError, match="sh:in"):
        load_lexicon(copy).shapes  # noqa: B018


# (cue added to a copy of the ontology, sentence, what the installed ontology reads, what the copy reads)
CUES = [
    ('kg:Intended kg:modalAuxiliary "shall" .', "Iran shall attack Israel.", (False, "future"), (False, "intended")),
    ('kg:NegationModifier kg:cueLemma "hardly" .', "Iran hardly attacked Israel.", (False, "asserted"),
     (True, "asserted")),
    ('kg:Dismissal kg:cueLemma "write off" .', "Iran wrote off attacking Israel.", (False, "asserted"),
     (True, "asserted")),
]


@pytest.mark.parametrize("turtle, sentence, installed, extended", CUES, ids=[t for t, *_ in CUES])
def test_cue_words_are_read_from_the_ontology(tmp_path, turtle, sentence, installed, extended):
    def reading(lexicon: Lexicon) -> tuple[bool, str]:
        (relation,) = [r for r in analysed(sentence, lexicon).relations if r.relation == "attacks"]
        return relation.negated, relation.modality

    assert reading(load_lexicon()) == installed
    assert reading(load_lexicon(ontology_copy(tmp_path, turtle))) == extended


def test_a_relation_added_to_the_ontology_alone_is_built_written_validated_and_drawn(tmp_path, browser):
    """The whole path, as a user would run it: `graph-builder build --ontology COPY` with a relation the
    copy alone defines (one verb pattern, nothing else anywhere) writes it to relations.jsonl and graph.ttl,
    the copy's shapes accept the graph, and the page in Chromium draws the edge and offers its filter."""
    copy = ontology_copy(tmp_path, HAILS)
    article = tmp_path / "article.txt"
    article.write_text("Leaders meet in Madrid\n\nSpain lionized Portugal on Monday after the talks in Madrid.\n",
                       encoding="utf-8")
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "graph_builder", "build", str(article), "--out", str(out),
                           "--ontology", str(copy), "--quiet"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in (out / "relations.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["subject"]["label"], r["relation"], r["object"]["label"], r["extractor"]) for r in records
            if r["relation"] == "hails"] == [("Spain", "hails", "Portugal", "verbal")]
    lexicon = load_lexicon(copy)
    graph = load_graph(out / "graph.ttl")
    assert (ENTITY.Spain, lexicon.relation_iri("hails"), ENTITY.Portugal) in graph
    conforms, report = validate(graph, lexicon)
    assert conforms, report
    checked = subprocess.run([sys.executable, "-m", "graph_builder", "validate", str(out / "graph.ttl"),
                              "--ontology", str(copy)], capture_output=True, text=True, timeout=300)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    drawn_again = [sys.executable, "-m", "graph_builder", "visualize", str(out / "graph.ttl"), "--out",
                   str(tmp_path / "again.html")]
    refused = subprocess.run(drawn_again, capture_output=True, text=True, timeout=300)  # the installed ontology
    assert refused.returncode == 1 and "hails" in refused.stderr and "--ontology" in refused.stderr
    assert "Traceback" not in refused.stderr and not (tmp_path / "again.html").exists()
    assert subprocess.run([*drawn_again, "--ontology", str(copy)], capture_output=True, timeout=300).returncode == 0
    constructed = subprocess.run([sys.executable, "-m", "graph_builder", "query", str(out / "graph.ttl"),
                                  "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "--visualize",
                                  str(tmp_path / "constructed.html"), "--ontology", str(copy)],
                                 capture_output=True, text=True, timeout=300)
    assert constructed.returncode == 0, constructed.stderr
    page = open_page(browser, out / "graph.html")
    try:
        drawn = page.evaluate("window.network.body.data.edges.get().flatMap(e => e.gbRelations.map(r => r.relation))")
        assert "hails" in drawn
        assert page.locator(".relation-filter[value='hails']").count() == 1
        assert page.errors == []
    finally:
        page.context.close()


def test_a_relation_under_another_takes_its_parents_quad_class_and_code(tmp_path):
    lexicon = load_lexicon(ontology_copy(tmp_path, 'kg:embraces rdfs:subPropertyOf kg:meets ; '
                                                   'kg:verbPattern [ kg:verbLemma "embrace" ] .\n'))
    embraces, meets = lexicon.relations["embraces"], lexicon.relations["meets"]
    assert (embraces.quad_class, embraces.cameo, embraces.label) == (meets.quad_class, meets.cameo, "embraces")
    relations = analysed("Spain embraced Portugal.", lexicon).relations
    assert ("Spain", "embraces", "Portugal", "embraced") in found(relations)


def test_a_relation_with_no_quad_class_anywhere_above_it_is_refused(tmp_path):
    copy = ontology_copy(tmp_path, 'kg:adopts rdfs:subPropertyOf kg:relatesTo ; '
                                   'kg:verbPattern [ kg:verbLemma "adopt" ] .\n')
    with pytest.raises(OntologyError, match="relation adopts has no kg:quadClass"):
        load_lexicon(copy)


def test_an_adverb_of_joint_acting_is_read_from_the_ontology(tmp_path):
    sentence = "Chile and Peru worked collaboratively on the treaty."
    extended = load_lexicon(ontology_copy(tmp_path, '\nkg:JointAdverb kg:cueLemma "collaboratively" .\n'))
    assert ("Chile", "cooperatesWith", "Peru", "worked") in found(analysed(sentence, extended).relations)
    assert not analysed(sentence, load_lexicon()).relations
