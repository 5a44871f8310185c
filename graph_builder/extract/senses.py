"""Senses: whether a family's words mean its relation between these two actors ("attack a plan" criticizes,
"attack a convoy" attacks, "hit the market" is no event).

A sense (``patterns.Sense``) asks for or refuses classes of the object's noun and classes of either actor; the
classes are data (``ontology/lexicon/senses.yaml``).
"""

from __future__ import annotations

from spacy.tokens import Token

from graph_builder.extract.arguments import Actor
from graph_builder.extract.syntax import children
from graph_builder.patterns import Sense
from graph_builder.records import Entity
from graph_builder.vocab import Lexicon, Senses


def noun_classes(token: Token, senses: Senses) -> frozenset[str]:
    """The classes of a common noun in an argument position ("plans", "the US market", "a box-office hit")."""
    if token.pos_ != "NOUN":
        return frozenset()
    lemma = token.lemma_.lower()
    compounds = [f"{c.lemma_.lower()} {lemma}" for c in children(token, "compound")]
    return senses.classes_of(lemma, *compounds)


def is_a(entity: Entity, name: str, senses: Senses) -> bool:
    """Whether an actor is of an actor class of senses.yaml, an entity type or a sector code."""
    if name in (entity.type, entity.sector):
        return True
    found = senses.actor_classes.get(name)
    if found is None or any(is_a(entity, other, senses) for other in found.unless):
        return False
    words = set(entity.label.lower().replace("-", " ").split())
    return entity.type in found.types or entity.sector in found.sectors or bool(words & found.label_words)


def _any(entity: Entity, names: frozenset[str], senses: Senses) -> bool:
    return any(is_a(entity, name, senses) for name in names)


def _types_fit(sense: Sense, subject: Entity, obj: Entity, senses: Senses) -> bool:
    if sense.subject_types and not _any(subject, sense.subject_types, senses):
        return False
    if sense.object_types and not _any(obj, sense.object_types, senses):
        return False
    return not (_any(subject, sense.not_subject_types, senses) or _any(obj, sense.not_object_types, senses))


def fits(sense: Sense, subject: Actor, obj: Actor, lexicon: Lexicon) -> bool:
    """Whether a family of this sense applies between the actors: the object's noun (the token the object was read
    from: "plans" in "Tory plans") is of a class the sense asks for and of none it refuses, and both actors are of
    the types it asks for and of none it refuses."""
    if not sense:
        return True
    senses = lexicon.senses
    classes = noun_classes(obj.token, senses)
    if sense.object_class and not classes & sense.object_class:
        return False
    if classes & sense.not_object_class or noun_classes(subject.token, senses) & sense.not_subject_class:
        return False
    return _types_fit(sense, subject.entity, obj.entity, senses)
