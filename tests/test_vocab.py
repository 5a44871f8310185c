"""The ontology and its reading in code: structural terms closed, relations and cue words read as data."""

from __future__ import annotations

import re

import pytest
from rdflib import RDF, RDFS, Graph
from rdflib.collection import Collection
from rdflib.namespace import OWL, SH

from graph_builder.errors import OntologyError
from graph_builder.vocab import CUE_CLASSES, KG, ONTOLOGY, ROLE_CUES, SHAPES, load_lexicon
from tests.conftest import ROOT, ontology_copy


def test_every_structural_term_is_in_the_closed_namespace_and_back():
    lexicon = load_lexicon()
    ns = str(KG._NS)
    in_ontology = {str(s)[len(ns):] for s in lexicon.graph.subjects() if str(s).startswith(ns)}
    in_code = set(KG.__annotations__)
    assert in_ontology - set(lexicon.relations) == in_code
    assert not in_code & set(lexicon.relations), "relations are data, not members of KG"


def test_misspelt_terms_fail_at_once():
    with pytest.raises(AttributeError):
        KG.meets  # noqa: B018  (relations are not structural terms)
    with pytest.raises(OntologyError, match="unknown relation 'meet'"):
        load_lexicon().relation_iri("meet")


def test_relations_are_every_sub_property_of_relates_to():
    lexicon = load_lexicon()
    below = set(lexicon.graph.transitive_subjects(RDFS.subPropertyOf, KG.relatesTo)) - {KG.relatesTo}
    assert {info.iri for info in lexicon.relations.values()} == below
    assert lexicon.relation_iri("accuses") == ONTOLOGY.accuses  # a sub-property of criticizes counts too
    assert lexicon.relation_iri("praises") == ONTOLOGY.praises  # and one of cooperatesWith
    assert len(lexicon.relations) == 31


def test_every_relation_has_cameo_or_affiliation_and_a_pattern():
    lexicon = load_lexicon()
    patterns = {p.relation for ps in lexicon.verb_patterns.values() for p in ps}
    for name, info in lexicon.relations.items():
        assert info.quad_class in lexicon.quad_classes
        if info.quad_class != "Affiliation":
            assert info.cameo, name
            assert name in patterns, f"{name} has no verb pattern"
    assert (ONTOLOGY.meets, RDF.type, OWL.SymmetricProperty) in lexicon.graph
    assert lexicon.relations["meets"].symmetric
    assert (lexicon.title_relations["president"], lexicon.title_relations["envoy"]) == ("leaderOf", "memberOf")


def test_a_title_given_to_two_relations_is_refused(tmp_path):
    with pytest.raises(OntologyError, match="president"):
        load_lexicon(ontology_copy(tmp_path, '\nkg:memberOf kg:titlePattern "president" .\n'))


def test_quad_classes_carry_their_label_and_colour():
    quad_classes = load_lexicon().quad_classes
    assert list(quad_classes) == ["VerbalCooperation", "MaterialCooperation", "VerbalConflict", "MaterialConflict",
                                  "Affiliation"]
    assert (quad_classes["VerbalConflict"].label, quad_classes["VerbalConflict"].colour) == ("verbal conflict",
                                                                                            "#ef6c00")


def test_the_shapes_list_the_relations_of_the_ontology():
    lexicon = load_lexicon()
    allowed = lexicon.shapes.value(SHAPES.RelationValue, SH["in"])
    assert list(Collection(lexicon.shapes, allowed)) == [info.iri for info in lexicon.relations.values()]
    assert "kg:meets" not in (lexicon.folder / "shapes.ttl").read_text(), "shapes.ttl itself lists no relation"


@pytest.mark.parametrize("head, noun, particle, prep", [
    ("meet", None, None, "with"),
    ("hold", "talk", None, "with"),
    ("sit", None, "down", "with"),
    ("shoot", None, "down", None),
    ("rule", None, "out", None),
    ("give", "update", None, None),
])
def test_patterns_keep_the_part_of_each_word(head, noun, particle, prep):
    patterns = load_lexicon().verb_patterns[head]
    assert any((p.noun, p.particle, p.prep) == (noun, particle, prep) for p in patterns), patterns


