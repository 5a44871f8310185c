"""One node per actor across an archive: unification's rules (issue 13), each with multi-document cases of its own.

Most cases build documents' records by hand (``doc``), so the rule, not the model, is under test; the last ones
run the whole pipeline, to files and to a store."""

from __future__ import annotations

import json

import pytest

from graph_builder.build import build
from graph_builder.entities import Unifier, make_entity, unify
from graph_builder.entities.naming import initials_of
from graph_builder.ingest import clean_text, text_document
from graph_builder.records import Document, DocumentResult, Entity, Evidence, Mention, Quote, Relation
from graph_builder.store import KnowledgeStore
from graph_builder.vocab import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def doc(doc_id: str, text: str, names: dict[str, Entity], relations: tuple[tuple[str, str, str], ...] = ()
        ) -> DocumentResult:
    """A document's records as entity resolution would give them: every occurrence of each key of ``names`` in
    ``text`` is a name mention of its entity; ``relations`` are (subject text, relation, object text); the text is
    one sentence, quoted (so the words before each mention are in the records)."""
    mentions = []
    for surface, entity in names.items():
        start = text.find(surface)
        while start >= 0:
            mentions.append(Mention(doc_id=doc_id, start=start, end=start + len(surface), text=surface, kind="name",
                                    entity=entity))
            start = text.find(surface, start + len(surface))
    sentence = Evidence(doc_id=doc_id, sentence=text, start=0, end=len(text))
    facts = tuple(Relation(subject=names[s], relation=r, object=names[o], verb=r, evidence=sentence)
                  for s, r, o in relations)
    quote = Quote(speaker=next(iter(names.values())), text=text, evidence=sentence)
    unique = {e.id: e for e in names.values()}
    return DocumentResult(document=Document(id=doc_id, text=text, source=doc_id), sentences=1,
                          entities=tuple(unique.values()), mentions=tuple(sorted(mentions, key=lambda m: m.start)),
                          relations=facts, quotes=(quote,))


def person(label: str, *aliases: str) -> Entity:
    return make_entity(label, "Person", aliases)


def org(label: str, *aliases: str) -> Entity:
    return make_entity(label, "Organization", aliases)


def labels(results: list[DocumentResult]) -> dict[str, str]:
    """label -> type of every entity of the unified documents."""
    return {e.label: e.type for result in results for e in result.entities}


def label_in(result: DocumentResult, text: str) -> str:
    (mention,) = {m.entity for m in result.mentions if m.text == text}
    return mention.label


# Scoped entities, sector and owner (contract 2)

def test_scoped_entities_pass_through_and_two_documents_keep_two_nodes(lexicon):
    first = make_entity("rebels", "Group", scope="a")
    second = make_entity("rebels", "Group", scope="b")
    results = unify([doc("a", "The rebels shelled the town.", {"rebels": first}),
                     doc("b", "The rebels withdrew.", {"rebels": second})], lexicon=lexicon)
    assert [r.entities for r in results] == [(first,), (second,)]
    assert first.id != second.id


def test_sector_and_owner_survive_unification_and_the_owner_is_unified_too(lexicon):
    country = make_entity("Freedonia", "Country")
    police = make_entity("Freedonian police", "Organization", sector="COP", owner=country)
    (result,) = unify([doc("a", "Freedonian police raided the office of Freedonia.",
                           {"Freedonian police": police, "Freedonia": country})], lexicon=lexicon)
    (unified,) = [e for e in result.entities if e.label == "Freedonian police"]
    assert unified.sector == "COP" and unified.owner == country


def test_scoped_names_do_not_vote_or_join(lexicon):
    scoped = make_entity("Ostrava", "Person", scope="a")
    results = unify([doc("a", "Ostrava spoke.", {"Ostrava": scoped}),
                     doc("b", "Pavel Ostrava spoke.", {"Pavel Ostrava": person("Pavel Ostrava")})], lexicon=lexicon)
    assert results[0].entities == (scoped,)


# Surnames: the one person in reach

