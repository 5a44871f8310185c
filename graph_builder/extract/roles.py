"""Roles and affiliations: "US President Donald Trump", "Witkoff, Trump's special envoy", "a Washington think tank".

A role title before a name or in an appositive beside it gives its relation (``kg:titlePattern``) between the
person and the organisation the title belongs to. The roles block of ``ontology/newskg.ttl`` says how:

- the employer is the organisation a role preposition introduces ("Foreign Minister of Iraq", "economist for
  Wells Fargo"), else one named before the title ("Tory leader", "Iran's foreign minister"); an organisation
  wins over a country word ("chief US economist for Wells Fargo" works for Wells Fargo). An actor under any
  other preposition ("In Turkey", "ambassador to the UN") is no employer, nor, after a portfolio preposition,
  anything but an organisation ("Minister for Central Asia"). A country as employer stands for its government:
  a minister or a secretary of it is memberOf its government node ("government of Iran"), other titles (an MP,
  an ambassador) memberOf the country; the staff of a company or a newspaper are employedBy it;
- a head title leads what its role preposition introduces ("commander of X" is leaderOf X), a chief title also
  the organisation named right before it ("NAO head"); a country title gives another relation in the countries
  named (a German chancellor leads Germany, a British one does not); the head of a part of an organisation
  ("chairman of the party's committee") is a member of it;
- a role modifier ("shadow", "deputy", "vice-") or one of many ("a UFAL commander") makes the holder a member,
  never the leader; a stand-in word ("acting", "interim") keeps the title's relation; a past word ("former",
  "ex-") keeps the relation with the modality "past", which is no direct triple;
- a definite description that resolution took for a person the document named with a title of the same
  organisation ("the Labour spokesman") states that role again, unless another person holds that title there;
- a capitalised word before a title that the model named nothing stands for the party of that word the document
  names ("the Green Party ... Green MSP X"); a title the parser hung on an organisation's name in apposition to a
  person is the person's ("X, Velcorp News 24 political correspondent"); a person's appointment noun gives the
  title "to" or "as" introduces ("his promotion to Transport Office minister"), when the clause is asserted;
- a title is also read where a verb gives it to its subject ("X is a member of Y", "X became leader of Y", "X
  served as commander of Y"), with the verb's polarity, and after a comma with the organisation in the next
  appositive ("X, commander, Y Command": a head title leads it); a unit chief title leads the military unit named
  right before it ("88th Airlift Wing commander").

Organisations are parts of others: a military unit named before a larger one ("Bravo Company, 2nd Battalion"),
and any actor "as part of" or "as a member of" an organisation, or that "is part of" it, is memberOf it; so is
one assigned to it ("was assigned to the 9th Wing") or who joined it ("joined the Green Party", not "joined the
Tories in condemning the plan"), and troops named "from" a military unit ("airmen from the 9th Wing").
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from rdflib import RDF
from spacy.tokens import Doc, Span, Token

from graph_builder.entities import DocEntities
from graph_builder.entities.branches import branch_before
from graph_builder.entities.collective import owner_name
from graph_builder.entities.naming import GOVERNMENT, home_country, make_entity, served_country
from graph_builder.entities.tokens import NOUN_MODIFIERS, TitleReading, Tokens, verb_above
from graph_builder.extract.arguments import RELATIVE, Actor, appositive_owner, reacts_to, set_off, subject_tokens
from graph_builder.extract.own_party import own_organisations
from graph_builder.extract.polarity import died, ended_role, long_gone, phrase_lemma, polarity
from graph_builder.extract.scoring import confidence, evidence
from graph_builder.extract.senses import is_a, named_by_class_noun
from graph_builder.extract.syntax import children, dependents, prep_objects
from graph_builder.extract.time_place import NO_TIME, When, when_of
from graph_builder.gazetteer import Gazetteer
from graph_builder.records import Entity, Mention, Relation
from graph_builder.registry import extractors
from graph_builder.vocab import KG, ROLE_CUES, Lexicon

# The relation of the holder of a title of one country's government (kg:NationalTitle) with what it is an office
# of: an office in it, no lead of it ("Home Secretary X" serves the United Kingdom).
_OFFICE = "memberOf"
# The relation of an organisation's staff (kg:employedBy, a sub-property of memberOf), and the actor class of
# lexicon/senses.yaml whose actors employ staff (a company, a broadcaster); of others the staff are members.
_STAFF, _STAFF_CLASS = "employedBy", "employer"
# Which employer wins when a title names several: an organisation over a group over a country or a person.
_EMPLOYER_RANK = {"Organization": 2, "Group": 1}
# What can be part of what: any actor of an organisation or group, never of a country or a place.
_PARTS, _WHOLES = ("Person", "Organization", "Country", "Group"), ("Organization", "Group")
# What a title's preposition may introduce before a name set off after it ("the candidate for Eastport, X").
_ACTORS_AFTER_TITLES = ("Organization", "Group", "Country", "Place")
_PRESENT_BE = frozenset(["is", "are", "am", "'s", "'re"])  # "is stepping down": the progressive of an announcement


@dataclass(frozen=True, kw_only=True)
class RoleWords:
    """What the ontology's roles block says about titles beyond the relation each gives."""

    modifiers: frozenset[str]
    """Words that make a title's holder a member, not the leader ("shadow", "deputy")."""
    stand_in: frozenset[str]
    """Words that say a title is held for a time ("acting", "interim"): its own relation, shown in the title."""
    one_of_many: frozenset[str]
    """Determiners that make a title's holder one of several ("a UFAL commander"): a member, not the leader."""
    past: frozenset[str]
    """Words that say the title was held before the article ("former")."""
    future: frozenset[str]
    """Words that say the title is to be taken up after the article ("incoming")."""
    heads: frozenset[str]
    """Titles that lead what their role preposition introduces ("commander of X")."""
    chiefs: frozenset[str]
    """Head titles that also lead the organisation named right before them ("NAO head", "UN chief")."""
    prepositions: frozenset[str]
    """Prepositions that introduce the organisation a title belongs to ("of", "for", "at")."""
    portfolio: frozenset[str]
    """Role prepositions after which only an organisation is the employer ("Minister for Central Asia")."""
    unit_chiefs: frozenset[str]
    """Titles that lead the military unit named right before them ("88th Airlift Wing commander")."""
    role_verbs: frozenset[str]
    """Verbs whose complement is a title of their subject ("is a member of", "became leader of", "served as")."""
    holding: frozenset[str]
    """Role verbs that say a title is held ("was", "served as"): in the simple past, held before the article."""
    appointing: frozenset[str]
    """Role verbs whose "as" complement is a title of their object ("X named Y as ambassador")."""
    post_leaving: frozenset[str]
    """Verbs whose object is the post their subject leaves ("left the post", "vacated the office")."""
    posts: frozenset[str]
    """Nouns that refer back to the post a title names ("the post", "the office")."""
    counterparts: frozenset[str]
    """Nouns of one holding the same kind of office in another country ("her French counterpart")."""
    leaving: frozenset[str]
    """Verbs whose "as" complement is a title their subject leaves ("resigned as leader", "stepped down as")."""
    serving: frozenset[str]
    """Titles after which a serving preposition introduces the employer ("adviser to the Treasury")."""
    serving_prepositions: frozenset[str]
    """Prepositions that introduce the organisation a serving title serves ("to")."""
    set_off: frozenset[str]
    """Prepositions that, set off by commas after a person's name, introduce an employer ("X, from the Y, said")."""
    part_nouns: frozenset[str]
    """Nouns that make an actor a member of what "of" introduces ("as part of the alliance")."""
    assigning: frozenset[str]
    """Verbs that make the one assigned a member of what "to" introduces ("was assigned to the 9th Wing")."""
    joining: frozenset[str]
    """Verbs whose subject becomes a member of their object ("joined the Green Party")."""
    party_offices: frozenset[str]
    """Titles of a party office that is not its leadership ("party chairman", "Lib Dem president")."""
    local_titles: frozenset[str]
    """Titles of a city's own office: a capital before them is the city, no employer ("London mayor")."""
    private_titles: frozenset[str]
    """Titles of a trade or profession ("journalist", "professor"): a country is never their employer."""
    constituency_titles: frozenset[str]
    """Titles of an elected representative, after which "for" introduces the constituency ("the MP for Y")."""
    cabinet_titles: frozenset[str]
    """Titles of a civilian minister, of whom an armed force is the portfolio ("Armed Forces Minister X")."""
    state_offices: frozenset[str]
    """Titles of a state's office that, written with no country, are of the article's own ("Prime Minister X")."""
    sub_bodies: frozenset[str]
    """Bodies inside an organisation whose titles are theirs ("ODPM committee chairman")."""
    chambers: frozenset[str]
    """Legislatures whose name before a title makes it the party's title there ("SNP Holyrood leader")."""
    topics: frozenset[str] = frozenset()
    """Nouns of an event or a question (kg:TopicNoun: "election", "debate"): a chamber's word that qualifies one names
    no chamber ("leader of the party in the assembly elections")."""
    floor_titles: frozenset[str]
    """Titles held inside a chamber that do not head it: of a chamber they give memberOf ("Commons leader")."""
    appointments: frozenset[str]
    """Nouns of a person's coming to hold the title "to" or "as" introduces ("his promotion to minister")."""
    founding: frozenset[str]
    """Words before a leading title that make its holder the first one, held before ("founding chairman")."""
    election: frozenset[str]
    """Titles held for one election ("candidate"): in a sentence about the past, for the time that sentence gives."""
    seeking: frozenset[str]
    """Nouns of one who seeks the office "for" introduces ("candidate for mayor"): that office is not held."""
    saying: frozenset[str]
    """Verbs of saying (kg:Attribution): the time they give is when someone spoke, not when a role was held."""
    sequels: frozenset[str]
    """Verbs whose "to" clause says what their subject came to be ("went on to become leader of Y")."""
    echelons: dict[str, int]
    """The head word of a military unit's name -> its echelon (larger is bigger: a company is part of a battalion)."""
    country_titles: dict[tuple[str, str], str]
    """(title, country label) -> the relation the title gives there ("chancellor", "Germany") -> leaderOf."""
    party_words: dict[str, Entity]
    """Words the gazetteer gives a political party for ("Tory", "Conservative") -> that party."""
    opposition: frozenset[str]
    """Words that make a title an opposition post, no office of a government ("shadow home secretary")."""
    board_classes: frozenset[str]
    """Actor classes whose directors sit on a board: their kg:classTitle leads only what a preposition introduces."""
    discretion: frozenset[str]
    """Nouns of the say or the power an office has, whoever holds it ("whim", "say-so", "powers")."""
    staff_classes: frozenset[str]
    """Actor classes whose people, named with no title beside one of the employer class, are its staff."""
    national_titles: dict[str, Entity]
    """Titles of one country's government (kg:NationalTitle) -> that country ("home secretary" -> United Kingdom)."""
    gazetteer: Gazetteer
    """The gazetteer: a nation word before a party word names the party's branch ("Scottish Tory leader X")."""

    @cached_property
    def held_words(self) -> frozenset[str]:
        """The words said of a title's holder, not of the office: ``modifiers``, ``stand_in``, ``past`` and ``future``
        ("deputy", "acting", "former", "incoming"); the rules that read qualifiers add what else they allow."""
        return self.modifiers | self.stand_in | self.past | self.future

    @cached_property
    def state_office_lasts(self) -> frozenset[str]:
        """The last word of each of the ``state_offices``: a phrase with none of them gives no such office."""
        return frozenset(title.split()[-1] for title in self.state_offices)


@lru_cache(maxsize=8)
def role_words(lexicon: Lexicon) -> RoleWords:
    """The roles block of the lexicon's ontology (its classes, ``ROLE_CUES``, are required when it is loaded)."""
    words = {field: frozenset(w.lower() for w in lexicon.cues[name]) for field, name in ROLE_CUES.items()}
    words["role_verbs"] |= words["appointing"]  # an appointing verb is a role verb, its words held once
    words["posts"] |= {w.lower() for w in lexicon.cues["PostOfficeNoun"]}  # "post", "office", "role" of both classes
    graph = lexicon.graph
    echelons = {str(word).lower(): int(graph.value(node, KG.echelonRank))
                for node in graph.subjects(RDF.type, KG.UnitEchelon) for word in graph.objects(node, KG.cueLemma)}
    national = {title: make_entity(country, "Country") for title, country in lexicon.national_titles.items()}
    topics = frozenset(w.lower() for w in lexicon.cues.get("TopicNoun", ()))
    return RoleWords(**words, topics=topics, echelons=echelons, country_titles=lexicon.country_titles,
                     party_words=_party_words(lexicon), national_titles=national, gazetteer=lexicon.gazetteer)


def _party_words(lexicon: Lexicon) -> dict[str, Entity]:
    """The words of ``Gazetteer.demonym_organizations`` that stand for a political party, with the party."""
    found = {word: make_entity(label, "Organization")
             for word, label in lexicon.gazetteer.demonym_organizations.items()}
    return {word: party for word, party in found.items() if is_a(party, "party", lexicon.senses)}


@dataclass(frozen=True, kw_only=True)
class _Phrase:
    """Where a title may stand beside a name: its words, where its organisation may be named, and the word the
    phrase hangs on (the name, or the appositive's head)."""

    words: list[Token]
    candidates: list[Token]
    root: Token
    last_first: bool  # before a name the nearest (last) organisation of a rank wins; in an appositive the first
    trust: float
    predicate: Token | None = None  # the verb that gives the title to its subject ("is", "became"), if one does
    complement: Mention | None = None  # an organisation in the next appositive ("X, commander, Y Command")


@dataclass(frozen=True, kw_only=True)
class _Employer:
    mention: Mention
    preposition: Token | None  # the role preposition whose object it is, if one is ("head of X", not "of X's unit")
    part: bool = False  # named as the owner of the preposition's object: the title is of a part ("X's unit")
    complement: bool = False  # in apposition to the title ("commander, Pacific Command"): what it is the title of


def _mention_span(doc: Doc, mention: Mention) -> Span | None:
    return doc.char_span(mention.start, mention.end, alignment_mode="expand")


@extractors.register("roles")
def roles(doc: Doc, entities: DocEntities, lexicon: Lexicon) -> Iterator[Relation]:
    """Role titles before a name or in an appositive give leaderOf/memberOf; place modifiers give locatedIn."""
    yield from _roles(doc, entities, lexicon, None)


def roles_of(doc: Doc, entities: DocEntities, lexicon: Lexicon, persons: Collection[str]) -> Iterator[Relation]:
    """The records of ``roles`` whose subject is one of the ``persons`` (entity ids), without reading the titles of
    anyone else's names."""
    return (found for found in _roles(doc, entities, lexicon, persons) if found.subject.id in persons)


def _roles(doc: Doc, entities: DocEntities, lexicon: Lexicon, persons: Collection[str] | None) -> Iterator[Relation]:
    """``roles``, reading the names and descriptions of only the ``persons`` (entity ids) if given."""
    named, described = _titled_records(doc, entities, lexicon, persons)
    offices = role_words(lexicon).national_titles
    kept = [found for found in described if not _another_holder(found, named) and _named_in(found, named, offices)]
    yield from named
    yield from kept
    yield from own_organisations(entities, lexicon, [*named, *kept])
    yield from _parts(doc, entities, lexicon)
    yield from _joined(doc, entities, lexicon)
    yield from _from_units(doc, entities, lexicon)
    yield from _speaking_for(entities, lexicon)
    yield from _set_off(entities, lexicon)
    yield from _appointed(entities, lexicon)


def _titled_records(doc: Doc, entities: DocEntities, lexicon: Lexicon, persons: Collection[str] | None
                    ) -> tuple[list[Relation], list[Relation]]:
    """(the roles of the persons' names, those of the descriptions that stand for them), of only the ``persons``
    (entity ids) if given."""
    seen: set[int] = set()
    named: list[Relation] = []
    described: list[Relation] = []
    for mention in entities.mentions:
        read = persons is None or mention.entity.id in persons
        if mention.kind == "description" and mention.entity.type == "Person" and read:
            described += _described_role(doc, mention, entities, lexicon)
        if mention.kind != "name" or mention.start in seen:
            continue
        seen.add(mention.start)
        if read:
            named += _named_roles(mention, entities, lexicon)
    return named, described


_NAMED_ROLE_TYPES = frozenset({"Person", "Organization"})  # the names ``_named_roles`` reads


