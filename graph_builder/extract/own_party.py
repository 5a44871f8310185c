"""A person's own organisation named by a possessive pronoun ("Tom Reed says his party will cut taxes"): the person
is a member of the one organisation of that kind the document's titles give them ("Harbour Party leader Tom Reed").

Read for the nouns of ``kg:groupNoun`` that name an actor class of senses.yaml ("party"). Only when the pronoun is
the person's in its clause: the nearest subject above the noun that names a person is that person ("Reed said
ministers had ignored his party"; not "Ann Vale has used a new name for his party", where the pronoun's reading is
in doubt), when the noun names nothing itself and no word but "own" (kg:OwnWord) describes it ("his new party" may be
another), and when the titles give the person exactly one organisation of that kind and none held before."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from graph_builder.entities import DocEntities
from graph_builder.extract.scoring import confidence, evidence
from graph_builder.extract.senses import is_a
from graph_builder.extract.syntax import children
from graph_builder.records import Entity, Mention, Relation
from graph_builder.vocab import Lexicon

_AFFILIATIONS = frozenset({"memberOf", "employedBy", "leaderOf"})
_SUBJECTS = ("nsubj", "nsubjpass")
_DESCRIBING = ("amod", "compound", "nmod", "nummod")


def own_organisations(entities: DocEntities, lexicon: Lexicon, records: Iterable[Relation]) -> Iterator[Relation]:
    """memberOf from the person a possessive pronoun stands for to their organisation ``records`` (the titles' records
    of the document) name, where "his" or "her" owns a noun of an actor class ("his party")."""
    records = list(records)
    known = _affiliations(records)
    nouns = lexicon.group_nouns & lexicon.senses.actor_classes.keys()
    if not known or not nouns:
        return
    stated = {(r.subject.id, r.object.id, r.evidence.start) for r in records}  # a title in the same sentence
    for noun in entities.tokens.with_lemma(nouns):
        found = _owned(noun, entities, lexicon)
        organisation = _only_organisation(found[0], noun, known, lexicon) if found else None
        if found and organisation is not None and (found[0].entity.id, organisation.id,
                                                    _sentence_start(noun, entities)) not in stated:
            yield _membership(found, noun, organisation, entities)


def _sentence_start(token: Token, entities: DocEntities) -> int:
    """The character offset the evidence of a record read at the token starts at (``evidence``), without its text."""
    return entities.tokens[entities.sentence_bounds(token)[0]].idx


def _only_organisation(person: Mention, noun: Token, known: dict[str, list[Entity]], lexicon: Lexicon
                       ) -> Entity | None:
    """The one organisation of the person's titles of the noun's class ("his party": a party); None if not one."""
    organisations = [o for o in known.get(person.entity.id, ()) if is_a(o, noun.lemma_.lower(), lexicon.senses)]
    return organisations[0] if len(organisations) == 1 else None


def _membership(found: tuple[Mention, Token], noun: Token, organisation: Entity, entities: DocEntities) -> Relation:
    person, pronoun = found
    return Relation(subject=person.entity, relation="memberOf", object=organisation,
                    verb=f"{pronoun.text} {noun.text}", evidence=evidence(noun, entities), extractor="roles",
                    confidence=confidence(0.7, person.kind, "name"))


def _affiliations(records: Iterable[Relation]) -> dict[str, list[Entity]]:
    """Each person's organisations by the person's entity id; none for a person with a title held before, denied
    or to come ("former Green Party leader Ann Reed" may have moved to another party since)."""
    known: dict[str, dict[str, Entity]] = {}
    moved: set[str] = set()
    for found in records:
        if found.relation in _AFFILIATIONS and found.subject.type == "Person":
            known.setdefault(found.subject.id, {})[found.object.id] = found.object
            if found.negated or found.modality != "asserted" or found.time_end:
                moved.add(found.subject.id)
    return {person: list(organisations.values()) for person, organisations in known.items() if person not in moved}


def _owned(noun: Token, entities: DocEntities, lexicon: Lexicon) -> tuple[Mention, Token] | None:
    """(the person's mention, the pronoun) when "his" or "her" owns the noun as described in the module (no word but
    one of kg:OwnWord describes it), or None."""
    pronouns = [p for p in children(noun, "poss") if p.tag_ == "PRP$"]
    own = lexicon.cues["OwnWord"]  # "his own party": the pronoun's, said twice
    if not pronouns or entities.at(noun) is not None or any(
            word.lower_ not in own for word in children(noun, *_DESCRIBING)):
        return None
    person = entities.at(pronouns[0])
    if person is None or person.entity.type != "Person" or _clause_person(noun, entities) != person.entity.id:
        return None
    return person, pronouns[0]


def _clause_person(noun: Token, entities: DocEntities) -> str | None:
    """The entity id of the nearest subject above the noun that names a person, or None."""
    for head in noun.ancestors:
        for subject in children(head, *_SUBJECTS):
            named = entities.at(subject)
            if named is not None and named.entity.type == "Person":
                return named.entity.id
    return None