def test_a_surname_joins_the_only_full_name_of_the_archive(lexicon):
    results = unify([doc("a", "Miranda Okafor spoke in Leeds.", {"Miranda Okafor": person("Miranda Okafor")}),
                     doc("b", "Okafor said no.", {"Okafor": person("Okafor")})], lexicon=lexicon)
    assert label_in(results[1], "Okafor") == "Miranda Okafor"


def test_a_surname_joins_the_dominant_full_name_not_a_namesake_named_once(lexicon):
    docs = [doc(f"m{i}", "Petra Lindqvist voted.", {"Petra Lindqvist": person("Petra Lindqvist")}) for i in range(6)]
    docs += [doc("n", "Oskar Lindqvist painted.", {"Oskar Lindqvist": person("Oskar Lindqvist")}),
             doc("s", "Lindqvist voted again.", {"Lindqvist": person("Lindqvist")})]
    results = unify(docs, lexicon=lexicon)
    assert label_in(results[-1], "Lindqvist") == "Petra Lindqvist"
    assert "Oskar Lindqvist" in labels(results), "the namesake keeps his node"


def test_a_surname_of_two_persons_named_alike_often_stays_apart(lexicon):
    docs = [doc(f"p{i}", "Petra Lindqvist voted.", {"Petra Lindqvist": person("Petra Lindqvist")}) for i in range(3)]
    docs += [doc(f"o{i}", "Oskar Lindqvist painted.", {"Oskar Lindqvist": person("Oskar Lindqvist")})
             for i in range(2)]
    docs.append(doc("s", "Lindqvist voted again.", {"Lindqvist": person("Lindqvist")}))
    assert label_in(unify(docs, lexicon=lexicon)[-1], "Lindqvist") == "Lindqvist"


def test_a_first_name_alone_never_joins_across_documents_nor_stays_an_alias(lexicon):
    results = unify([doc("a", "Bartholomew Quince met Bartholomew.",
                         {"Bartholomew Quince": person("Bartholomew Quince", "Bartholomew", "Quince")}),
                     doc("b", "Bartholomew sang.", {"Bartholomew": person("Bartholomew")})], lexicon=lexicon)
    assert label_in(results[1], "Bartholomew") == "Bartholomew"
    (quince,) = [e for e in results[0].entities if e.label == "Bartholomew Quince"]
    assert "Bartholomew" not in quince.aliases and "Quince" in quince.aliases


def test_a_first_name_alone_that_names_nobody_is_a_node_of_its_own_document(lexicon):
    results = unify([doc("a", "Bartholomew sang.", {"Bartholomew": person("Bartholomew")}),
                     doc("b", "Bartholomew danced.", {"Bartholomew": person("Bartholomew")}),
                     doc("c", "Quince danced.", {"Quince": person("Quince")}),
                     doc("d", "Quince sang.", {"Quince": person("Quince")})], lexicon=lexicon)
    first_names = [e for result in results[:2] for e in result.entities]
    assert [e.scope for e in first_names] == ["a", "b"] and first_names[0].id != first_names[1].id
    assert {e.id for result in results[2:] for e in result.entities} == {make_entity("Quince", "Person").id}, \
        "a surname alone stays one node of the archive"