def _named_roles(mention: Mention, entities: DocEntities, lexicon: Lexicon) -> Iterator[Relation]:
    """A person's roles (see ``_person_roles``); an organisation's place and parent unit. No Span is made for a name
    of another type."""
    span = entities.tokens.char_span(mention.start, mention.end) if mention.entity.type in _NAMED_ROLE_TYPES else None
    if span is None:
        return
    if mention.entity.type == "Person":
        yield from _person_roles(mention, span, entities, lexicon)
    elif mention.entity.type == "Organization":
        yield from _located(mention, span.root, entities, set(range(span.start, span.end)))
        yield from _unit_parent(mention, span, entities, lexicon)


def _person_roles(mention: Mention, span: Span, entities: DocEntities, lexicon: Lexicon) -> Iterator[Relation]:
    """A title before the name ("French President Emmanuel Macron"), in an appositive beside it, or given to it by a
    verb ("X is a member of Y")."""
    root = span.root
    own = set(range(span.start, span.end))
    misplaced = _misplaced_title(root, span)
    before = _before_name(span, own, mention, entities, misplaced or root)
    prefix = before.words
    titled = _title_before(mention, before, entities, lexicon)
    # The title the parser hung the name on is another name's only when the name's own title gives a role.
    phrases = _beside_phrases(root, own, entities, lexicon, misplaced if titled is not None else None)
    found = [r for r in (_role(mention, phrase, entities, lexicon) for phrase in phrases) if r is not None]
    found = [titled, *found] if titled is not None else found
    yield from found or [*_of_organisation(mention, root, entities, lexicon),
                         *_party_before(mention, (prefix, root), entities, lexicon)] or _home_roles(
        mention, [before, *phrases], entities, lexicon)


def _title_before(mention: Mention, before: _Phrase, entities: DocEntities, lexicon: Lexicon) -> Relation | None:
    """The role a title before the name gives, its own "of" before or after the name (see ``_split_title``); none
    where no word stands before the name (most names), which no phrase is read for. The "of" after the name is read
    only when the words before it hold a title (``_titled``; most hold none: "Mr", "the"): without one, the phrase
    with it gives what the words alone gave, as its candidates after the name (``_of_owners``) are no offices a
    seeker seeks and a counterpart is read from the words. Nor is any read for words that may hold no title
    (``_may_hold_title``; most: "Mr", "the")."""
    if not before.words or not _may_hold_title(before.words, entities, lexicon):
        return None
    found = _role(mention, before, entities, lexicon)
    if found is not None or not _titled(before, entities, lexicon):
        return found
    return _role(mention, _split_title(before), entities, lexicon)


def _may_hold_title(words: list[Token], entities: DocEntities, lexicon: Lexicon) -> bool:
    """Whether ``_role`` may find a role in the words before a name: one of them may open a title
    (``Lexicon.may_open_title``), is a counterpart noun (``_counterpart``) or the object of a preposition (an office
    a seeker seeks, for which ``_seeker`` may read the seeker's words instead)."""
    lemma, dep = entities.tokens.lemma, entities.tokens.dep
    counterparts = role_words(lexicon).counterparts
    return any(dep[t.i] == "pobj" or lemma[t.i] in counterparts or lexicon.may_open_title(t.text_with_ws, lemma[t.i])
               for t in words)


def _titled(phrase: _Phrase, entities: DocEntities, lexicon: Lexicon) -> bool:
    """Whether the words of a phrase, without an office a seeker seeks (``_seeker``), hold a title (``_title``, whose
    reading of the same words ``_role`` keeps)."""
    return _title(_seeker(phrase, role_words(lexicon)).words, lexicon, entities) is not None


def _before_name(span: Span, own: set[int], mention: Mention, entities: DocEntities, head: Token) -> _Phrase:
    """The phrase of the words before a name that can be its own title, from the left edge of ``head`` (the name's
    root, or the title noun the parser hung elsewhere: see _misplaced_title)."""
    before = entities.tokens.all[head.left_edge.i:span.start]  # the document's tokens, not made anew by a slice
    prefix = _own_prefix([t for t in before if t.i not in own], mention, entities)
    return _Phrase(words=prefix, candidates=prefix, root=head, last_first=True, trust=0.85)


def _beside_phrases(root: Token, own: set[int], entities: DocEntities, lexicon: Lexicon,
                    misplaced: Token | None) -> list[_Phrase]:
    """The phrases beside a name that may give its title: appositives, a list's last noun, a title before its
    employer, a verb's complement; not the title of another name the parser hung this one on (``misplaced``). None
    read where ``_may_have_phrases`` says there is none."""
    if not _may_have_phrases(root):
        return []
    appositives = _appositives(root, entities)  # read once for both kinds of phrase
    phrases = [*_appositive_phrases(root, own, appositives, entities), *_conjoined_titles(root, own, appositives),
               *_title_before_employer(root, own, entities),
               *_complement_phrases(root, own, entities, role_words(lexicon))]
    return [p for p in phrases if misplaced is None or p.root.i != root.head.i]


_PHRASE_PLACES = frozenset(["appos", "npadvmod", "nsubj", "nsubjpass", "dobj"])
"""The places of a name that may have a phrase beside it without an appositive or relative clause of its own (see
``_may_have_phrases``)."""


def _may_have_phrases(root: Token) -> bool:
    """Whether a name may have a phrase beside it (``_beside_phrases``): an appositive of its own, or one it is
    (``_appositives``, with a second subject beside it), a comma's adverbial (``set_off``, for
    ``_title_before_employer``), the subject of a role verb, of a relative clause on it, or the object of an
    appointing verb (``_complement_phrases``); a name after a preposition or before a noun (most) has none."""
    return root.dep_ in _PHRASE_PLACES or bool(children(root, "appos", "relcl"))


def _misplaced_title(root: Token, span: Span) -> Token | None:
    """The title noun right before a name that the parser made a conjunct of the name before it, hanging this name
    on that one's title ("Chile's mining minister Luis Soto and Peruvian energy minister Ana Ruiz": Ana Ruiz is no
    mining minister of Chile); the name's own title is the noun's phrase. None when there is no such noun."""
    noun = span.doc[span.start - 1] if span.start else None
    if noun is None or root.dep_ != "appos" or root.head.i >= noun.i:
        return None
    return noun if noun.pos_ == "NOUN" and noun.dep_ == "conj" and noun.head.i < noun.i else None


def _split_title(before: _Phrase) -> _Phrase:
    """A title before the name whose own "of" follows the name ("King Carl of Sweden", "President Ana Ruiz of Peru":
    the king of Sweden, the president of Peru), when nothing before the name says what the title is of. Not after
    an age ("Mark Holt, 52, of Eastport" gives the home); a place after "of" is no employer ("Councillor Tom Reed of
    Leeds")."""
    return replace(before, candidates=_of_owners(before.root), trust=0.8)


def _described_role(doc: Doc, mention: Mention, entities: DocEntities, lexicon: Lexicon) -> Iterator[Relation]:
    """A definite description of a title that entity resolution took for a named person ("the Tory leader", "the
    leader of the Green Party", "the Pakistani president", "the Labour spokesman") gives its relation with the
    organisation or country written in it, as the title before the name does, when the document named that person
    with a title of the same organisation or country (see _named_in): resolution took the description for the
    one holder of its title, and the text said before that the holder works there. No record from a description
    that names nobody (see _referring); a role node ("Leader of the Conservative Party", nobody named) is the
    office itself and would only say the office leads its own party."""
    span = entities.tokens.char_span(mention.start, mention.end)
    if span is None or not _referring(span.root) or _supposed(span.root, lexicon) or _office_only(span.root, lexicon):
        return
    head = span.root
    words = list(doc[head.left_edge.i:head.i + 1])
    if _inside_a_name(words, entities) or not _title_on_head(words, head, lexicon):
        return
    phrase = _Phrase(words=words, candidates=[t for t in head.subtree if t.i != head.i], root=head,
                     last_first=True, trust=0.8)
    found = _role(mention, phrase, entities, lexicon)
    if found is not None:
        yield found


def _named_in(found: Relation, named: list[Relation], offices: Collection[str]) -> bool:
    """Whether the document names the person with a title of the description's own organisation or country
    ("Tory leader Alan Penhale ... the Tory leader"): a holder named with the bare title ("leader Ralph Tenby",
    whose party the document gives nowhere) may lead another one than "the Conservative leader" says; one held
    before ("former Tory leader X") says nothing of whom "the Tory leader" means now. A description of an office of
    one country's government (``offices``, kg:NationalTitle) needs that office: "the foreign secretary" is not
    the one named "Home Secretary X"."""
    office = _office(found, offices)
    return any(other.subject.id == found.subject.id and other.object.id == found.object.id and other.asserted
               and (office is None or _office(other, offices) == office) for other in named)


def _office(relation: Relation, offices: Collection[str]) -> str | None:
    """The title of one country's government a role record's title ends in, if any."""
    written = (relation.role or relation.verb).lower()
    return next((title for title in offices if written == title or written.endswith(f" {title}")), None)


def _another_holder(found: Relation, named: list[Relation]) -> bool:
    """Whether the text names someone else with the description's title in its organisation ("Harbour Party MP Tom
    Reed and Harbour Party MP Ann Hale ... the Harbour Party MP"): which of them it means is a guess."""
    def title(relation: Relation) -> str:
        return (relation.role or relation.verb).split()[-1].lower()

    return any(other.subject.id != found.subject.id and other.object.id == found.object.id
               and other.extractor == "roles" and title(other) == title(found) for other in named)


def _inside_a_name(words: list[Token], entities: DocEntities) -> bool:
    """Whether a title is the end of a name begun before it ("the Office for the Deputy Prime Minister")."""
    return any((m := entities.at(t)) is not None and m.start < words[0].idx for t in words)


def _title_on_head(words: list[Token], head: Token, lexicon: Lexicon) -> bool:
    """Whether the phrase's title ends on the description's head."""
    title = _title(words, lexicon)
    return title is not None and title[1][-1].i == head.i


def _referring(head: Token) -> bool:
    """Whether a description refers to its holder: not said of a subject ("Y is now Veritas' deputy leader", "as the
    Tory leader", in apposition), not one of a rank ("the first Labour leader to win", "the most successful
    chancellor"), nor a title inside a name ("the Office of the Deputy Prime Minister", "the Office for the Deputy Prime
    Minister")."""
    if head.dep_ in ("attr", "oprd", "appos") or head.dep_ == "pobj" and head.head.lower_ == "as":
        return False
    if any(t.tag_ in ("JJS", "RBS") or t.ent_type_ == "ORDINAL" for t in head.lefts):
        return False
    return not (head.dep_ == "pobj" and head.head.head.pos_ == "PROPN")  # "the Office of/for the Deputy ..."


def _supposed(head: Token, lexicon: Lexicon) -> bool:
    """Whether a description stands in a clause of what would, could or might be, or of a condition ("the
    attorney general would be unlikely to defy the judges", "if the attorney general cannot win their backing",
    "unless they gave way over the chief whip remaining a member"): the office is spoken of, whoever holds it, and
    the sentence states no one's role."""
    supposing = lexicon.cues["Hypothetical"] | lexicon.cues["Possible"]
    return any(c.lower_ in supposing and (c.dep_ == "mark" or c.tag_ == "MD") for c in dependents(verb_above(head)))


def _office_only(head: Token, lexicon: Lexicon) -> bool:
    """Whether a description names the office in general, not its holder as an actor: the owner of a noun of its
    discretion ("the interior minister's say-so", "at the whim or the certificate of the interior minister"), or the
    agent of a passive under a modal of kg:Intended ("permits must be signed by the interior minister")."""
    if _owns_discretion(head, role_words(lexicon).discretion):
        return True
    required = lexicon.modal_auxiliaries.get("Intended", frozenset())
    return head.dep_ == "pobj" and head.head.dep_ == "agent" and any(
        a.tag_ == "MD" and a.lower_ in required for a in children(head.head.head, "aux"))


def _owns_discretion(head: Token, discretion: frozenset[str]) -> bool:
    """Whether a title owns one of the nouns of ``discretion``, or one conjoined with one ("the whim or the
    certificate of X"): by a possessive, or as what "of" introduces after it."""
    owned = head.head if head.dep_ == "poss" else head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" \
        else None
    if owned is None:
        return False
    return owned.lemma_.lower() in discretion or owned.dep_ == "conj" and owned.head.lemma_.lower() in discretion


def _party_before(person: Mention, before: tuple[list[Token], Token], entities: DocEntities,
                  lexicon: Lexicon) -> list[Relation]:
    """A political party named right before a name with no title (``before``: the words before the name, and its
    root; "Tory Tom Dale", "Liberal Democrat Sarah Penrith"): a member of it, in the past after "former" or "ex-"
    or when the holder is gone (``_holder_gone``: "Tory Jim Bell, who won the 1911 by-election"). Only a party: a
    country word there is where the person is from ("Peruvian Ana Ruiz"), and any other organisation may be an
    employer, a client or a programme."""
    prefix = _without_courtesy(before[0], lexicon)
    party = _party_at(prefix[-1], entities, lexicon) if prefix else None
    if party is None:
        return []
    said = {t.lower_ for t in prefix[:-1]} | _hyphened(prefix[0])
    named = entities.at(prefix[-1])
    past = said & role_words(lexicon).past or _holder_gone(before[1], entities, lexicon, served=False)
    return [Relation(subject=person.entity, relation="memberOf", object=party,
                     verb=named.text if named is not None else prefix[-1].text,
                     evidence=evidence(prefix[-1], entities),
                     modality="past" if past else "asserted",
                     confidence=confidence(0.75, person.kind, "demonym"), extractor="roles")]


def _without_courtesy(prefix: list[Token], lexicon: Lexicon) -> list[Token]:
    """The words before a name without the courtesy titles that end them ("Sir" of "Lib Dem Sir X", "Dr" of "Tory Dr
    X"): honorifics that are no role title."""
    end, honorifics = len(prefix), lexicon.gazetteer.honorifics
    while end and prefix[end - 1].lower_ in honorifics and not lexicon.find_title(prefix[end - 1:end]):
        end -= 1
    return prefix[:end]


def _party_at(token: Token, entities: DocEntities, lexicon: Lexicon) -> Entity | None:
    """The political party a word names: its mention's (a name or a party word, not its members: "Labour MPs"), or,
    where the model took the word into the person's name and the name was cut after it ("Tory Liam Tarrant"), the party
    the gazetteer gives the word."""
    mention = entities.at(token)
    if mention is not None and mention.kind not in ("name", "demonym"):
        return None
    label = lexicon.gazetteer.demonym_organizations.get(token.text)
    found = mention.entity if mention is not None else make_entity(label, "Organization") if label else None
    if found is None or found.type != "Organization" or not is_a(found, "party", lexicon.senses):
        return None
    branch = branch_before(token.i, found, entities.tokens, lexicon.gazetteer) if mention is None else None
    return branch or found  # "Scottish Tory leader X": the branch of the party


def _hyphened(first: Token) -> set[str]:
    """The word joined by a hyphen to the first word of a prefix ("ex-Tory"), if one is."""
    joined = _joined_before(first)
    return {joined.lower_} if joined is not None else set()


def _joined_before(first: Token) -> Token | None:
    """The word joined by a hyphen before a word ("ex" of "ex-Tory"), or before the hyphen itself, if one is."""
    doc = first.doc
    hyphen = first.i if first.text == "-" else first.i - 1
    if hyphen >= 1 and doc[hyphen].text == "-" and not doc[hyphen - 1].whitespace_:
        return doc[hyphen - 1]
    return None


def _of_organisation(person: Mention, root: Token, entities: DocEntities, lexicon: Lexicon) -> Iterator[Relation]:
    """A name with no title that "of" or a possessive ties to an organisation ("Ana Ruiz, of the Refugee Council,
    said", "Labour's Ana Ruiz"): a member of it, its staff when it employs them (see _untitled_relation); of a
    country, a place or a person it is a title's, a home's or a friend's ("King Carl of Sweden", "Tom Reed of Leeds",
    "Peru's Ana Ruiz", "Ruiz's Tom Reed"). Only of a person the archive names in full: a one-word "person" owned by
    a broadcaster is mostly a programme ("BBC's Newsround"). After an age ("Mark Holt, 52, of Eastport") "of" gives
    the home, whatever the model took it for."""
    if len(person.entity.label.split()) < 2:
        return
    owners = _of_owners(root)
    for owner in [*owners, *children(root, "poss")]:
        employer = entities.at(owner)
        if (employer is not None and employer.kind == "name" and employer.entity.type == "Organization"
                and not _in_quotation_marks(owner, employer) and not _home_town(owner, employer)):
            yield Relation(subject=person.entity, relation=_untitled_relation(employer, owner, lexicon),
                           object=employer.entity,
                           verb="of" if owner in owners else "'s", evidence=evidence(owner, entities),
                           confidence=confidence(0.7, person.kind, employer.kind), extractor="roles")


