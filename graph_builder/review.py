"""Review: the likely duplicates and type conflicts among a graph's actors, ranked, as an aliases file to edit.

Read from a graph file (rdflib) or a store (Oxigraph): every archive-wide actor with its label, types, aliases,
mentions and links (the statements it is an end of). Candidates come from indexes by folded label, by last
word, by initials, by word sequence and by label with one word left out, never from all pairs, so the work
grows with the actors::

    actors ──► variant   labels equal but for case, accents, "the" and punctuation ("The Kremlin", "kremlin")
           ├─► alias     one actor's label is another's alias ("Varga", and "Helena Varga" also called Varga)
           ├─► acronym   a label that is the initials of another ("NWL", "Northwind Logistics")
           ├─► surname   a one-word name that is the last word of one person's full name ("Varga")
           ├─► inside    a label inside another of the same type ("Labour", "Labour Party"; to be judged)
           ├─► spelling  labels of one type that differ in one word, spelt a letter or two apart ("Simon Hale",
           │             "Simon Hales"; to be judged: "Peter Reese" may be no misspelt "Peter Rees")
           └─► types     one actor with two types, or one name (label or alias) under two types

Each finding weighs the mentions and links of the actor its fix would merge or retype, so the ones that
change most of the graph come first; ``suggestions`` turns them into aliases rows (``graph_builder.aliases``),
the ones to be judged as comments.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib.namespace import RDF, RDFS, SKOS

from graph_builder.aliases import Correction, Corrections
from graph_builder.records import ENTITY_TYPES
from graph_builder.vocab import ENTITY, KG
from graph_builder.words import is_acronym

SCOPED = str(ENTITY) + "doc/"
"""IRIs of the nodes that stand only for one document: never reviewed as archive-wide actors."""
JOINING_WORDS = frozenset({"of", "the", "and", "for", "&", "de", "du", "des", "la", "le", "al", "in", "on"})
"""Words an acronym leaves out ("Organization of the Petroleum Exporting Countries")."""
LONGEST_NAME = 8
"""Labels longer than this many words are not searched for labels inside them (bounds the work)."""
SPELLING_DISTANCE = 2
"""Words at most this many edits apart (a letter added, dropped, changed, or two swapped) may be one word
misspelt ("Europe", "European"); one edit for words shorter than ``LONG_WORD`` ("Hale", "Hales"; "Hall" and
"Hart" are two names)."""
LONG_WORD = 7
SHORTEST_MISSPELT = 4
"""Words shorter than this are never taken for misspellings ("Ian", "Ivan" are two names)."""


@dataclass(frozen=True, kw_only=True)
class Actor:
    """One archive-wide node as the graph shows it."""

    iri: str
    label: str
    types: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    mentions: int = 0
    links: int = 0

    @property
    def weight(self) -> int:
        return self.mentions + self.links

    @property
    def type(self) -> str:
        return self.types[0] if self.types else ""

    def describe(self) -> str:
        return f"{self.label} ({'/'.join(self.types) or 'no type'}, {self.mentions} mentions, {self.links} links)"


@dataclass(frozen=True, kw_only=True)
class Finding:
    """A likely duplicate (``kind`` variant, alias, acronym, surname, inside: ``actors`` is (the one to merge,
    the one to keep)) or a type conflict (``kind`` types), with the row that would fix it; ``sure`` findings
    are written as rows, the others as comments to judge."""

    kind: str
    actors: tuple[Actor, ...]
    reason: str
    row: Correction | None = None
    sure: bool = True

    @property
    def weight(self) -> int:
        """What its fix moves: the mentions and links of the actor to merge (or to retype)."""
        return self.actors[0].weight


# Reading ---------------------------------------------------------------------------------------------------------

PREDICATES = {"label": str(RDFS.label), "type": str(RDF.type), "alias": str(SKOS.altLabel),
              "mentions": str(KG.mentionCount), "subject": str(RDF.subject), "object": str(RDF.object)}


def actors_from(pairs: Callable[[str], Iterable[tuple[str, str]]]) -> list[Actor]:
    """The actors of a graph read through ``pairs(predicate IRI) -> (subject, object)`` values (IRIs and
    literals as strings), which a graph file and a store both give: a node is an actor when it has a label and
    one of the entity classes, and is not a node of one document."""
    classes = {str(KG[type_]): type_ for type_ in ENTITY_TYPES}
    labels = dict(filter(_archive_wide, pairs(PREDICATES["label"])))
    types = _grouped((s, classes.get(o)) for s, o in pairs(PREDICATES["type"]) if s in labels)
    aliases = _grouped((s, o) for s, o in pairs(PREDICATES["alias"]) if s in labels)
    mentions, links = _weights(pairs)
    return [Actor(iri=iri, label=label, types=tuple(sorted(types[iri])), aliases=tuple(sorted(aliases[iri] - {label})),
                  mentions=mentions[iri], links=links[iri]) for iri, label in labels.items() if iri in types]


def _weights(pairs: Callable[[str], Iterable[tuple[str, str]]]) -> tuple[dict[str, int], dict[str, int]]:
    """(node -> mentions summed over documents, node -> statements it is an end of)."""
    mentions = _summed((s, int(o)) for s, o in pairs(PREDICATES["mentions"]))
    links = _summed((o, 1) for end in ("subject", "object") for _, o in pairs(PREDICATES[end]))
    return mentions, links


def _archive_wide(pair: tuple[str, str]) -> bool:
    return pair[0].startswith(str(ENTITY)) and not pair[0].startswith(SCOPED)


def _summed(pairs: Iterable[tuple[str, int]]) -> dict[str, int]:
    summed: dict[str, int] = defaultdict(int)
    for key, value in pairs:
        summed[key] += value
    return summed


def _grouped(pairs: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """key -> its values (None left out)."""
    grouped: dict[str, set[str]] = defaultdict(set)
    for key, value in pairs:
        if value is not None:
            grouped[key].add(value)
    return grouped


def graph_actors(path: str | Path) -> list[Actor]:
    """The actors of a graph file (.ttl, .nt, .trig, .jsonld), read with rdflib."""
    from rdflib import URIRef

    from graph_builder.rdf import load_graph

    graph = load_graph(path)
    return actors_from(lambda predicate: ((str(s), str(o)) for s, _, o in graph.triples((None, URIRef(predicate),
                                                                                          None))))


def store_actors(store) -> list[Actor]:
    """The actors of a ``KnowledgeStore``, over all its graphs (mentions summed over the documents)."""
    import pyoxigraph

    oxigraph = store.oxigraph

    def pairs(predicate: str) -> Iterator[tuple[str, str]]:
        for quad in oxigraph.quads_for_pattern(None, pyoxigraph.NamedNode(predicate), None, None):
            yield quad.subject.value, quad.object.value

    return actors_from(pairs)


# Finding ---------------------------------------------------------------------------------------------------------


def folded(text: str) -> str:
    """A name as compared for variants: accents, case, punctuation and a leading "the" gone."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = " ".join(re.sub(r"[^\w&]+", " ", text).split())
    return text.removeprefix("the ") if text != "the" else text