def test_the_government_of_a_person_the_archive_says_leads_a_country_is_that_countrys(lexicon):
    def leads(doc_id: str) -> DocumentResult:
        return doc(doc_id, "Prime Minister Hugo Brannagh leads Freedonia.",
                   {"Hugo Brannagh": person("Hugo Brannagh"), "Freedonia": make_entity("Freedonia", "Country")},
                   (("Hugo Brannagh", "leaderOf", "Freedonia"),))

    def government_of(owner: Entity) -> Entity:
        return make_entity(f"government led by {owner.label}", "Organization", sector="GOV", owner=owner)

    def party_government(party: str) -> Entity:
        return make_entity(f"government of the {party}", "Organization", sector="GOV", owner=org(party))

    brannagh, vell = person("Hugo Brannagh"), person("Ada Vell")
    results = unify([leads("a"), leads("b"),
                     doc("c", "Mr Brannagh's government fell.", {"government": government_of(brannagh)}),
                     doc("d", "Ms Vell's government fell.", {"government": government_of(vell)}),
                     doc("e", "Unity Party leader Hugo Brannagh and Reform Party leader Ada Vell spoke.",
                         {"Hugo Brannagh": brannagh, "Ada Vell": vell, "Unity Party": org("Unity Party"),
                          "Reform Party": org("Reform Party")},
                         (("Hugo Brannagh", "leaderOf", "Unity Party"), ("Ada Vell", "leaderOf", "Reform Party"))),
                     doc("f", "The Unity government fell.", {"Unity government": party_government("Unity Party")}),
                     doc("g", "A Reform government would fall.",
                         {"Reform government": party_government("Reform Party")})], lexicon=lexicon)
    assert label_in(results[2], "government") == "government of Freedonia"
    assert label_in(results[3], "government") == "government led by Ada Vell", "no archive says she leads a country"
    assert label_in(results[5], "Unity government") == "government of Freedonia", "its leader leads Freedonia"
    assert label_in(results[6], "Reform government") == "government of the Reform Party"


def test_a_role_node_of_a_leading_title_is_the_archives_one_leader_of_its_owner_at_its_date(lexicon):
    from dataclasses import replace

    unity = org("Unity Party")

    def leads(doc_id: str, day: str) -> DocumentResult:
        result = doc(doc_id, "Unity Party leader Hugo Brannagh spoke.",
                     {"Hugo Brannagh": person("Hugo Brannagh"), "Unity Party": unity},
                     (("Hugo Brannagh", "leaderOf", "Unity Party"),))
        return replace(result, document=replace(result.document, date=day))

    def role_node(doc_id: str, day: str | None) -> DocumentResult:
        node = make_entity("Leader of the Unity Party", "Person", owner=unity, scope=doc_id)
        result = doc(doc_id, "The Unity Party leader said no to Ada Vell.",
                     {"Unity Party leader": node, "Ada Vell": person("Ada Vell")},
                     (("Unity Party leader", "rejects", "Ada Vell"),))
        mentions = tuple(replace(m, kind="role") if m.entity == node else m for m in result.mentions)
        return replace(result, mentions=mentions, document=replace(result.document, date=day))

    results = unify([leads("a", "2005-01-10"), leads("b", "2005-04-02"), role_node("c", "2005-03-01"),
                     role_node("d", None), role_node("e", "2012-06-01")], lexicon=lexicon)
    assert label_in(results[2], "Unity Party leader") == "Hugo Brannagh"
    assert [r.subject.label for r in results[2].relations] == ["Hugo Brannagh"]
    assert label_in(results[3], "Unity Party leader") == "Hugo Brannagh", "an undated article: the only leader"
    assert label_in(results[4], "Unity Party leader") == "Leader of the Unity Party", "seven years on: maybe not him"


def test_two_leaders_of_one_owner_leave_its_role_node_as_it_is(lexicon):
    from dataclasses import replace

    unity = org("Unity Party")
    docs = [doc(f"{name[0]}{i}", f"Unity Party leader {name} spoke.", {name: person(name), "Unity Party": unity},
                ((name, "leaderOf", "Unity Party"),)) for name in ("Hugo Brannagh", "Ada Vell") for i in range(2)]
    node = make_entity("Leader of the Unity Party", "Person", owner=unity, scope="r")
    last = doc("r", "The Unity Party leader spoke.", {"Unity Party leader": node})
    last = replace(last, mentions=tuple(replace(m, kind="role") for m in last.mentions))
    assert label_in(unify([*docs, last], lexicon=lexicon)[-1], "Unity Party leader") == "Leader of the Unity Party"