def _untitled_relation(organisation: Mention, token: Token, lexicon: Lexicon) -> str:
    """The relation of a person tied with no title to an organisation named at ``token`` ("Mara Lind, of Velcorp
    Securities", "the Daily Courier's Ann Vale"): its staff, employedBy, when it is of the employer class and of a
    kg:StaffClass by its name or by a noun the text names it by ("from the software firm Norbyte"); else a member (a
    band's, a club's, a party's, an association's, a campaign group's)."""
    senses = lexicon.senses
    if not is_a(organisation.entity, _STAFF_CLASS, senses):
        return "memberOf"
    actor = Actor(organisation.entity, organisation.kind, token)
    return _STAFF if any(is_a(organisation.entity, kind, senses) or named_by_class_noun(actor, kind, senses)
                         for kind in role_words(lexicon).staff_classes) else "memberOf"


def _home_town(owner: Token, employer: Mention) -> bool:
    """Whether "of" introduces a town by its bare name ("Tom Reed, of Burnley, said"), which the model may take for
    an organisation (a football club's name): a home, no employer. Not "of the ..." ("of the Reading Trust")."""
    if owner.dep_ != "pobj" or any(c.dep_ == "det" for c in dependents(owner)):
        return False
    return employer.entity.label in Gazetteer.town_names() and employer.entity.label == owner.text


def _of_owners(root: Token) -> list[Token]:
    """What "of" after a name introduces; nothing after an age, where it is the home."""
    if _aged(root):
        return []
    return [o for prep in children(root, "prep") if prep.lower_ == "of" for o in children(prep, "pobj")]


def _aged(root: Token) -> bool:
    """Whether a name has its age in apposition ("Mark Holt, 52, ..."): the way news gives a private person."""
    return any(c.like_num and not c.is_alpha for c in children(root, "appos"))


def _appositive_phrases(root: Token, own: set[int], appositives: list[Token], entities: DocEntities
                         ) -> list[_Phrase]:
    """The phrases of the ``appositives`` beside a name (``_appositives``), read from the appositive and from the first
    piece of a hyphened word (see _first_piece); the words that qualify the title are the whole word's ("another
    co-chairman of X" is one of its chairmen, a member)."""
    return [_Phrase(words=list(root.doc[_first_piece(appositive).left_edge.i:
                                        _title_after_name(appositive, entities).i + 1]),
                    candidates=[t for t in root.doc[first.left_edge.i:appositive.right_edge.i + 1] if t.i not in own],
                    root=first, last_first=False, trust=0.8, complement=_next_appositive(appositive, root, entities))
            for appositive in appositives if not _next_item(appositive, root)
            for first in dict.fromkeys((appositive, _first_piece(appositive)))]


def _conjoined_titles(root: Token, own: set[int], appositives: list[Token]) -> list[_Phrase]:
    """The last noun of the list of one of the ``appositives`` beside a name (``_appositives``: "Ann Hale, a lawyer
    and member of the Dock Party") whose role preposition the parser hung on the first noun: the phrase after it is
    the last noun's ("member of the Dock Party"), read from the first noun, which the phrase hangs on."""
    return [_Phrase(words=list(root.doc[last.left_edge.i:last.i + 1]), root=appositive, last_first=False, trust=0.75,
                    candidates=[t for t in appositive.subtree if t.i > last.i and t.i not in own])
            for appositive in appositives
            for last in children(appositive, "conj")[-1:]
            if last.pos_ == "NOUN" and not children(last, "prep")
            and any(p.i > last.i for p in children(appositive, "prep"))]


def _first_piece(appositive: Token) -> Token:
    """The first of the pieces of a hyphened word that the parser made appositives of their own, the appositive
    being the last ("X, Tory co-chairman, said": "Tory co", "-" and "chairman"); else the appositive itself. What
    the title belongs to may hang on the first ("Tory") or on the last ("the ex-president of Austria"): the phrase
    is read from both."""
    doc, first = appositive.doc, appositive
    while first.left_edge.i > 0 and not doc[first.left_edge.i - 1].whitespace_ \
            and doc[first.left_edge.i - 1].dep_ == "appos" and doc[first.left_edge.i - 1].head == appositive.head:
        first = doc[first.left_edge.i - 1]
    return first


def _title_after_name(appositive: Token, entities: DocEntities) -> Token:
    """The last word of an appositive's title: its own head, or, where the parser hung the title on an organisation's
    name that opens the appositive ("Ann Hale, Velcorp News 24 political correspondent, said"), the title's head."""
    after = [c for c in children(appositive, "appos") if c.i > appositive.i and c.pos_ == "NOUN"]
    return after[0] if after and _names_organisation(appositive, entities) else appositive


def _next_item(appositive: Token, root: Token) -> bool:
    """Whether an appositive after one person's name is the next item of a list, no title of the name: its noun is
    plural ("meet Mr Tay, representatives of the Vale Society and ...") and no other name is joined to the first
    ("Ann Hale and Tom Reed, members of the Vale Society" are both members)."""
    return (appositive.i > root.i and appositive.tag_ == "NNS" and root.dep_ != "conj"
            and not children(root, "conj"))


def _title_before_employer(root: Token, own: set[int], entities: DocEntities) -> list[_Phrase]:
    """The title phrase before a name set off by a comma that the parser hung on the title's organisation ("the
    chairman of the Dock Council, Tom Reed, said", "director of the Friends of Kew Trust, Ann Hale, accused", read
    with the name in apposition to, or an adverbial of, a word of the organisation's name), or on the country or
    place a preposition of the title introduces ("the Dock Party candidate for Eastport, Tom Reed": the title's own
    rules say what that place is to it)."""
    employer = _name_head(root.head, entities, _ACTORS_AFTER_TITLES) if set_off(root) else None
    preposition = employer.head if employer is not None and employer.dep_ == "pobj" else None
    if preposition is None or preposition.dep_ != "prep" or preposition.head.pos_ != "NOUN":
        return []
    title = preposition.head
    return [_Phrase(words=list(root.doc[title.left_edge.i:title.i + 1]), root=title, last_first=False, trust=0.75,
                    candidates=[t for t in title.subtree if t.i not in own])]


def _name_head(token: Token, entities: DocEntities, types: tuple[str, ...] = _WHOLES) -> Token | None:
    """The word of an organisation's name (or of an actor of the ``types``) that the rest of the name hangs on
    ("Friends" of "Friends of Kew Trust"), or None when the token names no such actor."""
    mention = entities.at(token)
    if mention is None or mention.entity.type not in types:
        return None
    while entities.at(token.head) is mention and token.head.i != token.i:
        token = token.head
    return token


def _complement_phrases(root: Token, own: set[int], entities: DocEntities, words: RoleWords) -> list[_Phrase]:
    """The phrases a role verb gives its subject; a person's name is no title ("X is Tory leader Y" is no role
    of X's, whatever the parser made of it)."""
    return [_Phrase(words=list(root.doc[complement.left_edge.i:complement.i + 1]),
                    candidates=[t for t in complement.subtree if t.i not in own], root=complement,
                    last_first=False, trust=0.8, predicate=verb)
            for verb, complement in _complements(root, words) if not _names_person(complement, entities)]


def _complements(root: Token, words: RoleWords) -> Iterator[tuple[Token, Token]]:
    """(verb, complement) where a role verb gives its subject a title: "X is a member of Y", "X became leader of
    Y", "X was appointed chairman of Y", "X served as commander of Y"."""
    for verb in _role_verbs_of(root, words):
        yield from _completed(verb)


def _role_verbs_of(root: Token, words: RoleWords) -> list[Token]:
    """The role verbs a name is the subject of: the verb it is the subject of, and the verb of a relative clause
    about it ("X, who is chairman of Y, said")."""
    verbs = [root.head] if root.dep_ in ("nsubj", "nsubjpass") else []
    verbs += [clause for clause in children(root, "relcl")
              if any(c.lower_ in ("who", "that") for c in children(clause, "nsubj", "nsubjpass"))]
    found = [_role_verb(verb, words) for verb in verbs]
    # a verb with an object gives the title to the object, not to its subject ("X named Y as ambassador")
    found = [verb for verb in found if (verb.lemma_.lower() in words.role_verbs or _leaving(verb, words))
             and not children(verb, "dobj")]
    return found + _appointing_verb(root, words)


def _appointing_verb(root: Token, words: RoleWords) -> list[Token]:
    """The verb of kg:AppointingVerb a name is the object of ("X named Y as ambassador", "appointed Y acting defence
    minister"): it gives the name its title."""
    return [root.head] if root.dep_ == "dobj" and root.head.lemma_.lower() in words.appointing else []


def _leaving(verb: Token, words: RoleWords) -> bool:
    """Whether a verb leaves the title of its "as" complement (kg:LeavingVerb: "resigned as", "stepped down as")."""
    return phrase_lemma(verb) in words.leaving or verb.lemma_.lower() in words.leaving


def _completed(verb: Token) -> Iterator[tuple[Token, Token]]:
    """(verb, complement) for each title a role verb completes: its attribute, or the object of its "as"."""
    for child in dependents(verb):
        if child.dep_ in ("attr", "oprd"):
            yield verb, child
        elif child.dep_ == "prep" and child.lower_ == "as":
            yield from ((verb, c) for c in dependents(child) if c.dep_ == "pobj")


def _role_verb(verb: Token, words: RoleWords) -> Token:
    """The role verb a subject's verb governs through "to", if it does ("X is to become", "X is expected to be
    named", "X hopes to become"), else the verb itself; not under an object ("wants Y to become": Y's role)."""
    if children(verb, "dobj"):
        return verb
    below = [c for c in children(verb, "xcomp", *_sequel_deps(verb, words))
             if (c.lemma_.lower() in words.role_verbs or _leaving(c, words)) and not children(c, "nsubj")]
    return _role_verb(below[0], words) if below else verb


def _sequel_deps(verb: Token, words: RoleWords) -> tuple[str, ...]:
    """The clause of what the subject came to be under a verb of kg:SequelVerb ("went on to become leader"), which
    the parser may hang as an adverbial clause."""
    return ("advcl",) if phrase_lemma(verb) in words.sequels else ()


def _next_appositive(appositive: Token, root: Token, entities: DocEntities) -> Mention | None:
    """The organisation named in the appositive right after a title that stands alone in its own ("X, commander,
    Pacific Command, said"): what the title is the title of."""
    doc, after = appositive.doc, appositive.right_edge.i + 1
    if after + 1 >= len(doc) or doc[after].text != ",":
        return None
    for other in dependents(root):
        mention = entities.at(other)
        if (other.dep_ == "appos" and other.left_edge.i == after + 1 and mention is not None
                and mention.entity.type == "Organization"):
            return mention
    return None


def _own_prefix(prefix: list[Token], person: Mention, entities: DocEntities) -> list[Token]:
    """The words before a name that can be its own title: from the last other person named before it on ("Arvian
    Foreign Minister Varga and Arvian Defence Minister Tom Reed"; "Trump's special envoy Steve Witkoff")."""
    others = [i for i, t in enumerate(prefix) if (m := entities.at(t)) is not None and m.entity.type == "Person"
              and m.entity.id != person.entity.id and (i == 0 or entities.at(prefix[i - 1]) is not m)]
    return prefix[others[-1]:] if others else prefix


_PLACE_MODIFIERS = frozenset(["compound", "amod", "nmod"])
_PHRASE_LINKS = frozenset(["prep", "pobj", "pcomp", "relcl", "acl", "advcl"])  # a phrase or clause on a noun


def _appositives(root: Token, entities: DocEntities) -> list[Token]:
    """Appositives beside a name, either way round ("Witkoff, Trump's envoy" / "Trump's envoy, Witkoff"); a
    person's name beside another is a list of names ("members Owen Pryce, Nina Holt"), no title of it."""
    found = [c for c in children(root, "appos") if c.i < root.i or _set_apart(c)]
    if root.dep_ == "appos" and not (_conjunct_between(root.head, root) and not _names_person(root, entities)):
        found.append(root.head)
    return [t for t in [*found, *_second_subject(root)] if not _names_person(t, entities)]


def _conjunct_between(noun: Token, appositive: Token) -> bool:
    """Whether a name joined or set beside ``noun`` stands between it and the appositive the parser hung on it
    ("the envoy, Tom Reed and Ann Hale, director of X, Y": Y renames no envoy); a list of names, whose later ones
    are other items' (a title joined to the noun is none: "president and chief executive Ann Hale"). A person's
    name hung so is read all the same: it may share the first item's title ("Chile's mining minister Luis Soto and
    energy minister Ana Ruiz")."""
    return any(c.dep_ in ("conj", "appos") and c.pos_ == "PROPN" and noun.i < c.i < appositive.i
               for c in dependents(noun))


def _second_subject(root: Token) -> list[Token]:
    """The phrase beside a name and a comma that the parser made a second subject of the name's verb, the comma
    that would close the appositive missing ("Ann Hale, Harbour Party health spokeswoman said", "the chairman of
    the Dock Council, Tom Reed QC warned"): an appositive of the name. The later of the two runs into the verb."""
    if root.dep_ != "nsubj":
        return []
    return [c for c in children(root.head, "nsubj") if c.i != root.i and _comma_between(*sorted(
        (c, root), key=lambda t: t.i))]


def _comma_between(first: Token, second: Token) -> bool:
    """Whether one comma alone stands between two subjects (the first may end in it) and the second runs into their
    verb."""
    comma = first.right_edge.i + (first.right_edge.text != ",")
    return (first.doc[comma].text == "," and second.left_edge.i == comma + 1
            and second.right_edge.i + 1 == second.head.i)


def _set_apart(appositive: Token) -> bool:
    """Whether punctuation opens an appositive that follows its name ("Ann Hale, the Labour MP", "Ann Hale (Labour
    MP)"); with none, a headline ran into the sentence ("Blair and Brown criticised by MPs Labour MPs have ..."),
    and the phrase is no title of the name."""
    start = appositive.left_edge.i
    return start > 0 and appositive.doc[start - 1].is_punct


def _names_person(token: Token, entities: DocEntities) -> bool:
    mention = entities.at(token)
    return mention is not None and mention.entity.type == "Person" and mention.kind == "name"


def _home_roles(person: Mention, phrases: list[_Phrase], entities: DocEntities, lexicon: Lexicon) -> list[Relation]:
    """The role of a state's office a phrase's title names with no country (see ``_home_office``), when nothing
    else gives the name a role: the first phrase that gives one."""
    lasts = role_words(lexicon).state_office_lasts  # no title read where none can be
    found = (_role(person, phrase, entities, lexicon, home=True) for phrase in phrases
             if any(word.lower_ in lasts for word in phrase.words))
    return next(([relation] for relation in found if relation is not None), [])


def _role(person: Mention, phrase: _Phrase, entities: DocEntities, lexicon: Lexicon, *, home: bool = False
          ) -> Relation | None:
    """The relation the title of a phrase gives between the person and the organisation it belongs to; with
    ``home``, of the article's own country when the title is of a state's office and names no country."""
    words = role_words(lexicon)
    phrase = _seeker(phrase, words)
    found = _title(phrase.words, lexicon, entities)
    if not found:
        return _counterpart(person, phrase, entities, lexicon)
    title, title_tokens = found
    employer = _employer_of(person, phrase, found, entities, lexicon, home)
    if employer is None or _not_its_employer(employer, found, words, lexicon):
        return None
    said, written = _qualified(phrase, title_tokens, words, (entities, _title_stops(lexicon, words)))
    if _of_a_part(title_tokens, employer) or _in_a_chamber(phrase, title_tokens, employer, words) \
            or _regional(phrase, title_tokens, employer, entities, lexicon):
        employer = replace(employer, part=True)
    department = _held_in(title, title_tokens[-1], employer, entities, words)
    led = _led(title, title_tokens, employer, phrase, words, department)
    written = " ".join(filter(None, (_post_noun(title, title_tokens, employer, led, words, written), written,
                                     department)))
    written = _with_chamber(written, title_tokens[-1], employer, words)
    negated, modality = _predicate_polarity(phrase.predicate, words, lexicon)
    relation = _relation((title, title_tokens), led, employer, said, lexicon)
    if person.entity.type == "Person":  # a misread team or firm is no one's staff ("Dundee host Celtic")
        relation = _staff(relation, title, _heads_a_department(found, department, lexicon), employer, lexicon)
    return Relation(
        subject=person.entity, relation=relation, verb=written,
        object=_served(relation, title, employer.mention.entity, said, lexicon),
        evidence=evidence(title_tokens[0], entities), role=written,
        negated=negated,
        modality="past" if _gone(person, employer, entities, words, lexicon) else _role_modality(
            phrase, said, employer, entities, lexicon, words, modality, _leading(title, relation, words)),
        **_role_when(phrase, title, entities, modality, words).fields(),
        confidence=confidence(phrase.trust, person.kind, employer.mention.kind), extractor="roles",
    )


