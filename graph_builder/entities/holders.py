"""Role holders across an archive: a role node ("the prime minister", nobody named with that title in the
article) is the person the article names who holds that title elsewhere in the archive.

Within a document, ``roles`` resolves "the Foreign Secretary" to the person the document names with that title;
when the document names the person only by name ("Tom Hadley ... the prime minister"), the description becomes a
role node. Unification then knows, from every document, who was named with which title ("Prime Minister Tom
Hadley", in a sentence the records quote; a qualified title such as "shadow home secretary" is another role), and a
role node of a document becomes the one person of that document who holds its title in the archive. Two such
persons in the document (two party leaders and "the leader"), or none, leave the role node as it is.

A role node of a leading title ("Leader of the Liberal Democrats", "Prime Minister of Freedonia") that no person
of its document holds is the one person the archive says, in two documents or more, leads its owner now
(``ArchiveLeader``) at the document's date: within ``TERM_MARGIN`` of the first and last dated document that
says so. Two such leaders, or a leader known only from dated documents far from the article's date, leave it
as it is; an undated article takes the archive's only leader.

A role node of a title many hold with no owner ("Strategist", "Commissioner") that neither makes a person is
nobody in particular: it goes, with what it did (``without_unheld_roles``). An office of one holder at a time ("the
Queen") or one with an owner ("Foreign Secretary of the United Kingdom") stays.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from graph_builder.entities.mentions import title_start
from graph_builder.entities.naming import served_country
from graph_builder.records import DocumentResult, Entity, Relation, rewritten

Holders = dict[str, frozenset[str]]
"""A role title ("prime minister") -> the labels of the persons the archive names with it."""


def title_of(words: list[str], titles: frozenset[str], qualifiers: frozenset[str]) -> str | None:
    """The role title the lowercase ``words`` end with (the longest), unless a qualifier stands before it, also
    before an owner's word ("shadow home secretary", "former Tory chancellor", "ex-Conservative chancellor" hold no
    plain title)."""
    start = title_start(words, titles)
    if start is None or any(word.split("-")[0] in qualifiers for word in words[max(0, start - 2):start]):
        return None
    return " ".join(words[start:])


def node_title(node: Entity, titles: frozenset[str]) -> str | None:
    """The title a role node's label opens with ("Leader of the Liberal Democrats" -> "leader")."""
    words = node.label.lower().split()
    return next((" ".join(words[:size]) for size in range(len(words), 0, -1) if " ".join(words[:size]) in titles),
                None)


def held(result: DocumentResult, holders: Holders, titles: frozenset[str]) -> DocumentResult:
    """``result`` with each role node replaced by the one person of the document who holds its title in the
    archive (see the module docstring); a relation whose two ends became one person is dropped."""
    roles = {m.entity.id: m.entity for m in result.mentions if m.kind == "role"}
    persons = _persons(result, roles.keys())
    countries = _countries_served(result)
    found = {node_id: _holder(node, _of_owner(node, persons, countries), holders, titles)
             for node_id, node in roles.items()}
    swap = {node_id: holder for node_id, holder in found.items() if holder is not None}
    return _swapped(result, swap) if swap else result


TERM_MARGIN = timedelta(days=365)
"""How far before the first and after the last dated document naming a leader an article may be and still mean
that leader by the bare title."""


@dataclass(frozen=True)
class ArchiveLeader:
    """A person the archive says leads an owner now: in how many documents, and the first and last of their dates
    (None when none of them is dated)."""

    person: str
    documents: int
    first: date | None = None
    last: date | None = None

    def in_office(self, day: date | None) -> bool:
        """Whether an article of ``day`` may mean this leader (an undated article or leader: yes)."""
        if day is None or self.first is None or self.last is None:
            return True
        return self.first - TERM_MARGIN <= day <= self.last + TERM_MARGIN


def held_by_archive(result: DocumentResult, leaders: dict[str, list[ArchiveLeader]], leading: frozenset[str],
                    titles: frozenset[str], person: Callable[[str], Entity],
                    canonical: Callable[[str], str] = str) -> DocumentResult:
    """``result`` with each role node of a leading title (``leading``) whose owner the archive knows one leader
    of at the document's date replaced by that leader (``person`` gives the leader's entity by label,
    ``canonical`` the owner's archive name by its label)."""
    day = _day(result.document.date)
    swap: dict[str, Entity] = {}
    for mention in result.mentions:
        node = mention.entity
        if mention.kind != "role" or node.owner is None or node_title(node, titles) not in leading:
            continue
        found = [leader for leader in leaders.get(canonical(node.owner.label), ()) if leader.in_office(day)]
        if len(found) == 1:
            swap[node.id] = person(found[0].person)
    return _swapped(result, swap) if swap else result


