"""Unification: the entities of many documents made consistent with each other and with a store.

One type per canonical name (voted by mentions; a type the store knows stays), and a bare name ("Trump")
that is the first or last part of exactly one full person name ("Donald Trump") becomes that person.
Unifying is two steps, so documents can stream: a ``NameTally`` of every document's names, then a
``UnifyPlan`` that rewrites one document at a time.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from graph_builder.entities.naming import make_entity, short_forms
from graph_builder.records import DocumentResult, Entity, Relation

if TYPE_CHECKING:
    pass

Owners = dict[tuple[str, ...], set[tuple[str, ...]]]
"""Short form of a person's name -> the full names it is a short form of."""


def _add_person(owners: Owners, label: str) -> None:
    """Index a person's full name under each of its short forms."""
    full = tuple(label.split())
    if len(full) > 1:
        for short in short_forms(full):
            owners[short].add(full)


class NameTally:
    """What unification needs to know of a stream of documents: per name, its type votes and aliases.
    It grows with the number of distinct names, not with the number of documents."""

    def __init__(self) -> None:
        self.type_votes: dict[str, Counter] = defaultdict(Counter)
        self.present: dict[str, str] = {}
        self.aliases: dict[str, set[str]] = defaultdict(set)

    def add(self, result: DocumentResult) -> None:
        for mention in result.mentions:
            if mention.kind in ("name", "capital"):
                self.type_votes[mention.entity.label][mention.entity.type] += 1
        for entity in result.entities:
            self.present.setdefault(entity.label, entity.type)
            self.aliases[entity.label].update(entity.aliases)


class UnifyPlan:
    """Canonical names decided; ``apply`` rewrites one document at a time, so documents can stream."""

    def __init__(self, renamed: dict[str, tuple[str, str]], aliases: dict[str, set[str]]):
        self.renamed = renamed
        self.aliases = aliases
        self.canonical: dict[str, Entity] = {}

    def _fix(self, entity: Entity | None) -> Entity | None:
        if entity is None or entity.scope:
            return entity  # a node of one document is never renamed or merged
        label, type_ = self.renamed.get(entity.label, (entity.label, entity.type))
        if label not in self.canonical:
            self.canonical[label] = make_entity(label, type_, self.aliases.get(label, ()), sector=entity.sector,
                                                owner=self._fix(entity.owner))
        return self.canonical[label]

    def _fix_relation(self, relation: Relation) -> Relation:
        fix = self._fix
        return replace(relation, subject=fix(relation.subject), object=fix(relation.object),
                       place=fix(relation.place), attributed_to=fix(relation.attributed_to))

    def apply(self, result: DocumentResult) -> DocumentResult:
        """``result`` with every entity under its canonical name; a relation whose two ends became one actor is
        dropped. Deduplication is the next step (``graph_builder.dedupe``): two readings may only now name the
        same actors."""
        fix = self._fix
        entities = {e.id: e for e in (fix(e) for e in result.entities)}
        relations = tuple(r for r in (self._fix_relation(r) for r in result.relations) if r.subject.id != r.object.id)
        mentions = tuple(replace(m, entity=fix(m.entity), place=fix(m.place)) for m in result.mentions)
        quotes = tuple(replace(q, speaker=fix(q.speaker)) for q in result.quotes)
        return replace(result, entities=tuple(entities.values()), relations=relations,
                       mentions=mentions, quotes=quotes)


class Unifier:
    """Entities made consistent across documents, and with the ``known`` label -> type pairs of a store.

    Known names are indexed once and ``remember`` adds each written document's names, so unifying one
    more document against an archive costs what that document holds, not what the archive holds.
    """

    def __init__(self, known: dict[str, str] | None = None):
        self.known: dict[str, str] = {}
        self._known_owners: Owners = defaultdict(set)
        self._remember_labels((known or {}).items())

    def _remember_labels(self, pairs: Iterable[tuple[str, str]]) -> None:
        for label, type_ in pairs:
            if label in self.known:
                continue
            self.known[label] = type_
            if type_ == "Person":
                _add_person(self._known_owners, label)

    def remember(self, result: DocumentResult) -> None:
        """Treat a unified, written document's names as known from now on (their types no longer vote)."""
        self._remember_labels((e.label, e.type) for e in result.entities)

    def unify(self, results: list[DocumentResult]) -> list[DocumentResult]:
        """Documents unified with each other and with everything known."""
        tally = NameTally()
        for result in results:
            tally.add(result)
        plan = self.plan(tally)
        return [plan.apply(result) for result in results]

    def plan(self, tally: NameTally) -> UnifyPlan:
        """The canonical name and type of every name in the tally."""
        new_owners: Owners = defaultdict(set)
        for label, votes in tally.type_votes.items():
            if label not in self.known and votes.most_common(1)[0][0] == "Person":
                _add_person(new_owners, label)
        renamed = {label: self._canonical(label, own, tally, new_owners) for label, own in tally.present.items()}
        aliases: dict[str, set[str]] = defaultdict(set)
        for label, own_aliases in tally.aliases.items():
            target, _ = renamed[label]
            aliases[target].update(own_aliases)
            if label != target:
                aliases[target].add(label)
        return UnifyPlan(renamed, aliases)

    def _canonical(self, label: str, own: str, tally: NameTally, new_owners: Owners) -> tuple[str, str]:
        """(canonical label, type) of one name: a known type stays, else the vote (or the name's own type)
        decides; a person or organization name that is a short form of exactly one person is that person."""
        votes = tally.type_votes.get(label) if label not in self.known else None
        winner = self.known.get(label) or (votes or Counter({own: 1})).most_common(1)[0][0]
        key = tuple(label.split())
        owners = self._known_owners.get(key, set()) | new_owners.get(key, set())
        if winner in ("Person", "Organization") and len(owners) == 1:
            return " ".join(next(iter(owners))), "Person"
        return label, winner


def unify(results: list[DocumentResult], known: dict[str, str] | None = None) -> list[DocumentResult]:
    """Documents unified with each other and with ``known`` names (see ``Unifier``)."""
    return Unifier(known).unify(results)
