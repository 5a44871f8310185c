"""Entity records and names: the IRI of a label, the words of a name and its short forms."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from urllib.parse import quote

from graph_builder.gazetteer import strip_the
from graph_builder.records import Entity, Mention
from graph_builder.vocab import ENTITY

DOMINANCE = 3
"""A short name stands for the one person it may name who is named at least this many times as often as all the
others it may name together: a surname alone across the archive (in documents, see ``unification``), a first name
alone in a document (in mentions, see ``coreference``)."""
GOVERNMENT = "GOV"  # the CAMEO sector of a government: the one a country's leader leads
LABEL_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place",
               "NORP": "Group"}
"""The entity type each spaCy NER label stands for before the vote."""


@lru_cache(maxsize=16384)
def entity_iri(label: str, scope: str = "") -> str:
    """An IRI that is valid for any name and different for different names: spaces become underscores, an
    underscore of the name becomes %5F, and everything but ASCII letters, digits and ``-.~`` is percent-encoded
    as UTF-8 (so "Donald Trump" is ``ent:Donald_Trump`` and "O'Brien" ``ent:O%27Brien``). A node of one
    document (``scope``, its id) lives under that document: ``ent:doc/ID/rebels``. The entity stage names the
    same actors many times over, so the last few thousand are kept."""
    parts = (quote(part, safe="-.~", errors="surrogatepass").replace("_", "%5F") for part in label.split(" "))
    local = "_".join(parts)
    if scope:
        local = f"doc/{quote(scope, safe='-.~', errors='surrogatepass')}/{local}"
    return str(ENTITY[local])


def make_entity(label: str, type_: str, aliases: Iterable[str] = (), *, sector: str | None = None,
                owner: Entity | None = None, scope: str = "") -> Entity:
    """The entity named ``label``; its aliases are the other names it went by, sorted. ``sector``, ``owner`` and
    ``scope`` are those of a collective actor or role node (see ``Entity``)."""
    others = tuple(sorted({a for a in aliases if a and a != label})) if aliases else ()
    return _entity(label, type_, others, sector, owner, scope)


@lru_cache(maxsize=16384)
def _entity(label: str, type_: str, aliases: tuple[str, ...], sector: str | None, owner: Entity | None,
            scope: str) -> Entity:
    """The entity of these fields: one record for equal fields (a record is frozen, so sharing it changes nothing),
    as the entity stage makes the same actors many times over."""
    return Entity(id=entity_iri(label, scope), label=label, type=type_, aliases=aliases, sector=sector, owner=owner,
                  scope=scope)


def merge_entities(entities: Iterable[Entity]) -> dict[str, Entity]:
    """One entity per id, in first-seen order, with the aliases of all its copies (a copy is made only when they add
    to them: most mentions of an actor repeat its entity)."""
    merged: dict[str, Entity] = {}
    for entity in entities:
        old = merged.get(entity.id)
        if old is None:
            merged[entity.id] = entity
            continue
        aliases = tuple(sorted(set(old.aliases) | set(entity.aliases)))
        if aliases != old.aliases:
            merged[entity.id] = replace(old, aliases=aliases)
    return merged


def shared_country_names(mentions: list[Mention], shared: dict[str, tuple[str, ...]]) -> list[Mention]:
    """Name a short name two countries share ("Congo", "Congolese": gazetteer ``shared``) as the one of them the
    document names otherwise ("the Democratic Republic of Congo ... Congo's army"); left as read when it names neither
    or both."""
    named = {m.entity.label: m.entity for m in mentions
             if m.entity.type == "Country" and strip_the(m.text) not in shared}
    return [_named_country(m, shared, named) for m in mentions]


def _named_country(mention: Mention, shared: dict[str, tuple[str, ...]], named: dict[str, Entity]) -> Mention:
    choices = [named[country] for country in shared.get(strip_the(mention.text), ()) if country in named]
    if mention.entity.type != "Country" or len(choices) != 1 or choices[0].id == mention.entity.id:
        return mention
    return replace(mention, entity=choices[0])


def plurals_as_singular(mentions: list[Mention], groups: Iterable[Entity]) -> list[Mention]:
    """Name mentions of a group's plural ("the Zorvanis") as mentions of its name ("Zorvani"), when the document
    also names the group so (``groups``: the name written alone, "the Zorvani said", or the group its members are,
    "Zorvani rebels"; not a word before a noun, "Muslim voters"), and it is no person (not "Williams" beside a
    "William" the document names as a person)."""
    singular = {e.label: e for e in groups if e.type != "Person"}
    return [replace(m, entity=singular[m.entity.label[:-1]]) if _plural_of_a_name(m, singular) else m
            for m in mentions]


def plural_singulars(mentions: Iterable[Mention]) -> set[str]:
    """The names that the one-word name mentions written as plurals may be the plurals of ("Zorvani" of "the
    Zorvanis"): only an actor of one of them can be a group that ``plurals_as_singular`` names them as."""
    return {m.entity.label[:-1] for m in mentions if " " not in m.entity.label and _plural_form(m)}


def _plural_of_a_name(mention: Mention, singular: dict[str, Entity]) -> bool:
    return " " not in mention.entity.label and _plural_of(mention, singular)


def _plural_of(mention: Mention, singular: dict[str, Entity]) -> bool:
    return _plural_form(mention) and mention.entity.label[:-1] in singular


def _plural_form(mention: Mention) -> bool:
    """Whether a name mention's label is written as a plural: it ends in "s", not "ss"."""
    label = mention.entity.label
    return mention.kind == "name" and label.endswith("s") and not label.endswith("ss")


def plurals_as_full_names(mentions: list[Mention], heads: frozenset[str]) -> list[Mention]:
    """Name mentions of a plural short form ("the Greens", "the Harbour Socialists") as mentions of the one
    organisation the document names by its singular and a word of ``heads`` (kg:groupNoun: "the Green Party", "the
    Harbour Socialist Party"); two such names ("the Green Party" and "the Green Movement") leave it alone."""
    full: dict[str, dict[str, Entity]] = {}
    for mention in mentions:
        short, _, head = mention.entity.label.rpartition(" ")
        if mention.entity.type == "Organization" and short and head.lower() in heads:
            full.setdefault(short, {})[mention.entity.id] = mention.entity
    one = {short: next(iter(found.values())) for short, found in full.items() if len(found) == 1}
    return [replace(m, entity=one[m.entity.label[:-1]]) if _plural_of(m, one) else m for m in mentions]


_POSSESSIVE_ENDING = re.compile(r"['’]s$")
_HALF_SPACED_HYPHEN = re.compile(r"(\w) -(\w)|(\w)- (\w)")


@lru_cache(maxsize=8192)
def name_key(text: str) -> tuple[str, ...]:
    """The words of a name without a possessive ending ("Zelensky's" -> ("Zelensky",)); the names of a document are
    read many times over, so the last few thousand are kept."""
    return tuple(_HALF_SPACED_HYPHEN.sub(_joined, _POSSESSIVE_ENDING.sub("", text)).split())


def _joined(match: re.Match) -> str:
    """A hyphen the tokenizer spaced on one side only ("Dunmore -Bell") joins its words again."""
    return "-".join(group for group in match.groups() if group)


def short_forms(full: tuple[str, ...]) -> set[tuple[str, ...]]:
    """Every shorter first or last part of a full name, hyphenated parts split too ("Burhan")."""
    parts = tuple(p for word in full for p in word.split("-") if p)
    forms: set[tuple[str, ...]] = set()
    for whole in (full, parts):
        for size in range(1, len(full)):
            if size <= len(whole):
                forms.add(whole[:size])
                forms.add(whole[-size:])
    return forms



def person_key(label: str, *, courtesies: frozenset[str] = frozenset(), titles: frozenset[str] = frozenset(),
               particles: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The words by which the names of one person are compared across documents: lower-cased, apostrophes
    dropped, hyphenated parts split, courtesy titles before or after the name (``courtesies``: "Mr", "Sir", "MP"),
    role titles before a full name (``titles``: "Chancellor"), name particles (``particles``: "al", "de") and
    middle initials left out. "Mr Haider al-Abadi" and "Haider Al Abadi" are ("haider", "abadi"), "Joseph K.
    Marlow" is ("joseph", "marlow"), "Mr Rusk" is ("rusk",); "King Abdullah" stays ("king", "abdullah")."""
    words = re.sub(r"['’`]", "", label).replace("-", " ").lower().split()
    while len(words) > 1 and (words[0] in courtesies or (len(words) > 2 and words[0] in titles)):
        words.pop(0)
    while len(words) > 1 and words[-1] in courtesies:
        words.pop()
    return _without_middle_initials([w for w in words if w not in particles] or words)


def _without_middle_initials(words: list[str]) -> tuple[str, ...]:
    """The words of a name without its middle initials ("joseph l. votel"), unless it opens with an initial."""
    if len(words) > 2 and len(words[0].rstrip(".")) > 1:
        words = [words[0], *(w for w in words[1:-1] if len(w.rstrip(".")) > 1), words[-1]]
    return tuple(words)


def initials_of(acronym: str, label: str) -> bool:
    """Whether ``acronym`` can abbreviate ``label``: it opens with the name's first letter, holds the initials of
    its capitalised words in order and takes its other letters from the name in order ("GM" of "General Motors",
    "UFAL" of "United Front of Arvia and the Lowlands", "NWF" of "Northwind Ferries"); a name's last word is no
    acronym of it ("UFAL" is not one of "Joint Task Group to Resist UFAL")."""
    letters = re.sub(r"[^A-Z]", "", acronym.upper())
    words = [w for w in re.split(r"[\s-]+", label) if w[:1].isalpha()]
    if len(letters) < 2 or not words or letters[0] != words[0][0].upper():
        return False
    capitals = re.sub(r"[^A-Z]", "", "".join(w[0] for w in words))
    return _in_order(capitals, letters) and _in_order(letters, "".join(words).upper())


def _in_order(part: str, whole: str) -> bool:
    """Whether the letters of ``part`` appear in ``whole`` in the same order."""
    rest = iter(whole)
    return all(letter in rest for letter in part)


HOME_COUNTRY = "country of the article"
"""The label of the country a title of a state's office written without one holds its office in ("Prime Minister X",
kg:StateOffice): the article's own country, which only unification can name (see ``home_country``)."""


def home_country(doc_id: str) -> Entity:
    """The stand-in for the country of the article ``doc_id`` (``HOME_COUNTRY``), a node of that article."""
    return make_entity(HOME_COUNTRY, "Country", scope=doc_id)


def is_home_country(entity: Entity | None) -> bool:
    """Whether ``entity`` is the stand-in for an article's country (see ``home_country``)."""
    return entity is not None and entity.label == HOME_COUNTRY and bool(entity.scope)


SERVICE = frozenset(["memberOf", "leaderOf", "employedBy"])
"""The affiliations by which a person serves the state of a ``served_country``."""


def served_country(served: Entity) -> Entity | None:
    """The country a role is held in: the country served, or the one whose government is ("government of the
    United Kingdom"); None for any other actor."""
    if served.type == "Country":
        return served
    owner = served.owner
    return owner if served.sector == GOVERNMENT and owner is not None and owner.type == "Country" else None


def dominant(counts: Sequence[int]) -> int | None:
    """The index of the count at least ``DOMINANCE`` times all the others together (and above none): the one person a
    short name stands for among those it may name, by how often each is named; None when no count is."""
    if not counts:
        return None
    best = max(range(len(counts)), key=counts.__getitem__)
    return best if counts[best] > 0 and counts[best] >= DOMINANCE * (sum(counts) - counts[best]) else None