def without_unheld_roles(result: DocumentResult, titles: frozenset[str], offices: frozenset[str]) -> DocumentResult:
    """``result`` without the role nodes of a title many hold (not one of ``offices``) and no owner that no
    person took the place of ("the strategist", "the commissioner" in a document naming no holder of the title
    anywhere in the archive): nobody in particular, no actor. The relations with one at an end, its mentions and its
    quotes go; a relation it is the source of keeps no source."""
    unheld = {m.entity.id for m in result.mentions if m.kind == "role" and _unheld(m.entity, titles, offices)}
    return _without(result, unheld) if unheld else result


def _without(result: DocumentResult, gone: set[str]) -> DocumentResult:
    """``result`` without the entities of ids ``gone``, their mentions and quotes, and the relations they are an
    end of; a relation they are the source of stays, with no source, as after "officials said"."""
    def kept(*entities: Entity | None) -> bool:
        return not any(entity is not None and entity.id in gone for entity in entities)

    def unsourced(relation: Relation) -> Relation:
        return relation if kept(relation.attributed_to) else replace(relation, attributed_to=None)

    return replace(result, entities=tuple(e for e in result.entities if kept(e)),
                   relations=tuple(unsourced(r) for r in result.relations if kept(r.subject, r.object)),
                   mentions=tuple(m for m in result.mentions if kept(m.entity)),
                   quotes=tuple(q for q in result.quotes if kept(q.speaker)))


def _unheld(node: Entity, titles: frozenset[str], offices: frozenset[str]) -> bool:
    """Whether a role mention's node is still the role node of a title many hold with no owner ("Strategist")."""
    title = node_title(node, titles) if node.owner is None and node.type == "Person" else None
    return title is not None and title not in offices and node.label.lower() == title


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _persons(result: DocumentResult, roles) -> dict[str, Entity]:
    """The document's archive-wide persons that are no role node, by label."""
    return {e.label: e for e in result.entities if e.type == "Person" and not e.scope and e.id not in roles}


_SERVES = frozenset(["memberOf", "employedBy", "leaderOf"])


def _countries_served(result: DocumentResult) -> dict[str, frozenset[str]]:
    """The countries and organisations each person of the document holds a role in, by the person's label ("Chinese
    Foreign Minister Li Ming": China; "Tory leader Ann Lee": the Conservative Party)."""
    found: dict[str, set[str]] = {}
    for relation in result.relations:
        country = served_country(relation.object)
        body = relation.object if country is None and relation.object.type == "Organization" else country
        if relation.relation in _SERVES and body is not None:
            found.setdefault(relation.subject.label, set()).add(body.id)
    return {label: frozenset(ids) for label, ids in found.items()}


def _of_owner(node: Entity, persons: dict[str, Entity], served: dict[str, frozenset[str]]) -> dict[str, Entity]:
    """The persons who may hold a role node of a country or an organisation ("the British minister", "the Scottish
    Tory leader"): none the document gives a role in other countries or bodies only (a Chinese minister is no British
    one, the Tory leader no leader of the party's Scottish branch)."""
    if node.owner is None:
        return persons
    return {label: person for label, person in persons.items()
            if node.owner.id in served.get(label, frozenset([node.owner.id]))}


def _holder(node: Entity, persons: dict[str, Entity], holders: Holders, titles: frozenset[str]) -> Entity | None:
    """The one person of ``persons`` the archive names with the title of the role ``node``, if exactly one."""
    found = holders.get(node_title(node, titles) or "", frozenset()) & persons.keys()
    return persons[next(iter(found))] if len(found) == 1 else None


def _swapped(result: DocumentResult, swap: dict[str, Entity]) -> DocumentResult:
    def person(entity: Entity | None) -> Entity | None:
        return swap.get(entity.id, entity) if entity is not None else None

    return rewritten(result, person, (e for e in result.entities if e.id not in swap))