def test_a_courtesy_title_is_no_part_of_the_name_compared(lexicon):
    results = unify([doc("a", "Hugo Brannagh spoke.", {"Hugo Brannagh": person("Hugo Brannagh")}),
                     doc("b", "Mr Brannagh left.", {"Mr Brannagh": org("Mr Brannagh")}),
                     doc("c", "Sir Hugo Brannagh came.", {"Sir Hugo Brannagh": person("Sir Hugo Brannagh")})],
                    lexicon=lexicon)
    assert {label_in(results[1], "Mr Brannagh"), label_in(results[2], "Sir Hugo Brannagh")} == {"Hugo Brannagh"}


def test_a_document_labelling_a_person_by_surname_gives_the_full_name_others_join(lexicon):
    ruhle = person("Ruhle", "Gen Anselm Ruhle", "Gen")  # the document's cluster took the surname for its label
    results = unify([doc("a", "Gen Anselm Ruhle spoke. Ruhle left.", {"Ruhle": ruhle}),
                     doc("b", "Anselm Ruhle agreed.", {"Anselm Ruhle": org("Anselm Ruhle")}),
                     doc("c", "Ruhle agreed.", {"Ruhle": person("Ruhle")})], lexicon=lexicon)
    assert labels(results) == {"Anselm Ruhle": "Person"}
    (ruhle,) = results[0].entities
    assert "Gen" not in ruhle.aliases, "a courtesy title alone is no alias"


def test_a_role_title_before_a_full_name_and_a_post_nominal_are_no_name_parts(lexicon):
    results = unify([doc("a", "Wendeline Achterberg spoke.", {"Wendeline Achterberg": person("Wendeline Achterberg")}),
                     doc("b", "Wendeline Achterberg spoke.", {"Wendeline Achterberg": person("Wendeline Achterberg")}),
                     doc("c", "President Wendeline Achterberg came.",
                         {"President Wendeline Achterberg": person("President Wendeline Achterberg")}),
                     doc("d", "Wendeline Achterberg MP came.",
                         {"Wendeline Achterberg MP": person("Wendeline Achterberg MP")}),
                     doc("e", "King Osric reigned.", {"King Osric": person("King Osric")}),
                     doc("f", "Osric Fenwick voted.", {"Osric Fenwick": person("Osric Fenwick")})], lexicon=lexicon)
    assert set(labels(results)) == {"Wendeline Achterberg", "King Osric", "Osric Fenwick"}


def test_a_full_name_another_name_ran_into_is_that_person(lexicon):
    results = unify([doc("a", "Tamsin Orley spoke.", {"Tamsin Orley": person("Tamsin Orley")}),
                     doc("b", "Ewan Pryce and Tamsin Orley met.", {"Ewan Pryce": person("Ewan Pryce"),
                                                                   "Tamsin Orley": person("Tamsin Orley")}),
                     doc("c", "Pryce Tamsin Orley", {"Pryce Tamsin Orley": person("Pryce Tamsin Orley")}),
                     doc("d", "Lowlanders Tamsin Orley", {"Lowlanders Tamsin Orley":
                                                             person("Lowlanders Tamsin Orley")}),
                     doc("e", "The Lowlanders won.", {"Lowlanders": org("Lowlanders")}),
                     doc("f", "Rowan Tamsin Orley", {"Rowan Tamsin Orley": person("Rowan Tamsin Orley")})],
                    lexicon=lexicon)
    assert label_in(results[2], "Pryce Tamsin Orley") == "Tamsin Orley"
    assert label_in(results[3], "Lowlanders Tamsin Orley") == "Tamsin Orley"
    assert label_in(results[5], "Rowan Tamsin Orley") == "Rowan Tamsin Orley", "Rowan names nobody: a first name"


