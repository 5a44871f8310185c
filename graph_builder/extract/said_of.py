"""Whom a quotation is said of: '"He is a decent man," X said of Y', 'X said of Y: "They have failed"' make the he,
she or they of the quotation stand for Y (he or she a person of no other gender, they a body), whatever
coreference read them as, so that what the quotation judges of them is judged of Y."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from graph_builder.entities import DocEntities
from graph_builder.entities.coreference import genders, may_refer
from graph_builder.records import Entity, Quotation
from graph_builder.vocab import Lexicon

_PERSONAL = frozenset("he him his she her".split())
_PLURAL = frozenset("they them their".split())


def said_of(entities: DocEntities, lexicon: Lexicon, quotations: Iterable[Quotation]
            ) -> dict[Token, Entity]:
    """Each he, she or they inside a quotation whose verb of saying (kg:Attribution) is said "of" a name, and that
    name's entity, where the pronoun agrees with it."""
    found: dict[Token, Entity] = {}
    known: list[dict[str, str]] = []  # the genders of the document's persons, read once when first needed
    for quotation in quotations:
        spoken_of = _spoken_of(entities, lexicon, quotation)
        if spoken_of is None:
            continue
        for token in _span(entities, quotation.start, quotation.end):
            if token.lower_ in _PERSONAL and spoken_of.type == "Person":
                known = known or [genders(entities.tokens, list(entities.mentions), lexicon.gazetteer)]
                if may_refer(token.lower_, spoken_of, known[0]):
                    found[token] = spoken_of
            elif token.lower_ in _PLURAL and spoken_of.type != "Person":
                found[token] = spoken_of
    return found


def _span(entities: DocEntities, start: int, end: int) -> Span | tuple[()]:
    """The tokens from character ``start`` to ``end`` (``Tokens.char_span``: no search where they run from a
    token's first character to a token's last)."""
    span = entities.tokens.char_span(start, end)
    return span if span is not None else ()


def _of_prepositions(entities: DocEntities, start: int, end: int) -> list[Token]:
    """The prepositions "of" from character ``start`` to ``end``, read from the document's Tokens: no Token made for
    the other words."""
    tokens, span = entities.tokens, _span(entities, start, end)
    found = range(span.start, span.end) if span else ()
    return [tokens[i] for i in found if tokens.lower[i] == "of" and tokens.dep[i] == "prep"]


def _spoken_of(entities: DocEntities, lexicon: Lexicon, quotation: Quotation) -> Entity | None:
    """The named actor the verb of saying of a quotation's sentences, outside its marks, is said of ("said of Y",
    "Of Y, she said")."""
    speech = lexicon.cues["Attribution"]
    evidence = quotation.quote.evidence
    for token in _of_prepositions(entities, evidence.start, evidence.end):
        if token.head.lemma_.lower() in speech and not quotation.start <= token.idx < quotation.end:
            named = _named(token, entities)
            if named is not None:
                return named
    return None


def _named(preposition: Token, entities: DocEntities) -> Entity | None:
    """The entity a name that is the object of a preposition stands for."""
    mentions = (entities.at(obj) for obj in preposition.children if obj.dep_ == "pobj")
    return next((mention.entity for mention in mentions if mention is not None and mention.kind == "name"), None)