def test_cue_words_are_data():
    lexicon = load_lexicon()
    assert lexicon.modal_auxiliaries["Hypothetical"] == {"would"}
    assert lexicon.modal_auxiliaries["Intended"] == {"must", "should", "ought"}
    assert lexicon.cues["NegationParticle"] == {"not", "n't"}
    assert lexicon.cues["NegationModifier"] == {"never", "no", "neither"}
    assert {"for", "toward"} <= lexicon.cues["GoverningPreposition"]
    assert lexicon.cues["Dismissal"] == {"rule out"}


def test_halting_and_denying_verbs_are_read_once_from_the_cue_classes():
    lexicon = load_lexicon()
    assert lexicon.halting_verbs == lexicon.cues["Past"] & lexicon.cues["Negation"] == {"stop", "cease"}
    assert {"refuse", "refusal", "unable"} <= lexicon.denying_verbs
    assert not lexicon.denying_verbs & (lexicon.cues["NegationParticle"] | lexicon.cues["NegationModifier"])
    assert lexicon.halting_verbs is lexicon.halting_verbs and lexicon.denying_verbs is lexicon.denying_verbs


def test_the_lexicon_is_read_once_a_folder():
    assert load_lexicon() is load_lexicon(load_lexicon().folder)


def test_a_folder_without_an_ontology_is_an_error(tmp_path):
    with pytest.raises(OntologyError, match="newskg.ttl"):
        load_lexicon(tmp_path)


def test_source_prepositions_are_data_of_two_words(tmp_path):
    assert ("according", "to") in load_lexicon().source_prepositions
    with pytest.raises(OntologyError, match="two words"):
        load_lexicon(ontology_copy(tmp_path, '\nkg:Attribution kg:sourcePreposition "in the words of" .\n'))


def test_verbs_of_statement_allegation_and_witness_and_nouns_of_request_give_the_relation_the_ontology_names():
    assert load_lexicon().cue_relations == {"StatementVerb": ("commentsOn", "010"),
                                            "AllegationVerb": ("accuses", "112"),
                                            "RequestNoun": ("appealsTo", "020"),
                                            "PersuadedVerb": ("rejects", "120"),
                                            "WitnessTelling": ("briefs", "040"),
                                            "DemandingModal": ("demands", "100"),
                                            "Intended": ("appealsTo", "020"),
                                            "Disapproval": ("criticizes", "11"),
                                            "Approval": ("praises", "051")}


def test_what_a_modal_asks_and_a_word_named_judges_is_data():
    lexicon = load_lexicon()
    assert lexicon.leaving_codes == {"DemandingModal": "1041", "Intended": "0241"}  # "must resign", "should resign"
    assert lexicon.adjective_judges == {"Disapproval"}  # "a disgraceful waste" criticises; no adjective praises
    assert lexicon.cues["OwnWord"] == {"own"}  # "his own party"


@pytest.mark.parametrize("cue, written", [
    ("StatementVerb", 'kg:cueRelation kg:commentsOn ; kg:cameoCode "010" .'),
    ("RequestNoun", 'kg:cueRelation kg:appealsTo ; kg:cameoCode "020" .'),
    ("DemandingModal", 'kg:cueRelation kg:demands ; kg:cameoCode "100" ; kg:leavingCameoCode "1041" .'),
    ("Approval", 'kg:cueRelation kg:praises ; kg:cameoCode "051" .'),
])
def test_a_cue_class_without_its_relation_is_an_error_naming_the_file(tmp_path, cue, written):
    copy = ontology_copy(tmp_path, "")
    turtle = copy / "newskg.ttl"
    text = turtle.read_text(encoding="utf-8")
    assert text.count(written) == 1
    turtle.write_text(text.replace(f" ;\n    {written}", " ."), encoding="utf-8")
    with pytest.raises(OntologyError, match=rf"newskg\.ttl gives no kg:cueRelation .*{cue}.*copy them from the "
                                            r"installed ontology/newskg\.ttl"):
        load_lexicon(copy)