def _employer_of(person: Mention, phrase: _Phrase, found: tuple[str, list[Token]], entities: DocEntities,
                 lexicon: Lexicon, home: bool) -> _Employer | None:
    """What the title of the phrase is of: the organisation or country named with it, a party in a chamber, or,
    with ``home``, the article's own country for a state's office named alone."""
    words = role_words(lexicon)
    employer = _title_employer(phrase, found, entities, words)
    employer = _party_in_chamber(phrase, employer, entities, words, lexicon) or employer
    return employer or (_home_office(person, phrase, found, entities, words) if home else None)


def _home_office(person: Mention, phrase: _Phrase, found: tuple[str, list[Token]], entities: DocEntities,
                 words: RoleWords) -> _Employer | None:
    """The article's own country (``naming.home_country``) as what a title of a state's office written with none
    is of (kg:StateOffice: "Prime Minister X said", "Minister X told reporters", "X, the prime minister, said"): a
    person's title written as a name's (capitalised) or with "the", not an opposition post ("shadow foreign
    minister"), not one of many ("a minister"). Unification names the country, or drops the record."""
    title, title_tokens = found
    if title not in words.state_offices or person.kind != "name" or person.entity.type != "Person" \
            or not _an_office_named(phrase, title_tokens, words):
        return None
    first = title_tokens[0]
    end = title_tokens[-1].idx + len(title_tokens[-1])
    stand_in = Mention(doc_id=entities.document.id, start=first.idx, end=end, text=title, kind="title",
                       entity=home_country(entities.document.id))
    return _Employer(mention=stand_in, preposition=None)


def _an_office_named(phrase: _Phrase, title_tokens: list[Token], words: RoleWords) -> bool:
    """Whether a title names a state's office alone: the bare title of the name ("Prime Minister X", "X, the prime
    minister"), written as a name's (capitalised) or with "the", with nothing before it but "the" and the words
    that make it a deputy's ("Deputy Prime Minister X"); not a region's or a portfolio's ("Welsh First Minister
    X"), no opposition post ("shadow foreign minister"), not a possessor ("the prime minister's adviser X")."""
    own = {t.i for t in title_tokens}
    others = {t.lower_ for t in phrase.words if t.i not in own and not t.is_punct}
    extra = others - {"the"} - (words.modifiers - words.opposition)
    last = title_tokens[-1]
    if not phrase.words or extra or _written_possessive(last) or children(last, "prep"):
        return False  # "the Minister for Southern Africa": a portfolio's, maybe of another country's government
    return title_tokens[0].is_title or "the" in others


def _written_possessive(word: Token) -> bool:
    """Whether a possessive ending follows the word ("the prime minister's")."""
    return word.i + 1 < len(word.doc) and word.nbor().tag_ == "POS"


def _counterpart(person: Mention, phrase: _Phrase, entities: DocEntities, lexicon: Lexicon) -> Relation | None:
    """A phrase of a counterpart noun with a country before it (kg:CounterpartNoun: "her Azerbaijani counterpart Y"):
    when the possessor holds a state's title (``_possessor_roles``), the person is a member of that country, with the
    possessor's title where it names its country ("Chilean Foreign Minister X ... her Bolivian counterpart Y": Y is
    Bolivia's foreign minister), else as its "counterpart" ("Prime Minister X held talks with his Israeli
    counterpart Y"); none when the possessor holds no state's title ("Velcorp chief X met his Japanese counterpart
    Y": a Japanese firm's chief)."""
    found = _counterpart_country(phrase, entities, role_words(lexicon))
    if found is None:
        return None
    noun, country = found
    held = _possessor_roles(noun, person, entities, lexicon)
    own = next((role for _, role in held if role is not None and served_country(role.object) is not None), None)
    if own is None and not _unnamed_state_office(held, lexicon):
        return None
    plain = Relation(subject=person.entity, relation="memberOf", verb="counterpart", object=country.entity,
                     evidence=evidence(noun, entities), role="counterpart",
                     confidence=confidence(0.7, person.kind, country.kind), extractor="roles")
    if own is None or (own.negated, own.modality) != (False, "asserted"):
        return plain
    served = country.entity if own.object.type == "Country" else government_of(country.entity, lexicon)
    return replace(plain, relation=own.relation, verb=own.verb, role=own.role, object=served)


def _unnamed_state_office(held: list[tuple[str, Relation | None]], lexicon: Lexicon) -> bool:
    """Whether one of the possessor's titles is an office of a state with no employer named ("Prime Minister X")."""
    return any(role is None and title in lexicon.single_offices for title, role in held)


def _counterpart_country(phrase: _Phrase, entities: DocEntities, words: RoleWords) -> tuple[Token, Mention] | None:
    """(the counterpart noun of a phrase, the country named before it), or None."""
    nouns = [t for t in phrase.words if t.lemma_.lower() in words.counterparts]
    modifiers = children(nouns[-1], "amod", "compound", "nmod", "poss") if nouns else []
    countries = [m for m in map(entities.at, modifiers) if m is not None and m.entity.type == "Country"]
    return (nouns[-1], countries[0]) if countries else None


def _possessor_roles(noun: Token, person: Mention, entities: DocEntities,
                     lexicon: Lexicon) -> list[tuple[str, Relation | None]]:
    """(the title, lower-cased, and the role it gives, or None with no employer named: "Prime Minister X") of each
    title before a name of a counterpart's possessor, in its sentence first, then elsewhere in the document."""
    owner = _possessor(noun, person, entities)
    if owner is None:
        return []
    words = role_words(lexicon)
    spans = sorted(_named_spans(entities, owner), key=lambda found: found[1].sent != noun.sent)
    phrases = ((m, _seeker(_before_name(span, set(range(span.start, span.end)), m, entities, span.root), words))
               for m, span in spans)
    titled = ((m, phrase, title) for m, phrase in phrases if (title := _title(phrase.words, lexicon, entities)))
    return [(title[0].lower(), _role(m, phrase, entities, lexicon)) for m, phrase, title in titled]


def _possessor(noun: Token, person: Mention, entities: DocEntities) -> Entity | None:
    """The person whose counterpart noun it is ("his" resolved, "X's"), when not the counterpart themself."""
    owners = [m.entity for m in map(entities.at, children(noun, "poss")) if m is not None]
    if not owners or owners[0].id == person.entity.id or owners[0].type != "Person":
        return None
    return owners[0]


def _named_spans(entities: DocEntities, entity: Entity) -> list[tuple[Mention, Span]]:
    """The name mentions of an entity, each with its tokens."""
    return [(m, span) for m in entities.mentions if m.kind == "name" and m.entity.id == entity.id
            and (span := entities.tokens.char_span(m.start, m.end)) is not None]


def _seeker(phrase: _Phrase, words: RoleWords) -> _Phrase:
    """The phrase without an office its words say is sought (kg:SeekingTitle: "the Labour candidate for mayor of
    Eastport", "Green nominee for governor"): what "for" introduces after the seeker's noun is neither a title
    nor an employer of the person. A phrase that is wholly the office sought (the parser hung the name on it) is
    read from the seeker's noun instead: its own title ("Labour candidate") still gives a role."""
    sought, seeker = _offices_sought(phrase, words)
    if seeker is None:
        return phrase
    kept = [t for t in phrase.words if t.i not in sought]
    if kept:
        return replace(phrase, words=kept, candidates=[t for t in phrase.candidates if t.i not in sought])
    kept = [t for t in seeker.doc[seeker.left_edge.i:seeker.i + 1] if t.i not in sought]
    return replace(phrase, words=kept, candidates=kept, root=seeker)


def _offices_sought(phrase: _Phrase, words: RoleWords) -> tuple[set[int], Token | None]:
    """(the words of each office among a phrase's words and candidates that a seeker's noun seeks, the first
    seeker's noun or None)."""
    offices = [(t, seeker) for t in (*phrase.words, *phrase.candidates)
               if (seeker := _seeking_noun(t, words)) is not None]
    return {t.i for office, _ in offices for t in office.subtree}, offices[0][1] if offices else None


def _seeking_noun(office: Token, words: RoleWords) -> Token | None:
    """The seeker's noun (kg:SeekingTitle) whose "for" introduces ``office`` ("candidate for mayor"), if any."""
    if office.dep_ != "pobj":  # the cheap test first: most words are no object of a preposition
        return None
    preposition = office.head
    if preposition.lower_ != "for" or preposition.dep_ != "prep":
        return None
    seeker = preposition.head
    return seeker if seeker.pos_ == "NOUN" and seeker.lemma_.lower() in words.seeking else None


def _role_modality(phrase: _Phrase, said: set[str], employer: _Employer, entities: DocEntities, lexicon: Lexicon,
                   words: RoleWords, modality: str, leading: bool) -> str:
    """Past for a role held before (see _held_before, _moved_on), future for one to be taken up ("incoming
    president", kg:FutureRole), else the ``modality`` of the phrase's predicate."""
    if _held_before(phrase, said, words, lexicon, leading) or _moved_on(phrase, employer, entities, lexicon):
        return "past"
    return "future" if said & words.future and modality == "asserted" else modality


def _post_noun(title: str, title_tokens: list[Token], employer: _Employer, led: bool, words: RoleWords,
               written: str) -> str:
    """The common noun that says which post a chief title it does not lead is ("Labour election chief X": the
    party's election chief, not its chief; "EU foreign policy chief"), as written right before the title and after
    the employer's name, unless the title as ``written`` has it already; else empty."""
    first = title_tokens[0]
    if led or title.split()[-1] not in words.chiefs or first.i == 0:
        return ""
    noun = first.nbor(-1)
    if not _post_word(noun, title_tokens, employer, words):
        return ""
    after = employer.mention.end
    post = " ".join(t.text for t in noun.doc[noun.left_edge.i:noun.i + 1] if t.is_lower and t.idx >= after)
    return "" if f" {post} " in f" {written} " else post


def _post_word(noun: Token, title_tokens: list[Token], employer: _Employer, words: RoleWords) -> bool:
    """Whether a word before a title is a common noun of the post, after the employer's name and no sub-body."""
    return (noun.pos_ == "NOUN" and noun.head in title_tokens and noun.is_lower and noun.idx >= employer.mention.end
            and noun.lemma_.lower() not in words.sub_bodies)


def _role_when(phrase: _Phrase, title: str, entities: DocEntities, modality: str, words: RoleWords) -> When:
    """The time a role verb gives the role ("became leader of Y in 2003", "was appointed chairman last year",
    "served as commander from 1998 to 2003"); for an election's title with no verb, the time of a sentence in the
    past tense ("In 1998, X won the seat from the Green candidate Y": Y stood then), unless it only says when the
    candidate spoke ("the Green candidate Y said on Monday"); else none. A verb that gives the title, not one that
    says it is held, begins the role: its time is when the role began, with no end ("became leader in 2003")."""
    if phrase.predicate is not None:
        when = when_of(phrase.predicate, entities, modality=modality)
        return when if phrase.predicate.lemma_.lower() in words.holding else when.opening()
    if title.split()[-1] not in words.election:
        return NO_TIME  # most titles: the sentence is not read
    main = phrase.root.sent.root
    return when_of(main, entities, modality=modality) if main.tag_ == "VBD" and main.lemma_.lower() not in \
        words.saying else NO_TIME


def _predicate_polarity(verb: Token | None, words: RoleWords, lexicon: Lexicon) -> tuple[bool, str]:
    """The polarity of the role a verb gives: the verb's own ("is to become", "was not elected"), and for a verb
    that leaves the role, past when the leaving is asserted ("resigned as leader"), else the role still holds
    ("is to step down as an MP", "did not resign as chairman", a headline's "Lee to stand down as MP")."""
    if verb is None:
        return False, "asserted"
    negated, modality = polarity(verb, lexicon)
    if not _leaving(verb, words):
        return negated, modality
    return False, "past" if not negated and modality == "asserted" and not _still_to_leave(verb) else "asserted"


def _still_to_leave(verb: Token) -> bool:
    """A leaving announced, not done: a headline's infinitive no verb governs ("Lee to quit as MP", not "went on to
    resign as chairman") or the present progressive ("X is stepping down as leader": X still leads)."""
    infinitive = verb.head.i == verb.i and any(c.lower_ == "to" for c in children(verb, "aux"))
    return infinitive or (verb.tag_ == "VBG" and any(c.lower_ in _PRESENT_BE for c in children(verb, "aux")))


def _gone(person: Mention, employer: _Employer, entities: DocEntities, words: RoleWords, lexicon: Lexicon) -> bool:
    """Whether the sentence says the named holder has died or is long gone (``_holder_gone``), or has left a state's
    office (the role is then past); one who resigns keeps a party's or a firm's membership the title gives ("Tom
    Reed, an official in the Labour Party, resigned": from his post, not the party)."""
    span = entities.tokens.char_span(person.start, person.end) if person.kind != "pronoun" else None
    if span is None:
        return False
    party = is_a(employer.mention.entity, "party", lexicon.senses)
    if _holder_gone(span.root, entities, lexicon, served=not party):
        return True
    return employer.mention.entity.type == "Country" and _left(span.root, words, lexicon)


def _holder_gone(name: Token, entities: DocEntities, lexicon: Lexicon, *, served: bool) -> bool:
    """Whether the sentence says the named holder has died or puts the holder's public life long before the article
    (polarity.long_gone: "Tory Jim Bell, who won the 1911 by-election"); a service over ("who served in Parliament
    for 40 years") only when ``served``: it ends the office served in, not a party's membership."""
    return died(name, lexicon) or long_gone(name, entities.document.date, lexicon, served=served)


def _left(holder: Token, words: RoleWords, lexicon: Lexicon) -> bool:
    """Whether a named holder is the subject of an asserted verb that leaves (kg:LeavingVerb) with no post named
    ("Defence Minister X resigned on Tuesday", "has stepped down"), or leaves the post itself (kg:PostLeavingVerb,
    kg:PostNoun: "left the post"), in the main clause or in a relative clause on the name or its title ("X, Peru's
    ambassador, who stepped down last year"). Not with "as", "from", "at" or "with" (the post or body left is
    named: "X resigned as party chairman", "Labour MP X resigned from the cabinet", "left his post at Y") nor
    another object ("quit the party"); a leaving that is planned or denied ("said he would resign") leaves the role
    held."""
    subject = holder.head if holder.dep_ == "appos" else holder  # "Peru's ambassador X left the post"
    verbs = [subject.head] if subject.dep_ == "nsubj" else []
    verbs += [clause for clause in _relative_clauses(holder)
              if any(c.lower_ == "who" for c in children(clause, "nsubj"))]
    return any(_leaves_office(verb, words, lexicon) for verb in verbs)


def _leaves_office(verb: Token, words: RoleWords, lexicon: Lexicon) -> bool:
    """Whether a verb asserts that its subject left the post it held, with no other post or body named."""
    objects = children(verb, "dobj")
    if objects:
        leaves = verb.lemma_.lower() in words.post_leaving and all(_the_post(o, words) for o in objects)
    else:
        leaves = _leaving(verb, words)
    if not leaves or any(p.lower_ in ("as", "from", "at", "with") for p in children(verb, "prep")):
        return False
    return polarity(verb, lexicon) == (False, "asserted") and not _still_to_leave(verb)


def _the_post(noun: Token, words: RoleWords) -> bool:
    """Whether an object refers back to the post held ("the post", "his job"), naming no other ("his job at Y")."""
    return noun.lemma_.lower() in words.posts and not children(noun, "prep", "compound", "amod")


