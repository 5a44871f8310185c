"""Scoring: the evidence sentence a relation rests on and how far it is trusted."""

from __future__ import annotations

from spacy.tokens import Token

from graph_builder.entities import DocEntities
from graph_builder.records import Evidence

# How much a way of naming an actor is trusted, multiplied into a relation's confidence.
KIND_TRUST = {"name": 1.0, "capital": 0.9, "demonym": 0.85, "description": 0.8, "modifier": 0.8, "pronoun": 0.75}


def evidence(token: Token, entities: DocEntities) -> Evidence:
    """The sentence around a token, with its character offsets in the document."""
    start, end = entities.sentence_bounds(token)
    text, first = entities.tokens.text(start, end), entities.tokens[start].idx  # no Span, its text joined once
    return Evidence(doc_id=entities.document.id, sentence=text.strip(), start=first, end=first + len(text.rstrip()))


def confidence(base: float, *kinds: str) -> float:
    """A base trust in how the relation was found, times the trust in how each actor was named."""
    value = base
    for kind in kinds:
        value *= KIND_TRUST.get(kind, 0.8)
    return max(0.05, min(0.99, value))
