"""Verbal predicates: "X met (with) Y", "Y was shelled by X", "Y received aid from X", "X and Y met"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from graph_builder.entities import DocEntities
from graph_builder.extract.clause import (
    OBJECT_DEPS,
    Actor,
    actors,
    attribution,
    children,
    confidence,
    evidence,
    expand,
    phrase,
    place_of,
    polarity,
    prep_objects,
    subject_tokens,
    time_of,
)
from graph_builder.records import Relation
from graph_builder.registry import extractors
from graph_builder.vocab import Lexicon, Pattern, load_lexicon

# How far each way of finding the subject is trusted.
SUBJECT_TRUST = {"active": 0.85, "passive": 0.8, "relative": 0.75, "control": 0.75, "inherited": 0.7}


def _pattern_match(verb: Token, pattern: Pattern) -> tuple[list[Token], list[Token]] | None:
    """(object tokens, predicate words) when the verb's dependents fit the pattern."""
    dobjs = children(verb, *OBJECT_DEPS)
    passive_subjects = children(verb, "nsubjpass")
    if pattern.noun:
        nouns = [d for d in dobjs + passive_subjects if d.lemma_.lower() == pattern.noun]
        if not nouns:
            return None
        noun = nouns[0]
        if pattern.prep:
            objects = prep_objects([verb, noun], pattern.prep)
            words = [noun, *[c for c in (*verb.children, *noun.children) if c.lower_ == pattern.prep]]
        else:
            objects = children(verb, "dative", "iobj") or prep_objects([verb, noun], "to")
            words = [noun]
        return (objects, words) if objects else None
    particles = [c for c in verb.children if c.dep_ == "prt" and c.lower_ == pattern.prep]
    if pattern.prep and particles and dobjs:
        return dobjs, particles  # a phrasal verb: "shot down the drones"
    if pattern.prep:
        objects = prep_objects([verb, *[c for d in dobjs for c in expand(d)]], pattern.prep)
        words = [c for c in verb.children if c.lower_ == pattern.prep and c.dep_ in ("prep", "prt")]
        if not words:
            words = [c for d in dobjs for c in d.children if c.lower_ == pattern.prep]
        return (objects, words) if objects else None
    if passive_subjects and children(verb, "agent"):
        return passive_subjects, [c for c in verb.children if c.dep_ == "agent"]
    if dobjs:
        return dobjs, []
    return None


def _verb_lemma(verb: Token, known: dict) -> str:
    """The verb's lemma; for a gerund tagged as a noun ("meeting"), the verb it comes from ("meet")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "NOUN" or not lemma.endswith("ing"):
        return lemma
    stem = lemma[:-3]
    candidates = [stem, stem + "e"] + ([stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [])
    return next((c for c in candidates if c in known), lemma)


def _relations(verb: Token, entities: DocEntities) -> Iterator[Relation]:
    lexicon = load_lexicon()
    patterns = lexicon.verb_patterns.get(_verb_lemma(verb, lexicon.verb_patterns), ())
    if not patterns:
        return
    subject_toks, how = subject_tokens(verb)
    negated, modality = polarity(verb)
    if any(det.lower_ == "no" for d in children(verb, *OBJECT_DEPS) for det in children(d, "det")):
        negated = True
    source = attribution(verb, entities)
    proof = evidence(verb, entities)
    emitted: set[tuple[str, str, str]] = set()
    for pattern in patterns:
        info = lexicon.relations[pattern.relation]
        matched = _pattern_match(verb, pattern)
        subjects = actors(subject_toks, entities)
        if matched is None:
            if info.symmetric and len(subjects) >= 2 and not pattern.prep and not actors(
                    children(verb, *OBJECT_DEPS), entities):
                yield from _pairs(verb, pattern, subjects, entities, negated, modality, source, proof, emitted)
            continue
        object_toks, words = matched
        objects = actors(object_toks, entities, place_object=info.place_object)
        if pattern.converse:
            subjects, objects = objects, actors(subject_toks, entities)
        exclude = {a.token.i for a in objects}
        time = time_of(verb, entities, modality=modality)
        place = place_of(verb, entities, exclude=exclude)
        capitals = [a.place for a in objects if a.place is not None]
        if place is None and len(capitals) == 1:
            place = capitals[0]
        trust = SUBJECT_TRUST.get(how, 0.7) - (0.05 if pattern.converse else 0.0)
        for subject in subjects:
            for obj in objects:
                key = (subject.entity.id, pattern.relation, obj.entity.id)
                if key in emitted or subject.entity.id == obj.entity.id:
                    continue
                emitted.add(key)
                yield Relation(
                    subject=subject.entity, relation=pattern.relation, object=obj.entity,
                    verb=phrase(verb, *words), evidence=proof, negated=negated, modality=modality,
                    time=time, place=place, attributed_to=source,
                    confidence=confidence(trust, subject.kind, obj.kind), extractor="verbal",
                )


def _pairs(verb: Token, pattern: Pattern, subjects: list[Actor], entities: DocEntities, negated: bool,
           modality: str, source, proof, emitted: set) -> Iterator[Relation]:
    """Coordinated subjects of a symmetric verb ("Zelensky and Trump met"): one relation, in text order."""
    first = subjects[0]
    time = time_of(verb, entities, modality=modality)
    place = place_of(verb, entities, exclude={a.token.i for a in subjects})
    for other in subjects[1:]:
        key = (first.entity.id, pattern.relation, other.entity.id)
        if key in emitted:
            continue
        emitted.add(key)
        yield Relation(
            subject=first.entity, relation=pattern.relation, object=other.entity, verb=phrase(verb),
            evidence=proof, negated=negated, modality=modality, time=time, place=place,
            attributed_to=source, confidence=confidence(0.75, first.kind, other.kind), extractor="verbal",
        )


@extractors.register("verbal")
def verbal(doc: Doc, entities: DocEntities, lexicon: Lexicon) -> Iterator[Relation]:
    """Verbs from the ontology's lexicon with their subjects and objects (active, passive, converse)."""
    for token in doc:
        if token.pos_ in ("VERB", "AUX") or _noun_read_as_verb(token):
            yield from _relations(token, entities)


def _noun_read_as_verb(token) -> bool:
    """A verb the tagger took for a noun: a headline's main word, or a gerund with an object of its own
    ("does not rule out meeting Zelensky", where "meeting" came out a noun)."""
    if token.pos_ != "NOUN":
        return False
    return token.dep_ == "ROOT" or (token.dep_ == "xcomp" and token.lower_.endswith("ing")
                                    and any(c.dep_ == "dobj" for c in token.children))