def test_middle_initials_particles_and_hyphens_do_not_split_a_person(lexicon):
    results = unify([doc("a", "Karim al-Zahrani spoke. Karim al-Zahrani left.",
                         {"Karim al-Zahrani": person("Karim al-Zahrani")}),
                     doc("b", "Karim Al Zahrani came.", {"Karim Al Zahrani": person("Karim Al Zahrani")}),
                     doc("c", "Ruth Q. Abernathy came.", {"Ruth Q. Abernathy": person("Ruth Q. Abernathy")}),
                     doc("d", "Ruth Abernathy went.", {"Ruth Abernathy": person("Ruth Abernathy")}),
                     doc("e", "Ruth Abernathy stayed.", {"Ruth Abernathy": person("Ruth Abernathy")})],
                    lexicon=lexicon)
    assert label_in(results[1], "Karim Al Zahrani") == "Karim al-Zahrani"
    assert label_in(results[2], "Ruth Q. Abernathy") == "Ruth Abernathy"


def test_a_double_surname_or_either_part_alone_joins_the_person_but_two_surnames_joined_do_not(lexicon):
    varley = person("Imogen Varley-Thorpe")
    results = unify([doc("a", "Imogen Varley-Thorpe spoke.", {"Imogen Varley-Thorpe": varley}),
                     doc("b", "Varley-Thorpe left.", {"Varley-Thorpe": person("Varley-Thorpe")}),
                     doc("c", "Mr Varley came.", {"Varley": person("Varley")}),
                     doc("d", "Hamish Orrock voted.", {"Hamish Orrock": person("Hamish Orrock")}),
                     doc("e", "The Orrock-Thorpe feud.", {"Orrock-Thorpe": person("Orrock-Thorpe")})],
                    lexicon=lexicon)
    assert label_in(results[1], "Varley-Thorpe") == "Imogen Varley-Thorpe"
    assert label_in(results[2], "Varley") == "Imogen Varley-Thorpe"
    assert label_in(results[4], "Orrock-Thorpe") == "Orrock-Thorpe", "two persons' surnames are neither of them"


def test_a_nickname_and_its_full_first_name_are_one_person_unlike_names(lexicon):
    results = unify([doc("a", "Vince Obradovic spoke.", {"Vince Obradovic": person("Vince Obradovic")}),
                     doc("b", "Vince Obradovic spoke.", {"Vince Obradovic": person("Vince Obradovic")}),
                     doc("c", "Vincent Obradovic came.", {"Vincent Obradovic": person("Vincent Obradovic")}),
                     doc("d", "Obradovic left.", {"Obradovic": person("Obradovic")}),
                     doc("e", "Jack Pellinger voted.", {"Jack Pellinger": person("Jack Pellinger")}),
                     doc("f", "John Pellinger voted.", {"John Pellinger": person("John Pellinger")})],
                    lexicon=lexicon)
    assert {label_in(results[2], "Vincent Obradovic"), label_in(results[3], "Obradovic")} == {"Vince Obradovic"}
    assert {"Jack Pellinger", "John Pellinger"} <= set(labels(results)), "Jack is not John's nickname by its letters"


def test_a_nickname_of_another_gender_is_another_person(lexicon):
    """"Andy" is a nickname of "Andrea" as of "Andrew" in the table, but Andy is a man's name and Andrea a woman's."""
    results = unify([doc("a", "Andy Pellinger spoke.", {"Andy Pellinger": person("Andy Pellinger")}),
                     doc("b", "Andy Pellinger spoke.", {"Andy Pellinger": person("Andy Pellinger")}),
                     doc("c", "Andrea Pellinger came.", {"Andrea Pellinger": person("Andrea Pellinger")})],
                    lexicon=lexicon)
    assert label_in(results[2], "Andrea Pellinger") == "Andrea Pellinger"