def initials(label: str) -> set[str]:
    """The initials of a name's words, with and without its joining words ("Bank of England" -> BOE, BE; a
    leading "the" never counts)."""
    words = [w for w in re.split(r"[\s-]+", label) if w[:1].isalpha()]
    if words and words[0].casefold() == "the":
        words = words[1:]
    found = set()
    for chosen in (words, [w for w in words if w.casefold() not in JOINING_WORDS]):
        if len(chosen) > 1:
            found.add("".join(w[0] for w in chosen).upper())
    return found


@dataclass
class _Index:
    """The actors indexed for the rules: by folded label, by the folded names they carry, by initials and,
    for persons of two or more words, by folded last word."""

    actors: list[Actor]
    by_label: dict[str, list[Actor]] = field(default_factory=lambda: defaultdict(list))
    by_name: dict[str, list[Actor]] = field(default_factory=lambda: defaultdict(list))
    by_initials: dict[str, list[Actor]] = field(default_factory=lambda: defaultdict(list))
    by_surname: dict[str, list[Actor]] = field(default_factory=lambda: defaultdict(list))

    def __post_init__(self) -> None:
        for actor in self.actors:
            key = folded(actor.label)
            self.by_label[key].append(actor)
            for name in {key, *map(folded, actor.aliases)}:
                self.by_name[name].append(actor)
            for letters in initials(actor.label):
                self.by_initials[letters].append(actor)
            if actor.type == "Person" and len(key.split()) > 1:
                self.by_surname[key.split()[-1]].append(actor)


