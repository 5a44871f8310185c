"""Nominal events: "Israel's strikes on Gaza", "his meeting with Trump", "talks between Ukraine and Russia"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from graph_builder.entities import DocEntities
from graph_builder.extract.clause import (
    Actor,
    actor,
    actors,
    attribution,
    children,
    confidence,
    evidence,
    phrase,
    place_of,
    polarity,
    prep_objects,
    subject_tokens,
    time_of,
)
from graph_builder.records import Relation
from graph_builder.registry import extractors
from graph_builder.vocab import Lexicon, load_lexicon


def _modifier_modality(noun: Token) -> str | None:
    """A "proposed meeting", "possible talks" or "upcoming summit" is not (yet) real."""
    cues = load_lexicon().cues
    for modifier in children(noun, "amod"):
        for modality in ("Possible", "Future", "Intended"):
            if modifier.lower_ in cues[modality] or modifier.lemma_.lower() in cues[modality]:
                return modality.lower()
    return None


def _event_actor(noun: Token, entities: DocEntities) -> tuple[Actor | None, str]:
    """Who acts in a nominal event: its possessor, a country modifying it, or the subject of the
    verb it completes ("flew to Moscow for talks with Putin")."""
    for owner in children(noun, "poss"):
        found = actor(owner, entities)
        if found:
            return found, "possessor"
    for left in noun.lefts:
        for token in left.subtree:
            mention = entities.at(token)
            if mention and mention.entity.type in ("Country", "Organization") and token.dep_ != "poss":
                return actor(token, entities), "modifier"
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        tokens, _ = subject_tokens(head.head)
        found = actors(tokens, entities)
        if found:
            return found[0], "clause"
    if noun.dep_ in ("dobj", "obj") and head.pos_ in ("VERB", "AUX"):
        tokens, _ = subject_tokens(head)
        found = actors(tokens, entities)
        if found:
            return found[0], "clause"
    return None, ""


@extractors.register("nominal")
def nominal(doc: Doc, entities: DocEntities, lexicon: Lexicon) -> Iterator[Relation]:
    """Event nouns from the ontology's lexicon with their actor (possessor) and target (prepositional object)."""
    for noun in doc:
        if noun.pos_ not in ("NOUN", "PROPN"):
            continue
        patterns = lexicon.noun_patterns.get(noun.lemma_.lower(), ())
        for pattern in patterns:
            targets = prep_objects([noun], pattern.prep)
            if not targets:
                continue
            info = lexicon.relations[pattern.relation]
            negated, modality = polarity(noun)
            if modality == "asserted":
                modality = _modifier_modality(noun) or modality
            proof = evidence(noun, entities)
            source = attribution(noun, entities)
            time = time_of(noun, entities, modality=modality) or (
                time_of(noun.head, entities, modality=modality) if noun.head.pos_ == "VERB" else None)
            preps = [c for c in noun.children if c.lower_ == pattern.prep]
            if pattern.prep == "between":
                ends = actors(targets, entities, place_object=info.place_object)
                pairs = [(ends[0], other, 0.65) for other in ends[1:]]
            else:
                subject, how = _event_actor(noun, entities)
                if subject is None:
                    continue
                objects = actors(targets, entities, place_object=info.place_object)
                trust = 0.7 if how == "possessor" else 0.6
                pairs = [(subject, obj, trust) for obj in objects]
            targets_seen = {p[1].token.i for p in pairs}
            place = place_of(noun, entities, exclude=targets_seen) or next(
                (found for p in pairs if (found := place_of(p[1].token, entities, exclude=targets_seen))), None)
            for subject, obj, trust in pairs:
                if subject.entity.id == obj.entity.id:
                    continue
                yield Relation(
                    subject=subject.entity, relation=pattern.relation, object=obj.entity,
                    verb=phrase(noun, *preps), evidence=proof, negated=negated, modality=modality,
                    time=time, place=place, attributed_to=source,
                    confidence=confidence(trust, subject.kind, obj.kind), extractor="nominal",
                )