def test_a_peers_styles_are_one_person_never_joined_to_a_full_name(lexicon):
    results = unify([doc("a", "Neville Ashgrove spoke.", {"Neville Ashgrove": person("Neville Ashgrove")}),
                     doc("b", "Lord Ashgrove said no.", {"Lord Ashgrove": person("Lord Ashgrove")}),
                     doc("c", "Lord Ashgrove said no.", {"Lord Ashgrove": person("Lord Ashgrove")}),
                     doc("d", "Baron Ashgrove spoke.", {"Baron Ashgrove": person("Baron Ashgrove")}),
                     doc("e", "Baroness Ashgrove said no.", {"Baroness Ashgrove": person("Baroness Ashgrove")}),
                     doc("f", "Lord Quarrie said no.", {"Lord Quarrie": person("Lord Quarrie")}),
                     doc("g", "Quarrie agreed.", {"Quarrie": person("Quarrie")})], lexicon=lexicon)
    assert label_in(results[3], "Baron Ashgrove") == "Lord Ashgrove"
    assert label_in(results[1], "Lord Ashgrove") == "Lord Ashgrove", "a peer is not the commoner of his surname"
    assert label_in(results[4], "Baroness Ashgrove") == "Baroness Ashgrove", "nor another peer of that surname"
    assert label_in(results[6], "Quarrie") == "Lord Quarrie", "the one peer of a surname nobody is named in full by"


def test_a_peer_an_article_names_in_full_too_is_that_person_in_every_article(lexicon):
    results = unify([doc("a", "Neville Ashgrove, now Lord Ashgrove, spoke.",
                         {"Neville Ashgrove": person("Neville Ashgrove", "Lord Ashgrove")}),
                     doc("b", "Lord Ashgrove said no.", {"Lord Ashgrove": person("Lord Ashgrove")}),
                     doc("c", "Baron Ashgrove spoke.", {"Baron Ashgrove": person("Baron Ashgrove")}),
                     doc("d", "Baroness Ashgrove said no.", {"Baroness Ashgrove": person("Baroness Ashgrove")})],
                    lexicon=lexicon)
    assert label_in(results[1], "Lord Ashgrove") == label_in(results[2], "Baron Ashgrove") == "Neville Ashgrove"
    assert label_in(results[3], "Baroness Ashgrove") == "Baroness Ashgrove", "a peer of the other gender stays apart"


def test_a_peers_style_the_vote_made_an_organization_stays_as_it_is(lexicon):
    """A name styled like a peer's that is no person of the archive (typed an organization) is left alone."""
    results = unify([doc("a", "Lord Tarrant Estates sold land.", {"Lord Tarrant": org("Lord Tarrant")}),
                     doc("b", "Lord Tarrant Estates sold land.", {"Lord Tarrant": org("Lord Tarrant")})],
                    lexicon=lexicon)
    assert labels(results) == {"Lord Tarrant": "Organization"}


def test_a_party_named_after_a_country_joins_its_name_without_the_country(lexicon):
    results = unify([doc("a", "The UK Freedom Alliance Party grew.",
                         {"UK Freedom Alliance Party": org("UK Freedom Alliance Party")}),
                     doc("b", "Freedom Alliance Party leader spoke.",
                         {"Freedom Alliance Party": org("Freedom Alliance Party")}),
                     doc("c", "The Harbour Workers Union met.",
                         {"Harbour Workers Union": org("Harbour Workers Union")}),
                     doc("d", "The US Harbour Workers Union met.",
                         {"US Harbour Workers Union": org("US Harbour Workers Union")}),
                     doc("e", "The UK Harbour Workers Union met.",
                         {"UK Harbour Workers Union": org("UK Harbour Workers Union")})], lexicon=lexicon)
    assert label_in(results[1], "Freedom Alliance Party") == "UK Freedom Alliance Party"
    assert label_in(results[2], "Harbour Workers Union") == "Harbour Workers Union", "two countries' unions: neither"


# Organizations: acronyms and generic words

def test_an_acronym_defined_in_one_document_joins_its_organization_in_others(lexicon):
    ferries = org("Northwind Ferries", "NWF")  # entity resolution made the defined acronym an alias
    results = unify([doc("a", "Northwind Ferries (NWF) cut routes.", {"Northwind Ferries": ferries}),
                     doc("b", "NWF raised fares.", {"NWF": person("NWF")})], lexicon=lexicon)
    assert label_in(results[1], "NWF") == "Northwind Ferries"
    assert labels(results)["Northwind Ferries"] == "Organization"


