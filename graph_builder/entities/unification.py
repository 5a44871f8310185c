"""Unification: the entities of many documents made consistent with each other and with a store.

Each document names its actors on its own; unification gives every actor one node across the archive:

- **Types are voted over the archive, weighing evidence over raw NER counts.** Each document that names an
  actor votes once for the type it decided; a courtesy title or role title written just before a mention ("Mr",
  "Chancellor") votes three times for Person in that document, an organization cue ("oil firm", "airline") three
  times for Organization (the words before a mention are read in the sentences the document's relations and
  quotes keep: the analysed text itself is dropped), and a name that reads as an organization (an acronym such
  as "BAA", an organization or generic word in it, unless it opens with a first name: "Margaret Court") or as a
  person (a full name whose last word follows "Mr"/"Ms" elsewhere) twice per document. A name one document
  decided was an organisation's by a cue around it (``Mention.evidence``: listed among charities, "X manager Y",
  "an analyst at X") is an organisation's in every document when no document read a person's title or style
  with it: the model's guesses of a person elsewhere weigh nothing against the cue (a first name is no evidence:
  firms and clubs are named after people). A type the store knows stays.
- **A surname alone joins the one person of that surname in reach.** Names are compared by ``person_key``
  (courtesy titles and post-nominals, role titles before a full name, particles and middle initials left out,
  so "Sir Alasdair Moray" and "Alasdair Moray", "Joseph K. Marlow" and "Joseph Marlow" are one person: the
  label named in most documents). A bare word joins the persons whose *last* name it is: the only one the archive
  names in full, or the one named in full in at least ``DOMINANCE`` times as many documents as all the others of
  that surname together (so "Hadley" is the Hadley the archive is about, not a namesake named twice; two persons
  named about as often leave the surname alone). In reach is the archive: within a document, a name already
  joined its full name (coreference), and a document that labelled a person by the surname still gives the full
  name it knew (its alias). Each part of a double surname is the surname too ("Dunmore", "Dunmore-Bell" for Robert
  Dunmore-Bell), and full names that differ only by a first name and its nickname are one person ("Vince Harlow",
  "Vincent Harlow": the nicknames package's table, where the nickname opens like the name) or by a first name
  spelt two ways ("Damian"/"Damien": ``Gazetteer.respelt_first_name``). The styles of a peer
  of one surname and gender are one person ("Baron Ashworth", "Lord Ashworth"), joined to a full name only when an
  article names the peer by it too ("Neil Ashworth ... Lord Ashworth"), never by the surname alone (Lord Penrose
  the judge is no Martin Penrose), and a bare surname with nobody of it named in full is the one peer
  of that surname ("Ashby"). A first name alone never joins anyone across documents and is never kept as an
  alias, and one that is nobody's surname either stays a node of its document ("Ken" where an article named
  two Kens); so does a surname alone that joined nobody though persons of it are named in full (two Pyles named
  about as often: one archive-wide "Pyle" would make them one). An honorific ("Mr Rusk") is no part of the name
  compared. A full name another actor's name ran into ("Penhale Tom Hadley", where "Penhale" is a person's
  surname) is that full name.
- **Acronyms and short forms join their organization** when the gazetteer knows them (``organization_aliases``)
  or when a document defined them: an acronym that is the alias of exactly one organization ("General Motors
  (GM)") is that organization in every document. An organization's name that another one's repeats after a
  country's name ("Independence Party", "UK Independence Party") is that one, when only one does.
- **Generic words never join a name and never become an archive-wide node.** A label that is a generic word or
  phrase of the gazetteer ("Government", "Navy", "Battalion", "MPs") stays a node of its own document (its
  ``scope``), unless it has an owner. A government with no owner ("the government said") is the government of
  the document's one country of government: the one country whose politics the archive ties the persons and
  parties it names to (they lead it, serve in its government or hold a post of its opposition: "shadow home
  secretary" with the party), when every country it names, alone or as a government's owner, is that one (or,
  with a party or two persons of that country named, every other country is named only as a place); else it is the
  government of no state a reader could tell, and no record has it at an end.
  Legislators with no owner ("told MPs") are the chamber their noun names there (``chambers``); acting ("MPs
  criticised X") they are some members the text does not name, and no record has them for its subject.
- **A role node is the person who holds the role** when the document names exactly one person the archive
  names with that title elsewhere ("Prime Minister Tom Hadley" in one article; "Tom Hadley ... the prime
  minister" in another), and a role node of a leading title that nobody of its document holds is the one leader
  the archive gives its owner at the document's date ("Leader of the Liberal Democrats" where two articles say
  Robert Preston leads them): see ``holders``. A role node of an office of one holder written with no owner ("the
  prime minister") is first that office of the document's one country of government, when the archive names
  someone of that country's politics with its title ("Prime Minister of the United Kingdom", whose leader the
  archive may then know); "the president" of an article about a country with none so titled stays as it is.
- **The government a country's leader leads is that country's** ("Hadley's government", "the Labour
  government" when the archive says Hadley leads the United Kingdom and Labour).
- **Scoped entities pass through unchanged** (a node that stands only for its document: never renamed, never
  merged, their votes ignored); every entity keeps its sector and owner (the owner unified too).

Unifying is two steps, so documents can stream: a ``NameTally`` of every document's names, then a ``UnifyPlan``
that rewrites one document at a time. A store's known names (label -> type) take part as persons and types
that stay; their document counts are not known, so they count as named in no document of the build.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property

from graph_builder.entities.chambers import Chambers, chamber_entity
from graph_builder.entities.collective import owner_name
from graph_builder.entities.holders import (
    ArchiveLeader,
    Holders,
    held,
    held_by_archive,
    title_of,
    without_unheld_roles,
)
from graph_builder.entities.mentions import ends_in_title
from graph_builder.entities.naming import (
    GOVERNMENT,
    SERVICE,
    dominant,
    initials_of,
    is_home_country,
    make_entity,
    person_key,
    served_country,
)
from graph_builder.gazetteer import strip_the
from graph_builder.records import DocumentResult, Entity, Mention, Relation, rewritten
from graph_builder.vocab import Lexicon
from graph_builder.words import is_acronym

_TALLIED_KINDS = frozenset(["name", "capital"])
_TIES = frozenset(["memberOf", "leaderOf"])  # affiliations that may tie a person or party to a country's politics
_TIE_MODALITIES = frozenset(["asserted", "past"])  # a former home secretary is of that country's politics too
_LEGISLATORS = "legislators"  # the label of kg:Legislators, members a plural noun names ("MPs")
_GOVERNMENT = "government"  # the label of kg:Government, the collective kind of a state's government
_WORD = re.compile(r"[^\W\d_][\w.'’-]*")


@dataclass(frozen=True, kw_only=True)
class NameRules:
    """What unification reads of the lexicon: the gazetteer's word lists and the role titles. ``NameRules()`` knows
    no words (names then join by their plain words only)."""

    courtesies: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()  # the role titles and those of one country ("home secretary")
    generic_words: frozenset[str] = frozenset()
    organization_words: frozenset[str] = frozenset()
    organization_cues: frozenset[str] = frozenset()
    organizations: dict[str, str] = field(default_factory=dict)
    given_name: Callable[[str], str | None] = lambda word: None
    qualifiers: frozenset[str] = frozenset()
    same_first_name: Callable[[str, str], bool] = lambda one, other: one == other
    country: Callable[[str], str | None] = lambda word: None
    peer_of: Callable[[tuple[str, ...]], tuple[str, str] | None] = lambda words: None  # Gazetteer.peer
    after_of: Callable[[Entity], str] = lambda owner: owner.label  # "the United Kingdom" of "government of ..."
    leading: frozenset[str] = frozenset()  # the titles that give leaderOf ("leader", "prime minister")
    offices: frozenset[str] = frozenset()  # the titles of one holder at a time ("queen", "chancellor")
    chambers: Chambers = field(default_factory=Chambers)  # the chamber legislators with no owner are ("told MSPs")
    national_titles: dict[str, str] = field(default_factory=dict)  # "home secretary" -> "United Kingdom"
    opposition_words: frozenset[str] = frozenset()  # "shadow" (kg:OppositionPost)
    sub_bodies: frozenset[str] = frozenset()  # "committee", "panel" (kg:SubBody)
    chamber_words: frozenset[str] = frozenset()  # "commons", "senate" (kg:ChamberWord)

    @classmethod
    def of(cls, lexicon: Lexicon | None) -> NameRules:
        if lexicon is None:
            return cls()
        gazetteer = lexicon.gazetteer
        organizations = {**gazetteer.organizations, **gazetteer.demonym_organizations}
        cue_nouns = frozenset(cue[0] for cue in gazetteer.organization_cues.get("before", ()) if len(cue) == 1)
        return cls(courtesies=gazetteer.honorifics | {p.lower() for p in gazetteer.post_nominals},
                   particles=gazetteer.name_particles, titles=lexicon.titles | frozenset(lexicon.national_titles),
                   generic_words=gazetteer.generic_words,
                   organization_words=gazetteer.organization_words, organization_cues=cue_nouns,
                   organizations=organizations, given_name=gazetteer.gender_of_first_name,
                   qualifiers=lexicon.title_qualifiers, same_first_name=gazetteer.same_first_name,
                   after_of=lambda owner: owner_name(owner, gazetteer),
                   leading=frozenset(t for t, relation in lexicon.title_relations.items() if relation == "leaderOf"),
                   offices=lexicon.single_offices,
                   country=gazetteer.country,
                   peer_of=gazetteer.peer,
                   national_titles=lexicon.national_titles,
                   opposition_words=lexicon.cues.get("OppositionPost", frozenset()),
                   sub_bodies=lexicon.cues.get("SubBody", frozenset()),
                   chamber_words=lexicon.cues.get("ChamberWord", frozenset()),
                   chambers=Chambers(named=lexicon.chambers, bare=lexicon.chamber_names, sectors=frozenset(
                       lexicon.collective_nouns[tuple(noun.split())].kind.sector for noun, _ in lexicon.chambers)))

    def key(self, label: str) -> tuple[str, ...]:
        return person_key(label, courtesies=self.courtesies, titles=self.titles, particles=self.particles)

    def peer(self, key: tuple[str, ...]) -> tuple[str, str] | None:
        """(surname, gender) of a peer's style ("Lord Ashworth" -> ("ashworth", "male")), or None:
        ``Gazetteer.peer``."""
        return self.peer_of(key)

    def plain(self, label: str) -> str:
        """A name without the courtesy titles it opens with ("Gen Pervez Musharraf" -> "Pervez Musharraf")."""
        words = label.split()
        while len(words) > 1 and words[0].lower() in self.courtesies:
            words.pop(0)
        return " ".join(words)

    def is_generic(self, label: str) -> bool:
        return strip_the(label).lower() in self.generic_words

    def reads_as_organization(self, label: str) -> bool:
        """An acronym, a known organization, or a name with an organization or generic word in it that does not
        open with a first name ("Home Office", not "Margaret Court")."""
        words = label.split()
        if is_acronym(label) or label in self.organizations:
            return True
        return (bool({w.lower() for w in words} & (self.organization_words | self.generic_words))
                and not (len(words) > 1 and self.given_name(words[0])))

    @staticmethod
    def words_before(text: str, start: int) -> list[str]:
        """The last four words (lower case) before offset ``start`` of ``text``."""
        return [w.lower() for w in _WORD.findall(text[max(0, start - 60):start])[-4:]]

    def title_before(self, words: list[str]) -> str | None:
        """The role title the ``words_before`` a name end in ("Prime Minister" Tom Hadley)."""
        return title_of(words, self.titles, self.qualifiers)

    def ties(self, relation: Relation) -> list[tuple[str, str]]:
        """(person or party, country) a record ties to one country's politics: a person a member of a country's
        government ("Home Secretary X"), and a person and the party of a front-bench post of the opposition of a
        country ("shadow home secretary X", a member of the Tories: both of the United Kingdom's politics)."""
        subject, target = relation.subject, relation.object
        if not _may_tie(relation):
            return []
        country = served_country(target)  # the country, or the one whose government a minister serves
        if country is not None and relation.relation == "memberOf":
            return [(subject.label, country.label)]
        country = self.opposition_country(relation.role or "")
        return [(subject.label, country), (target.label, country)] if country and target.type == "Organization" \
            else []

    def opposition_country(self, role: str) -> str | None:
        """The country of a post of the opposition ("shadow home secretary": the United Kingdom), or None."""
        first, _, title = role.lower().partition(" ")
        return self.national_titles.get(title) if first in self.opposition_words else None

    def cues(self, words: list[str]) -> tuple[bool, bool, bool]:
        """(person cue, organization cue, honorific) from the ``words_before`` a name."""
        if not words:
            return False, False, False
        honorific = words[-1] in self.courtesies
        return honorific or ends_in_title(words, self.titles), words[-1] in self.organization_cues, honorific


class NameTally:
    """What unification needs to know of a stream of documents: per name, the documents that name it, their type
    votes and evidence, and its aliases. It grows with the number of distinct names, not with the number of
    documents."""

    def __init__(self, rules: NameRules | None = None) -> None:
        self.rules = rules or NameRules()
        self.documents: Counter = Counter()
        self.mentions: Counter = Counter()
        self.type_votes: dict[str, Counter] = defaultdict(Counter)
        self.person_cues: Counter = Counter()
        self.organization_cues: Counter = Counter()
        self.evidence: dict[str, Counter] = defaultdict(Counter)  # per name, the documents evidencing each type
        self.after_honorific: set[str] = set()
        self.present: dict[str, str] = {}
        self.aliases: dict[str, set[str]] = defaultdict(set)
        self.holders: dict[str, set[str]] = defaultdict(set)
        self.leads: dict[str, Counter] = defaultdict(Counter)
        self.lead_days: dict[tuple[str, str], list[str]] = defaultdict(list)
        self.ties: dict[str, Counter] = defaultdict(Counter)
        self.serving: dict[str, Counter] = defaultdict(Counter)  # person -> (country, modality) -> documents

    def add(self, result: DocumentResult) -> None:
        named: dict[str, set[str]] = defaultdict(set)
        cued: dict[str, set[str]] = defaultdict(set)
        evidenced: dict[str, set[str]] = defaultdict(set)
        sentences = _Sentences(result)
        for mention in result.mentions:
            if mention.kind in _TALLIED_KINDS and not mention.entity.scope:
                named[mention.entity.label].add(mention.entity.type)
                self.mentions[mention.entity.label] += 1
                cued[mention.entity.label].update(self._cues(sentences, mention))
                evidenced[mention.entity.label].update(_evidence(mention))
        for label, types in named.items():
            self.documents[label] += 1
            self.type_votes[label].update(types)
            self.evidence[label].update(evidenced[label])
            self.person_cues[label] += "person" in cued[label]
            self.organization_cues[label] += "organization" in cued[label]
        for entity in result.entities:
            if not entity.scope:
                self.present.setdefault(entity.label, entity.type)
                self.aliases[entity.label].update(entity.aliases)
        self._add_leaders(result)
        for label, country in {tie for relation in result.relations for tie in self.rules.ties(relation)}:
            self.ties[label][country] += 1
        self._add_services(result)

    def _add_services(self, result: DocumentResult) -> None:
        """Which state the document says each person serves, now or before (``_service``), once per person."""
        for label, country, modality in {service for r in result.relations if (service := _service(r))}:
            self.serving[label][(country, modality)] += 1

    def _add_leaders(self, result: DocumentResult) -> None:
        """Who the document says leads which country or organisation now, once per pair, with its date."""
        for person, led in {(r.subject.label, r.object.label) for r in result.relations if _leads_now(r)}:
            self.leads[person][led] += 1
            if result.document.date:
                self.lead_days[(person, led)].append(result.document.date[:10])

    def _cues(self, sentences: _Sentences, mention: Mention) -> set[str]:
        """"person" and/or "organization": what the words before the mention say (in a sentence the document's
        records quote; the analysed text itself is not kept), or a courtesy title the mention opens with."""
        words = mention.text.split()
        before = self.rules.words_before(*sentences.before(mention))
        title = self.rules.title_before(before)
        if title:
            self.holders[title].add(mention.entity.label)
        if len(words) > 1 and words[0].lower() in self.rules.courtesies:
            self.after_honorific.add(words[-1].lower())
            return {"person"}
        person, organization, honorific = self.rules.cues(before)
        if honorific:
            self.after_honorific.add(words[-1].lower())
        return {name for name, found in (("person", person), ("organization", organization)) if found}


def _evidence(mention: Mention) -> tuple[str, ...]:
    """The types the mention's document read evidence for (records.Mention.evidence), an organisation's only when
    the document decided on it: a first name outweighed the cue there ("Tom Hadley, which" is a misreading)."""
    return tuple(type_ for type_ in mention.evidence if type_ == "Person" or type_ == mention.entity.type)


class _Sentences:
    """The sentences of a document that its relations and quotes quote, by offset: the only text of a document
    that unification sees."""

    def __init__(self, result: DocumentResult):
        evidence = [r.evidence for r in result.relations] + [q.evidence for q in result.quotes]
        self.spans = sorted({(e.start, e.end, e.sentence) for e in evidence})
        self.starts = [start for start, _, _ in self.spans]

    def before(self, mention: Mention) -> tuple[str, int]:
        """(sentence, offset of the mention in it), or ("", 0) when no quoted sentence holds the mention."""
        number = bisect_right(self.starts, mention.start) - 1
        if number < 0:
            return "", 0
        start, end, sentence = self.spans[number]
        offset = mention.start - start
        if mention.end > end or sentence[offset:offset + len(mention.text)] != mention.text:
            return "", 0
        return sentence, offset


class UnifyPlan:
    """Canonical names decided; ``apply`` rewrites one document at a time, so documents can stream."""

    def __init__(self, renamed: dict[str, tuple[str, str]], aliases: dict[str, set[str]],
                 generic: Iterable[str] = (), holders: Holders | None = None, titles: frozenset[str] = frozenset(),
                 *, leaders: dict[str, str] | None = None, after_of: Callable[[Entity], str] = lambda e: e.label,
                 archive_leaders: dict[str, list[ArchiveLeader]] | None = None, leading: frozenset[str] = frozenset(),
                 offices: frozenset[str] = frozenset(), chambers: Chambers | None = None,
                 politics: dict[str, str] | None = None, serving: dict[str, str] | None = None):
        self.leaders = leaders or {}
        self.serving = serving or {}
        self.politics = politics or self.leaders
        self.chambers = chambers or Chambers()
        self.offices = offices
        self.archive_leaders = archive_leaders or {}
        self.leading = leading
        self.after_of = after_of
        self.renamed = renamed
        self.aliases = aliases
        self.generic = frozenset(generic)
        self.holders = holders or {}
        self.titles = titles
        self.canonical: dict[tuple, Entity] = {}

    @cached_property
    def own_sides(self) -> frozenset[frozenset[str]]:
        """The labels of each person and the country or organisation the archive says, in two documents or more,
        that the person leads, and of each person and the state the archive says the person serves now
        (``_serving``: a minister, an envoy): one side, whose statements about each other ``dedupe`` drops as it drops
        those of the two ends of an affiliation the document states."""
        return frozenset(frozenset((leader.person, owner)) for owner, leaders in self.archive_leaders.items()
                         for leader in leaders) | frozenset(frozenset(pair) for pair in self.serving.items())

    def _fix(self, entity: Entity | None, doc_id: str, home: str | None = None) -> Entity | None:
        if is_home_country(entity) and home is not None:  # "Prime Minister X" of the article's country
            entity = make_entity(home, "Country")
        return self._canonical_entity(entity, doc_id, home)

    def _canonical_entity(self, entity: Entity | None, doc_id: str, home: str | None) -> Entity | None:
        if entity is None:
            return entity
        homed = self._homed(entity, home)
        if entity.scope and not homed:
            return entity
        owner = self._fix(entity.owner, doc_id, home)
        if entity.label in self.generic and owner is None and not homed:
            return make_entity(entity.label, entity.type, entity.aliases, sector=entity.sector, scope=doc_id)
        label, type_ = self.renamed.get(entity.label, (entity.label, entity.type))
        if entity.sector == GOVERNMENT:
            label, owner = self._government(label, owner, home if homed else None)
        key = (label, type_, entity.sector, owner)
        if key not in self.canonical:
            self.canonical[key] = make_entity(label, type_, self.aliases.get(label, ()), sector=entity.sector,
                                              owner=owner)
        return self.canonical[key]

    def _homed(self, entity: Entity, home: str | None) -> bool:
        """Whether ``entity`` is a government named by a generic word alone, no owner ("the government"), in a
        document with one country of government (``home``)."""
        return home is not None and entity.sector == GOVERNMENT and entity.owner is None \
            and (bool(entity.scope) or entity.label in self.generic)

    def _government(self, label: str, owner: Entity | None, home: str | None) -> tuple[str, Entity | None]:
        """The label and owner of a government: one with no owner is the government of the document's country of
        government (``home``), one led by a person or party the archive says leads a country is that
        country's."""
        if owner is None and home is not None:
            return self._government_of(label, home)
        if owner is not None and owner.label in self.leaders:
            return self._government_of(label, self.leaders[owner.label])
        return label, owner

    def _government_of(self, label: str, country_label: str) -> tuple[str, Entity]:
        """A government ("government", "government led by Tom Hadley", "government of the Labour Party") as the
        government of a country ("government of the United Kingdom") and that country, its owner."""
        country = make_entity(country_label, "Country")
        kind = label.split(" led by ")[0].split(" of ")[0]
        return f"{kind} of {self.after_of(country)}", country

    def _canonical(self, label: str) -> str:
        """The archive's label for ``label``."""
        return self.renamed.get(label, (label,))[0]

    def _home_country(self, result: DocumentResult) -> str | None:
        """The one country of government of a document: the one whose politics the archive ties each person or party
        it names to (it says "Mr Hadley" leads the United Kingdom, "Ms Dale" is its home secretary, "Mr Reed" the
        Tories' shadow chancellor), when that is one country and every country the document names, alone or as a
        government's owner, is that one; None otherwise (an article naming Kabul or "the Russian foreign ministry"
        may mean that country's government). When the document names a party of that country, or two persons the
        archive ties to it, another country named only as a place, in no record and owning no actor, does not stand
        in the way ("killed in Peru"; one minister alone may be abroad: "Mr Reed arrived in Lima"); nor does one
        that acts in the document's records when most of what it names of states is of that country and it names
        no other's government (``_mostly_of``). The document's own records tie a person as the archive does ("Home
        Secretary X": ``_countries_named``). A document that names nobody tied to a country has the one country it
        names, if it names one (by its name or capital)."""
        led, governed = self._countries_named(result)
        if not led:
            return self._only_country(result, governed)
        if len(led) != 1:
            return None
        home = led.pop()
        others = governed - {home}
        if not others or (self._of_home_politics(result, home) and not others & self._acting(result)):
            return home
        return home if self._mostly_of(result, home) else None

    def _countries_named(self, result: DocumentResult) -> tuple[set[str], set[str]]:
        """(the countries whose politics the archive ties the document's persons and parties to, or the document
        itself says its persons serve ("Home Secretary X": the United Kingdom, as ``_service`` reads it), the
        countries it names, alone or as a government's owner)."""
        led, governed = set(), set()
        for entity in result.entities:
            if entity.scope:
                continue
            country = served_country(entity)
            if country is not None:
                governed.add(self._canonical(country.label))
            elif entity.type in ("Person", "Organization"):
                led.add(self.politics.get(self._canonical(entity.label)))
        led.discard(None)
        return led | {self._canonical(service[1]) for r in result.relations if (service := _service(r))}, governed

    def _mostly_of(self, result: DocumentResult, home: str) -> bool:
        """Whether ``home`` is the document's country by most of what it names of states: its mentions of ``home``,
        of the government of ``home`` and of the persons and parties tied to its politics (``politics``) outnumber
        those of every other country together, and no other country's government is named ("the US government",
        "the Russian foreign ministry"). Other countries may then act in its records as states or places ("the US
        released four Britons") without making "the government" theirs."""
        counts: Counter = Counter()
        for mention in result.mentions:
            entity = mention.entity
            if entity.scope:
                continue
            country = served_country(entity)
            if country is not None and entity.sector == GOVERNMENT and self._canonical(country.label) != home:
                return False
            tied = self.politics.get(self._canonical(entity.label)) if country is None else None
            found = tied or (self._canonical(country.label) if country is not None else None)
            if found is not None:
                counts[found == home] += 1
        return counts[True] > counts[False]

    def _only_country(self, result: DocumentResult, governed: set[str]) -> str | None:
        """The one country a document names by its name or capital, when it names no other, alone or as a
        government's owner (a nationality word alone, "the Greek foreign ministry", names no country of
        government: the ministry may be a foreign one's)."""
        named = {self._canonical(m.entity.label) for m in result.mentions
                 if m.kind in _TALLIED_KINDS and m.entity.type == "Country" and not m.entity.scope}
        return named.pop() if len(named) == 1 and named == governed else None

    def _without_offices_abroad(self, result: DocumentResult, home: str | None) -> DocumentResult:
        """``result`` without the roles of a state's office its title did not say the country of ("Prime Minister
        X", see ``extract.roles._home_office``) that the archive does not vouch for as the document's country's: the
        document has no one country of government (``home``); neither the archive ties the person to its politics
        nor, the person being tied to none, another person or party the document names, nor is the country at an
        end of one of the document's records (a country named only as a company's owner, "Chile's Codelco", says
        nothing of a "President X" beside it); the archive ties the person to another country ("President X" of a
        foreign country in an article about home affairs); or the title leads and the archive knows others who
        lead that country now ("under President X": a leader of before). Most documents have no such role: what
        vouches is read only for those that do."""
        if not any(_of_an_unnamed_country(r) for r in result.relations):
            return result
        led = self._countries_named(result)[0] | self._acting(result)
        leaders = {leader.person for leader in self.archive_leaders.get(home or "", ())}

        def abroad(relation: Relation) -> bool:
            if not _of_an_unnamed_country(relation):
                return False
            person = self._canonical(relation.subject.label)
            tied = self.politics.get(person)
            vouched = tied == home or (tied is None and home in led)
            return home is None or not vouched or (relation.relation == "leaderOf" and bool(leaders)
                                                   and person not in leaders)

        return _without(result, abroad)

    def _of_home_politics(self, result: DocumentResult, home: str) -> bool:
        """Whether the document is about the politics of ``home``: it names an organisation the archive ties to
        them (a party), or two persons it ties to them (one minister may be travelling abroad)."""
        tied = [e.type for e in result.entities if e.type in ("Person", "Organization") and not e.scope
                and self.politics.get(self._canonical(e.label)) == home]
        return "Organization" in tied or len(tied) > 1

    def _home_offices(self, result: DocumentResult, home: str | None) -> dict[str, Entity]:
        """The role nodes of an office of one holder written with no owner ("the prime minister", nobody of the
        document named with the title) that are the office of the document's one country of government (``home``):
        the archive names someone of that country's politics with the title ("Prime Minister Tom Hadley", who leads
        it). By node id: "Prime Minister of the United Kingdom", which the archive's holder may then take the place
        of (``holders``). Without such a country, or with nobody of its politics so titled ("the president" in an
        article about a country that has none), the node stays as it is."""
        if home is None:
            return {}
        country = make_entity(home, "Country")
        found = {}
        for mention in result.mentions:
            node, title = mention.entity, mention.entity.label.lower()
            if mention.kind == "role" and node.owner is None and title in self.offices and any(
                    self.politics.get(person) == home for person in self.holders.get(title, ())):
                found[node.id] = make_entity(f"{node.label} of {self.after_of(country)}", "Person", owner=country)
        return found

    def _acting(self, result: DocumentResult) -> set[str]:
        """The countries a document's records have at an end, or as the owner of an end ("Peru's army")."""
        ends = [end for r in result.relations for end in (r.subject, r.object)]
        return {self._canonical(country.label) for end in ends for country in (end, end.owner)
                if country is not None and country.type == "Country"}

    def _without_unnamed_members_acting(self, result: DocumentResult) -> DocumentResult:
        """``result`` without the records whose subject is legislators a plural noun names with no owner ("MPs
        criticised X", "some MPs urged Y"): some members, whom the text does not name, not the chamber, which acts
        by a vote or a report of its own; told or briefed ("told MPs") they are the chamber still (``chambers``)."""
        return _without(result, lambda r: self._unnamed_members(r.subject))

    def _unnamed_members(self, entity: Entity) -> bool:
        return entity.sector in self.chambers.sectors and entity.owner is None and bool(entity.scope) \
            and entity.label == _LEGISLATORS

    def apply(self, result: DocumentResult) -> DocumentResult:
        """``result`` with every entity under its canonical name; a relation whose two ends became one actor is
        dropped. Deduplication is the next step (``graph_builder.dedupe``): two readings may only now name the
        same actors."""
        doc_id = result.document.id
        home = self._home_country(result)
        bodies = self.chambers.bodies(result, home)
        result = self._without_unnamed_members_acting(result)
        result = self._without_offices_abroad(result, home)
        offices = self._home_offices(result, home)

        def fix(entity: Entity | None) -> Entity | None:
            if entity is not None and entity.id in bodies:
                entity = chamber_entity(bodies[entity.id], entity, self.after_of)
            if entity is not None and entity.id in offices:
                entity = offices[entity.id]
            return self._fix(entity, doc_id, home)

        entities = {e.id: e for e in (fix(e) for e in result.entities)}
        def person(label: str) -> Entity:
            return fix(make_entity(label, "Person"))

        result = held(rewritten(result, fix, entities.values()), self.holders, self.titles)
        result = held_by_archive(result, self.archive_leaders, self.leading, self.titles, person,
                                 self._canonical)
        return _without_unowned_governments(without_unheld_roles(result, self.titles, self.offices))


def _without_unowned_governments(result: DocumentResult) -> DocumentResult:
    """``result`` without the records one end of which is a government of no state: "the government" in a document
    with no one country of government (``UnifyPlan._home_country``) and no owner written ("the Velmish government")
    is nobody a reader could tell; the records of it are dropped, the entity stays."""
    return _without(result, lambda r: _unowned_government(r.subject) or _unowned_government(r.object))


def _without(result: DocumentResult, dropped: Callable[[Relation], bool]) -> DocumentResult:
    """``result`` without the records ``dropped`` says go; the same object when none does."""
    kept = tuple(r for r in result.relations if not dropped(r))
    return result if len(kept) == len(result.relations) else replace(result, relations=kept)


def _unowned_government(entity: Entity) -> bool:
    """Whether ``entity`` is a country's government named by the generic word alone, its country unknown."""
    return entity.sector == GOVERNMENT and entity.owner is None and bool(entity.scope) and entity.label == _GOVERNMENT


def _of_an_unnamed_country(relation: Relation) -> bool:
    """Whether a record is a role of a state's office its title did not say the country of: of the stand-in for
    the article's country, or a minister's of the article's own "government" (see ``extract.roles._home_office``)."""
    target = relation.object
    return is_home_country(target) or (relation.extractor == "roles" and target.sector == GOVERNMENT
                                       and bool(target.scope) and target.owner is None)


def _may_tie(relation: Relation) -> bool:
    """Whether a record is an affiliation of a person, now or before, that may tie it to a country's politics."""
    return (relation.relation in _TIES and not relation.negated and relation.modality in _TIE_MODALITIES
            and relation.subject.type == "Person" and not relation.subject.scope and not relation.object.scope)


def _service(relation: Relation) -> tuple[str, str, str] | None:
    """(person, country, modality) of a record by which a person serves a state, now or before: a member of its
    government ("Home Secretary X"), of the state itself ("Chancellor X") or its employee ("the Freedonian envoy
    X"), or its leader; None for any other record."""
    if relation.relation not in SERVICE or relation.negated or relation.modality not in _TIE_MODALITIES \
            or relation.subject.type != "Person" or relation.subject.scope or relation.object.scope:
        return None
    country = served_country(relation.object)
    return None if country is None else (relation.subject.label, country.label, relation.modality)


def _leads_now(relation: Relation) -> bool:
    """Whether a record states, as a fact of now, that a person leads a country or an organisation ("Prime
    Minister X", "Labour leader X")."""
    return (relation.relation == "leaderOf" and relation.modality == "asserted" and not relation.negated
            and relation.subject.type == "Person" and relation.object.type in ("Country", "Organization")
            and not relation.subject.scope and not relation.object.scope)


@dataclass
class _Led:
    """What the archive says one person leads now, under canonical names: documents and their dates."""

    documents: int = 0
    days: list[str] = field(default_factory=list)


def _led(tally: NameTally, renamed: dict[str, tuple[str, str]]) -> dict[str, dict[tuple[str, str], _Led]]:
    """Canonical person -> (canonical label, type) of what the person leads -> documents and dates, the tally's
    names gathered under the archive's."""
    led: dict[str, dict[tuple[str, str], _Led]] = defaultdict(lambda: defaultdict(_Led))
    for person, counts in tally.leads.items():
        for target, documents in counts.items():
            found = led[renamed.get(person, (person,))[0]][renamed.get(target, (target, ""))]
            found.documents += documents
            found.days += tally.lead_days.get((person, target), [])
    return led


def _tied(tally: NameTally, renamed: dict[str, tuple[str, str]]) -> dict[str, str]:
    """Person or party -> the one country whose politics the archive ties it to in two documents or more (see
    ``NameRules.ties``), under canonical names."""
    found: dict[str, Counter] = defaultdict(Counter)
    for label, countries in tally.ties.items():
        for country, documents in countries.items():
            found[renamed.get(label, (label,))[0]][renamed.get(country, (country,))[0]] += documents
    return {label: next(iter(countries)) for label, countries in found.items()
            if len(countries) == 1 and sum(countries.values()) > 1}


def _serving(tally: NameTally, renamed: dict[str, tuple[str, str]]) -> dict[str, str]:
    """Person -> the one state the archive says the person serves now (``_service``), under canonical names: in two
    documents or more, and in more than say the person served it before (a minister who resigned)."""
    found: dict[str, Counter] = defaultdict(Counter)
    for label, services in tally.serving.items():
        for (country, modality), documents in services.items():
            found[renamed.get(label, (label,))[0]][(renamed.get(country, (country,))[0], modality)] += documents
    serving = {}
    for person, services in found.items():
        now = [country for (country, modality), documents in services.items() if modality == "asserted"
               and documents > 1 and documents > services[(country, "past")]]
        if len(now) == 1:
            serving[person] = now[0]
    return serving


def _leaders(led: dict[str, dict[tuple[str, str], _Led]]) -> dict[str, str]:
    """Person -> the one country the archive says, in two documents or more, that the person leads now; and
    organisation -> the country its leaders lead, when they lead one only ("the Labour government" is the
    government of the country the Labour leader leads)."""
    heads = {person: country for person, targets in led.items() if (country := _one_country(targets))}
    bodies: dict[str, set[str]] = defaultdict(set)
    for person, country in heads.items():
        for label, type_ in led[person]:
            if type_ == "Organization":
                bodies[label].add(country)
    return {**heads, **{body: found.pop() for body, found in bodies.items() if len(found) == 1}}


def _archive_leaders(led: dict[str, dict[tuple[str, str], _Led]]) -> dict[str, list[ArchiveLeader]]:
    """Owner -> the persons the archive says, in two documents or more, lead it now, with the dates of those
    documents (see ``holders.held_by_archive``)."""
    found: dict[str, list[ArchiveLeader]] = defaultdict(list)
    for person, targets in led.items():
        owners: dict[str, _Led] = defaultdict(_Led)  # a name the archive typed twice is one owner
        for (owner, _), said in targets.items():
            owners[owner].documents += said.documents
            owners[owner].days += said.days
        for owner, said in owners.items():
            if said.documents > 1:
                dated = sorted(date.fromisoformat(day) for day in said.days)
                found[owner].append(ArchiveLeader(person, said.documents, *((dated[0], dated[-1]) if dated else ())))
    return found


def _one_country(targets: dict[tuple[str, str], _Led]) -> str | None:
    """The one country among what a person leads, when two documents or more say so."""
    countries = {label: said.documents for (label, type_), said in targets.items() if type_ == "Country"}
    return next(iter(countries)) if len(countries) == 1 and sum(countries.values()) > 1 else None


def _holders(tally: NameTally, renamed: dict[str, tuple[str, str]]) -> Holders:
    """Each role title's holders in the archive, under their canonical names."""
    return {title: frozenset(renamed.get(label, (label,))[0] for label in labels)
            for title, labels in tally.holders.items()}


class _Persons:
    """The persons named in full (two words or more in their key) across the archive and the store: labels
    grouped by key, each key's documents, and the keys of each surname."""

    def __init__(self, labels: Iterable[tuple[str, int, int]], rules: NameRules,
                 styled: dict[tuple[str, str], set[tuple[str, ...]]] | None = None):
        self.styled = styled or {}
        self.labels: dict[tuple[str, ...], list[tuple[int, int, str]]] = defaultdict(list)
        self.by_surname: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        self.same: dict[tuple[str, ...], tuple[str, ...]] = {}
        self.peers: dict[str, dict[str, list[tuple[int, str]]]] = defaultdict(lambda: defaultdict(list))
        self.gender = rules.given_name
        for label, documents, mentions in labels:
            key = rules.key(label)
            peer = rules.peer(key)
            if peer:
                self.peers[peer[0]][peer[1]].append((documents, label))
            elif len(key) > 1 and not rules.is_generic(label) and " " in label:
                self.labels[key].append((documents, mentions, label))
        self._join_first_names(rules.same_first_name)
        self._index_surnames(rules)

    def _index_surnames(self, rules: NameRules) -> None:
        for key, found in self.labels.items():
            for *_, label in found:
                last = label.split()[-1]  # each part of a double surname alone is the surname too: "Dunmore"
                for surname in {key[-1], *(rules.key(last) if "-" in last else ())}:
                    self.by_surname[surname].add(key)

    def _join_first_names(self, same_first_name: Callable[[str, str], bool]) -> None:
        """Full names that differ only by a first name and its nickname ("Vince Harlow", "Vincent Harlow") are one
        person, under the key named in most documents."""
        by_rest: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
        for key in sorted(self.labels, key=lambda k: (-self.documents(k), k)):
            by_rest[key[1:]].append(key)
        for keys in by_rest.values():
            for number, key in enumerate(keys[1:], 1):
                main = next((k for k in keys[:number] if k not in self.same and same_first_name(k[0], key[0])), None)
                if main:
                    self.same[key] = main
        for key, main in self.same.items():
            self.labels[main] += self.labels.pop(key)

    def documents(self, key: tuple[str, ...]) -> int:
        return sum(documents for documents, _, _ in self.labels.get(key, ()))

    def label(self, key: tuple[str, ...]) -> str:
        """The label of the person: the one named in most documents, then most often, then the plainest."""
        return min(self.labels[key], key=lambda found: (-found[0], -found[1], len(found[2].split()), found[2]))[2]

    def named(self, key: tuple[str, ...], names: set[tuple[str, ...]]) -> tuple[str, ...] | None:
        """The key of the person a name's key stands for: the same full name, the person in reach of a surname, or
        the full name another name ran into (``names``: the surnames of the archive's persons and the keys of its other
        actors' names and aliases; "Penhale Tom Hadley" is Tom Hadley when "Penhale" is a person's surname)."""
        if len(key) == 1:
            return self.in_reach(key[0])
        key = self.same.get(key, key)
        glued = [key[i:] for i in range(1, len(key) - 1) if key[i:] in self.labels and key[:i] in names]
        if glued and self.documents(glued[0]) >= self.documents(key):
            return glued[0]
        return key if key in self.labels else None

    def peer_label(self, surname: str, gender: str) -> str | None:
        """The label of the peer of that surname and gender: the one full name documents gave the peer ("Neil
        Ashworth", where an article names him so and "Lord Ashworth" too), else the style named in most documents
        ("Lord Ashworth" for "Baron Ashworth" too); None when no person of the archive is styled so."""
        named = {self.same.get(key, key) for key in self.styled.get((surname, gender), ())} & self.labels.keys()
        if len(named) == 1:
            return self.label(named.pop())
        styled = self.peers.get(surname, {}).get(gender)
        return max(styled)[1] if styled else None

    def only_peer(self, surname: str) -> str | None:
        """The label of the one peer of that surname ("Lord Ashby"), when nobody of it is named in full."""
        genders = self.peers.get(surname, {})
        return self.peer_label(surname, next(iter(genders))) if len(genders) == 1 and not self.by_surname.get(
            surname) else None

    def one_surname(self, parts: tuple[str, ...]) -> tuple[str, ...] | None:
        """The key of the person a one-word name stands for: each of its hyphenated ``parts`` in reach names the same
        person ("Dunmore-Bell"), not two ("Hadley-Rusk")."""
        found = {self.in_reach(part) for part in parts} - {None}
        return found.pop() if len(found) == 1 else None

    def in_reach(self, surname: str, gender: str = "") -> tuple[str, ...] | None:
        """The key of the person a bare surname (of a person of that ``gender``, when given) stands for: the only
        one of that surname, or the dominant one."""
        keys = [k for k in self.by_surname.get(surname, ()) if not gender or self.gender(k[0]) in (None, gender)]
        keys.sort(key=lambda k: (-self.documents(k), k))
        if len(keys) == 1:
            return keys[0]
        found = dominant([self.documents(k) for k in keys])
        return None if found is None else keys[found]


class Unifier:
    """Entities made consistent across documents, and with the ``known`` label -> type pairs of a store.

    Known names are kept once and ``remember`` adds each written document's names, so unifying one more document
    against an archive costs what that document and the names hold. ``lexicon`` gives the word lists (generic
    words, courtesy titles, organization words and aliases) and the role titles; without one, names join by their
    plain words only.
    """

    def __init__(self, known: dict[str, str] | None = None, *, lexicon: Lexicon | None = None):
        self.rules = NameRules.of(lexicon)
        self.known: dict[str, str] = {}
        self._remember_labels((known or {}).items())

    def _remember_labels(self, pairs: Iterable[tuple[str, str]]) -> None:
        for label, type_ in pairs:
            self.known.setdefault(label, type_)

    def remember(self, result: DocumentResult) -> None:
        """Treat a unified, written document's names as known from now on (their types no longer vote)."""
        self._remember_labels((e.label, e.type) for e in result.entities if not e.scope)

    def tally(self) -> NameTally:
        """An empty tally that reads documents with this unifier's rules."""
        return NameTally(self.rules)

    def unify(self, results: list[DocumentResult]) -> list[DocumentResult]:
        """Documents unified with each other and with everything known."""
        tally = self.tally()
        for result in results:
            tally.add(result)
        plan = self.plan(tally)
        return [plan.apply(result) for result in results]

    def plan(self, tally: NameTally) -> UnifyPlan:
        """The canonical name and type of every name in the tally."""
        surnames = self._surnames_named_in_full(tally)
        types = {label: self._type(label, tally, surnames) for label in tally.present}
        persons = _Persons(self._full_names(tally, types), self.rules, self._styled(tally, types))
        names = {self.rules.key(name) for label, aliases in tally.aliases.items() if types.get(label) != "Person"
                 for name in (label, *aliases)} | {(surname,) for surname in persons.by_surname}
        short_forms = {**self._country_less(types), **self._defined_acronyms(tally, types),
                       **self._committee_spellings(types, tally)}
        renamed = {label: self._canonical(label, types[label], persons, names, short_forms) for label in tally.present}
        generic = {label for label in tally.present if self._of_its_document(label, renamed[label], persons)}
        led = _led(tally, renamed)
        leaders = _leaders(led)
        return UnifyPlan(renamed, self._aliases(tally, renamed), generic, _holders(tally, renamed), self.rules.titles,
                         leaders=leaders, politics={**_tied(tally, renamed), **leaders}, after_of=self.rules.after_of,
                         archive_leaders=_archive_leaders(led), serving=_serving(tally, renamed),
                         leading=self.rules.leading, offices=self.rules.offices, chambers=self.rules.chambers)

    def _full_names(self, tally: NameTally, types: dict[str, str]) -> list[tuple[str, int, int]]:
        """(name, documents, mentions) of every person: the build's person names, the full names a document gave
        a person it labelled by surname ("Lennox", also called "Morag Lennox"), and the store's persons."""
        names = [(label, tally.documents[label], tally.mentions[label]) for label, type_ in types.items()
                 if type_ == "Person"]
        for label, documents, _ in list(names):
            key = self.rules.key(label)
            names += [(self.rules.plain(alias), documents, 0) for alias in tally.aliases.get(label, ())
                      if len(key) == 1 and len(self.rules.key(alias)) > 1 and self.rules.key(alias)[-1] == key[0]]
        return names + [(label, 0, 0) for label, type_ in self.known.items() if type_ == "Person"]

    def _of_its_document(self, label: str, canonical: tuple[str, str], persons: _Persons) -> bool:
        """Whether ``label`` stays a node of each document that names it: a generic word, a first name alone or a
        surname in doubt."""
        return self.rules.is_generic(label) or self._first_name_alone(label, canonical) \
            or self._surname_in_doubt(label, canonical, persons)

    def _first_name_alone(self, label: str, canonical: tuple[str, str]) -> bool:
        """Whether ``label`` is a person's first name alone that no rule gave a full name ("Ken" where the article
        named two Kens or none): it stays a node of its own document."""
        return canonical == (label, "Person") and " " not in label and bool(self.rules.given_name(label)) \
            and label not in self.known

    def _surname_in_doubt(self, label: str, canonical: tuple[str, str], persons: _Persons) -> bool:
        """Whether ``label`` is a surname alone that joined nobody though the archive names persons of that surname
        in full ("Mr Pyle" beside a Rhys Pyle and an Owen Pyle named about as often): it stays a node of its own
        document, as one archive-wide "Pyle" would make the namesakes of every article one person."""
        key = self.rules.key(label)
        return canonical == (label, "Person") and len(key) == 1 and bool(persons.by_surname.get(key[0])) \
            and label not in self.known

    def _styled(self, tally: NameTally, types: dict[str, str]) -> dict[tuple[str, str], set[tuple[str, ...]]]:
        """(surname, gender) of a peer -> the keys of the full names a document gave the peer as one person
        ("Neil Ashworth", also called "Lord Ashworth")."""
        styled: dict[tuple[str, str], set[tuple[str, ...]]] = defaultdict(set)
        for label, aliases in tally.aliases.items():
            key = self.rules.key(label)
            if types.get(label) == "Person" and len(key) > 1 and not self.rules.peer(key):
                for peer in filter(None, (self.rules.peer(self.rules.key(alias)) for alias in aliases)):
                    styled[peer].add(key)
        return styled

    def _type(self, label: str, tally: NameTally, surnames: frozenset[str] = frozenset()) -> str:
        """The known type, else the archive's vote: documents, weighted cues before mentions, the name itself; a
        name a document showed to be an organisation's (_evidenced_organization) is one, unless it is the surname of
        a person the archive names in full (``surnames``: a cue misread once, "as far as X is concerned its ...")."""
        if label in self.known:
            return self.known[label]
        votes = self._votes(label, tally)
        present = tally.present[label]
        voted = max(sorted(votes), key=lambda type_: (votes[type_], type_ == present, type_ == "Person"))
        evidenced = label not in surnames and self._evidenced_organization(label, tally)
        return "Organization" if voted == "Person" and evidenced else voted

    def _surnames_named_in_full(self, tally: NameTally) -> frozenset[str]:
        """The last words of the names of two words or more the archive's documents took for persons' and that open
        with a first name ("Hadley" of "Tom Hadley")."""
        return frozenset(label.split()[-1] for label, votes in tally.type_votes.items()
                         if votes["Person"] and self._first_named(label))

    def _votes(self, label: str, tally: NameTally) -> Counter:
        """The archive's votes for the types of a name: documents, weighted cues before mentions, the name itself."""
        votes = Counter(tally.type_votes.get(label) or {tally.present[label]: 1})
        if votes["Person"] or votes["Organization"]:
            documents = tally.documents[label]
            votes["Person"] += 3 * tally.person_cues[label]
            votes["Organization"] += 3 * tally.organization_cues[label]
            if self.rules.reads_as_organization(label):
                votes["Organization"] += 2 * documents
            elif len(self.rules.key(label)) > 1 and self.rules.key(label)[-1] in tally.after_honorific:
                votes["Person"] += 2 * documents
            elif self._first_named(label):  # a document that found a person so named outweighs two bare guesses
                votes["Person"] += 2 * votes["Person"]
        return votes

    @staticmethod
    def _evidenced_organization(label: str, tally: NameTally) -> bool:
        """Whether a document decided on an organisation by a cue around the name ("shares in X", "X, which", listed
        among charities) and none read a person's title or style (here or before a mention; a first name is no such
        evidence): the model's guesses of a person in other documents weigh nothing against the cue, as in one
        document's vote (classification.voted_type)."""
        evidence = tally.evidence.get(label, Counter())
        return bool(evidence["Organization"]) and not evidence["Person"] and not tally.person_cues[label]

    def _first_named(self, label: str) -> bool:
        """Whether the name has two words or more and opens with a first name that says a gender ("Keanu Reeves",
        which the model takes for an organisation's in one article and another)."""
        words = label.split()
        return len(words) > 1 and self.rules.given_name(words[0]) is not None

    def _defined_acronyms(self, tally: NameTally, types: dict[str, str]) -> dict[str, str]:
        """Acronym -> organization, for each acronym that is the alias of exactly one organization and spells its
        initials (an alias the document defined; a name's last word that was taken for its short form is none)."""
        owners: dict[str, set[str]] = defaultdict(set)
        for label, aliases in tally.aliases.items():
            if types.get(label, self.known.get(label)) == "Organization":
                for alias in aliases:
                    if alias != label and is_acronym(alias) and initials_of(alias, label):
                        owners[alias].add(label)
        return {alias: next(iter(labels)) for alias, labels in owners.items() if len(labels) == 1}

    def _country_less(self, types: dict[str, str]) -> dict[str, str]:
        """Organization name -> the one organization of the archive named the same after a country's name ("Independence
        Party" -> "UK Independence Party", when the model read "UK" apart); a name two such organizations share is
        left alone."""
        longer: dict[str, set[str]] = defaultdict(set)
        for label, type_ in types.items():
            first, _, rest = label.partition(" ")
            if type_ == "Organization" and " " in rest and self.rules.country(first):
                longer[rest].add(label)
        return {rest: next(iter(labels)) for rest, labels in longer.items()
                if len(labels) == 1 and types.get(rest) == "Organization" and not self.rules.is_generic(rest)}

    def _committee_spellings(self, types: dict[str, str], tally: NameTally) -> dict[str, str]:
        """Committee name -> the one spelling the archive gives it: names of a body inside a chamber (a kg:SubBody
        last word) that differ in case only, or by the chamber's word that opens one ("Commons transport
        committee", "Commons Transport Committee", "Transport Committee"), are one, named as written with the
        chamber, then as most documents write it; a name two chambers' committees share is left alone."""
        found: dict[str, str] = {}
        for bare, labels in self._committee_names(types).items():
            if len(labels) < 2 or " " not in bare or len({chamber for chamber, _ in labels} - {""}) > 1:
                continue
            best = max(sorted(labels), key=lambda pair: (bool(pair[0]), tally.documents[pair[1]]))[1]
            found.update((label, best) for _, label in labels if label != best)
        return found

    def _committee_names(self, types: dict[str, str]) -> dict[str, set[tuple[str, str]]]:
        """Lower-case words of a committee's name without the chamber's words that open it -> (chamber word or "",
        label)."""
        spellings: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for label, type_ in types.items():
            words = label.lower().split()
            if type_ == "Organization" and words[-1] in self.rules.sub_bodies:
                opening = self._chamber_opening(words)
                chamber = words[opening - 1] if opening else ""
                spellings[" ".join(words[opening:])].add((chamber, label))
        return spellings

    def _chamber_opening(self, words: list[str]) -> int:
        """How many words name the chamber that opens a committee's name: "commons" (1), "house of commons" (3),
        none (0)."""
        if words[0] in self.rules.chamber_words:
            return 1
        return 3 if len(words) > 3 and words[:2] == ["house", "of"] and words[2] in self.rules.chamber_words else 0

    def _canonical(self, label: str, type_: str, persons: _Persons, names: set[tuple[str, ...]],
                   short_forms: dict[str, str]) -> tuple[str, str]:
        """(canonical label, type) of one name (see the module docstring); ``short_forms``: defined acronyms and
        names written without their country, each -> its organization."""
        rules = self.rules
        if rules.is_generic(label):
            return label, type_
        organization = rules.organizations.get(label) or short_forms.get(label)
        if organization:
            return organization, "Organization"
        if type_ not in ("Person", "Organization") or (type_ == "Organization" and rules.reads_as_organization(label)):
            return label, type_
        found = self._person(label, persons, names)
        return (found, "Person") if found else (label, type_)

    def _person(self, label: str, persons: _Persons, names: set[tuple[str, ...]]) -> str | None:
        """The label of the person a name stands for, if it is one named elsewhere in the archive."""
        key = self.rules.key(label)
        peer = self.rules.peer(key)
        if peer:  # "Baron Ashworth" is "Lord Ashworth"; a full name only when an article joined the two
            return persons.peer_label(*peer)
        if " " in self.rules.plain(label):
            found = persons.named(key, names)
        else:  # one word, hyphenated or not, is a surname alone: "Dunmore-Bell"; or the one peer of that surname
            found = persons.one_surname(key)
            if not found:
                return persons.only_peer(key[-1])
        return persons.label(found) if found else None

    def _aliases(self, tally: NameTally, renamed: dict[str, tuple[str, str]]) -> dict[str, set[str]]:
        """The other names of each canonical name: its documents' aliases and the names renamed into it, without
        a first name alone, a courtesy title alone, a generic word or the name itself."""
        aliases: dict[str, set[str]] = defaultdict(set)
        for label, own_aliases in tally.aliases.items():
            target, _ = renamed[label]
            aliases[target].update(own_aliases | ({label} - {target}))
        for target, names in aliases.items():
            first = self.rules.key(target)[0] if len(target.split()) > 1 else None
            names -= {name for name in names if self.rules.is_generic(name) or name.lower() == first
                      or name.lower() in self.rules.courtesies}
        return aliases


def unify(results: list[DocumentResult], known: dict[str, str] | None = None, *,
          lexicon: Lexicon | None = None) -> list[DocumentResult]:
    """Documents unified with each other and with ``known`` names (see ``Unifier``)."""
    return Unifier(known, lexicon=lexicon).unify(results)