def test_a_modal_without_the_code_of_a_call_to_resign_is_an_error_naming_the_file(tmp_path):
    copy = ontology_copy(tmp_path, "")
    turtle = copy / "newskg.ttl"
    text = turtle.read_text(encoding="utf-8")
    written = ' ; kg:leavingCameoCode "0241"'
    assert text.count(written) == 1
    turtle.write_text(text.replace(written, ""), encoding="utf-8")
    with pytest.raises(OntologyError, match=r"newskg\.ttl gives no kg:leavingCameoCode to the cue classes "
                                            r"\['Intended'\].*copy them from the installed ontology/newskg\.ttl"):
        load_lexicon(copy)


def test_a_cue_relation_the_ontology_does_not_define_is_an_error(tmp_path):
    with pytest.raises(OntologyError, match="newskg.ttl: kg:AllegationVerb has the kg:cueRelation 'acuses'"):
        load_lexicon(ontology_copy(tmp_path, "\nkg:AllegationVerb kg:cueRelation kg:acuses .\n"))


@pytest.mark.parametrize("cue, words", [
    ("JointAdverb", '"together" , "jointly"'),
    ("FightingAlongside", '"fight alongside"'),
    ("NotAboutPronoun", '"i" , "me" , "my" , "we" , "us" , "our" , "they" , "them" , "their"'),
    ("AddressingPronoun", '"you" , "that" , "this"'),
    ("ImpersonalSubject", '"it" , "there" , "this" , "that"'),
    ("AdverbialPreposition", '"after" , "before" , "by" , "while" , "since" , "upon" , "through" , "when"'),
    ("AimingPreposition", '"to" , "in"'),
    ("OwnWord", '"own"'),
])
def test_a_cue_class_the_extractors_read_is_required_of_the_ontology(tmp_path, cue, words):
    assert load_lexicon().cues[cue]
    copy = ontology_copy(tmp_path, "")
    turtle = copy / "newskg.ttl"
    text = turtle.read_text(encoding="utf-8")
    written = f' ;\n    kg:cueLemma {words} .'
    assert text.count(written) == 1
    turtle.write_text(text.replace(written, " ."), encoding="utf-8")
    with pytest.raises(OntologyError, match=rf"newskg\.ttl lacks the cue classes \['{cue}'\]"):
        load_lexicon(copy)


def test_every_cue_class_the_code_reads_without_a_fallback_is_required_of_the_ontology():
    """An older copy of the ontology folder (--ontology DIR) lacks the classes added since: it is refused when loaded,
    naming them, not when a document first needs one (a KeyError reported as a failed document)."""
    read = {name for path in (ROOT / "graph_builder").rglob("*.py")
            for name in re.findall(r'(?<![A-Za-z_])cues\["([A-Z][A-Za-z]+)"\]', path.read_text(encoding="utf-8"))}
    required = {*CUE_CLASSES, *ROLE_CUES.values()}
    assert read and not read - required, sorted(read - required)


@pytest.mark.parametrize("cue", ["GiftNoun", "Past", "ChiefTitle"])
def test_an_ontology_copy_without_a_cue_class_is_refused_naming_it_and_what_to_do(tmp_path, cue):
    copy = ontology_copy(tmp_path, "")
    turtle = copy / "newskg.ttl"
    graph = Graph().parse(turtle, format="turtle")
    graph.remove((KG[cue], KG.cueLemma, None))
    graph.serialize(turtle, format="turtle")
    with pytest.raises(OntologyError, match=rf"newskg\.ttl lacks the cue classes \['{cue}'\], which this version "
                                            r"reads; copy them from the installed ontology/newskg\.ttl"):
        load_lexicon(copy)