def test_an_acronym_the_gazetteer_knows_joins_its_organization(lexicon):
    results = unify([doc("a", "The IMF lent money.", {"IMF": org("IMF")})], lexicon=lexicon)
    assert label_in(results[0], "IMF") == "International Monetary Fund"


def test_plural_generic_words_stay_nodes_of_their_document(lexicon):
    results = unify([doc("a", "MPs voted.", {"MPs": person("MPs")}), doc("b", "MPs voted.", {"MPs": person("MPs")})],
                    lexicon=lexicon)
    assert [e.scope for r in results for e in r.entities] == ["a", "b"]


def test_generic_words_stay_nodes_of_their_document_and_join_no_name(lexicon):
    navy = org("Navy")
    results = unify([doc("a", "The Navy sailed. Navy Commodore Tern spoke.",
                         {"Navy": navy, "Commodore Tern": person("Commodore Tern")}),
                     doc("b", "The Navy docked.", {"Navy": org("Navy")}),
                     doc("c", "Ilse Navy sang.", {"Ilse Navy": person("Ilse Navy")})], lexicon=lexicon)
    first, second = (next(e for e in r.entities if e.label == "Navy") for r in results[:2])
    assert first.scope == "a" and second.scope == "b" and first.id != second.id
    assert "Navy" not in {a for r in results for e in r.entities for a in e.aliases}


def test_a_relation_between_a_generic_word_and_an_actor_keeps_its_document_node(lexicon):
    government = org("Government")
    pilar = person("Pilar Duvane")
    (result,) = unify([doc("a", "The Government criticised Pilar Duvane.",
                           {"Government": government, "Pilar Duvane": pilar},
                           (("Government", "criticizes", "Pilar Duvane"),))], lexicon=lexicon)
    (relation,) = result.relations
    assert relation.subject.scope == "a" and relation.subject.label == "Government"


# Types voted over the archive, with evidence

def test_an_acronym_the_ner_called_a_person_is_an_organization(lexicon):
    results = unify([doc("a", "QXT expanded.", {"QXT": person("QXT")}),
                     doc("b", "QXT shrank.", {"QXT": person("QXT")})], lexicon=lexicon)
    assert labels(results)["QXT"] == "Organization"


def test_an_organization_cue_outweighs_person_votes(lexicon):
    results = unify([doc("a", "The oil firm Vantorsk was fined.", {"Vantorsk": person("Vantorsk")}),
                     doc("b", "Shares in Vantorsk fell.", {"Vantorsk": person("Vantorsk")})], lexicon=lexicon)
    assert labels(results)["Vantorsk"] == "Organization"


def test_a_courtesy_title_before_a_name_outweighs_organization_votes(lexicon):
    results = unify([doc("a", "Mr Dellacroix resigned.", {"Dellacroix": org("Dellacroix")}),
                     doc("b", "Dellacroix wrote.", {"Dellacroix": org("Dellacroix")})], lexicon=lexicon)
    assert labels(results)["Dellacroix"] == "Person"


def test_a_person_whose_surname_is_an_organization_word_stays_a_person(lexicon):
    results = unify([doc("a", "Margaret Court won.", {"Margaret Court": person("Margaret Court")}),
                     doc("b", "The Supreme Court ruled.", {"Supreme Court": person("Supreme Court")})],
                    lexicon=lexicon)
    assert labels(results) == {"Margaret Court": "Person", "Supreme Court": "Organization"}


def test_a_full_name_whose_surname_follows_ms_elsewhere_is_a_person(lexicon):
    results = unify([doc("a", "Marta Kowalczyk spoke.", {"Marta Kowalczyk": org("Marta Kowalczyk")}),
                     doc("b", "Ms Kowalczyk left.", {"Kowalczyk": person("Kowalczyk")})], lexicon=lexicon)
    assert labels(results) == {"Marta Kowalczyk": "Person"}


