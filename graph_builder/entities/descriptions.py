"""Descriptions: what a document says an organisation is ("the terrorist group Red Hand", "Red Hand fighters", "Red
Hand, a rebel group", "Red Hand is an armed group"), which holds for all its mentions in that document.

A describing noun is a lower-case noun of ``Describing.nouns`` ("militia", "fighters", "terrorists") or a group noun
(``kg:groupNoun``: "group", "movement") with one of ``Describing.modifiers`` ("a rebel group", "an armed movement").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from graph_builder.entities.naming import initials_of, is_acronym
from graph_builder.entities.tokens import Tokens
from graph_builder.records import Entity, Mention

_DESCRIBED_TYPES = frozenset(["Organization", "Group"])


@dataclass(frozen=True)
class Describing:
    """The words that describe an organisation as of one actor class (``described_by`` in senses.yaml)."""

    nouns: frozenset[str]
    modifiers: frozenset[str]
    group_nouns: frozenset[str]

    def describes(self, noun: Token) -> bool:
        if not noun.text.islower() or noun.pos_ != "NOUN":
            return False
        if {noun.lower_, noun.lemma_.lower()} & self.nouns:
            return True
        return noun.lemma_.lower() in self.group_nouns and any(
            c.dep_ in ("amod", "compound") and {c.lower_, c.lemma_.lower()} & self.modifiers for c in noun.children)


def described_as(tokens: Tokens, by_token: dict[int, Mention], words: Describing) -> frozenset[str]:
    """The ids of the organisations the document describes with ``words``; a collective described so ("the Red Hand
    militia", read as the militias of Red Hand) describes its owner too, and a name its acronym."""
    found = {m.entity for i, m in by_token.items()
             if _describable(m) and any(words.describes(n) for n in _nouns_beside(tokens[i], by_token))}
    owners = {e.owner for e in found if e.owner is not None and e.owner.type in _DESCRIBED_TYPES}
    return frozenset(e.id for e in found | owners | _acronyms_of(found, by_token.values()))


def _acronyms_of(found: set[Entity], mentions: Iterable[Mention]) -> set[Entity]:
    """The organisations the document names by an acronym of a described one's name ("the Red Hand Front fighters
    ... the RHF")."""
    return {m.entity for m in mentions if _describable(m) and is_acronym(m.entity.label)
            and any(initials_of(m.entity.label, e.label) for e in found if e.label != m.entity.label)}


def _describable(mention: Mention) -> bool:
    return mention.entity.type in _DESCRIBED_TYPES and mention.kind in ("name", "collective")


def _nouns_beside(token: Token, by_token: dict[int, Mention]) -> list[Token]:
    """The nouns a name token stands beside, outside its own mention: the noun it is in apposition to or a
    modifier of ("the militant group Red Hand", "Red Hand fighters"), its appositions and modifiers ("Red Hand, a
    rebel group", "the terrorist group Red Hand" parsed as a compound) and what a copula says it is ("Red Hand is
    an armed group"); the noun of a collective mention that says the name before it ("Red Hand fighters" read as
    one mention)."""
    own = by_token[token.i]
    if own.kind == "collective":
        return [token] if _names_its_entity(token, own) else []
    nouns = [c for c in token.children if c.dep_ in ("appos", "compound") and by_token.get(c.i) is not own]
    if token.dep_ in ("appos", "compound") and by_token.get(token.head.i) is not own:
        nouns.append(token.head)
    return nouns + _attributes(token)


def _names_its_entity(noun: Token, mention: Mention) -> bool:
    """Whether a collective mention's words before its noun are its entity's name or its owner's ("Red Hand
    fighters"; not "Labour rebels" read as the Labour Party, nor "these terrorists")."""
    before = noun.doc.text[mention.start:noun.idx].strip().lower().removeprefix("the ")
    entities = [e for e in (mention.entity, mention.entity.owner) if e is not None]
    return bool(before) and any(before in (e.label.lower(), *(a.lower() for a in e.aliases)) for e in entities)


def _attributes(token: Token) -> list[Token]:
    """What a copula says its subject is ("Red Hand is an armed group"), unless it denies it."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_ != "be" or any(c.dep_ == "neg" for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "attr"]