def _moved_on(phrase: _Phrase, employer: _Employer, entities: DocEntities, lexicon: Lexicon) -> bool:
    """Whether a relative clause on the holder or the title says the holder has since gone to another party, with
    "now" or a verb of defection (kg:MovedOn): "one of Labour's councillors, Ann Hale, who is now the Renewal
    Party's deputy leader", "a Labour councillor who defected to the Greens". A party membership ends with it;
    a role in any other organisation ends when the holder went to serve a country ("a KGB officer who became an
    agent for the British"), else it may be held beside the new one."""
    cues = lexicon.cues.get("MovedOn", frozenset())
    moved = [clause for clause in _relative_clauses(phrase.root) if _says_moved(clause, cues)]
    if not is_a(employer.mention.entity, "party", lexicon.senses):
        return any(_serves_a_country(clause, employer.mention, entities) for clause in moved)
    return any(_other_party_in(clause, employer.mention, entities, lexicon) for clause in moved)


def _serves_a_country(clause: Token, employer: Mention, entities: DocEntities) -> bool:
    """Whether a clause of moving on ("who became an agent for the British") names a country the holder went to
    serve: an officer or official of an organisation who did so has left it ("a KGB officer who became an agent
    for the British")."""
    mentions = (entities.at(t) for t in clause.subtree)
    return any(m is not None and m.entity.type == "Country" and m.entity.id != employer.entity.id for m in mentions)


def _relative_clauses(root: Token) -> list[Token]:
    """The relative clauses on a phrase's word and on the names in apposition with it."""
    nodes = [root, *children(root, "appos"), *([root.head] if root.dep_ == "appos" else [])]
    return [clause for node in nodes for clause in children(node, "relcl")]


def _says_moved(clause: Token, cues: frozenset[str]) -> bool:
    return clause.lemma_.lower() in cues or any(c.lower_ in cues for c in children(clause, "advmod"))


def _other_party_in(clause: Token, employer: Mention, entities: DocEntities, lexicon: Lexicon) -> bool:
    """Whether the clause names another party, or another organisation whose leader the holder now is ("who is now
    Renewal's deputy leader": a new party the text has not yet called one)."""
    for token in clause.subtree:
        mention = entities.at(token)
        if mention is None or mention.entity.id == employer.entity.id:
            continue
        if is_a(mention.entity, "party", lexicon.senses) or _leads(token, mention, lexicon):
            return True
    return False


def _leads(token: Token, mention: Mention, lexicon: Lexicon) -> bool:
    """Whether an organisation owns a leader's title ("Renewal's deputy leader")."""
    return (mention.entity.type == "Organization" and token.dep_ == "poss"
            and lexicon.title_relations.get(token.head.lemma_.lower()) == "leaderOf")


def _leading(title: str, relation: str, words: RoleWords) -> bool:
    """Whether a title leads what it is of: leaderOf, or a party office that would lead anything else ("BNP
    chairman" is a member's office of the party, yet a founding one is its first)."""
    return relation == "leaderOf" or title in words.party_offices


def _held_before(phrase: _Phrase, said: set[str], words: RoleWords, lexicon: Lexicon, leading: bool) -> bool:
    """Whether the role was held before the article: a past word ("former chairman"), a founding word on a leading
    title ("founding chairman": a founding member may still be one), an ending ("the resignation
    of chairman X"), or a verb of holding in the simple past giving it ("X was a KGB officer", "X served as
    commander of Y"; not in what someone said, where the tense follows the verb of saying: "said he was a member
    of X")."""
    if said & words.past or (leading and said & words.founding) or ended_role(phrase.root, lexicon):
        return True
    verb = phrase.predicate
    return (verb is not None and verb.lemma_ in words.holding and verb.tag_ == "VBD"
            and not any(c.dep_ == "ccomp" for c in (verb, *verb.ancestors)))


def _title_employer(phrase: _Phrase, found: tuple[str, list[Token]], entities: DocEntities,
                    words: RoleWords) -> _Employer | None:
    """The employer among the phrase's actors, else the complement a title ending the phrase is of."""
    title, title_tokens = found
    represents = title in words.constituency_titles
    if title.split()[-1] in words.serving:  # "adviser to the Treasury": "to" introduces the employer
        words = replace(words, prepositions=words.prepositions | words.serving_prepositions)
    employer = _employer(phrase, {t.i for t in title_tokens}, entities, words, represents)
    if employer is None and phrase.complement is not None and title_tokens[-1].i == phrase.root.i:
        return _Employer(mention=phrase.complement, preposition=None, complement=True)
    return employer or _party_word(title_tokens[0], phrase, entities, words) or _national_office(
        title, title_tokens, phrase, entities, words)


def _national_office(title: str, title_tokens: list[Token], phrase: _Phrase, entities: DocEntities,
                     words: RoleWords) -> _Employer | None:
    """The country a title of one country's government belongs to (kg:NationalTitle: "Home Secretary X" holds an
    office of the United Kingdom) when the phrase names no employer; none for an opposition post written before
    the title ("Shadow Home Secretary X", kg:OppositionPost)."""
    country = words.national_titles.get(title)
    first, last = title_tokens[0], title_tokens[-1]
    if country is None or any(t.lower_ in words.opposition for t in phrase.words if t.i < first.i):
        return None
    mention = Mention(doc_id=entities.document.id, start=first.idx, end=last.idx + len(last.text),
                      text=first.doc[first.i:last.i + 1].text, kind="description", entity=country)
    return _Employer(mention=mention, preposition=None)


def _party_word(first: Token, phrase: _Phrase, entities: DocEntities, words: RoleWords) -> _Employer | None:
    """The party a capitalised word right before a title stands for, the model having tagged the word as no name,
    when the document names a party of that word ("the Green Party ... Green MSP Ann Hale") or the gazetteer gives
    the word a party ("Conservative peer X", "Ex-Labour minister X"); words of the portfolio may stand between
    ("Conservative local government spokesman X"). Its employer."""
    word = _before_portfolio(first, phrase)
    if word is None or not word.is_title or entities.at(word) is not None:
        return None
    party = next((m for m in entities.mentions if _party_named(m, word.text)), None)
    if party is None and word.text in words.party_words:
        party = Mention(doc_id=entities.document.id, start=word.idx, end=word.idx + len(word.text), text=word.text,
                        kind="demonym", entity=words.party_words[word.text])
    if party is None:
        return None
    branch = branch_before(word.i, party.entity, entities.tokens, words.gazetteer)
    return _Employer(mention=party if branch is None else replace(party, entity=branch), preposition=None)


def _before_portfolio(first: Token, phrase: _Phrase) -> Token | None:
    """The phrase's word before a title and the words in lower case that say its portfolio ("Green health
    spokesman", "Tory local government spokesman"), if one is."""
    before = [t for t in phrase.words if t.i < first.i]
    while before and before[-1].is_lower and before[-1].is_alpha and before[-1].i == first.i - 1:
        first = before.pop()
    return before[-1] if before and before[-1].i == first.i - 1 else None


def _party_named(mention: Mention, word: str) -> bool:
    """Whether a mention names the party of a word ("Green Party" of "Green")."""
    return mention.kind == "name" and mention.entity.type == "Organization" and mention.entity.label == f"{word} Party"


def _of_a_part(title_tokens: list[Token], employer: _Employer) -> bool:
    """Whether the title is held in a part of an organisation its "in" phrase names ("Tory leader in the Lords",
    "the UN chief in Iraq"): the holder is a member of the organisation, no leader of all of it."""
    places = [p for t in title_tokens for p in dependents(t) if p.dep_ == "prep" and p.lower_ == "in"]
    return bool(places) and employer.preposition is None and employer.mention.entity.type in ("Organization", "Group")


def _regional(phrase: _Phrase, title_tokens: list[Token], employer: _Employer, entities: DocEntities,
              lexicon: Lexicon) -> bool:
    """Whether the name of a place or a region of the world qualifies the title, between an organisation's name and
    the title or before a title whose organisation a preposition introduces ("Velcorp Europe president X", "its UK
    chief executive X", "the Asia president of Velcorp"): the holder heads the part of the organisation there, a
    member of the whole. Not a nationality word ("the French president of Velcorp" leads it)."""
    named, first = employer.mention, title_tokens[0]
    after = employer.preposition is not None
    before = [t for t in phrase.words if (after or named.end <= t.idx) and t.i < first.i and t.pos_ == "PROPN"]
    return named.entity.type == "Organization" and any(
        t.text in lexicon.gazetteer.world_regions or _place_name(entities.at(t)) for t in before)


def _place_name(mention: Mention | None) -> bool:
    return mention is not None and mention.kind != "demonym" and mention.entity.type in ("Place", "Country")


def _party_in_chamber(phrase: _Phrase, employer: _Employer | None, entities: DocEntities, words: RoleWords,
                      lexicon: Lexicon) -> _Employer | None:
    """The party named before a chamber that a title would otherwise belong to ("Labour's European Parliament
    leader"): the title is that of the party's group in the chamber, a member of the party."""
    if employer is None or employer.preposition is not None \
            or employer.mention.text.split()[-1].lower() not in words.chambers:
        return None
    for token in phrase.candidates:
        party = entities.at(token)
        if party is not None and party.end <= employer.mention.start and is_a(party.entity, "party", lexicon.senses):
            return _Employer(mention=party, preposition=None, part=True)
    return None


def _in_a_chamber(phrase: _Phrase, title_tokens: list[Token], employer: _Employer, words: RoleWords) -> bool:
    """Whether a chamber's name qualifies the title outside the employer's own name ("SNP Holyrood leader", "the
    Tory Westminster leader"): the holder leads the party's group there, a member of the party, not its leader."""
    named = employer.mention
    return any(t.lower_ in words.chambers and not named.start <= t.idx < named.end
               for t in _qualifiers(phrase, title_tokens)) or _chamber_group(title_tokens[0].doc, named, words) \
        or _in_chamber_after(title_tokens[0].doc, named, words)


def _in_chamber_after(doc: Doc, named: Mention, words: RoleWords) -> bool:
    """Whether "in" and a chamber follow the employer's name ("leader of the Lib Dems in the assembly", "the
    Tories' leader in the Lords"): the holder leads the party's group there, a member of the party."""
    return _chamber_after(doc, named, words) is not None


def _chamber_after(doc: Doc, named: Mention, words: RoleWords) -> Span | None:
    """The chamber's name that "in" puts right after the employer's name ("the Lib Dems in the Scottish
    Parliament": "Scottish Parliament"), or None."""
    span = _mention_span(doc, named)
    return None if span is None else _chamber_in(doc, span.end, words)


def _names_chamber(word: Token, words: RoleWords) -> bool:
    """Whether the word is a chamber's that names the chamber, not one that qualifies an event or a question after it
    (``RoleWords.topics``)."""
    return word.lower_ in words.chambers and not (word.head.i > word.i and word.head.lemma_.lower() in words.topics)


def _chamber_in(doc: Doc, at: int, words: RoleWords) -> Span | None:
    """The chamber's name, without its article, of an "in" phrase that starts at ``at`` ("in the assembly":
    "assembly"), or None; not a chamber's word that qualifies an event or a question after it ("in the assembly
    elections": an election is no chamber; "in the assembly committee" is still the assembly's)."""
    after = doc[at:at + 4]
    if len(after) < 2 or after[0].lower_ != "in":
        return None
    chamber = next((t for t in after[1:] if _names_chamber(t, words)), None)
    start = next((t.i for t in after[1:] if t.pos_ != "DET"), None)
    return None if chamber is None or start is None else doc[start:chamber.i + 1]


def _chamber_group(doc: Doc, named: Mention, words: RoleWords) -> bool:
    """Whether the employer is written as a party's group in a chamber ("leader of the London Assembly
    Conservatives"): a chamber's word before the name, modifying it, outside the entity's label."""
    return _chamber_before(doc, named, words) is not None


def _chamber_before(doc: Doc, named: Mention, words: RoleWords) -> Span | None:
    """The chamber's name that modifies the employer's name before it, outside the entity's label ("the London
    Assembly Conservatives": "London Assembly"), or None."""
    span = _mention_span(doc, named)
    label = named.entity.label.lower().split()
    chamber = None if span is None else next((c for c in span.root.lefts if c.dep_ == "compound" and c.i < span.start
                                              and c.lower_ in words.chambers and c.lower_ not in label), None)
    return None if chamber is None else doc[_compound_start(chamber, span.root):chamber.i + 1]


def _compound_start(word: Token, head: Token) -> int:
    """Where the name ending in a compound word of ``head`` starts: "London" and "Assembly" may both modify a
    party's name ("the London Assembly Conservatives")."""
    start = word.left_edge.i
    while start > 0 and word.doc[start - 1].dep_ == "compound" and word.doc[start - 1].head.i in (head.i, word.i):
        start -= 1
    return start


def _with_chamber(written: str, title: Token, employer: _Employer, words: RoleWords) -> str:
    """The role as written, with the name of the chamber whose group of the party the title is of when the text
    names it outside the title (``_chamber_named``: "leader of the Lib Dems in the assembly": "assembly leader", as
    "Holyrood leader" is written before the title): the role of the group, not the party's. The chamber goes after
    the words said of the holder (``held_words``: "the former leader of the Lib Dems in the assembly": "former
    assembly leader", "deputy assembly leader")."""
    chamber = _chamber_named(title, employer.mention, words) if employer.part else None
    if chamber is None or chamber.text.lower() in written.lower():
        return written
    said = written.split()
    held = next((k for k, word in enumerate(said) if word.lower() not in words.held_words), len(said))
    return " ".join([*said[:held], chamber.text, *said[held:]])


def _chamber_named(title: Token, named: Mention, words: RoleWords) -> Span | None:
    """The chamber a party's group is in, named before the party's name ("the London Assembly Conservatives"),
    or by "in" after it, after a noun of the group ("the Labour group in the assembly") or after the title ("the
    Tories' leader in the Lords")."""
    doc = title.doc
    span = _mention_span(doc, named)
    if span is None:
        return None
    group = span.end + 1 if span.end < len(doc) and doc[span.end].pos_ == "NOUN" else span.end
    return _chamber_before(doc, named, words) or _chamber_in(doc, span.end, words) or _chamber_in(
        doc, group, words) or _chamber_in(doc, title.i + 1, words)


def _not_its_employer(employer: _Employer, found: tuple[str, list[Token]], words: RoleWords, lexicon: Lexicon) -> bool:
    """Whether the actor found employs no holder of the title (_no_employer, _portfolio_named), or a body inside it
    stands between them (_sub_body_between)."""
    title, title_tokens = found
    return (_no_employer(employer, title, words, lexicon) or _portfolio_named(employer, title_tokens, words, lexicon)
            or _sub_body_between(employer, title_tokens, words) or _qualifies_a_non_title(title_tokens, lexicon)
            or _noun_between(employer, title_tokens, words))


def _noun_between(employer: _Employer, title_tokens: list[Token], words: RoleWords) -> bool:
    """Whether a common noun in lower case stands between a name and a cabinet title written capitalised after it:
    the name qualifies that noun, no post ("Rail Party poll gift Science Minister X", a headline run into the
    sentence, names no party of the minister's); a word said of the holder is no such noun ("Tory shadow Home
    Secretary X"), and a country's minister may be a counterpart ("his Velmish counterpart Minister X")."""
    first, last = title_tokens[0], title_tokens[-1]
    if employer.preposition is not None or not last.is_title or last.lower_ not in words.cabinet_titles \
            or employer.mention.entity.type == "Country":
        return False
    said = words.held_words | words.opposition | words.one_of_many
    between = [t for t in first.doc[max(0, first.i - 6):first.i] if t.idx >= employer.mention.end]
    return any(t.is_lower and t.pos_ == "NOUN" and t.lower_ not in said for t in between)


def _qualifies_a_non_title(title_tokens: list[Token], lexicon: Lexicon) -> bool:
    """Whether the title is an adjective of a later common noun of another actor related to the owner (senses.yaml's
    "relational" nouns): "the government's chief witness", "the firm's chief rival" name no post ("the bank's chief
    economist", "the SEC's chief accountant" do)."""
    last = title_tokens[-1]
    noun = last.head
    return (last.dep_ == "amod" and noun.i > last.i and noun.pos_ == "NOUN" and noun.is_lower
            and "relational" in lexicon.senses.classes_of(noun.lemma_.lower()))


def _sub_body_between(employer: _Employer, title_tokens: list[Token], words: RoleWords) -> bool:
    """Whether a body inside the employer stands between its name and the title ("ODPM committee chairman")."""
    first = title_tokens[0]
    between = [t for t in first.doc[max(0, first.i - 6):first.i] if t.idx >= employer.mention.end]
    return any(t.is_lower and t.lower_ in words.sub_bodies for t in between)