def test_a_type_the_store_knows_stays(lexicon):
    results = Unifier({"Halvard": "Organization"}, lexicon=lexicon).unify(
        [doc("a", "Mr Halvard spoke.", {"Halvard": person("Halvard")})])
    assert labels(results) == {"Halvard": "Organization"}


# Ingest: format characters and no-break spaces

@pytest.mark.parametrize("raw, clean", [
    ("Ingrid Sol\u00adberg voted", "Ingrid Solberg voted"),
    ("Ingrid\u00a0Solberg voted", "Ingrid Solberg voted"),
    ("Ingrid\u202fSolberg voted", "Ingrid Solberg voted"),
    ("Ingrid \u2066Solberg\u2069 voted\u2063", "Ingrid Solberg voted"),
    ("\U000e0067Ingrid Solberg\u200b voted", "Ingrid Solberg voted"),
])
def test_format_characters_and_no_break_spaces_are_cleaned_at_ingest(raw, clean):
    assert clean_text(raw) == clean


def test_offsets_point_into_the_cleaned_text(tmp_path):
    document = text_document("Ingrid Sol\u00adberg met Tomas\u00a0Varga in Oslo.", source="x")
    from graph_builder.build import process

    (result,) = process([document])
    assert all(document.text[m.start:m.end] == m.text for m in result.mentions)
    assert {"Ingrid Solberg", "Tomas Varga"} <= {m.entity.label for m in result.mentions}


# The whole pipeline: files and a store name actors alike

ARCHIVE = {  # the bare surname comes first: a store build learns the full name one document later
    "a": "Solberg criticized Russia on Tuesday.",
    "b": "Foreign Minister Ingrid Solberg met Tomas Varga in Oslo on Monday.",
    "c": "Northwind Ferries (NWF) cut its routes. The company blamed fuel costs.",
    "d": "NWF later raised its fares, and Varga condemned the move.",
    "e": "The Government said the Navy would sail. Mr Varga praised the Navy.",
}


def test_a_store_build_names_actors_as_a_file_build_does(tmp_path):
    articles = tmp_path / "articles.jsonl"
    articles.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in ARCHIVE.items()),
                        encoding="utf-8")
    files = build([str(articles)], out=tmp_path / "out", html=False)
    build([str(articles)], store=tmp_path / "kg")
    from_files = {(e.label, e.type, e.scope) for r in files.results for e in r.entities}
    rows = KnowledgeStore(tmp_path / "kg").query(
        "SELECT ?l ?t WHERE { ?d schema:mentions ?e . ?e rdfs:label ?l ; a ?t }")
    from_store = {(row["l"].value, row["t"].value.rsplit("#", 1)[-1]) for row in rows}
    assert {(label, type_) for label, type_, _ in from_files} == from_store
    assert ("Ingrid Solberg", "Person", "") in from_files and ("Solberg", "Person", "") not in from_files


def test_a_later_store_build_joins_a_surname_to_the_person_the_store_knows(tmp_path):
    first = tmp_path / "first.jsonl"
    first.write_text(json.dumps({"id": "b", "text": ARCHIVE["b"]}) + "\n", encoding="utf-8")
    later = tmp_path / "later.jsonl"
    later.write_text(json.dumps({"id": "a", "text": ARCHIVE["a"]}) + "\n", encoding="utf-8")
    build([str(first)], store=tmp_path / "kg")
    report = build([str(later)], store=tmp_path / "kg")
    assert {e.label for r in report.results for e in r.entities} >= {"Ingrid Solberg"}


@pytest.mark.parametrize("acronym, name, spells", [
    ("GM", "General Motors", True),
    ("UFAL", "United Front of Arvia and the Lowlands", True),
    ("FCO", "Foreign and Commonwealth Office", True),
    ("NWF", "Northwind Ferries", True),
    ("KLF", "Alliance to Defeat KLF", False),
    ("NDA", "National Democratic Alliance Party", False),
])
def test_an_acronym_joins_across_documents_only_the_name_whose_initials_it_spells(acronym, name, spells):
    assert initials_of(acronym, name) is spells
