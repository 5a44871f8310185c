"""Deduplication: one record per fact and sentence, the step after relations are extracted and their actors
named for good (the same sentence read by two extractors, or two readings of it that unification found to
name the same actors)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from graph_builder.records import DocumentResult, Relation

if TYPE_CHECKING:
    from graph_builder.vocab import Lexicon


def fact_key(relation: Relation, lexicon: Lexicon) -> tuple:
    """What makes two relation records the same fact: document, sentence, relation, its two ends (in either
    order for a symmetric relation, "meets"), negation and modality."""
    ends = (relation.subject.id, relation.object.id)
    if lexicon.relations[relation.relation].symmetric:
        ends = tuple(sorted(ends))
    return (relation.evidence.doc_id, relation.evidence.start, relation.relation, ends,
            relation.negated, relation.modality)


def dedupe(relations: Iterable[Relation], lexicon: Lexicon) -> tuple[Relation, ...]:
    """One record per fact (``fact_key``): the most confident reading wins, the first of equally confident
    ones; facts keep the order in which they were first read."""
    best: dict[tuple, Relation] = {}
    for relation in relations:
        key = fact_key(relation, lexicon)
        if key not in best or relation.confidence > best[key].confidence:
            best[key] = relation
    return tuple(best.values())


def deduplicated(result: DocumentResult, lexicon: Lexicon) -> DocumentResult:
    """A unified document with one record per fact: the step after unification."""
    return replace(result, relations=dedupe(result.relations, lexicon))