def _merge(kind: str, merged: Actor, kept: Actor, reason: str, *, sure: bool = True) -> Finding:
    clash = f"; types differ ({merged.type} and {kept.type})" if merged.type != kept.type else ""
    row = Correction(action="merge", name=merged.label, target=kept.label, note=f"{kind}: {reason}{clash}")
    return Finding(kind=kind, actors=(merged, kept), reason=reason + clash, row=row, sure=sure)


def _variants(index: _Index) -> Iterator[Finding]:
    for group in index.by_label.values():
        if len(group) > 1:
            kept = max(group, key=lambda a: (a.weight, a.label))
            for actor in group:
                if actor is not kept:
                    yield _merge("variant", actor, kept, f"{actor.label!r} and {kept.label!r} differ only in case, "
                                 "accents, 'the' or punctuation")


def _aliases(index: _Index) -> Iterator[Finding]:
    for name, carriers in index.by_name.items():
        holders = [a for a in carriers if folded(a.label) != name]
        for actor in index.by_label.get(name, ()) if holders else ():
            for holder in holders:
                merged, kept = sorted((actor, holder), key=lambda a: (len(a.label.split()), a.weight, a.label))
                yield _merge("alias", merged, kept, f"{holder.label!r} is also called {actor.label!r}",
                             sure=len(holders) == 1)


def _acronyms(index: _Index) -> Iterator[Finding]:
    for actor in index.actors:
        if is_acronym(actor.label):
            full = [a for a in index.by_initials.get(actor.label.replace(".", ""), ())
                    if a is not actor and a.type != "Person"]
            for other in full:
                yield _merge("acronym", actor, other, f"{actor.label!r} is the initials of {other.label!r}",
                             sure=len(full) == 1 and len(actor.label) > 2)


def _surnames(index: _Index) -> Iterator[Finding]:
    for actor in index.actors:
        key = folded(actor.label)
        if " " not in key and actor.type in ("Person", "Organization"):
            full = index.by_surname.get(key, ())
            for other in full:
                many = f" (one of {len(full)} with that surname)" if len(full) > 1 else ""
                yield _merge("surname", actor, other, f"{actor.label!r} is the surname of {other.label!r}{many}",
                             sure=len(full) == 1)


def _insides(index: _Index) -> Iterator[Finding]:
    for actor in index.actors:
        words = folded(actor.label).split()
        if not 1 < len(words) <= LONGEST_NAME:
            continue
        parts = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)} - {
            " ".join(words)}
        for part in parts:
            for other in index.by_label.get(part, ()):
                if other.type == actor.type:
                    merged, kept = sorted((other, actor), key=lambda a: (a.weight, a.label))
                    yield _merge("inside", merged, kept, f"{other.label!r} is inside {actor.label!r}", sure=False)


def _spellings(index: _Index) -> Iterator[Finding]:
    """Pairs of one type whose labels are equal but for one word, spelt a letter or two apart and opening alike."""
    from rapidfuzz.distance import OSA

    for (_, place), group in _by_all_words_but_one(index.actors).items():
        for number, actor in enumerate(group):
            for other in group[number + 1:]:
                one, two = folded(actor.label).split()[place], folded(other.label).split()[place]
                allowed = SPELLING_DISTANCE if max(len(one), len(two)) >= LONG_WORD else 1
                if actor.type == other.type and min(len(one), len(two)) >= SHORTEST_MISSPELT and one[0] == two[0] \
                        and OSA.distance(one, two) <= allowed:
                    merged, kept = sorted((actor, other), key=lambda a: (a.weight, a.label))
                    yield _merge("spelling", merged, kept, f"{merged.label!r} is spelt like {kept.label!r}",
                                 sure=False)


def _by_all_words_but_one(actors: list[Actor]) -> dict[tuple[str, int], list[Actor]]:
    """Actors grouped by their folded label with one word left out (and where), for labels of two to
    ``LONGEST_NAME`` words; a group of one is left out."""
    groups: dict[tuple[str, int], list[Actor]] = defaultdict(list)
    for actor in actors:
        words = folded(actor.label).split()
        if 1 < len(words) <= LONGEST_NAME:
            for place in range(len(words)):
                groups[(" ".join(words[:place] + ["*"] + words[place + 1:]), place)].append(actor)
    return {key: group for key, group in groups.items() if len(group) > 1}


