"""Collective actors (issue 13): armed forces, police, governments, rebels, civilians and coalitions named by a
common noun are nodes with a CAMEO sector and an owner; one with no owner is a node of its document only."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS

from graph_builder.build import process
from graph_builder.entities import entity_iri
from graph_builder.errors import OntologyError
from graph_builder.rdf import document_iri, to_rdf
from graph_builder.records import Document, DocumentResult, Entity
from graph_builder.validate import validate
from graph_builder.vocab import KG, load_lexicon
from tests.conftest import ontology_copy


def results_of(*texts: str, **options) -> list[DocumentResult]:
    return process([Document(id=f"d{i}", text=t, source="<test>") for i, t in enumerate(texts)], **options)


def collectives(result: DocumentResult) -> dict[str, Entity]:
    """Text of each collective mention -> its entity."""
    return {m.text: m.entity for m in result.mentions if m.kind == "collective"}


def facts(result: DocumentResult) -> set[tuple[str, str, str]]:
    return {(r.subject.label, r.relation, r.object.label) for r in result.relations}


@pytest.mark.parametrize(("text", "phrase", "label", "sector", "owner"), [
    # a nationality word, a possessive and an "of" phrase name the owner
    ("Peruvian security forces arrested the smugglers.", "Peruvian security forces", "security forces of Peru",
     "COP", "Peru"),
    ("Chile's army attacked the rebels.", "Chile's army", "army of Chile", "MIL", "Chile"),
    ("The armed forces of Kenya attacked the militants.", "armed forces of Kenya", "armed forces of Kenya", "MIL",
     "Kenya"),
    ("The Government of Peru criticized Bolivia.", "Government of Peru", "government of Peru", "GOV", "Peru"),
    # "-led": a coalition led by its owner; a country that takes "the" keeps it after "by"
    ("The US-led coalition attacked the militants.", "US-led coalition", "coalition led by the United States", "IGO",
     "United States"),
    ("Kenyan police arrested protesters.", "Kenyan police", "police of Kenya", "COP", "Kenya"),
    ("Chilean lawmakers condemned the raid.", "Chilean lawmakers", "legislators of Chile", "LEG", "Chile"),
])
def test_the_owner_the_text_gives_names_the_node(text, phrase, label, sector, owner):
    found = collectives(results_of(text)[0])
    entity = found[phrase]
    assert (entity.label, entity.sector, entity.owner.label, entity.scope) == (label, sector, owner, "")
    assert entity.owner.type == "Country"


def test_surface_forms_of_one_collective_are_one_node():
    (result,) = results_of("Ukrainian armed forces attacked Russia. Ukraine's armed forces shelled Belgorod. "
                           "The armed forces of Ukraine later withdrew.")
    ids = {entity.id for entity in collectives(result).values()}
    assert ids == {entity_iri("armed forces of Ukraine")}


def test_governments_and_forces_are_organizations_rebels_and_civilians_groups():
    (result,) = results_of("Rebels attacked civilians. The Thai government condemned the rebels.")
    types = {e.label: e.type for e in collectives(result).values()}
    assert types == {"rebels": "Group", "civilians": "Group", "government of Thailand": "Organization"}


def test_members_of_a_named_group_act_as_that_group():
    (result,) = results_of("Hamas militants attacked Israeli troops.")
    assert ("Hamas", "attacks", "armed forces of Israel") in facts(result)
    assert collectives(result)["Hamas militants"].sector is None  # the organisation itself, not a collective


@pytest.mark.parametrize(("text", "fact"), [
    ("The men and women of the Red Hand Brigade attacked Kandor.", ("Red Hand Brigade", "attacks", "Kandor")),
    ("The Red Hand Brigade attacked UN personnel near the border.",
     ("Red Hand Brigade", "attacks", "United Nations")),
])
def test_the_men_and_women_of_an_organisation_act_as_it(text, fact):
    (result,) = results_of(text)
    assert fact in facts(result), facts(result)


@pytest.mark.parametrize("text", [
    "Coalition nations which have flown patrols over the strait include Chile, Peru and Norway.",
    "Coalition countries taking part in the exercise include Chile, Peru and Norway.",
    "The coalition members include Chile, Peru and Norway.",
])
def test_the_nations_of_a_coalition_are_the_coalition_and_those_listed_its_members(text):
    (result,) = results_of(text)
    assert {("Chile", "memberOf", "coalition"), ("Norway", "memberOf", "coalition")} <= facts(result), facts(result)


def test_men_and_women_of_no_organisation_are_no_actor():
    (result,) = results_of("Thousands of men and women marched in Velor. The men and women of Norway deserve better.")
    assert not [m for m in result.mentions if "women" in m.text], result.mentions


def test_fighters_of_a_name_the_model_missed_are_that_organisation():
    (result,) = results_of("Zorvani Brigade fighters attacked the town of Qasr.")
    entity = collectives(result)["Zorvani Brigade fighters"]
    assert (entity.label, entity.type) == ("Zorvani Brigade", "Organization")


def test_an_ownerless_collective_is_a_node_of_its_document_only():
    first, second = results_of("Rebels attacked the town.", "Rebels attacked the town.")
    rebels = [collectives(r)["Rebels"] for r in (first, second)]
    assert [e.scope for e in rebels] == ["d0", "d1"]
    assert rebels[0].id != rebels[1].id
    assert rebels[0].id == entity_iri("rebels", "d0")


def test_an_owned_collective_is_one_node_across_documents():
    first, second = results_of("Iraqi security forces attacked the town.",
                               "Rebels fought Iraq's security forces near Mosul.")
    forces = {e.id for r in (first, second) for e in r.entities if e.label == "security forces of Iraq"}
    assert forces == {entity_iri("security forces of Iraq")}
    assert all(e.scope == "" for r in (first, second) for e in r.entities if e.label == "security forces of Iraq")


def test_a_definite_description_is_the_one_collective_of_its_kind_named_before():
    (result,) = results_of("Syrian troops attacked Aleppo. The troops later shelled Homs.")
    assert ("armed forces of Syria", "attacks", "Homs") in facts(result)


def test_a_description_that_fits_two_collectives_is_left_unresolved():
    (result,) = results_of("Syrian troops and Russian troops attacked Aleppo. The troops later shelled Homs.")
    assert not any(obj == "Homs" for _, _, obj in facts(result))


def test_a_noun_that_needs_an_owner_names_nobody_alone():
    (result,) = results_of("Belarus sent troops to Russia last year.")
    assert collectives(result) == {}
    assert ("Belarus", "deploysTo", "Russia") in facts(result)


def test_a_hyphenated_country_word_is_no_owner():
    (result,) = results_of("Pro-Russian rebels attacked the village.")
    (entity,) = collectives(result).values()
    assert (entity.label, entity.owner) == ("rebels", None)


def test_a_proper_name_with_a_collective_noun_stays_a_name():
    (result,) = results_of("The Syrian Democratic Forces attacked Raqqa.")
    assert collectives(result) == {}


@pytest.mark.parametrize("text", [
    "The Green Party's local government spokesman Ana Ruiz criticised Tom Dorn.",
    "Chile's local government minister Ana Ruiz criticised Tom Dorn.",
])
def test_an_adjective_and_a_title_make_a_collective_noun_a_portfolio(text):
    (result,) = results_of(text)
    assert collectives(result) == {}
    # a minister of a country serves its government ("government of Chile"), no body of "local government"
    assert not any(s == "Ana Ruiz" and "local" in o.lower() for s, _, o in facts(result)), facts(result)


def test_a_collective_noun_before_a_title_is_still_its_owners_body():
    (result,) = results_of("Chilean government spokesman Ana Ruiz criticised Tom Dorn.")
    assert ("Ana Ruiz", "memberOf", "government of Chile") in facts(result)


def test_civilians_hold_no_roles():
    (result,) = results_of("Civilians fled as rebel commander Abu Omar attacked the town. Militants killed civilians.")
    assert ("militants", "attacks", "civilians") in facts(result)
    assert not any(s == "civilians" and r in ("memberOf", "leaderOf") for s, r, _ in facts(result))


def test_rdf_writes_sector_owner_and_document_and_validates():
    results = results_of("Chilean troops attacked the rebels.")
    graph = to_rdf(results)
    forces = URIRef(entity_iri("armed forces of Chile"))
    rebels = URIRef(entity_iri("rebels", "d0"))
    assert (forces, KG.sector, Literal("MIL")) in graph
    assert (forces, KG.belongsTo, URIRef(entity_iri("Chile"))) in graph
    assert (URIRef(entity_iri("Chile")), RDFS.label, Literal("Chile")) in graph
    assert (rebels, KG.scopeDocument, document_iri("d0")) in graph
    assert (rebels, KG.sector, Literal("REB")) in graph
    conforms, report = validate(graph, load_lexicon())
    assert conforms, report


def test_collective_nouns_are_ontology_data(tmp_path):
    folder = ontology_copy(tmp_path, '\ncol:Pirates a kg:Collective ; rdfs:label "pirates" ; kg:inSector sec:UAF ;\n'
                                     '    kg:actorType kg:Group ; kg:collectiveNoun "pirate" .\n')
    lexicon = load_lexicon(folder)
    assert lexicon.collective_nouns[("pirate",)].kind.sector == "UAF"
    (result,) = results_of("Somali pirates attacked the ship.", lexicon=lexicon)
    assert collectives(result)["Somali pirates"].label == "pirates of Somalia"


def test_a_collective_kind_without_sector_is_an_ontology_error(tmp_path):
    folder = ontology_copy(tmp_path, '\ncol:Pirates a kg:Collective ; rdfs:label "pirates" ; '
                                     'kg:actorType kg:Group ; kg:collectiveNoun "pirate" .\n')
    with pytest.raises(OntologyError, match="Pirates"):
        load_lexicon(folder)


def test_the_group_is_the_one_organisation_named_just_before():
    (result,) = results_of("Zorvani Brigade fighters seized the town. The group then attacked Kenyan troops.")
    assert ("Zorvani Brigade", "attacks", "armed forces of Kenya") in facts(result)


def test_the_group_after_two_organisations_is_left_unresolved():
    (result,) = results_of("Hamas and Hezbollah praised Iran. The group also attacked Israel.")
    assert not any(obj == "Israel" for _, _, obj in facts(result))
    assert not any(m.kind == "description" and m.text == "group" for m in result.mentions)


def test_the_party_is_the_one_party_named_just_before():
    (result,) = results_of("The Green Party has turned on Ivo Marsh. By Friday evening the party had challenged "
                           "Mr Marsh to stand down as a councillor.")
    assert ("Green Party", "demands", "Ivo Marsh") in facts(result)


def test_the_party_is_no_other_organisation():
    (result,) = results_of("The BBC interviewed Ivo Marsh on Monday. The party challenged Mr Marsh to stand down as "
                           "a councillor.")
    assert not any(m.kind == "description" and m.text == "party" for m in result.mentions)


def test_a_person_leads_a_collective_and_a_party_in_opposition_is_the_party():
    (result,) = results_of("Mugabe's forces attacked the Tory opposition.")
    found = collectives(result)
    assert found["Mugabe's forces"].label == "armed forces led by Mugabe"
    assert found["Tory opposition"].label == "Conservative Party"


def test_militants_of_a_people_are_not_the_whole_people():
    (result,) = results_of("Sunni militants attacked the village.")
    entity = collectives(result)["Sunni militants"]
    assert (entity.label, entity.owner.label, entity.sector) == ("Sunni militants", "Sunni", "REB")


def test_a_noun_before_the_collective_makes_it_another_body():
    (result,) = results_of("Tony Blair met the shadow cabinet. The minister praised the border police.")
    assert collectives(result) == {}


def test_a_store_names_collectives_as_a_file_build_and_forgets_a_documents_own_node(tmp_path):
    from graph_builder.build import build
    from graph_builder.store import KnowledgeStore

    path = tmp_path / "kg"
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("Rebels attacked Iraqi security forces near Mosul.", encoding="utf-8")
    second.write_text("Rebels fought Iraq's security forces again.", encoding="utf-8")
    build([str(first)], store=path)
    build([str(second)], store=path)
    knowledge = KnowledgeStore(path)
    count = "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a ?type ; rdfs:label '{}' . FILTER(?type IN (kg:Group, " \
            "kg:Organization)) }}"  # the store holds the ontology too, where the kind col:Rebels is labelled "rebels"
    assert int(next(iter(knowledge.query(count.format("rebels"))))["n"].value) == 2
    assert int(next(iter(knowledge.query(count.format("security forces of Iraq"))))["n"].value) == 1
    assert bool(knowledge.query("ASK { ?f rdfs:label 'security forces of Iraq' ; kg:sector 'COP' ; "
                                "kg:belongsTo [ rdfs:label 'Iraq' ] }"))
    knowledge.remove(knowledge.documents()[0])
    assert int(next(iter(knowledge.query(count.format("rebels"))))["n"].value) == 1


def test_the_document_mentions_the_owner_of_its_collectives():
    graph = to_rdf(results_of("Chilean troops attacked the rebels."))
    assert (document_iri("d0"), URIRef("https://schema.org/mentions"), URIRef(entity_iri("Chile"))) in graph


def test_a_collective_noun_inside_a_role_title_is_no_actor_of_its_own():
    (result,) = results_of("Government spokesman John Doe criticized the rebels. Local government secretary Jane Roe "
                           "resigned.")
    assert set(collectives(result)) == {"rebels"}
    assert not any(r in ("memberOf", "leaderOf") and o == "government" for _, r, o in facts(result))


def test_a_role_title_after_an_owned_collective_keeps_the_owner():
    (result,) = results_of("Kenyan police chief John Doe criticized the rebels.")
    assert ("John Doe", "leaderOf", "police of Kenya") in facts(result)  # a chief title ends the phrase: leads


def test_a_party_word_inside_a_capitalised_name_owns_nothing():
    """"Democratic" is a party's adjective, but before a capitalised "Forces" it is a word of a name."""
    (result,) = results_of("The Northern Democratic Forces shelled the town. Democratic lawmakers objected.")
    found = collectives(result)
    assert all("Democratic" not in entity.label for phrase, entity in found.items() if "Forces" in phrase), found
    assert found["Democratic lawmakers"].label == "Democratic Party", "a party's lawmakers act as the party"


@pytest.mark.parametrize("text", [
    "Labour MPs criticised Tom Dorn over the plan.",
    "Many Labour MPs criticised Tom Dorn over the plan.",
])
def test_a_partys_mps_act_as_the_party(text):
    found = collectives(results_of(text)[0])
    assert [entity.label for phrase, entity in found.items() if phrase.endswith("MPs")] == ["Labour Party"], found