def _no_employer(employer: _Employer, title: str, words: RoleWords, lexicon: Lexicon) -> bool:
    """Whether the actor found is no employer of the title: a capital before a city's own office ("London mayor":
    the capital stands for no country here), a country before a trade's title ("a British lecturer"), an armed
    force a civilian minister is responsible for ("Armed Forces Minister X", "Minister of the Armed Forces"), the
    nationality word of a nation inside a country ("Scottish Finance Minister X": gazetteer nation_words)."""
    entity, last = employer.mention.entity, title.split()[-1]
    return ((employer.mention.kind == "capital" and title in words.local_titles)
            or (entity.type == "Country" and not {title.lower(), last}.isdisjoint(words.private_titles))
            or (last in words.cabinet_titles and is_a(entity, "armed", lexicon.senses))
            or (entity.type == "Group" and entity.label in lexicon.gazetteer.nation_words))


def _portfolio_named(employer: _Employer, title_tokens: list[Token], words: RoleWords, lexicon: Lexicon) -> bool:
    """Whether the name right before a cabinet title written capitalised is the post's subject, no employer: a
    portfolio ("Economics Minister X", "Transportation Secretary X"), or a party's word, which names the subject of
    a post written so ("Labour Minister X", "Economy and Labour Minister X"); a party's minister is written in lower
    case ("Labour minister X", "a Tory minister")."""
    title = title_tokens[-1]
    named = employer.mention
    if (len(title_tokens) > 1 or title.lower_ not in words.cabinet_titles or not title.is_title
            or title.is_sent_start or employer.preposition is not None or title.i == 0):
        return False
    before = title.doc[title.i - 1]
    return named.start <= before.idx < named.end and (
        lexicon.gazetteer.is_portfolio(named.text.lower()) or is_a(named.entity, "party", lexicon.senses))


def _department(title: str, last: Token, entities: DocEntities, words: RoleWords) -> str:
    """The "of" phrase after a head title that names a department or a field, no actor ("head of communications",
    "chief of corporate affairs", "UK head of tax"): the holder heads that, not the organisation that employs
    them, and the role says so. Empty when there is none, or when a name set beside the title says what the phrase
    describes ("head of industry body ELSPA")."""
    if title.split()[-1] not in words.heads or any(_names_organisation(c, entities) for c in dependents(last)
                                                    if c.dep_ == "appos"):
        return ""
    for noun in prep_objects([last], "of"):
        if noun.tag_ in ("NN", "NNS") and not any(t.pos_ in ("PROPN", "DET", "PRON") or entities.at(t)
                                                  for t in noun.subtree):
            return _of_phrase(noun)
    return ""


def _of_phrase(noun: Token) -> str:
    """How the role writes an "of" phrase after its title: "of communications", "of the Velcorp audit committee"."""
    return f"of {noun.doc[noun.left_edge.i:noun.i + 1].text}"


def _held_in(title: str, last: Token, employer: _Employer, entities: DocEntities, words: RoleWords) -> str:
    """Where inside the employer the title is held, as the role writes it after the title: a department
    ("head of communications") or a body ("chairman of the Velcorp audit committee"); empty for the whole."""
    return _department(title, last, entities, words) or _body_of(last, employer, words)


def _body_of(last: Token, employer: _Employer, words: RoleWords) -> str:
    """The "of" phrase after a title that names a body inside the employer (kg:SubBody), the employer's name only
    modifying it ("chairman of the Commons public accounts committee", "chair of the Velcorp audit board"): the
    holder holds the title in that body, a member of the employer, and the role says so. Empty when there is none."""
    named = employer.mention
    for noun in prep_objects([last], "of"):
        if noun.lemma_.lower() in words.sub_bodies and noun.left_edge.idx <= named.start and named.end <= noun.idx:
            return _of_phrase(noun)
    return ""


def _names_organisation(token: Token, entities: DocEntities) -> bool:
    mention = entities.at(token)
    return mention is not None and mention.entity.type != "Person"


def _title(words: list[Token], lexicon: Lexicon, entities: DocEntities | None = None
           ) -> tuple[str, list[Token]] | None:
    """The title of a phrase: its longest, and of titles as long the last, the one nearest the name or the head
    of the appositive ("deputy leader" is a leader's title, qualified); a longer title of one country's government
    ("Home Secretary", not "Secretary"), unless an organisation the ``entities`` name is in it ("Foreign Office
    Minister X" is a minister of the Foreign Office)."""
    found, national = _titles_in(words, lexicon, entities)
    if national is None or (found and len(national[1]) <= len(found[1])) or _names_in(national[1], entities):
        return found
    return national


def _titles_in(words: list[Token], lexicon: Lexicon, entities: DocEntities | None) -> tuple[TitleReading, TitleReading]:
    """(the title of the words, of titles as long the last; their longest national title) as ``_title`` weighs them,
    read once per document for the same words (``Tokens.titles``) when the ``entities`` are given. Each caller gets
    lists of its own."""
    if entities is None:
        return _read_titles(words, lexicon)
    key = tuple(t.i for t in words)
    kept = entities.tokens.titles.get(key)
    if kept is None or kept[0] is not lexicon:
        kept = (lexicon, _read_titles(words, lexicon))
        entities.tokens.titles[key] = kept
    found, national = kept[1]
    return _copied(found), _copied(national)


def _copied(found: TitleReading) -> TitleReading:
    return None if found is None else (found[0], list(found[1]))


def _read_titles(words: list[Token], lexicon: Lexicon) -> tuple[TitleReading, TitleReading]:
    found = lexicon.find_title(words)
    while found:
        later = lexicon.find_title([t for t in words if t.i > found[1][-1].i])
        if not later or len(later[1]) < len(found[1]):
            break
        found = later
    return found, lexicon.find_title(words, lexicon.national_titles)


def _names_in(words: list[Token], entities: DocEntities | None) -> bool:
    """Whether an organisation is named among the words."""
    return entities is not None and any((m := entities.at(t)) is not None and m.entity.type == "Organization"
                                        for t in words)


def _relation(found: tuple[str, list[Token]], led: bool, employer: _Employer, said: set[str], lexicon: Lexicon) -> str:
    """leaderOf or memberOf: the title's own relation, leaderOf for a head title over what it leads (see _led),
    the country title's relation in its countries; never leaderOf of an organisation whose part the title leads
    ("chairman of the party's committee"), under a role modifier or for one of many ("a UFAL commander")."""
    words = role_words(lexicon)
    entity = employer.mention.entity
    title = found[0]
    relation = _own_relation(found, led, employer, lexicon)
    if title in words.party_offices and is_a(entity, "party", lexicon.senses) and not _branch(entity, lexicon):
        return "memberOf"  # a party's chairman or president is not its leader; its branch's chairman heads that
    if title in words.floor_titles and entity.label.split()[-1].lower() in words.chambers:
        return "memberOf"  # the leader of the Commons runs its business; the Speaker heads it
    return "memberOf" if employer.part or said & (words.modifiers | words.one_of_many) else relation


def _branch(party: Entity, lexicon: Lexicon) -> bool:
    """Whether a party's name is a regional branch's: a party's name and a region or nation inside a country after it
    ("Rail Party Wales"; gazetteer places), or a nation's word before party words alone ("Welsh Labour", "Scottish
    Conservatives"; not "Scottish National Party", a party of its own)."""
    gazetteer, label = lexicon.gazetteer, party.label
    if any(label.endswith(f" {place}") for place in gazetteer.places):
        return True
    nation = next((word for word in gazetteer.nation_words if label.startswith(f"{word} ")), None)
    found = lexicon.senses.actor_classes.get("party")
    rest = label[len(nation) + 1:].lower().split() if nation else []
    return bool(rest) and found is not None and all(word in found.label_words for word in rest)


def _own_relation(found: tuple[str, list[Token]], led: bool, employer: _Employer, lexicon: Lexicon) -> str:
    """The relation a title gives of what it belongs to: leaderOf when it leads it, else its kg:titlePattern's; in
    the countries of a kg:countryTitle or of the actor class of a kg:classTitle (by its name, or by a noun of the
    class the text names it by: "director of the housing charity X") the relation that names it, unless a word of a
    department qualifies it ("research director" of an institute heads no institute)."""
    title, entity = found[0], employer.mention.entity
    relation = "leaderOf" if led else lexicon.title_relations.get(title, _OFFICE)
    if entity.type == "Country":
        relation = role_words(lexicon).country_titles.get((title, entity.label), relation)
    return next((other for (held, kind), other in lexicon.class_titles.items()
                 if held == title and _of_class(employer, found[1][0].doc, kind, lexicon)
                 and not _of_a_department(found[1], kind, lexicon) and _of_its_head(found[1], employer, kind, lexicon)),
                relation)


def _of_its_head(title_tokens: list[Token], employer: _Employer, kind: str, lexicon: Lexicon) -> bool:
    """Whether a title of an organisation of the actor class ``kind`` may be its head's: always, but for a class
    whose directors sit on a board (kg:BoardClass), where a role preposition must introduce it or a possessive own the
    title ("director of Velcorp", "Velcorp's director"; not "Velcorp director X", one of its board)."""
    if kind not in role_words(lexicon).board_classes or employer.preposition is not None:
        return True
    first = title_tokens[0]
    return first.i > 0 and first.nbor(-1).tag_ == "POS"


def _of_class(employer: _Employer, doc: Doc, kind: str, lexicon: Lexicon) -> bool:
    """Whether what a title belongs to is of the actor class ``kind``: by its name, or by a noun of the class that
    the text names it by (see senses.named_by_class_noun)."""
    if is_a(employer.mention.entity, kind, lexicon.senses):
        return True
    span = _mention_span(doc, employer.mention)
    if span is None:
        return False
    return named_by_class_noun(Actor(employer.mention.entity, employer.mention.kind, span.root), kind, lexicon.senses)


def _of_a_department(title_tokens: list[Token], kind: str, lexicon: Lexicon) -> bool:
    """Whether a lower-case word right before a title qualifies it that is no word of the actor class it is the title
    of ("research director", "political director": the head of a department; "police commissioner" is the force's),
    nor a word said of the holder ("former", "acting", "newly-appointed"); a word after it is the title's own
    ("director general")."""
    found = lexicon.senses.actor_classes.get(kind)
    words = role_words(lexicon)
    own = (found.label_words if found is not None else frozenset()) | words.held_words | words.founding
    first = title_tokens[0]
    return any(word.lower_ not in own and word.tag_ not in _PARTICIPLES and _right_before(word, first)
               for word in children(first, "amod", "compound")) or _of_a_field(title_tokens[-1])


def _right_before(word: Token, title: Token) -> bool:
    """Whether a word in lower case stands before a title with only words in lower case between ("SEC enforcement
    director"; not "current Velcorp director", said of the holder before the employer's name)."""
    return word.is_lower and word.i < title.i and all(t.is_lower for t in word.doc[word.i:title.i])


def _of_a_field(title: Token) -> bool:
    """Whether "of" after the title names a field in lower case, no body by a noun of its kind with its name beside
    it ("director of foreign exchange at X", "director of policy": a department's head; not "director of the
    housing charity X")."""
    return any(noun.pos_ == "NOUN" and noun.is_lower and not any(c.dep_ == "appos" for c in dependents(noun))
               for noun in prep_objects([title], "of"))


_PARTICIPLES = frozenset({"VBN", "VBG"})  # "the newly-appointed commissioner": said of the holder, no department


def _served(relation: str, title: str, employer: Entity, said: set[str], lexicon: Lexicon) -> Entity:
    """What a title's holder serves: of a country, a minister or a secretary (kg:CabinetTitle, or a title of one
    country's government, kg:NationalTitle: "Home Secretary X", "Iran's foreign minister X") serves its government,
    the one node "government of ..." that "the government" of an article about that country is too; any other
    title (an MP, an ambassador, a president who leads it) and an opposition post ("shadow home secretary") serve
    the employer named."""
    words = role_words(lexicon)
    cabinet = title.split(" of ")[0].split()[-1] in words.cabinet_titles or title in words.national_titles
    if relation != _OFFICE or employer.type != "Country" or not cabinet or said & words.opposition:
        return employer
    return government_of(employer, lexicon)


def government_of(country: Entity, lexicon: Lexicon) -> Entity:
    """The node of a country's government ("government of the United Kingdom"), as unification names the
    government of an article's country (the collective kind of the government sector)."""
    kind = next(noun.kind for noun in lexicon.collective_nouns.values() if noun.kind.sector == GOVERNMENT)
    if country.scope:  # the article's country, not named (a kg:StateOffice): the article's "government"
        return make_entity(kind.label, kind.type, sector=kind.sector, scope=country.scope)
    return make_entity(f"{kind.label} of {owner_name(country, lexicon.gazetteer)}", kind.type, sector=kind.sector,
                       owner=country)


def _staff(relation: str, title: str, heads_department: bool, employer: _Employer, lexicon: Lexicon) -> str:
    """employedBy for the staff of an organisation of the senses' employer class (a company, a broadcaster: "BBC
    correspondent X", "the firm's head of tax X"): a title of kg:employedBy, or one heading a department of it (see
    _heads_a_department); of any other actor (a party, a government, a country) such a title gives its parent
    relation, memberOf; so does a seat of government named for it ("Downing Street spokesman X", gazetteer
    government_seats)."""
    if relation == _OFFICE and heads_department:
        relation = _STAFF
    elif relation == _OFFICE and lexicon.title_relations.get(title) == _STAFF:
        relation = _STAFF  # a deputy or one of many of the staff is staff too ("deputy political editor")
    entity = employer.mention.entity
    if relation == _STAFF and (not is_a(entity, _STAFF_CLASS, lexicon.senses)
                               or entity.label in lexicon.gazetteer.government_seats):
        return _OFFICE
    return relation


def _heads_a_department(found: tuple[str, list[Token]], department: str, lexicon: Lexicon) -> bool:
    """Whether a title heads a department of what employs its holder: a head title with a department's "of" phrase
    ("head of tax at X"), or a title that leads an employer (its kg:classTitle) qualified by a department's word
    ("development director at X", "director of marketing for X"): the staff, no leader nor a board's member."""
    title, title_tokens = found
    if department:
        return title.split()[-1] in role_words(lexicon).heads
    return (title, _STAFF_CLASS) in lexicon.class_titles and _of_a_department(title_tokens, _STAFF_CLASS, lexicon)


def _led(title: str, title_tokens: list[Token], employer: _Employer, phrase: _Phrase, words: RoleWords,
         department: str = "") -> bool:
    """Whether a head title leads its employer: what its own role preposition introduces ("commander of X"),
    or, for a chief title that ends the phrase, the organisation named right before it ("NAO head"); never when
    the title heads a ``department`` of it ("head of communications at X")."""
    if department:
        return False
    def said(cues: frozenset[str]) -> bool:
        return title in cues or title.split()[-1] in cues

    if employer.preposition is not None:
        return (employer.preposition.head in title_tokens and said(words.heads)
                and employer.preposition.lower_ not in words.portfolio)
    if employer.complement:
        return title_tokens[-1].i == phrase.root.i and said(words.heads)
    return _named_right_before(title_tokens, employer, phrase) and _leads_named(title_tokens, employer, words, said)


def _leads_named(title_tokens: list[Token], employer: _Employer, words: RoleWords,
                 said: Callable[[frozenset[str]], bool]) -> bool:
    """Whether a title leads the organisation named right before it: a head title after "the X's" ("the militia's
    commander, X": the one commander it has), a chief title, or a unit's chief after its unit."""
    if _the_owners(title_tokens[0]):
        return said(words.heads)
    return said(words.chiefs) or said(words.unit_chiefs) and _is_unit(title_tokens[0].doc, employer.mention, words)


def _the_owners(first: Token) -> bool:
    """Whether a title stands right after a possessive whose owner has "the" ("the militia's commander", "the
    army's chief"): the one such officer the owner has, not one of several ("Hamas's commander X", "a militia
    commander")."""
    if first.i < 2 or first.nbor(-1).tag_ != "POS":
        return False
    return any(d.lower_ == "the" for d in children(first.nbor(-2), "det"))


def _is_unit(doc: Doc, mention: Mention, words: RoleWords) -> bool:
    """Whether a name is a military unit's: its head word is an echelon ("88th Airlift Wing"), or an echelon of
    two words written with capitals stands inside it before the unit's designation ("Task Force Kestrel",
    "Combined Joint Task Force – Northern Shield"), or it is an acronym numbered by an ordinal ("the 312th ATW");
    one word inside a name says too little ("Flight 93")."""
    span = _mention_span(doc, mention)
    if span is None or _echelon(doc, mention, words) > 0 or _numbered_acronym(span):
        return span is not None
    lemmas = [t.lemma_.lower() if t.text[:1].isupper() else "" for t in span]
    return any(all(pair) and " ".join(pair) in words.echelons for pair in zip(lemmas, lemmas[1:], strict=False))