def _type_conflicts(index: _Index) -> Iterator[Finding]:
    for actor in index.actors:
        if len(actor.types) > 1:
            yield Finding(kind="types", actors=(actor,), reason=f"{actor.label!r} has types {', '.join(actor.types)}",
                          row=Correction(action="type", name=actor.label, type=actor.types[0],
                                         note=f"types: one of {', '.join(actor.types)}"), sure=False)
    for name, carriers in index.by_name.items():
        types = {a.type for a in carriers}
        if len(types) > 1:
            heaviest = max(carriers, key=lambda a: (a.weight, a.label))
            for actor in carriers:
                if actor.type != heaviest.type:
                    yield Finding(kind="types", actors=(actor, heaviest), sure=False,
                                  reason=f"the name {name!r} is a {actor.type} ({actor.label!r}) and a "
                                         f"{heaviest.type} ({heaviest.label!r})",
                                  row=Correction(action="type", name=actor.label, type=heaviest.type,
                                                 note=f"types: {name!r} is also a {heaviest.type}"))


RULES = (("variant", _variants), ("alias", _aliases), ("acronym", _acronyms), ("surname", _surnames),
         ("inside", _insides), ("spelling", _spellings), ("types", _type_conflicts))


def review(actors: list[Actor], *, decided: Corrections | None = None) -> list[Finding]:
    """Every likely duplicate and type conflict among ``actors``, heaviest first; a pair found by two rules is
    listed once, by the first (the order of ``RULES``; a duplicate of two types says so). What the ``decided``
    corrections already say of a name (merged, split or typed) is left out."""
    index = _Index(actors)
    found: dict[frozenset, Finding] = {}
    for _, rule in RULES:
        for finding in rule(index):
            if not (decided and _decided(finding, decided)):
                found.setdefault(frozenset(actor.iri for actor in finding.actors), finding)
    strength = {kind: rank for rank, (kind, _) in enumerate(RULES)}
    return sorted(found.values(), key=lambda f: (-f.weight, strength[f.kind], [a.label for a in f.actors]))


def _decided(finding: Finding, decided: Corrections) -> bool:
    name = finding.actors[0].label
    return name in decided.merges or name in decided.splits or (finding.kind == "types" and name in decided.types)


def suggestions(findings: Iterable[Finding]) -> tuple[list[Correction], list[Correction]]:
    """(rows, rows to judge) of an aliases file fixing the findings, in their order: a sure finding's row unless
    it clashes with an earlier row (a name merged twice, a merge back to its start, a type for a merged name),
    which then goes to be judged like the unsure ones."""
    merges: dict[str, str] = {}
    rows, judged = [], []
    for finding in findings:
        row = finding.row
        if row is None:
            continue
        if finding.sure and _fits(row, merges):
            rows.append(row)
            if row.action == "merge":
                merges[row.name] = row.target
        elif row not in judged:
            judged.append(row)
    return rows, [row for row in judged if row not in rows]


def _fits(row: Correction, merges: dict[str, str]) -> bool:
    if row.name in merges:
        return False
    if row.action != "merge":
        return True
    target, seen = row.target, {row.name}
    while target in merges:
        if target in seen:
            return False
        seen.add(target)
        target = merges[target]
    return target not in seen


def report(findings: list[Finding], actors: int, *, top: int) -> str:
    """The findings as text: a summary line, then the ``top`` that weigh most, each with its evidence and fix."""
    duplicates = sum(f.kind != "types" for f in findings)
    lines = [f"{actors} archive-wide actors (nodes of one document left out): {duplicates} likely duplicates, "
             f"{len(findings) - duplicates} type conflicts"
             + (f"; the {top} that move most (mentions + links):" if len(findings) > top else "")]
    for rank, finding in enumerate(findings[:top], 1):
        lines.append(f"{rank:4d}. {finding.weight:6d}  {finding.kind:<8} {finding.reason}")
        lines.append(" " * 22 + "  ".join(actor.describe() for actor in finding.actors))
        if finding.row:
            mark = "" if finding.sure else "to judge: "
            fix = (f"merge {finding.row.name!r} into {finding.row.target!r}" if finding.row.action == "merge" else
                   f"type {finding.row.name!r} {finding.row.type}")
            lines.append(" " * 22 + f"-> {mark}{fix}")
    return "\n".join(lines)