_ORDINAL_ENDINGS = ("st", "nd", "rd", "th")


def _numbered_acronym(span: Span) -> bool:
    """Whether a name is an acronym after an ordinal, in it or right before it ("312th ATW", "the 44th MEB"): a
    numbered unit named by the initials of its echelon, as "88th Airlift Wing" is by the echelon's word."""
    last = span[-1]
    ordinal = span[-2] if len(span) > 1 else (last.nbor(-1) if last.i > 0 else None)
    return (ordinal is not None and len(last.text) > 1 and last.text.isalpha() and last.text.isupper()
            and ordinal.text[:-2].isdigit() and ordinal.text[-2:].lower() in _ORDINAL_ENDINGS)


def _echelon(doc: Doc, mention: Mention, words: RoleWords) -> int:
    """The echelon of a military unit by the head word of its name ("88th Airlift Wing": a wing), else 0."""
    span = _mention_span(doc, mention)
    return 0 if span is None else _span_echelon(span, words)


def _span_echelon(span: Span, words: RoleWords) -> int:
    """``_echelon`` of a name's span."""
    last = [t.lemma_.lower() for t in span[-2:]]
    return words.echelons.get(" ".join(last), 0) or words.echelons.get(last[-1], 0)


def _owner_word(first: Token) -> Token | None:
    """The word right before a title, behind a possessive marker if one stands there ("TBWA's boss")."""
    before = first.nbor(-1) if first.i > 0 else None
    if before is not None and before.tag_ == "POS" and before.i > 0:
        return before.nbor(-1)
    return before


def _named_right_before(title_tokens: list[Token], employer: _Employer, phrase: _Phrase) -> bool:
    """Whether the employer is an organisation named right before a title that ends its phrase (the title is the
    appositive's head, or stands just before the name), not one that qualifies another noun ("chief economist"); a
    group too when it is the owner "the" names ("the militia's commander")."""
    named, first, last = employer.mention, title_tokens[0], title_tokens[-1]
    before = _owner_word(first)
    owners = ("Organization", "Group") if _the_owners(first) else ("Organization",)
    if named.entity.type not in owners or before is None or not named.start <= before.idx < named.end:
        return False
    return last.i == phrase.root.i or (last.head.i == phrase.root.i and phrase.root not in phrase.words)


_SMALL_TITLE_WORDS = frozenset(["of", "the", "for", "and"])  # lowercase inside a capitalised title ("Chief of Staff")
_TIME_LABELS = frozenset(["DATE", "TIME"])


def _qualified(phrase: _Phrase, title_tokens: list[Token], words: RoleWords,
               context: tuple[DocEntities, frozenset[str]]) -> tuple[set[str], str]:
    """The qualifying words of the roles block said before a title, and the title as written with them and with a
    chamber's name before it ("former US president", "Holyrood leader"; an article is not kept)."""
    before = _qualifiers(phrase, title_tokens)
    qualifiers = [t for t in before if {t.lower_, t.lemma_.lower()}
                  & (words.held_words | words.one_of_many | words.founding)]
    said = {t.lower_ for t in qualifiers} | {t.lemma_.lower() for t in qualifiers}
    chambers = [t for t in before if t.lower_ in words.chambers and t.nbor().tag_ != "POS"]  # not "Holyrood's"
    shown = [t for t in qualifiers if t.lower_ not in words.one_of_many] + chambers
    first, last = min([*shown, _capitalised_start(title_tokens, *context)], key=lambda t: t.i), title_tokens[-1]
    return said, first.doc[first.i:last.i + 1].text


def _title_stops(lexicon: Lexicon, words: RoleWords) -> frozenset[str]:
    """Words before a capitalised title that are no part of it: a holder's descriptors, the parties' words."""
    return lexicon.holder_words | {word.lower() for word in words.party_words}


def _capitalised_start(title_tokens: list[Token], entities: DocEntities, stops: frozenset[str]) -> Token:
    """The first word of a capitalised title with the capitalised words written right before it that name no
    actor ("National Security Adviser", "Deputy Prime Minister": the whole title, not "Adviser"); a word of
    ``stops`` (a holder's descriptor, "New Home Secretary X"; a party's word, "Green MSP X") and what is before it
    stay out."""
    first = title_tokens[0]
    if not all(t.text[:1].isupper() or t.lower_ in _SMALL_TITLE_WORDS for t in title_tokens):
        return first
    while first.i > 0 and _title_qualifier(first.nbor(-1), entities) and first.nbor(-1).lower_ not in stops:
        first = first.nbor(-1)
    return first


def _title_qualifier(token: Token, entities: DocEntities) -> bool:
    """A capitalised common word of a title ("National", "Security"): no actor's name nor the word of a party the
    document names ("the Green Party ... Green MSP X"), no date, nor the word opening a sentence unless a proper
    noun ("Yesterday Foreign Secretary X")."""
    return (token.text[:1].isupper() and entities.at(token) is None and token.ent_type_ not in _TIME_LABELS
            and token.pos_ in ("PROPN", "ADJ", "NOUN") and (token.pos_ == "PROPN" or not token.is_sent_start)
            and not any(_party_named(m, token.text) for m in entities.mentions))


def _qualifiers(phrase: _Phrase, title_tokens: list[Token]) -> list[Token]:
    """The words before a title that qualify it ("former US president", "shadow chancellor", "former chief
    executive"), and a word joined by a hyphen to it ("vice-president", "ex-leader") or to the phrase's first word,
    which the parser may leave out of the phrase ("ex-Tory education secretary X")."""
    first = title_tokens[0]
    last = title_tokens[-1]
    found = [t for t in phrase.words if t.i < first.i and (t.i < t.head.i <= last.i or t.head == last.head)]
    joined = [_joined_before(first), _joined_before(phrase.words[0]) if phrase.words[0].i < first.i else None]
    return found + [t for t in joined if t is not None and t not in found]


def _employer(phrase: _Phrase, title: set[int], entities: DocEntities, words: RoleWords,
              represents: bool) -> _Employer | None:
    """The organisation a title belongs to among the actors of its phrase (see the module docstring);
    ``represents``: the title is an elected representative's, whose "for" names the constituency."""
    best: tuple[tuple[int, int], _Employer] | None = None
    seen: set[str] = set()
    for position, token in enumerate(phrase.candidates):
        mention = entities.at(token)
        if not _new_candidate(token, mention, title, seen):
            continue
        seen.add(mention.entity.id)
        employer = _candidate(token, mention, phrase.root, words, represents)
        rank = (_EMPLOYER_RANK.get(mention.entity.type, 0), position if phrase.last_first else -position)
        if employer is not None and (best is None or rank > best[0]):
            best = (rank, employer)
    return best[1] if best else None


def _new_candidate(token: Token, mention: Mention | None, title: set[int], seen: set[str]) -> bool:
    """Whether an actor not yet weighed is named at ``token``, outside the title and no scope of it."""
    return mention is not None and token.i not in title and mention.entity.id not in seen \
        and not _scope_of_owned_title(token, mention, title)


def _scope_of_owned_title(token: Token, mention: Mention, title: set[int]) -> bool:
    """Whether a country's name qualifies a title that a possessor before it owns ("Velcorp's UK head of sales",
    "its French director"): the country is the office's scope; the possessor, named or not, employs the holder."""
    head = token.head
    return (mention.entity.type == "Country" and token.dep_ in NOUN_MODIFIERS and head.i in title
            and any(c.dep_ == "poss" and c.i < token.i for c in dependents(head)))


def _candidate(token: Token, mention: Mention, root: Token, words: RoleWords,
               represents: bool = False) -> _Employer | None:
    """The actor named at ``token`` as a possible employer, or None when it cannot be one: a place, an actor
    under another preposition or a verb, a place phrase, a portfolio ("Minister for Central Asia"), the
    constituency of a representative ("MP for Eastport", even when the model took it for an organisation)."""
    if mention.entity.type == "Place" or _in_quotation_marks(token, mention) or _run_into_title(mention, words):
        return None
    reached, preposition, below = _route(token, root, words)
    if not reached or _after_other_preposition(token, root, words, mention.entity.type == "Organization"):
        return None
    if _portfolio(preposition, mention, words, represents):
        return None
    if preposition is None:
        return _Employer(mention=mention, preposition=None, complement=_in_apposition(token, root))
    introduced = _introduced(mention, below)
    if introduced is None:
        return None
    return _Employer(mention=mention, preposition=preposition if introduced else None, part=not introduced)


def _run_into_title(mention: Mention, words: RoleWords) -> bool:
    """Whether the model ran a name into the title after it: the name ends in a past word or in a word in lower case
    joined by a hyphen ("Velcorp Ex", "UKIP Ex-chat" of a headline run into "Ex-chat show host Ann Hale"), no
    employer's name ("European commission" is one)."""
    last = mention.text.split()[-1].split("-")
    return mention.kind == "name" and (last[-1].lower() in words.past or len(last) > 1 and last[-1][:1].islower())


def _in_quotation_marks(token: Token, mention: Mention) -> bool:
    """Whether the actor's name ends a capitalised term between quotation marks: a term mentioned, not the holder's
    employer ("'New Labour' MP X", a headline's words run into the name)."""
    doc = token.doc
    first = last = token.i
    while first > 0 and (doc[first - 1].idx >= mention.start or doc[first - 1].is_title):
        first -= 1
    while last + 1 < len(doc) and doc[last + 1].idx < mention.end:
        last += 1
    return 0 < first and last + 1 < len(doc) and doc[first - 1].is_quote and doc[last + 1].is_quote


def _portfolio(preposition: Token | None, mention: Mention, words: RoleWords, represents: bool) -> bool:
    """Whether a portfolio preposition introduces what the title is responsible for, not its employer: anything
    but an organisation ("Minister for Central Asia"), and anything after a representative's title ("MP for Y")."""
    return (preposition is not None and preposition.lower_ in words.portfolio
            and (represents or mention.entity.type != "Organization"))


def _introduced(mention: Mention, below: Token) -> bool | None:
    """Whether a role preposition's object is the actor, or a name the actor's mention left a word of ("Migration
    Watch UK") but a named unit it owns (see _possessor_of); None when it is a country word in another name
    ("director of the British Guild of Millers")."""
    named = mention.start <= below.idx < mention.end or _kind_named(mention, below)
    if not named and below.pos_ == "PROPN" and mention.kind == "demonym":
        return None
    return named or (below.pos_ == "PROPN" and not _possessor_of(mention, below))


def _kind_named(mention: Mention, noun: Token) -> bool:
    """Whether the preposition's object is a common noun of the actor's kind that its name stands in apposition to
    ("director of the housing charity X", "of the think tank X"), no noun a possessor owns ("the firm's unit X")."""
    return noun.pos_ == "NOUN" and not any(c.dep_ == "poss" for c in dependents(noun)) \
        and any(c.dep_ == "appos" and mention.start <= c.idx < mention.end for c in dependents(noun))


def _possessor_of(mention: Mention, noun: Token) -> bool:
    """Whether the mention owns the noun with a possessive: a unit of the actor that has a name of its own ("head of
    the Forum's Health Initiative"), not the actor."""
    return any(c.dep_ == "poss" and mention.start <= c.idx < mention.end for c in dependents(noun))


def _route(token: Token, root: Token, words: RoleWords) -> tuple[bool, Token | None, Token | None]:
    """Whether an actor hangs on the phrase's word with nothing but a role preposition between (not another
    preposition, not a verb); the role preposition that introduces it, if one does, and that preposition's
    object (the actor itself, or a word it qualifies: "head of the Council's unit")."""
    preposition = below = None
    node = token
    while node.i != root.i:
        if node.head.i == node.i:
            return False, None, None  # the actor is outside the phrase
        node, child = node.head, node
        if node.i == root.i:
            break
        if node.pos_ in ("VERB", "AUX") and node.dep_ != "compound":  # "chat show host": a noun the tagger misread
            return False, None, None
        if node.dep_ in ("prep", "agent") or node.pos_ == "ADP":
            if node.lower_ not in words.prepositions:
                return False, None, None
            if preposition is None:
                preposition, below = node, child
    return True, preposition, below


def _in_apposition(token: Token, root: Token) -> bool:
    """Whether an actor hangs on the phrase's word as its appositive ("commander, Pacific Command")."""
    node = token
    while node.head.i != root.i and node.head.i != node.i:
        node = node.head
    return node.head.i == root.i and node.dep_ == "appos"


def _after_other_preposition(token: Token, root: Token, words: RoleWords, organization: bool) -> bool:
    """Whether an actor opens a place phrase the parser hung on the title ("In Turkey Minister Ellwood"): a
    preposition before it that is no role preposition (nor, unless the actor is an organisation, a portfolio
    preposition) and does not govern the whole phrase ("met with US President Donald Trump", "asked about US
    President Donald Trump's plan")."""
    doc, i = token.doc, token.i - 1
    while i >= 0 and doc[i].pos_ == "DET":
        i -= 1
    allowed = words.prepositions if organization else words.prepositions - words.portfolio
    governor = root.head.head if root.dep_ == "poss" else root.head  # "about Tory leader X's past"
    return i >= 0 and doc[i].pos_ == "ADP" and doc[i].lower_ not in allowed and governor.i != i


def _located(mention: Mention, root: Token, entities: DocEntities, own: set[int]) -> Iterator[Relation]:
    """A place word among the words before the appositive's noun ("the British newspaper, the Independent"); not one
    deeper in a phrase after it ("people, mostly Roma, from the Czech capital"), nor one of a plural noun that a
    list's singular name runs into ("Redford, the two Kelso sides, Ashby"), which renames no one actor."""
    for appositive in _renaming_appositives(root, entities):
        for token in appositive.subtree:
            if token.i in own or not _premodifier(token, appositive):
                continue
            place = entities.at(token)
            if place is None:
                continue
            where = place.place or (place.entity if place.entity.type in ("Place", "Country") else None)
            if where is not None:
                inner, outer = (where, mention.entity) if _within_named(root, appositive, where) \
                    else (mention.entity, where)
                yield Relation(
                    subject=inner, relation="locatedIn", object=outer, verb=appositive.text,
                    evidence=evidence(appositive, entities), confidence=confidence(0.75, place.kind),
                    extractor="roles",
                )
                return


def _renaming_appositives(root: Token, entities: DocEntities) -> list[Token]:
    """The name's appositives but a plural noun set off after a singular name ("Redford, the two Kelso sides,
    Ashby"), which renames no one actor; one before names ("Korean giants Kelso and Ashby") names them all."""
    return [a for a in _appositives(root, entities) if not (a.tag_ == "NNS" and root.tag_ == "NNP" and a.i > root.i)]


def _within_named(root: Token, appositive: Token, where: Entity) -> bool:
    """Whether the name set off by a comma after a bare place noun names the larger place the noun's own place is
    in ("in Kelby and Ashmoor ward, Tarnside": the ward is in Tarnside), not the noun renamed ("the British
    newspaper, the Sentinel"): a common noun, singular, with no article or other determiner."""
    return (where.type == "Place" and appositive.i < root.i and set_off(root) and appositive.tag_ == "NN"
            and not children(appositive, "det"))


def _premodifier(token: Token, noun: Token) -> bool:
    """Whether ``token`` is a modifier inside ``noun``'s own phrase ("British" of "British newspaper", a name
    listed beside it), not inside a phrase or clause that hangs on it ("from the Czech capital")."""
    if token.dep_ not in _PLACE_MODIFIERS:
        return False
    node = token
    while node.i != noun.i:
        if node.dep_ in _PHRASE_LINKS or node.head.i == node.i or _listed_noun(node):
            return False
        node = node.head
    return True


def _listed_noun(token: Token) -> bool:
    """Whether ``token`` is a name listed after another in a list joined by a conjunction ("Landmark" of "Tarn
    Garments, Peru Hats and Sunset Landmark"): a name of its own, no modifier of the first; a common noun listed
    says what the first is ("Velcor and other US firms"), and names strung by commas alone may be an address ("2nd
    Company, Fort Tarn, Velmark")."""
    if token.dep_ != "conj" or token.pos_ != "PROPN":
        return False
    return any(child.dep_ == "cc" for listed in (token.head, *token.head.conjuncts) for child in listed.children)


def _unit_parent(mention: Mention, span: Span, entities: DocEntities, lexicon: Lexicon) -> Iterator[Relation]:
    """A military unit named right before a larger one, a comma between ("Bravo Company, 2nd Battalion, 9th Infantry
    Regiment"): memberOf the larger. Units of one echelon side by side are peers and say nothing."""
    doc, words = span.doc, role_words(lexicon)
    # the mention's span is at hand: spaCy's search for it is not made again; most names have no comma after them,
    # and their rank is not read
    rank = _span_echelon(span, words) if _comma_at(entities.tokens, span.end) else 0
    larger = _next_name(doc, span.end, entities) if rank else None
    if larger is None or larger.entity.type != "Organization" or _echelon(doc, larger, words) <= rank:
        return
    yield Relation(subject=mention.entity, relation="memberOf", object=larger.entity, verb=doc[span.end].text,
                   evidence=evidence(span.root, entities), confidence=confidence(0.75, mention.kind, larger.kind),
                   extractor="roles")


def _comma_at(tokens: Tokens, i: int) -> bool:
    """Whether token ``i`` is a comma with a word after it (where ``_next_name`` may find a name)."""
    return i + 1 < len(tokens.all) and tokens.lower[i] == ","


def _next_name(doc: Doc, comma: int, entities: DocEntities) -> Mention | None:
    """The actor named right after a comma at ``comma``, past a number or an article ("the 9th")."""
    if not _comma_at(entities.tokens, comma):
        return None
    i = comma + 1
    while i < len(doc) - 1 and entities.at(doc[i]) is None and (doc[i].like_num or doc[i].lower_ == "the"
                                                                  or doc[i].ent_type_ in ("ORDINAL", "CARDINAL")):
        i += 1
    return entities.at(doc[i])


def _parts(doc: Doc, entities: DocEntities, lexicon: Lexicon) -> Iterator[Relation]:
    """An actor "as part of", "as a member of" an organisation, or that "is part of" it: memberOf it, with the
    polarity of the verb that says so ("Canada, as part of the alliance, sent troops")."""
    words = role_words(lexicon)
    for noun in entities.tokens.with_lemma(words.part_nouns):
        found = _part_of(noun, entities, words)
        if found is None:
            continue
        member, whole, verb = found
        negated, modality = polarity(verb, lexicon) if verb.pos_ in ("VERB", "AUX") else (False, "asserted")
        yield Relation(subject=member.entity, relation="memberOf", object=whole.entity, verb=noun.text,
                       evidence=evidence(noun, entities), negated=negated, modality=modality,
                       confidence=confidence(0.75, member.kind, whole.kind), extractor="roles")


def _part_of(noun: Token, entities: DocEntities, words: RoleWords) -> tuple[Mention, Mention, Token] | None:
    """(the part, the organisation it is part of, the word that says so) for a part noun, if it names both."""
    whole = _whole(noun, entities)
    held = _part_holder(noun, words) if whole is not None else None
    member = entities.at(held[1]) if held is not None else None
    if member is None or member.entity.type not in _PARTS or member.entity.id == whole.entity.id:
        return None
    if member.entity.type == "Person" and noun.dep_ == "attr":
        return None  # a person who "is a member of" it is read as a title (see _complements)
    return member, whole, held[0]


def _whole(noun: Token, entities: DocEntities) -> Mention | None:
    """The organisation or group "of" introduces under a part noun ("part of the alliance")."""
    for of in (c for c in dependents(noun) if c.dep_ == "prep" and c.lower_ == "of"):
        for named in (entities.at(w) for w in dependents(of) if w.dep_ == "pobj"):
            if named is not None and named.entity.type in _WHOLES:
                return named
    return None


def _part_holder(noun: Token, words: RoleWords) -> tuple[Token, Token] | None:
    """(the word that says so, the actor that is the part): the subject of the verb "as" hangs on, or the noun it
    hangs on ("Canada, as part of ..."); the subject of a role verb the part noun completes ("X is part of Y"); the
    name a part noun stands beside ("the 44th Squadron, a unit of the 9th Wing")."""
    head = noun.head
    if noun.dep_ == "appos" and head.pos_ == "PROPN":
        return noun, head  # "the 44th Squadron, a unit of the 9th Wing"
    if noun.dep_ == "pobj" and head.lower_ == "as":
        head = head.head
        if head.pos_ in ("NOUN", "PROPN"):
            return head, head
    elif noun.dep_ != "attr" or head.lemma_.lower() not in words.role_verbs:
        return None
    subject = _clause_subject(head)
    return (head, subject) if subject is not None else None


def _clause_subject(verb: Token) -> Token | None:
    """A verb's subject; for "which" or "who", the noun its clause describes ("the squadron, which flies missions as
    part of the wing")."""
    subject = next((c for c in dependents(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in RELATIVE and verb.dep_ == "relcl":
        return appositive_owner(verb.head)
    return subject


def _joined(doc: Doc, entities: DocEntities, lexicon: Lexicon) -> Iterator[Relation]:
    """Membership by assignment ("X was assigned to the 9th Wing") or by joining ("X joined the Green Party"), held
    from the time the verb gives ("joined the Green Party in 1998": a member from 1998 on, not in 1998 only)."""
    words = role_words(lexicon)
    for verb in entities.tokens.with_lemma(words.assigning | words.joining):
        lemma = verb.lemma_.lower()
        if lemma in words.assigning:
            found = [_assigned(verb, entities)]
        elif lemma in words.joining and verb.pos_ == "VERB" and not _acts_with(verb, entities):
            found = [_pair(joiner, _first(verb, "dobj"), entities) for joiner in _joiners(verb, lexicon)]
        else:
            continue
        for member, whole in filter(None, found):
            negated, modality = polarity(verb, lexicon)
            yield Relation(subject=member.entity, relation="memberOf", object=whole.entity, verb=verb.text,
                           evidence=evidence(verb, entities), negated=negated, modality=modality,
                           **when_of(verb, entities, modality=modality).opening().fields(),
                           confidence=confidence(0.75, member.kind, whole.kind), extractor="roles")


def _joiners(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Who joins: the verb's subject and the names coordinated with it ("Norway and Denmark joined NATO"), the name
    a relative "who" stands for ("X, who joined Labour in 1997"), or the subject of the verb whose clause it
    completes ("continue to join X", "decided to join X")."""
    subjects = children(verb, "nsubj")
    if (not subjects and verb.dep_ == "xcomp") or any(s.lower_ in RELATIVE for s in subjects):
        subjects = subject_tokens(verb, lexicon)[0]
    return [t for s in subjects[:1] if s.lower_ not in RELATIVE for t in (s, *s.conjuncts)]


def _first(verb: Token, *deps: str) -> Token | None:
    return next((c for c in dependents(verb) if c.dep_ in deps), None)


def _assigned(verb: Token, entities: DocEntities) -> tuple[Mention, Mention] | None:
    """(the one assigned, the organisation) of an assignment verb: its object, or its subject in the passive."""
    one = _first(verb, "dobj", "nsubjpass")
    if one is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        one = verb.head  # "soldiers assigned to the 9th Wing"
    to = next((c for c in dependents(verb) if c.dep_ == "prep" and c.lower_ == "to"), None)
    return _pair(one, _first(to, "pobj") if to is not None else None, entities)


def _pair(part: Token | None, whole: Token | None, entities: DocEntities) -> tuple[Mention, Mention] | None:
    """The actors named at two words when the first can be part of the second (see _PARTS and _WHOLES)."""
    member = entities.at(part) if part is not None else None
    named = entities.at(whole) if whole is not None else None
    if member is None or named is None or member.entity.id == named.entity.id:
        return None
    return (member, named) if member.entity.type in _PARTS and named.entity.type in _WHOLES else None


def _acts_with(verb: Token, entities: DocEntities) -> bool:
    """Whether a joining verb says its subject acts with its object rather than joins it: any preposition but a
    time's ("joined the Tories in condemning the plan", "joined NATO leaders at the summit"), or an object that is
    no organisation's name but what it does or holds ("joined Tory and Lib Dem opposition"), or only its owner
    (see _owner_only)."""
    joined = _first(verb, "dobj")
    named = entities.at(joined) if joined is not None else None
    if named is None or named.kind != "name" or _owner_only(joined):
        return True
    return any(c.dep_ == "prep" and not any(w.ent_type_ in ("DATE", "TIME") for w in c.subtree)
               for c in dependents(verb))


def _owner_only(joined: Token) -> bool:
    """Whether the object the parser gave a joining verb only owns what is joined: a name with "'s" ("joined Y's Task
    Force 50" read with "Y's" as the object) or its short form in brackets after it ("joined Y's (YC) Task Force")."""
    doc, at = joined.doc, joined.i
    bracketed = at >= 2 and doc[at - 1].text == "(" and doc[at - 2].lower_ in ("'s", "’s")
    return bracketed or bool(children(joined, "case"))


def _from_units(doc: Doc, entities: DocEntities, lexicon: Lexicon) -> Iterator[Relation]:
    """Actors named "from" a military unit, or sent from it ("reservists from the 9th Wing", "airmen, deployed
    from the 9th Wing"): memberOf the unit. Only a unit: "a visitor from the BBC" says less."""
    for prep in (t for t in entities.tokens.with_word("from") if t.dep_ == "prep"):
        found = _from_unit(prep, entities, lexicon)
        if found is not None:
            member, unit = found
            yield Relation(subject=member.entity, relation="memberOf", object=unit.entity, verb=prep.text,
                           evidence=evidence(prep, entities), confidence=confidence(0.7, member.kind, unit.kind),
                           extractor="roles")


def _from_unit(prep: Token, entities: DocEntities, lexicon: Lexicon) -> tuple[Mention, Mention] | None:
    """(the actor, the unit) of "X from the unit" or "X, deployed from the unit", when the unit is a military one
    (see _is_unit: "the 9th Wing", "Joint Task Force Bravo")."""
    head = prep.head.head if prep.head.dep_ == "acl" and prep.head.pos_ == "VERB" else prep.head
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    found = _pair(head, _first(prep, "pobj"), entities)
    if found is None or not _is_unit(prep.doc, found[1], role_words(lexicon)):
        return None
    member = found[0].entity  # "the Tories from the Tarn Business Group": a party or a country serves in no unit
    return None if member.type == "Country" or is_a(member, "party", lexicon.senses) else found


def _speaking_for(entities: DocEntities, lexicon: Lexicon) -> Iterator[Relation]:
    """Whoever speaks for an organisation that opens the sentence ("For the Liberal Democrats, Sir Alasdair Moray
    said ..."): a member of it. Only a verb of saying with a person named as its subject: "For Labour, the result
    was a disaster" and "For the Tories, Tom Reed will be a problem" say nothing of membership."""
    for prep in (t for t in entities.tokens.with_word("for") if t.dep_ == "prep"):
        found = _spoken_for(prep, entities, lexicon)
        if found is not None:
            speaker, organisation = found
            yield Relation(subject=speaker.entity, relation="memberOf", object=organisation.entity, verb=prep.text,
                           evidence=evidence(prep, entities), extractor="roles",
                           confidence=confidence(0.7, speaker.kind, organisation.kind))


def _set_off(entities: DocEntities, lexicon: Lexicon) -> Iterator[Relation]:
    """A person whose name a phrase of kg:SetOffPreposition follows between commas ("Ann Wood, from Parents for
    Parks, said", "Tom Reed, for the Harbour Party, called"): a member of the organisation or group it
    names, its staff when it employs them (see _untitled_relation). Only a person the archive names in full (see
    _of_organisation)."""
    for prep in entities.tokens.with_word(*role_words(lexicon).set_off):
        found = _set_off_pair(prep, entities)
        if found is not None:
            person, organisation = found
            relation = _untitled_relation(organisation, children(prep, "pobj")[0], lexicon)
            yield Relation(subject=person.entity, relation=relation, object=organisation.entity, verb=prep.text,
                           evidence=evidence(prep, entities), extractor="roles",
                           confidence=confidence(0.7, person.kind, organisation.kind))


def _set_off_pair(prep: Token, entities: DocEntities) -> tuple[Mention, Mention] | None:
    """(the person, the organisation) of "PERSON, from ORG," when ``prep`` opens such a phrase; the organisation may
    be named beside a common noun ("from the campaign group Liberty")."""
    doc = prep.doc
    objects = children(prep, "pobj")
    if prep.i < 2 or doc[prep.i - 1].text != "," or not objects or not _comma_after(objects[0]):
        return None
    named = [objects[0], *children(objects[0], "appos", "compound")]  # "from the campaign group Liberty"
    person, organisation = entities.at(doc[prep.i - 2]), next(filter(None, map(entities.at, named)), None)
    if person is None or organisation is None or not _named_in_full(person):
        return None
    return (person, organisation) if organisation.entity.type in _WHOLES and organisation.kind == "name" else None


def _comma_after(phrase: Token) -> bool:
    """Whether a comma closes the phrase; a verb after that comma the parser hung on the phrase's noun as a
    participle ("Tom Reed, for the Greens, called on": "called" on "Greens") is no part of it."""
    doc = phrase.doc
    ends = [c.right_edge.i for c in phrase.rights if c.dep_ != "punct"
            and not (c.dep_ == "acl" and doc[c.left_edge.i - 1].text == ",")]
    after = max([phrase.i, *ends]) + 1
    return after < len(doc) and doc[after].text == ","


def _named_in_full(person: Mention) -> bool:
    """A person named by a name of two words or more (a one-word "person" is often a programme or a nickname)."""
    return person.kind == "name" and person.entity.type == "Person" and len(person.entity.label.split()) >= 2


def _spoken_for(prep: Token, entities: DocEntities, lexicon: Lexicon) -> tuple[Mention, Mention] | None:
    """(the speaker, the organisation) of "For ORG, PERSON said", when ``prep`` opens such a sentence."""
    objects = children(prep, "pobj")
    if not objects or not _opens_sentence(prep, objects[0], entities):
        return None
    organisation = entities.at(objects[0])
    speaker = _named_speaker(prep.head, entities, lexicon)
    if organisation is None or organisation.entity.type not in _WHOLES or speaker is None:
        return None
    return speaker, organisation


def _opens_sentence(prep: Token, named: Token, entities: DocEntities) -> bool:
    """Whether a preposition opens its sentence and a comma closes its phrase ("For the Tories, ...")."""
    after = named.right_edge.i + 1
    return prep.i == entities.sentence(prep).start and after < len(prep.doc) and prep.doc[after].text == ","


def _named_speaker(verb: Token, entities: DocEntities, lexicon: Lexicon) -> Mention | None:
    """The one person named as the subject of a verb of saying, of naming ("For the Greens, X called the plan
    timid"), of asking ("X urged ministers to") or of a reacting relation ("For Labour, X attacked the plan"), or
    None."""
    saying = lexicon.cues["Attribution"] | lexicon.cues["Naming"] | lexicon.cues["ObjectControl"]
    if verb.lemma_.lower() not in saying and not reacts_to(verb, lexicon):
        return None
    speakers = [m for m in map(entities.at, children(verb, "nsubj")) if m is not None]
    if len(speakers) != 1 or speakers[0].kind != "name" or speakers[0].entity.type != "Person":
        return None
    return speakers[0]


def _appointed(entities: DocEntities, lexicon: Lexicon) -> Iterator[Relation]:
    """The title a person's appointment noun introduces ("his promotion to Transport Office minister", "her
    appointment as Velcorp chairman", "his election as leader of X"; the possessor a name or a pronoun resolved to
    the person), read as a title beside the person's name, when the noun and the clause around it are asserted."""
    for noun in entities.tokens.with_lemma(role_words(lexicon).appointments):
        person = next((m for m in map(entities.at, children(noun, "poss")) if m is not None), None)
        if person is None or person.entity.type != "Person" or not _asserted_around(noun, lexicon):
            continue
        for title in (*prep_objects([noun], "to"), *prep_objects([noun], "as")):
            phrase = _Phrase(words=list(title.doc[title.left_edge.i:title.i + 1]), root=title, last_first=True,
                             candidates=list(title.subtree), trust=0.75)
            found = _role(person, phrase, entities, lexicon)
            if found is not None:
                yield found


def _asserted_around(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a noun and the verb nearest above it are asserted and not negated ("continues with his promotion"),
    not "his promotion is expected", "may bring his promotion", "hopes for his election", "his election is
    unlikely"."""
    verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return all(polarity(word, lexicon) == (False, "asserted") for word in (noun, *([verb] if verb else [])))
