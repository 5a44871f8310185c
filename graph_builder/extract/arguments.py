"""Arguments: which entity stands in a subject or object position, and where a verb's subject is."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Token

from graph_builder.entities import DocEntities
from graph_builder.entities.naming import make_entity
from graph_builder.extract.polarity import accusing_verb, phrase_lemma, waged_event
from graph_builder.extract.syntax import (
    OBJECT_DEPS,
    SUBJECT_DEPS,
    VERBAL,
    by_agents,
    children,
    dependents,
    described_in,
    expand,
    hyphen_agent,
    misread_participle,
    opens_a_clause,
    phrase_agents,
    phrase_doer,
    prep_objects,
    stated_agents,
)
from graph_builder.records import Entity, Mention
from graph_builder.vocab import CHAMBER_CLASS, EVIDENCE_CLASS, Lexicon

RELATIVE = frozenset(["which", "who", "that", "whom"])


@dataclass(frozen=True)
class Actor:
    """An entity in an argument position and how the text named it."""

    entity: Entity
    kind: str
    token: Token
    place: Entity | None = None


def actor(token: Token, entities: DocEntities, lexicon: Lexicon, *, place_object: bool = False) -> Actor | None:
    """The entity a token stands for in an argument position, if any.

    A name or pronoun gives its entity; a common noun modified by a country ("Russian forces",
    "Ukrainian positions", "Seoul's spy agency") gives that country, and one modified by an
    organization's name ("Hezbollah targets") that organization.
    """
    mention = entities.at(token)
    if mention is not None and _work_title(token, lexicon):
        return None
    if mention is not None and _one_member(token, mention, lexicon):
        return _appositive_name(token, entities, lexicon) or _person_set_off(token, entities)
    found = _named(mention, token, place_object) if mention is not None else _unnamed(token, entities, lexicon,
                                                                                       place_object)
    return None if found is not None and _share_of_body(token, found, lexicon) else found


def _work_title(token: Token, lexicon: Lexicon) -> bool:
    """Whether a name is the title of a work (kg:WorkNoun), no actor: in apposition to a work noun or with one
    before it ("the report, Valley Futures,", "Harbour of Lies, a film about ...", "the film Harbour of Lies")."""
    works = lexicon.cues.get("WorkNoun", frozenset())
    beside = [*children(token, "appos", "compound"), *([token.head] if token.dep_ == "appos" else [])]
    return any(t.lemma_.lower() in works and t.pos_ == "NOUN" for t in beside)


def _unnamed(token: Token, entities: DocEntities, lexicon: Lexicon, place_object: bool) -> Actor | None:
    """The actor a word that is no mention stands for: a name beside it, a place, a title's holder, an owner.

    None, with no rule read, where ``_may_stand_for_one`` says no rule can find one (most objects of a verb's
    patterns: "cut the fares", "said the plan was sound")."""
    if not _may_stand_for_one(token, entities, lexicon, place_object):
        return None
    return (_name_with_its_head(token, entities) or _appositive_name(token, entities, lexicon)
            or _place_named(token, entities, lexicon)
            or _name_after_title(token, entities, lexicon) or _spoken_for(token, entities, lexicon)
            or _described(token, entities, lexicon) or _counted(token, entities, lexicon, place_object)
            or (_targets_in(token, entities, lexicon) if place_object else None))


def _may_stand_for_one(token: Token, entities: DocEntities, lexicon: Lexicon, place_object: bool) -> bool:
    """Whether ``_unnamed`` may find an actor for a word: one that heads a mention (see ``_heading_mentions``) or a
    noun whose rules look above it (see ``_looks_above``). Every other rule finds its actor at a mention among the
    words the word heads (its dependents, their preposition objects, its clauses' subjects, read again with
    ``actor``)."""
    return token.i in _heading_mentions(entities) or _looks_above(token, lexicon, place_object)


def _heading_mentions(entities: DocEntities) -> frozenset[int]:
    """The words that are a mention or head one, however deep (the mention's heads up to its sentence's root), read
    once for the document's mentions (``DocEntities.by_token``)."""
    tokens = entities.tokens
    return tokens.read_once_of("heading_mentions", entities.by_token, 0, len(tokens.all),
                               lambda: _heads_of(entities.by_token, tokens.head))


def _heads_of(words: Iterable[int], heads: tuple[int, ...]) -> frozenset[int]:
    """The words and every word above each of them (``heads``: each word's head; a root's is itself)."""
    found: set[int] = set()
    for i in words:
        while i not in found:  # up to a root or to a word whose heads are in already
            found.add(i)
            i = heads[i]
    return frozenset(found)


def _looks_above(token: Token, lexicon: Lexicon, place_object: bool) -> bool:
    """Whether a noun is one whose rules in ``_unnamed`` may find its actor above it, outside the words it heads: a
    kind of place described by the name it stands beside or completes (kg:PlaceNoun, ``_described_name``), a
    people sharing the "of" of the noun it is joined to (kg:PopulaceNoun, ``_shared_of``), a target hit where the
    verb names the place (kg:TargetNoun, ``_targets_in``), or an event of the lexicon or a noun of what is said or
    decided (senses' "discourse") that may act above it (see ``_acting_above``). A word read again with ``actor``
    from these rules is one the noun heads, and its own rules look no higher than the noun."""
    lemma = token.lemma_.lower()
    cues = lexicon.cues
    return (lemma in cues.get("PlaceNoun", ()) or lemma in cues.get("PopulaceNoun", ())
            or (place_object and lemma in cues["TargetNoun"])
            or ((lemma in lexicon.noun_patterns or "discourse" in lexicon.senses.classes_of(lemma))
                and _acting_above(token)))


def _acting_above(noun: Token) -> bool:
    """Whether an event's or a statement's doer may be read above the noun: the subject of the verb it acts "in"
    (``_doer_in``), or the "by" of the verb whose object it is (``by_agents``)."""
    if noun.dep_ == "pobj":
        return noun.head.lower_ == "in"
    head = noun.head
    return noun.dep_ in OBJECT_DEPS and head.pos_ in VERBAL and any(
        c.lower_ == "by" for c in children(head, "prep", "dative", "prt"))


def _targets_in(token: Token, entities: DocEntities, lexicon: Lexicon) -> Actor | None:
    """The place whose targets, sites or positions (kg:TargetNoun) a relation that may take a place as its object
    hits ("struck targets in Arica", "shelled positions across Tacna"): the place is the target, also where the
    parser hangs the place on the verb the noun is the object of."""
    if token.lemma_.lower() not in lexicon.cues["TargetNoun"]:
        return None
    holders = [token, token.head] if token.dep_ == "dobj" else [token]
    for named in (found for prep in _TARGET_PREPOSITIONS for found in prep_objects(holders, prep)):
        inner = entities.at(named)
        if inner is not None and inner.entity.type in _PLACE_TYPES:
            return Actor(inner.place or inner.entity, inner.kind, named)
    return None


def _share_of_body(token: Token, found: Actor, lexicon: Lexicon) -> bool:
    """Whether an argument counts some of a political party's people (senses.yaml's "party" class), who are not the
    party: "some Tories", "several Labour MPs", "two of the Tories" (any quantity word or number but those of
    kg:WholeQuantifier, "all Tories"; not "some Tory plans", a thing of the party). Members of an armed group act
    for it ("some of the rebels attacked")."""
    if not senses.is_a(found.entity, "party", lexicon.senses) or _thing(found.token, lexicon):
        return False
    if found.token.i != token.i:  # "two of the Tories": the quantity word is the argument
        return _partitive(token, lexicon)
    return any(_partitive(c, lexicon) for c in children(token, "det", "amod", "nummod"))


def _thing(token: Token, lexicon: Lexicon) -> bool:
    """A noun of an event or of what an actor says or does ("attacks", "plans"), not of people ("critics" are)."""
    lemma = token.lemma_.lower()
    return lemma in lexicon.noun_patterns or bool(lexicon.senses.classes_of(lemma) - {"relational"})


def _partitive(token: Token, lexicon: Lexicon) -> bool:
    """A number or a quantity word that counts a share ("some", "several", "two"), not all ("all", "both")."""
    whole = token.lower_ in lexicon.cues.get("WholeQuantifier", ())
    return not whole and (token.pos_ == "NUM" or quantity_noun(token, lexicon))


_PLACE_TYPES = frozenset(["Place", "Country"])
_TARGET_PREPOSITIONS = ("in", "inside", "across", "throughout")  # "targets in Arica"
_PLURAL_AUXILIARIES = frozenset(["are", "were", "have", "do"])


def team_named_by_place(actor: Actor) -> bool:
    """Whether a country or a town named alone as the subject of a verb in the plural stands for a team ("Wales
    travel to Edinburgh", "Italy have lost both games", "England are to meet Italy"): British English puts a team
    in the plural, a place in the singular ("Wales has a new assembly"). Not a collective noun of a country's people
    ("the Chilean delegation have criticised Peru"), nor the bare verb of a clause of what is demanded ("demanded that
    Morocco send troops": a subjunctive, no plural), nor the first of a list the parser hung as appositions ("Chile,
    the Northern Alliance and Peru are committed to")."""
    token = actor.token
    alone = token.tag_ in _SINGULAR and token.dep_ == "nsubj" and not children(token, "conj", "appos")
    if actor.entity.type not in _PLACE_TYPES or actor.kind != "name" or not alone:
        return False
    verb = token.head
    plural_verb = verb.lower_ in _PLURAL_AUXILIARIES or (verb.tag_ == "VBP" and verb.dep_ != "ccomp")
    return plural_verb or any(a.lower_ in _PLURAL_AUXILIARIES for a in children(verb, "aux", "auxpass"))


def _place_named(token: Token, entities: DocEntities, lexicon: Lexicon) -> Actor | None:
    """The place a noun of a kind of place names with "of" (kg:PlaceNoun) or describes: "captured the town of Arica",
    "the Chilean city of Arica was taken", "Arica, a town held by X", "Arica is the largest town held by X" stand
    for Arica; "the people of Arica" and "the Government of Chile" are no place nouns."""
    if token.lemma_.lower() not in lexicon.cues.get("PlaceNoun", ()):
        return None
    for named in [*prep_objects([token], "of"), *_described_name(token)]:
        inner = entities.at(named)
        if inner is not None and inner.entity.type in _PLACE_TYPES:
            return Actor(inner.entity, inner.kind, named)
    return None


def _described_name(noun: Token) -> list[Token]:
    """The name a noun describes: the name it stands in apposition to ("Arica, a town ..."), or the subject of the
    "be" it completes, or that subject's "of" ("Arica is the largest town ...", "the city of Arica is the largest
    city ...")."""
    if noun.dep_ == "appos":
        return [noun.head]
    subjects = children(noun.head, "nsubj") if noun.dep_ == "attr" and noun.head.lemma_ == "be" else []
    return [*subjects, *prep_objects(subjects, "of")]


def _counted(token: Token, entities: DocEntities, lexicon: Lexicon, place_object: bool) -> Actor | None:
    """The actors a number or share of them stands for: "dozens of civilians", "members of the tribe", "some of
    his colleagues" (kg:QuantityNoun; a number written in figures too: "40 of the rebels")."""
    if not quantity_noun(token, lexicon) and token.pos_ != "NUM":
        return None
    for counted in prep_objects([token], "of"):
        found = actor(counted, entities, lexicon, place_object=place_object)
        if found is not None:
            return found
    return None


def quantity_noun(token: Token, lexicon: Lexicon) -> bool:
    """A noun or pronoun of a number or share (kg:QuantityNoun: "dozens", "members", "a series")."""
    return token.lower_ in lexicon.quantity_nouns or token.lemma_.lower() in lexicon.quantity_nouns


def with_counted(nouns: list[Token], lexicon: Lexicon) -> list[Token]:
    """The nouns, each followed by what it counts when it is a quantity (kg:QuantityNoun): "made a series of
    comments about B" is "A make comment about B", the preposition under the counted noun; "some of Y's plans
    would fail" is about Y's plans."""
    return [m for n in nouns for m in (n, *(prep_objects([n], "of") if quantity_noun(n, lexicon) else ()))]


def _named(mention: Mention, token: Token, place_object: bool) -> Actor:
    if place_object and mention.place is not None:
        return Actor(mention.place, "name", token)
    return Actor(mention.entity, mention.kind, token, mention.place)


def object_actors(tokens: list[Token], entities: DocEntities, lexicon: Lexicon, relation: str) -> list[Actor]:
    """The actors a relation's object tokens stand for: a place where the relation may take one (kg:placeObject), a
    seat gone to as its country (see ``seat_gone_to``) where the object is where the subject goes."""
    info = lexicon.relations[relation]
    found = actors(tokens, entities, lexicon, place_object=info.place_object)
    return [seat_gone_to(obj, lexicon) for obj in found] if info.destination_object else found


def seat_gone_to(obj: Actor, lexicon: Lexicon) -> Actor:
    """A city that stands for a body seated there (gazetteer seat_aliases: "Brussels"), gone to ("headed to Brussels
    to meet Nato leaders"), is the country whose capital it is, as any capital gone to is: whom the traveller meets
    there the city does not say."""
    country = lexicon.gazetteer.capital(obj.place.label) if obj.kind == "capital" and obj.place is not None else None
    if country is None or obj.entity.type == "Country":
        return obj
    return replace(obj, entity=make_entity(country, "Country"))


def _name_with_its_head(token: Token, entities: DocEntities) -> Actor | None:
    """The organisation a name before a common noun names when the noun is the name's own last word, written in
    lower case ("the Labour party", "the Tory party" for the Labour Party and the Conservative Party): the phrase
    names the actor itself, as its full name does, not a thing of it ("the Labour government" is none)."""
    if token.pos_ != "NOUN":
        return None
    for child in children(token, "compound"):
        inner = entities.at(child)
        if (inner is not None and inner.kind in ("name", "demonym") and inner.entity.type == "Organization"
                and inner.entity.label.split()[-1].lower() == token.lower_):
            return Actor(inner.entity, "name", token)
    return None


def _appositive_name(token: Token, entities: DocEntities, lexicon: Lexicon) -> Actor | None:
    """The person or organisation a noun names beside it ("the minister, Ann Hale"); also a country beside a noun
    of one related to its owner (senses' "relational": "our ally Ostria", "its neighbour Brask"), which acts as
    an ally does, not a place where something happens."""
    types = ("Person", "Organization", "Place") if "relational" in lexicon.senses.classes_of(
        token.lemma_.lower()) else ("Person", "Organization")
    for named in children(token, "appos"):
        inner = entities.at(named)
        if inner is not None and inner.entity.type in types and not _work_title(named, lexicon):
            return Actor(inner.entity, inner.kind, named)
    return None


def _name_after_title(title: Token, entities: DocEntities, lexicon: Lexicon) -> Actor | None:
    """The person named after a title's preposition phrase and a comma, whom the parser hung inside that phrase
    ("director of the Friends of Kew Trust, Ann Hale, accused ...", with "Ann Hale" an appositive or adverbial of
    a word of the organisation's name)."""
    if title.pos_ != "NOUN" or not _is_title(title, lexicon):
        return None
    return _person_set_off(title, entities)


def _person_set_off(token: Token, entities: DocEntities) -> Actor | None:
    """The person named after a comma inside a preposition phrase of a noun ("the leading Muslim in Norland, Omar
    Farid, said", the name hung on "Norland")."""
    for named in (t for prep in children(token, "prep") for t in prep.subtree if set_off(t)):
        inner = entities.at(named)
        if inner is not None and inner.entity.type == "Person" and inner.kind == "name":
            return Actor(inner.entity, inner.kind, named)
    return None


_SINGULAR = frozenset(["NN", "NNP"])


def _one_member(token: Token, mention: Mention, lexicon: Lexicon) -> bool:
    """Whether a religion's, nationality's or party's word stands, singular and ranked or with "a", for one person
    of it, not the group: "the top Catholic", "a leading Muslim", "an American", "a Tory" (kg:OneOfMany,
    kg:RankingWord, a superlative), "the American" (a singular nationality's word with "the" alone): a nationality
    or party word, or a group's name. Not "the Taliban", "the Tory
    plan" nor "a House of Lords ruling" (an organisation's own name)."""
    if not _member_word(mention) or not _singular_head(token):
        return False
    if mention.kind == "demonym" and _the_one_national(token):
        return True
    return _ranked_or_one(token, lexicon)


def _ranked_or_one(token: Token, lexicon: Lexicon) -> bool:
    """Whether a ranking word, a superlative or "a" marks a group's word as one of its people."""
    ranking = lexicon.cues.get("RankingWord", frozenset())
    marks = [w for c in children(token, "det", "amod") for w in c.subtree]
    return any(w.lower_ in ranking or w.tag_ in _SUPERLATIVE for w in marks) or any(
        c.lower_ in lexicon.cues.get("OneOfMany", ()) for c in children(token, "det"))


_PEOPLE_ENDINGS = ("sh", "ch", "ese", "ss")  # "the British", "the French", "the Chinese", "the Swiss": a people


def _the_one_national(token: Token) -> bool:
    """A nationality's word read as a singular noun, with "the" alone, stands for one person named before ("The
    Canadian had cast doubt on Hale's claims", "the Peruvian told reporters"), not the country; not the plural ("the
    Canadians") nor a word that names a whole people with "the" ("the British", "the French", "the Chinese")."""
    return token.tag_ == "NNP" and not token.lower_.endswith(_PEOPLE_ENDINGS) and [
        d.lower_ for d in children(token, "det")] == ["the"] and not children(token, "amod", "compound", "nmod", "poss")


def _member_word(mention: Mention) -> bool:
    """A nationality's or party's word ("American", "Tory") or a group's name ("Catholic")."""
    return mention.kind == "demonym" or (mention.entity.type == "Group" and mention.kind == "name")


def _singular_head(token: Token) -> bool:
    """A singular noun heading its phrase ("the top Catholic"), not a modifier ("the Tory plan")."""
    modifier = token.dep_ in ("compound", "amod", "poss", "nmod")
    return token.tag_ in _SINGULAR and not modifier and not token.text.endswith("s")


_SUPERLATIVE = frozenset(["JJS", "RBS"])


def set_off(token: Token) -> bool:
    """Whether a word heads a phrase the parser hung as an appositive or adverbial after a comma."""
    start = token.left_edge.i
    return token.dep_ in ("appos", "npadvmod") and start > 0 and token.doc[start - 1].text == ","


_SPOKEN_FOR = frozenset(["Organization", "Country", "Group"])


def _spoken_for(token: Token, entities: DocEntities, lexicon: Lexicon) -> Actor | None:
    """The organisation, country or group an unnamed spokesman speaks for (kg:MouthpieceTitle), named before the
    title ("a UKIP spokesman", "a Foreign Office spokeswoman") or after it with "for" or "of" ("a spokesman for the
    Home Office"; also capitalised: "the Spokesman of the Green Party"): what the spokesman says or asks, it says or
    asks. Not a person's spokesman ("a spokesman for Mr Hale"), whose words may be the aide's own."""
    if token.pos_ not in ("NOUN", "PROPN") or token.lemma_.lower() not in lexicon.cues["MouthpieceTitle"]:
        return None
    owners = [*children(token, "compound", "nmod", "poss", "amod"), *prep_objects([token], "for"),
              *prep_objects([token], "of")]
    for owner in owners:
        inner = entities.at(owner)
        if inner is not None and inner.entity.type in _SPOKEN_FOR:
            return Actor(inner.entity, "modifier", token)
    return None


def _is_title(token: Token, lexicon: Lexicon) -> bool:
    return token.lower_ in lexicon.titles or token.lemma_.lower() in lexicon.titles


_OWNED_OF = frozenset(["discourse", "hold"])
"""The noun classes of senses.yaml whose "of" names their owner ("the plans of the government", "the control of the
rebels")."""
_NO_ACTOR_NOUNS = frozenset(["business", "sport", "entertainment", "circumstance"])
"""The noun classes of senses.yaml whose nouns no modifier or owner stands in for ("Peru's energy crisis" is no act
of Peru)."""
_ORGANISERS = frozenset(["Organization", "Group", "Person"])
_BODIES = frozenset(["Organization", "Group"])  # who meets in a gathering "of" it ("a meeting of the council")
_BODY = "body"  # the noun class of bodies inside an organisation ("the executive of the union")
_OWN_BODIES = ("media", "court", "regulator")
"""The actor classes of senses.yaml whose nouns name bodies of their own that no country or place before them stands
for: outlets, courts and judges, regulators (_body_of_its_own)."""
_READ_BY_CLASS = frozenset(["relational", "gathering"])  # noun classes with a reading of their own (_read_by_class)


def _described(token: Token, entities: DocEntities, lexicon: Lexicon) -> Actor | None:
    """The actor a common noun stands for through its modifiers or its owner (see ``_described_by``), but no
    country or place for news outlets, courts or regulators (see ``_country_for_own_body``), nor a legislature for
    a committee it only names (see ``_committee_of_chamber``)."""
    if _committee_of_chamber(token, entities, lexicon):
        return None
    found = _described_by(token, entities, lexicon)
    return None if _country_for_own_body(token, found, lexicon) or _office_for_country(token, found, lexicon) \
        else found


def _office_for_country(token: Token, found: Actor | None, lexicon: Lexicon) -> bool:
    """Whether a title of one holder (kg:SingleOffice) that only a country before it qualifies ("the Peruvian
    president", "Peru's foreign minister") was read as that country: the office's holder is meant, a person the
    roles stage found no name for here, not the country ("the Peruvian president's visit" is no visit of Peru)."""
    if found is None or found.entity.type != "Country":
        return False
    words = [*(t.lower_ for t in token.lefts if t.dep_ in ("compound", "amod")), token.lower_]
    return token.lemma_.lower() in lexicon.single_offices or any(
        " ".join(words[start:]) in lexicon.single_offices for start in range(len(words)))


def _described_by(token: Token, entities: DocEntities, lexicon: Lexicon) -> Actor | None:
    """The actor a common noun stands for through its modifiers or its owner: "Iran's missile tests" and "the
    latest Tory attack" stand for their actor, as do "proposals by the council" and "the plans of the
    government" (not "the invasion of Kuwait", where "of" names the event's target)."""
    if token.pos_ not in ("NOUN", "PROPN") and not _noun_read_as_verb(token):
        return None
    classes = lexicon.senses.classes_of(token.lemma_.lower())
    if _stands_for_none(token, classes, lexicon):
        return None  # "Canadian companies", "Syrian Government websites": a thing of the actor, not the actor
    if classes & _READ_BY_CLASS:
        return _read_by_class(token, classes, entities)
    title = _is_title(token, lexicon)
    # "Donald Trump and European leaders" parsed as modifiers of "leaders": the name is the actor.
    found = (_coordinated_person(token, entities) or _titled_name(token, entities)) if title else None
    topic = token.lemma_.lower() in lexicon.cues.get("TopicNoun", ())
    community = token.lemma_.lower() in lexicon.gazetteer.community_nouns
    return found or _modifying_actor(token, entities, title, topic=topic, community=community) or (
        None if title else _owner_or_doer(token, entities, lexicon))


def _committee_of_chamber(token: Token, entities: DocEntities, lexicon: Lexicon) -> bool:
    """Whether a noun names a committee or an inquiry (a label word of the actor class ``EVIDENCE_CLASS`` of
    senses.yaml) that a whole legislature or its members (``CHAMBER_CLASS``) name or own ("a Senate committee",
    "the MPs' committee", "a committee of deputies", "told a Senate inquiry"): the committee is not the
    legislature, and no other actor stands for it unless it is named as one ("the Senate Finance Committee")."""
    found = lexicon.senses.actor_classes.get(EVIDENCE_CLASS)
    if found is None or found.label_words.isdisjoint({token.lower_, token.lemma_.lower()}):
        return False
    owners = [*children(token, "compound", "poss", "nmod", "amod"), *prep_objects([token], "of")]
    return any((inner := entities.at(owner)) is not None
               and senses.is_a(inner.entity, CHAMBER_CLASS, lexicon.senses) for owner in owners)


def _owner_or_doer(token: Token, entities: DocEntities, lexicon: Lexicon) -> Actor | None:
    """The actor a noun names as its owner (see _owner), else as the doer of a way of acting (see _manner_doer),
    else as the one whose act "in" it is (see _doer_in)."""
    return _owner(token, entities, lexicon) or _country_of_people(token, entities, lexicon) or _manner_doer(
        token, entities, lexicon) or _news_doer(token, entities, lexicon) or _doer_in(token, entities, lexicon)


def _country_of_people(token: Token, entities: DocEntities, lexicon: Lexicon) -> Actor | None:
    """The country whose people as a whole a noun of kg:PopulaceNoun names with "of" ("stands with the people of
    Syria", as "the Syrian people" does); a town's people are no actor ("the people of Arica")."""
    if token.lemma_.lower() not in lexicon.cues.get("PopulaceNoun", ()):
        return None
    countries = [inner for o in [*prep_objects([token], "of"), *_shared_of(token)]
                 if (inner := entities.at(o)) is not None and inner.entity.type == "Country"]
    return Actor(countries[0].entity, "modifier", token) if countries else None


def _shared_of(token: Token) -> list[Token]:
    """The "of" phrase after a noun joined with "and" to the noun it hangs on, which the two share ("the government
    and people of Chile": the people of Chile too)."""
    if token.dep_ != "conj" or not any(c.lower_ == "and" for c in children(token.head, "cc")):
        return []
    return [o for o in prep_objects([token.head], "of") if o.i > token.i]


def _doer_in(token: Token, entities: DocEntities, lexicon: Lexicon) -> Actor | None:
    """Who makes a move, a decision or a speech (senses' "discourse" nouns) "in" which they act: the active
    subject of the verb the phrase hangs on ("Ann Hale closed the port, in a move branded a disgrace by the
    Greens": the Greens brand Ann Hale's move). Not a passive verb's subject ("X was criticised in a report"), to
    whom the thing is done, nor a noun with a determiner other than an article ("in this move")."""
    verb = token.head.head
    if described_in(verb) is not None and described_in(verb).i == token.i:
        verb = verb.head  # "cut fares, in a move branded a retreat by Y": the participle was read as the verb
    if not _act_in(token, lexicon) or verb.pos_ not in VERBAL or children(verb, "auxpass", "nsubjpass"):
        return None
    tokens, how = subject_tokens(verb, lexicon)
    found = actor(tokens[0], entities, lexicon) if tokens and how in ("active", "inherited", "control") else None
    return Actor(found.entity, "modifier", token) if found is not None else None


def _act_in(token: Token, lexicon: Lexicon) -> bool:
    """A noun of what is said or decided after "in", with no determiner but an article ("in a move")."""
    return (token.dep_ == "pobj" and token.head.lower_ == "in" and "discourse" in lexicon.senses.classes_of(
        token.lemma_.lower()) and all(d.lower_ in ("a", "an") for d in children(token, "det")))


def _manner_doer(token: Token, entities: DocEntities, lexicon: Lexicon) -> Actor | None:
    """Who does what a noun of manner (kg:MannerNoun) says the way of: the active subject of the relative clause it
    opens ("criticised the way the council ran the port", "the manner in which Ms Hale handled it"); a passive
    clause names what is done ("the way the war was sold"), no doer."""
    if token.lemma_.lower() not in lexicon.cues.get("MannerNoun", ()):
        return None
    clauses = children(token, "relcl")
    for subject in children(clauses[0], "nsubj") if clauses else []:
        found = actor(subject, entities, lexicon)
        if found is not None:
            return Actor(found.entity, "modifier", token)
    return None


def _news_doer(token: Token, entities: DocEntities, lexicon: Lexicon) -> Actor | None:
    """Who did what a noun of news (kg:NewsNoun) tells of in its "that" clause: the clause's active subject, when
    the clause acts on something ("welcomed the news that Peru had reopened the border": Peru). A passive clause or
    one with no object tells what befell its subject ("the news that Peru had been hit", "that Ann Hale had died")."""
    if token.lemma_.lower() not in lexicon.cues.get("NewsNoun", ()):
        return None
    for clause in children(token, "acl"):
        if not any(c.lower_ == "that" for c in children(clause, "mark")) or not children(clause, "dobj"):
            continue
        found = next((f for s in children(clause, "nsubj") if (f := actor(s, entities, lexicon)) is not None), None)
        return Actor(found.entity, "modifier", token) if found is not None else None
    return None


def _stands_for_none(token: Token, classes: frozenset[str], lexicon: Lexicon) -> bool:
    """Whether a noun is a thing no modifier or owner stands in for, one unnamed person (see _individual), or
    people of a nationality or a cause ("two British men", "Labour supporters") or of someone's family
    (``Lexicon.people_nouns``)."""
    people = token.lemma_.lower() in lexicon.people_nouns
    return bool(classes & _NO_ACTOR_NOUNS) or people or _individual(token, lexicon) or _name_of_no_actor(token,
                                                                                                         lexicon)


def _name_of_no_actor(token: Token, lexicon: Lexicon) -> bool:
    """Whether the argument is a name after an owner's possessive that the entity stage found names no actor, a
    product's or a work's ("Kestrel's Vortex represents a threat to Harlow"): its owner does not act through it. A
    title ("Russia's President") and a body's word ("Britain's Navy", "Peru's Foreign Ministry") still stand for
    their owner, and so do a capitalised common noun of the lexicon or of senses.yaml ("dismissed Gordon Brown's
    Budget") and a name with its owner as a modifier ("comply with Security Council Resolution 2328")."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper() or _is_title(token, lexicon) or _thing(token, lexicon):
        return False
    if not any(owner.pos_ == "PROPN" for owner in children(token, "poss")):
        return False
    gazetteer = lexicon.gazetteer
    words = {token.lower_, token.lemma_.lower()}
    return all(words.isdisjoint(known) for known in (gazetteer.generic_words, gazetteer.organization_words,
                                                      gazetteer.event_words))


def _body_of_its_own(token: Token, lexicon: Lexicon) -> bool:
    """Whether a noun names news outlets, courts or regulators (the ``nouns`` of senses.yaml's classes in
    _OWN_BODIES: "Peru's newspapers", "the Chilean press", "a Lima court", "a Dutch judge", "the French
    watchdog")."""
    forms = {token.lemma_.lower(), token.lower_}
    return any(forms & found.nouns for name in _OWN_BODIES if (found := lexicon.senses.actor_classes.get(name)))


def _country_for_own_body(token: Token, found: Actor | None, lexicon: Lexicon) -> bool:
    """Whether a country or place would stand for a body of its own ("Peru's newspapers claimed", "French media
    said", "a US court ruled", "the German regulator fined"): it does not act through them; an outlet's or a
    court's own name does ("the Harbour Post newspaper said")."""
    return found is not None and found.entity.type in _PLACE_TYPES and _body_of_its_own(token, lexicon)


def _individual(token: Token, lexicon: Lexicon) -> bool:
    """Whether a singular noun names one unnamed person who stands for no body named with it ("a senior EU
    politician", kg:IndividualNoun)."""
    return token.tag_ == "NN" and token.lemma_.lower() in lexicon.cues.get("IndividualNoun", ())


def _noun_read_as_verb(token: Token) -> bool:
    """A noun the tagger took for a verb in an object's place: it has a noun's modifiers and no clause of its own
    ("criticised the rival party's promises", "promises" tagged as a verb with "party" as its compound)."""
    return (token.pos_ == "VERB" and token.dep_ in (*OBJECT_DEPS, "pobj") and bool(children(token, "compound", "poss"))
            and not children(token, *SUBJECT_DEPS, *OBJECT_DEPS, "aux", "auxpass"))


def _titled_name(title: Token, entities: DocEntities) -> Actor | None:
    """The person a title with a "for" phrase names when the parser hung the name inside that phrase: "the
    minister for fisheries Anna Kask" (the name after a common noun; not "the envoy for President Kask", where the
    name is whom the title serves)."""
    for named in prep_objects([title], "for"):
        inner = entities.at(named)
        if inner is None or inner.entity.type != "Person" or inner.kind != "name":
            continue
        before = [c for c in named.lefts if c.dep_ == "compound" and entities.at(c) is None]
        if before and before[0].pos_ == "NOUN":
            return Actor(inner.entity, inner.kind, named)
    return None


def _owner(token: Token, entities: DocEntities, lexicon: Lexicon) -> Actor | None:
    """The named actor of "by" under a noun (under the verb too, for an event of the lexicon or a noun of what is
    said or decided: "condemned the invasion of Kuwait by Iraq", "attacked the decision by the court"), or of "of"
    under a noun of what is said or planned, of a hold, of a body inside an organisation or of an event of the
    lexicon that writes no target with "of" ("the plans of the government", "the control of the rebels", "the
    executive of the union", "condemned the visit of the president to Japan"; not "the liberation of the town"
    or "the arrest of X", where "of" names what the act is done to, nor "the chief executive of the bank", a
    person under a title). Only a named owner: "the bid by the minister's aide" is not the minister's."""
    lemma = token.lemma_.lower()
    event = lemma in lexicon.noun_patterns
    classes = lexicon.senses.classes_of(lemma)
    acted_of = event and _no_target_of(lemma, lexicon)
    owners = by_agents(token, through_verb=event or "discourse" in classes) + _perpetrators(token, event, lexicon) + (
        prep_objects([token], "of") if acted_of or _owned_of(token, classes, lexicon) else [])
    for owner in owners:
        inner = entities.at(owner) or (_person(owner, entities, lexicon) if acted_of else None)
        if inner is not None and inner.entity.type != "Place":
            return Actor(inner.entity, "modifier", token)
    return None


def _perpetrators(token: Token, event: bool, lexicon: Lexicon) -> list[Token]:
    """Who a participle of doing or owning a deed (kg:PerpetratorVerb) names with "by" under an event of the
    lexicon: "an attack claimed by X killed Y", "the bombings, carried out by X, ..." (X's attack); not "a report
    published by X", no event, nor "an attack condemned by X", whose verb only speaks about it."""
    verbs = lexicon.cues.get("PerpetratorVerb", frozenset())
    if not event:
        return []
    return [o for clause in children(token, "acl") if phrase_lemma(clause) in verbs
            for agent in children(clause, "agent") for o in children(agent, "pobj")[:1]]


def _owned_of(token: Token, classes: frozenset[str], lexicon: Lexicon) -> bool:
    """Whether "of" under a noun names its owner: a noun of what is said or planned, a hold, a vice (kg:Vice: "the
    barbarism of the regime") or a body inside an organisation that no title describes ("the executive of the
    union", not "the chief executive of the bank")."""
    body = _BODY in classes and not any(_is_title(c, lexicon) for c in children(token, "amod", "compound"))
    return bool(classes & _OWNED_OF) or body or is_vice(token, lexicon)


def is_vice(token: Token, lexicon: Lexicon) -> bool:
    """Whether a noun names a vice (kg:Vice: "the barbarism of the regime"), whose "of" names its owner."""
    return token.lemma_.lower() in lexicon.cues.get("Vice", ())


def _person(token: Token, entities: DocEntities, lexicon: Lexicon) -> Actor | None:
    """The person a title stands for ("the visit of Chad's president"), as an argument reads it."""
    found = actor(token, entities, lexicon) if _is_title(token, lexicon) else None
    return found if found is not None and found.entity.type == "Person" else None


def _no_target_of(lemma: str, lexicon: Lexicon) -> bool:
    """Whether "of" under an event noun of the lexicon names who acts ("the visit of the president to Japan"): no
    pattern of the noun writes its target with "of" ("the arrest of X", "the invasion of Kuwait")."""
    return all(pattern.prep != "of" for pattern in lexicon.noun_patterns[lemma])


def _coordinated_person(token: Token, entities: DocEntities) -> Actor | None:
    for child in children(token, "nmod", "amod", "compound"):
        inner = entities.at(child)
        if inner is not None and inner.entity.type == "Person" and child.conjuncts:
            return Actor(inner.entity, inner.kind, child)
    return None


def _modifying_actor(token: Token, entities: DocEntities, title: bool,
                     deps: tuple[str, ...] = ("amod", "compound", "poss", "nmod"), *,
                     topic: bool = False, community: bool = False) -> Actor | None:
    """The actor a modifier of a noun stands for (see _stands_for); a country before a noun of an event or a
    question (kg:TopicNoun: "the Iraq war", "the Kenyan election") only says where or what about, unless it owns
    it ("Russia's war"); a group before a community noun of the gazetteer is that group ("the Jewish community",
    "Muslim leaders")."""
    for child in children(token, *deps):
        inner = entities.at(child)
        if inner is not None and _modifier_stands(inner, child, title, topic=topic, community=community):
            return Actor(inner.entity, "modifier", token)
    return None


def _modifier_stands(inner: Mention, child: Token, title: bool, *, topic: bool, community: bool) -> bool:
    """Whether a modifier's entity stands for the noun (see _modifying_actor)."""
    if topic and inner.entity.type == "Country" and child.dep_ != "poss":
        return False
    return community and inner.entity.type == "Group" or _stands_for(inner, child, title)


def _read_by_class(token: Token, classes: frozenset[str], entities: DocEntities) -> Actor | None:
    """The actor of a noun its class reads: "our allies", "Chad's critics" are others ("Syrian partners" are
    Syrian); "a Labour Party gathering" is the party's, "a London news conference" no place's."""
    if "relational" in classes:
        return _modifying_actor(token, entities, False, ("amod", "compound", "nmod"))
    return _organiser(token, entities)


def _organiser(token: Token, entities: DocEntities) -> Actor | None:
    """The organisation, group or person that holds a gathering its modifiers name ("a Tory rally"), or the
    organisation or group it is "of", which meets in it ("a meeting of the Harbour Authority"); a place or a
    country says only where it is or who came ("a London news conference", "a Chinese audience")."""
    for child in children(token, "compound", "poss", "nmod"):
        inner = entities.at(child)
        if inner is not None and inner.entity.type in _ORGANISERS:
            return Actor(inner.entity, "modifier", token)
    for child in prep_objects([token], "of"):
        inner = entities.at(child)
        if inner is not None and inner.entity.type in _BODIES:
            return Actor(inner.entity, "modifier", token)
    return None


def _stands_for(inner: Mention, child: Token, title: bool) -> bool:
    """Whether a modifier's entity is the actor of the noun it modifies: "Belarus's ambassador" stands for
    Belarus, but "Trump's envoy" is not Trump, nor is "the UN envoy" the UN."""
    if inner.entity.type == "Country":
        return True
    if title:
        return False
    return child.dep_ == "poss" or inner.kind == "demonym" or (
        child.dep_ in ("compound", "nmod") and inner.entity.type in ("Organization", "Group")) or (
        inner.kind == "collective" and child.pos_ == "ADJ")  # "militant strongholds" (kg:PositionNoun)


def actors(tokens: list[Token], entities: DocEntities, lexicon: Lexicon, *,
           place_object: bool = False) -> list[Actor]:
    """The actors of argument tokens and of everything coordinated with them, each entity once."""
    found: dict[str, Actor] = {}
    for token in tokens:
        pending = [*expand(token), *_listed_appositive(token, entities), *_examples(token)]
        while pending:
            resolved = actor(pending.pop(0), entities, lexicon, place_object=place_object)
            if resolved is None or resolved.entity.id in found:
                continue
            found[resolved.entity.id] = resolved
            if resolved.token.i != token.i and resolved.token.dep_ != "appos":
                pending.extend(_later_conjuncts(resolved.token))
            for other in _coordinated_modifiers(resolved, entities):
                found.setdefault(other.entity.id, other)
    return list(found.values())


def _later_conjuncts(token: Token) -> list[Token]:
    """The conjuncts after a token, but one that is the subject of a clause of its own (syntax.opens_a_clause)."""
    return [c for c in token.conjuncts if c.i > token.i and not opens_a_clause(c)]


_LISTING = frozenset({"and", "or"})
_EXAMPLE_PREPOSITIONS = frozenset({"including", "as"})  # "as" with "such": "leaders such as X"


def _examples(token: Token) -> list[Token]:
    """The names a common noun gives as its examples ("met leaders such as Ann Hale and Peter Rusk", "criticised
    several countries, including Chile"): each is an argument as the noun is."""
    if token.pos_ != "NOUN":
        return []
    return [named for prep in children(token, "prep") if _example_preposition(prep)
            for pobj in children(prep, "pobj") for named in expand(pobj)]


def _example_preposition(prep: Token) -> bool:
    if prep.lower_ not in _EXAMPLE_PREPOSITIONS:
        return False
    return prep.lower_ == "including" or any(c.lower_ == "such" for c in children(prep, "amod", "advmod"))


def _listed_appositive(token: Token, entities: DocEntities) -> list[Token]:
    """A list the parser read as a name and its appositive ("Norland, the wider Eastern League and the Government
    of Westmark are committed to ..."): an appositive after a comma that names another actor and has a conjunct of
    its own after "and" is the list's second item, its conjuncts the rest. A description in apposition ("Norland,
    its ally and neighbour") or another name of the same actor ("NDL, the Northern Defence League") is none."""
    first = entities.at(token)
    for appositive in children(token, "appos"):
        mention = entities.at(appositive)
        if (mention is None or appositive.pos_ != "PROPN" or first is None or mention.entity.id == first.entity.id
                or token.doc[appositive.left_edge.i - 1].text != ","):
            continue
        if children(appositive, "conj") and any(c.lower_ in _LISTING for c in children(appositive, "cc")):
            return [appositive, *appositive.conjuncts]
    return []


def _coordinated_modifiers(described: Actor, entities: DocEntities) -> list[Actor]:
    """The other actors of coordinated modifiers or owners ("the Bolivian and Ecuadorian proposals", "the decision
    by Chad and Niger"), or of the owners coordinated before a collective noun ("Latvian and Estonian troops"): each
    stands for the noun as the first one does."""
    if described.kind == "collective":
        return _coordinated_owners(described, entities)
    if described.kind != "modifier":
        return []
    found = []
    token = described.token
    owners = [*children(token, "amod", "compound", "poss", "nmod"), *prep_objects([token], "by"),
              *prep_objects([token], "of")]
    for child in owners:
        inner = entities.at(child)
        if inner is None or inner.entity.id != described.entity.id:
            continue
        for other in child.conjuncts:
            mention = entities.at(other)
            if mention is not None and mention.entity.type in ("Country", "Organization", "Group"):
                found.append(Actor(mention.entity, "modifier", described.token))
    return found


def _coordinated_owners(described: Actor, entities: DocEntities) -> list[Actor]:
    """The collective actors of the owners coordinated before a collective noun, each its own (entities/collective.py:
    "Latvian and Estonian troops" are the armed forces of Latvia and those of Estonia; a country's name the parser
    hangs on the noun as a modifier of a noun, "US and Iraqi troops", as well)."""
    words = [w for child in children(described.token, "amod", "compound", "nmod") for w in (child, *child.conjuncts)]
    mentions = (entities.at(word) for word in words)
    return [Actor(m.entity, "collective", described.token) for m in mentions
            if m is not None and m.kind == "collective" and m.entity.id != described.entity.id]


def appositive_owner(noun: Token) -> Token:
    """The name a descriptive noun stands beside: "Iran and North Korea, countries that ..." -> Iran,
    also when the parser made the descriptive noun a second object of the same verb. A name beside a name stands for
    itself ("with the help of the alliance, the Guard, which includes ...": the Guard)."""
    if noun.dep_ == "appos" and noun.pos_ != "PROPN":
        return noun.head
    return _named_before(noun) or noun


def _named_before(noun: Token) -> Token | None:
    """The name a plural right after it and a comma describes, both read as objects of one verb."""
    if noun.tag_ != "NNS" or noun.i < 2 or noun.doc[noun.i - 1].text != ",":
        return None
    named = noun.doc[noun.i - 2]
    while named.dep_ == "conj" and named.head.i < named.i:
        named = named.head
    return named if named.pos_ == "PROPN" and named.head.i == noun.head.i and named.dep_ == noun.dep_ else None


def subject_tokens(verb: Token, lexicon: Lexicon) -> tuple[list[Token], str]:
    """The subject of a verb and how it was found: stated, passive agent, or inherited from above."""
    agent = hyphen_agent(verb)
    if agent is not None:
        return [agent], "passive"
    stated = _stated_subject(verb, lexicon)
    if stated is not None:
        return stated
    if verb.head.i == verb.i:
        opening = _misread_subject(verb)
        return (opening[:1], "inherited") if opening else ([], "none")
    return ([], "none") if _bare_participle_clause(verb) else _subject_from_above(verb, lexicon)


def _misread_subject(verb: Token) -> list[Token]:
    """The subject of a main verb with none that the small model read as something else: a sentence-initial name as a
    modifier ("Sweden supplied ..."), or a name as an appositive (``_appositive_subject``)."""
    opening = [c for c in verb.lefts if c.dep_ in ("npadvmod", "nmod") and c.pos_ == "PROPN"
               and c.left_edge.is_sent_start]
    return opening or _appositive_subject(verb)


def _appositive_subject(verb: Token) -> list[Token]:
    """The name right before a verb with no subject that the parser hung, after a comma, in apposition to the last
    noun of a phrase opening the sentence ("At a rally in Eastport, Ms Dorsey said ...": "Ms Dorsey" made an
    appositive of "Eastport"): the verb's subject."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    name = before.head if before is not None and before.dep_ == "compound" else before
    if name is None or name.dep_ != "appos" or name.pos_ != "PROPN" or name.right_edge.i != verb.i - 1:
        return []
    return [name] if _set_off_in_opening(name, verb) else []


def _set_off_in_opening(name: Token, verb: Token) -> bool:
    """Whether a comma sets the name off from a phrase before the verb that it hangs in ("At a rally in Eastport,")."""
    start = name.left_edge.i
    if start == 0 or verb.doc[start - 1].text != ",":
        return False
    return any(name in c.subtree for c in verb.lefts if c.dep_ == "prep" and c.i < name.i)


def _stated_subject(verb: Token, lexicon: Lexicon) -> tuple[list[Token], str] | None:
    """The verb's own subject, or the agent of a passive (or of a participle the parser read as a verb)."""
    doers = [o for by in misread_participle(verb) for o in children(by, "pobj")]
    if doers:
        return doers[:1], "passive"
    subjects = children(verb, *SUBJECT_DEPS)
    if subjects:
        if subjects[0].lower_ in RELATIVE and verb.dep_ == "relcl":
            return [appositive_owner(_past_places(verb.head, subjects[0], lexicon))], "relative"
        return [_subordinate_subject(_nearest_subject(verb, subjects), verb)], "active"
    doers = _passive_agents(verb, lexicon)
    return (doers[:1], "passive") if doers else None


def _passive_agents(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Who a passive's "by" phrase names (``stated_agents``), or its phrase of agency ("at the hands of X",
    kg:AgentPhrase)."""
    named = [o for agent in stated_agents(verb) for o in children(agent, "pobj")[:1]]
    phrases = lexicon.cues.get("AgentPhrase", frozenset())
    return named or [o for p in phrase_agents(verb, phrases) for o in phrase_doer(p, phrases)]


_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "of"})
_PERSON_PLACE_PREPOSITIONS = frozenset({"from", "of", "in"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _past_places(antecedent: Token, relative: Token, lexicon: Lexicon) -> Token:
    """What "which" or "that" stands for when the parser hung the clause on the place an event happened in: "the
    attacks in the town of Dara Sefid in Velor Province, which killed ..." -> "attacks" (a place does not act);
    what "who" stands for when it was hung on the place a person is from: "Anna Kask from Peru, who defeated ..."
    -> "Anna Kask"."""
    noun = antecedent
    prepositions = _PERSON_PLACE_PREPOSITIONS if relative.lower_ == "who" else _PLACE_PREPOSITIONS
    while _a_place(noun, lexicon) and noun.dep_ == "pobj" and noun.head.lower_ in prepositions:
        above = _before_place(noun.head, relative)
        if above is None:
            break
        noun = above
    return antecedent if _a_place(noun, lexicon) else noun


def _before_place(preposition: Token, relative: Token) -> Token | None:
    """The noun a place's preposition follows: the one it hangs on ("the town of X"), or for "who" the person's
    name right before it, which the parser may hang the preposition beside ("will face Anna Kask from Peru")."""
    if relative.lower_ != "who":
        head = preposition.head
        return head if head.pos_ in ("NOUN", "PROPN") else None
    before = preposition.doc[preposition.i - 1] if preposition.i > 0 else None
    return before if before is not None and before.ent_type_ == "PERSON" else None


def _a_place(noun: Token, lexicon: Lexicon) -> bool:
    """A place's name (its last word may be out of the model's entity: "Hasaka" + "Province"), or a noun "of" a
    place's name ("the town of Dara Sefid"), or a noun of a kind of place "of" a name, whatever the model took the
    name for, and that name (kg:PlaceNoun: "the town of Tel Varo", "Varo" a person's)."""
    named = [noun, *(c for c in noun.lefts if c.dep_ == "compound" and noun.pos_ == "PROPN")]
    of = prep_objects([noun], "of")
    return _kind_of_place(noun, of, lexicon) or any(t.ent_type_ in _PLACE_LABELS for t in named + of)


def _kind_of_place(noun: Token, of: list[Token], lexicon: Lexicon) -> bool:
    """A noun of a kind of place with a name as its "of" ("the town of Tel Varo"), or that name."""
    if _place_noun(noun, lexicon):
        return any(o.pos_ == "PROPN" for o in of)
    return noun.pos_ == "PROPN" and noun.dep_ == "pobj" and noun.head.lower_ == "of" and _place_noun(
        noun.head.head, lexicon)


def _place_noun(noun: Token, lexicon: Lexicon) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in lexicon.cues.get("PlaceNoun", ())


def _nearest_subject(verb: Token, subjects: list[Token]) -> Token:
    """Of two subjects the parser gave one verb (a headline run into the sentence, "Greens' spokesman for transport
    Anna Kask accused"), the one nearest before the verb that is or holds a name ("the Tory co-chairman" split in
    two: "co" holds "Tory"); a verb's one subject (most verbs') is not read."""
    if len(subjects) < 2:
        return subjects[0]
    named = [s for s in subjects
             if s.i < verb.i and (s.pos_ == "PROPN" or any(c.pos_ == "PROPN" for c in dependents(s)))]
    return named[-1] if named else subjects[0]


_SUBORDINATORS = frozenset({"after", "before", "since", "until", "till", "once"})


def _subordinate_subject(subject: Token, verb: Token) -> Token:
    """The subject of a clause the parser read as a preposition's object: in "X's view after the top cleric backed
    Y", "after" opens a clause whose subject ends right before the verb, and "view" is no subject of "backed"."""
    for preposition in children(subject, "prep"):
        if preposition.lower_ in _SUBORDINATORS:
            opened = children(preposition, "pobj")
            if opened and opened[0].i < verb.i and opened[0].right_edge.i + 1 == verb.i:
                return opened[0]
    return subject


def _inherited(verb: Token, lexicon: Lexicon) -> tuple[list[Token], str]:
    found, _ = subject_tokens(verb, lexicon)
    return found, "inherited"


def _subject_from_above(verb: Token, lexicon: Lexicon) -> tuple[list[Token], str]:
    """The subject of a verb without one of its own, from the word it depends on."""
    head = verb.head
    if verb.dep_ in ("conj", "xcomp", "advcl") and head.pos_ in VERBAL:
        return _subject_of_clause_above(verb, lexicon)
    adjective = _governing_adjective(verb, lexicon)
    if adjective is not None:
        return _inherited(adjective.head, lexicon)
    if verb.dep_ == "relcl" and head.pos_ in ("NOUN", "PROPN"):
        return [appositive_owner(head)], "relative"
    if _predicate_read_as_participle(verb):
        return [verb.sent.root], "active"
    if verb.dep_ == "acl" and head.pos_ == "NOUN":
        return ([], "none") if _title_noun_read_as_verb(verb) else _subject_of_noun_clause(head, lexicon)
    return _gerund_subject(verb, lexicon)


_PRESENT_FORMS = frozenset({"VBZ", "VBP"})


def _disagrees(verb: Token) -> bool:
    """A conjoined verb in the present whose number differs from the verb it is joined to, so that the two have not
    one subject: in "It covers the costs - neither Ann, nor Bo and Cy, receive money from X" the parser joined
    "receive" to "covers", and "it" receives nothing."""
    if verb.dep_ != "conj" or verb.head.tag_ not in _PRESENT_FORMS:
        return False
    if verb.tag_ == "VB":  # a bare form without an auxiliary of its own agrees with no third person singular
        return verb.head.tag_ == "VBZ" and not children(verb, "aux", "auxpass")
    return verb.tag_ in _PRESENT_FORMS and verb.tag_ != verb.head.tag_


def _title_noun_read_as_verb(verb: Token) -> bool:
    """A past form right after the noun it hangs on inside a clause, with a direct object of its own and no "to",
    auxiliary or agent: no English clause (a clause on a noun in the past is passive, "the town hit by shells"), but
    a noun the parser took for a verb: "includes the US horror hit Boogeyman" (a box-office hit), which hits no one.
    Not on a noun the parser made the sentence's root, where the verb is the sentence's own ("The council committee
    grilled the mayor"), nor after a comma, where it is one of the subject's verbs ("flew 870 missions, conducted
    raids on X")."""
    return verb.tag_ in ("VBD", "VBN") and verb.i == verb.head.i + 1 and verb.head.dep_ != "ROOT" and bool(
        children(verb, "dobj")) and not children(verb, "aux", "auxpass", "agent")


_NAME_PHRASE_LINKS = frozenset({"prep", "pobj", "appos", "compound"})  # "X, for the party," "X, the party's leader,"


def _predicate_read_as_participle(verb: Token) -> bool:
    """A sentence's verb the parser read as a participle of its subject set off by commas, leaving the sentence
    with a name for its root and no verb ("Ana Ruiz, for the Greens, called on X to resign": "called" hung on a
    name as in "a man called Ruiz"): the root name is its subject. Not with a "by" agent (a passive participle)."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD"):
        return False  # most verbs: the sentence is not read
    root = verb.sent.root
    if root.pos_ not in ("PROPN", "NOUN"):
        return False
    if verb.i < 1 or verb.doc[verb.i - 1].text != "," or children(verb, "agent", "aux", "auxpass"):
        return False
    word = verb.head
    while word.i != root.i and word.dep_ in _NAME_PHRASE_LINKS:
        word = word.head
    return word.i == root.i


def _gerund_subject(verb: Token, lexicon: Lexicon) -> tuple[list[Token], str]:
    """A gerund's subject: of the verb it completes ("is committed to defeating"), or the accused ("accused Uganda
    of attacking")."""
    if verb.dep_ == "pcomp" and verb.head.lower_ in lexicon.cues["AimingPreposition"]:
        return _aim_subject(verb.head.head, lexicon)
    return _accused(verb, lexicon)


def _aim_subject(governor: Token, lexicon: Lexicon) -> tuple[list[Token], str]:
    """The subject of the verb a gerund completes with to or in ("Chad is committed to defeating the rebels",
    "Chad remains committed to carrying out"), or who holds a noun of intent it completes ("Chad's commitment to
    defeating", "reaffirmed its commitment to defeating"; not "France's opposition to attacking")."""
    if governor.pos_ == "ADJ" and governor.dep_ in ("acomp", "xcomp", "oprd"):
        governor = governor.head
    if governor.pos_ == "NOUN" and governor.lemma_.lower() in lexicon.cues["Intended"]:
        return _subject_of_noun_clause(governor, lexicon)
    if governor.pos_ not in VERBAL:
        return [], "none"
    passive = children(governor, "nsubjpass")
    return (passive[:1], "inherited") if passive else _inherited(governor, lexicon)


def _governing_adjective(verb: Token, lexicon: Lexicon) -> Token | None:
    """The adjective completing a verb above whose subject a verb takes: "Modi is due to visit Japan"; and,
    through a preposition, an adjective of intent ("Peru remains committed to working with Chile", "keen on
    meeting"; not "opposed to working with")."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp":
        return head
    adjective = head.head
    if verb.dep_ != "pcomp" or head.dep_ != "prep" or adjective.dep_ != "acomp" or adjective.head.pos_ not in VERBAL:
        return None
    intent = lexicon.cues["Intended"]
    return adjective if adjective.lemma_.lower() in intent or adjective.lower_ in intent else None


def _bare_participle_clause(verb: Token) -> bool:
    """A past participle with no subject and no auxiliary hanging as an adverbial clause, or read as a second verb
    right after a noun of its own phrase ("..., in a move branded a retreat by the Greens"): it is passive, its doer
    is not the subject of the verb above."""
    if verb.tag_ not in ("VBN", "VBD") or children(verb, "aux", "auxpass", *SUBJECT_DEPS):
        return False
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    after_its_noun = before is not None and before.pos_ == "NOUN" and before.i >= verb.left_edge.i
    return verb.dep_ == "advcl" or (verb.dep_ == "conj" and after_its_noun)


def _accused(verb: Token, lexicon: Lexicon) -> tuple[list[Token], str]:
    """The subject of a charge: the object of the verb of accusation ("accused Uganda of attacking Tanzania"; not
    the subject of a passive, a charge nobody in the sentence makes); else the subject of the verb a gerund of time
    or means (kg:AdverbialPreposition) depends on ("responded by accusing X", "resigned after criticising Y")."""
    accusing = accusing_verb(verb, lexicon)
    accused = children(accusing, *OBJECT_DEPS) if accusing is not None else []
    if accused:
        return accused[:1], "control"
    prep = verb.head
    if verb.dep_ == "pcomp" and prep.lower_ in lexicon.cues["AdverbialPreposition"] and prep.dep_ == "prep" \
            and prep.head.pos_ in VERBAL:
        return _doer(prep.head, lexicon)
    return [], "none"


def _doer(verb: Token, lexicon: Lexicon) -> tuple[list[Token], str]:
    """Who does what a verb says: its subject, or the subject of a passive ("was thanked after helping"), also
    where the passive names its agent ("X was joined by Y before delivering a speech": X delivers it)."""
    found, _ = subject_tokens(verb, lexicon)
    done = children(verb, "nsubjpass") or found
    if done and done[0].lower_ in RELATIVE and verb.dep_ == "relcl":
        return [appositive_owner(verb.head)], "relative"
    return done[:1], "inherited" if done else "none"


def _subject_of_clause_above(verb: Token, lexicon: Lexicon) -> tuple[list[Token], str]:
    """The subject of a verb under another verb; for the purpose of a campaign the parser hung on the verb above
    ("supports the army in its campaign to defeat X"), who wages the campaign."""
    event = waged_event(verb, lexicon)
    return _subject_of_governing_verb(verb, lexicon) if event is None else _subject_of_noun_clause(event, lexicon)


def _subject_of_governing_verb(verb: Token, lexicon: Lexicon) -> tuple[list[Token], str]:
    """A conjoined or complement verb's subject: the verb above's, or its object under a verb of
    object control ("forced Kyiv to withdraw"); none under a verb of request ("urged Putin to meet": kg:Request)."""
    head = verb.head
    if head.lemma_ in lexicon.cues["Request"] and (verb.dep_ == "xcomp" or _infinitive(verb)):
        return _requested_subject(head, lexicon)
    controls = head.lemma_ in lexicon.cues["ObjectControl"]
    raised = _raised_subject(verb, controls=controls)
    if raised is not None:
        return raised
    if controls and (verb.dep_ == "xcomp" or _infinitive(verb)):  # "pressed the junta to cease", read as advcl
        controller = children(head, *OBJECT_DEPS) or prep_objects([head], "on")
        if controller:
            return [controller[0]], "control"
    return _subject_of_verb_above(verb, lexicon)


def _requested_subject(head: Token, lexicon: Lexicon) -> tuple[list[Token], str]:
    """The subject of what a verb of request asks: none, what one is asked to do is no act of one's own and the
    request is the record; the asker's, when it asks its own followers (``_own_followers_asked``)."""
    return _inherited(head, lexicon) if _own_followers_asked(head, lexicon) else ([], "requested")


def _own_followers_asked(head: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of request asks the asker's own followers (kg:FollowerNoun after "its" or "their": "urged its
    voters to back Y"): what they are asked to do is the asker's own act through them (it backs Y). Not after "his"
    or "her", which as often name another's ("Tom Hale urged her supporters to back Y": hers, not his)."""
    asked = children(head, *OBJECT_DEPS)
    return bool(asked) and asked[0].lemma_.lower() in lexicon.cues["FollowerNoun"] and any(
        owner.lower_ in ("its", "their") for owner in children(asked[0], "poss"))


def _subject_of_verb_above(verb: Token, lexicon: Lexicon) -> tuple[list[Token], str]:
    """The subject of the verb above, with the partners of a verb of acting together; the speaker's where the verb
    goes on from what was said; none for a conjoined verb of another number (see ``_disagrees``)."""
    if _disagrees(verb):
        return [], "none"
    speaker = _speaker_going_on(verb, lexicon)
    if speaker is not None:
        return _inherited(speaker, lexicon)
    found, how = _inherited(verb.head, lexicon)
    return found + _partners(verb, lexicon), how


_VERBAL_QUADS = frozenset({"VerbalCooperation", "VerbalConflict"})


def _speaker_going_on(verb: Token, lexicon: Lexicon) -> Token | None:
    """The verb of saying a verb of speech goes on from when the parser hung it in what was said ("X said the ruling
    was fair and praised the judges", "said it was not possible to V and urged Y to V": the ruling, "it", praises or
    urges nobody): the second verb in the tense of the first, a verb of a verbal relation, after a reported clause
    whose subject is impersonal or a thing said or decided (kg discourse nouns), or set against that clause by a
    conjunction of contrast ("X said Peru needed to do more but praised Y": kg:ContrastConjunction; X praises)."""
    clause = verb.head
    while clause.dep_ in ("xcomp", "conj") and clause.head.i < clause.i:
        clause = clause.head
    speech = clause.head
    if clause.dep_ != "ccomp" or speech.lemma_ not in lexicon.cues["Attribution"] or speech.tag_ != verb.tag_:
        return None
    subjects = children(clause, *SUBJECT_DEPS, "nsubjpass")
    if not subjects or not _apart_from_clause(verb, clause, subjects[0], lexicon):
        return None
    return speech if _verbal(verb, lexicon) else None


def _apart_from_clause(verb: Token, clause: Token, subject: Token, lexicon: Lexicon) -> bool:
    """Whether a verb joined to a reported clause is not of the clause's subject: that subject names no one who
    acts, a conjunction of contrast sets the verb against the clause, or the tense breaks (``_tense_breaks``)."""
    return _no_actor(subject, lexicon) or _contrasted(verb, lexicon) or _tense_breaks(verb, clause)


def _tense_breaks(verb: Token, clause: Token) -> bool:
    """Whether a conjoined verb in the simple past follows a reported clause whose verb has a modal ("X said Labour
    would set out its plans and attacked the Tory plans"): what the clause says is to come, what the verb says was
    done, so it goes on from the saying, not from the clause."""
    return verb.dep_ == "conj" and verb.tag_ == "VBD" and not children(verb, "aux", "auxpass") \
        and any(a.tag_ == "MD" for a in children(clause, "aux"))


def _no_actor(subject: Token, lexicon: Lexicon) -> bool:
    """Whether a reported clause's subject names no one who acts: impersonal ("it", "there") or a thing said or
    decided (kg discourse nouns: "the ruling")."""
    return subject.lower_ in lexicon.cues["ImpersonalSubject"] or "discourse" in lexicon.senses.classes_of(
        subject.lemma_.lower())


def _contrasted(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a conjoined verb follows a conjunction of contrast (kg:ContrastConjunction: "but") on the verb it is
    joined to."""
    return verb.dep_ == "conj" and any(c.i < verb.i and c.lower_ in lexicon.cues["ContrastConjunction"]
                                       for c in children(verb.head, "cc"))


def _verbal(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb's lexicon patterns are of verbal cooperation or conflict (praise, urge, call on, accuse)."""
    patterns = lexicon.verb_patterns.get(verb.lemma_.lower(), ())
    return any(lexicon.relations[p.relation].quad_class in _VERBAL_QUADS for p in patterns)


# Relations of acting together: a partner of such a verb shares the purpose that follows it ("Kenya stood by
# Somalia to defeat the militants", "worked with Ethiopia to end the siege").
ALLIED = frozenset({"cooperatesWith", "cooperatesMateriallyWith", "supports"})


def _infinitive(verb: Token) -> bool:
    """Whether a verb is a "to" infinitive completing the verb above ("to defeat")."""
    return verb.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in children(verb, "aux"))


def _partners(verb: Token, lexicon: Lexicon) -> list[Token]:
    """The partners named with "with", "by" or "alongside" under a verb of acting together that a purpose
    infinitive completes."""
    head = verb.head
    if not _infinitive(verb):
        return []
    if not any(p.relation in ALLIED for p in lexicon.verb_patterns.get(head.lemma_.lower(), ())):
        return []
    return [t for prep in ("with", "by", "alongside") for t in prep_objects([head], prep)]


def _raised_subject(verb: Token, *, controls: bool) -> tuple[list[Token], str] | None:
    """The subject of a passive above an infinitive, who does what it says: "X is expected to visit", "X was asked
    (by Y) to meet"; not "rockets used by X to threaten", where the agent does it."""
    head = verb.head
    if verb.dep_ != "xcomp" or not (controls or not children(head, "agent")):
        return None
    raised = children(head, "nsubjpass")
    if not raised:
        return None
    if raised[0].lower_ in RELATIVE and head.dep_ == "relcl":
        return [appositive_owner(head.head)], "relative"
    return raised[:1], "control"


def _subject_of_noun_clause(noun: Token, lexicon: Lexicon) -> tuple[list[Token], str]:
    """Who acts in "efforts to defeat", "a campaign to destroy": the one helped in them ("backed Chad in its efforts
    to"), their owner ("Chad's efforts"), a name modifying them ("the Chadian campaign"), else the subject of the
    verb they are the object of, unless that verb only speaks about them ("praised the campaign to")."""
    helped = helped_in(noun, lexicon)
    if helped:
        return helped, "control"
    owners = _owners(noun)
    if owners:
        return owners, "inherited"
    if noun.dep_ in OBJECT_DEPS and noun.head.pos_ in VERBAL and not reacts_to(noun.head, lexicon):
        return _inherited(noun.head, lexicon)  # "Hamas showed no willingness to meet Israel"
    scene = _scene_verb(noun)
    if scene is not None and not reacts_to(scene, lexicon):
        return _inherited(scene, lexicon)  # "in the campaign to defeat X, the army took three towns"
    return [], "none"


def _scene_verb(noun: Token) -> Token | None:
    """The verb whose clause a phrase with "in" sets in the event a noun names: "(elsewhere) in the campaign to
    defeat X, the army took", "the army heads the push in the campaign to defeat X"; not a phrase after the verb
    ("praised Latvia in the campaign to" is about the campaign, not in it)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    above = noun.head.head
    if above.pos_ == "NOUN" and above.dep_ in OBJECT_DEPS:
        return above.head if above.head.pos_ in VERBAL else None
    if above.pos_ == "ADV":
        above = above.head
    return above if above.pos_ in VERBAL and noun.i < above.i else None


def _owners(noun: Token) -> list[Token]:
    """A noun's possessor, else the names modifying it ("the Chadian campaign", "the Sahel Coalition efforts")."""
    return children(noun, "poss") or [m for m in children(noun, "amod", "compound")
                                      if m.pos_ == "PROPN" or (m.pos_ == "ADJ" and m.text[:1].isupper())]


# Relations whose verb or noun helps someone in an event ("supported Chad in the fight against", "our support for
# Chad in its efforts to"): the one helped acts in it, the helper does not.
HELPING = frozenset({"supports"})


def helped_in(noun: Token, lexicon: Lexicon) -> list[Token]:
    """The object of a verb or noun of help that a noun completes with "in" ("support Chad in the fight")."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ != "in" or preposition.dep_ != "prep":
        return []
    holder = preposition.head
    if _helps(holder, lexicon):
        return _helped_by(holder)
    # "reiterated support for Chad in the fight": the help is the object of the verb the event completes
    helper = next((o for o in children(holder, *OBJECT_DEPS) if _helps(o, lexicon)), None)
    return _helped_holding(holder, lexicon) or (_helped_by(helper) if helper is not None else [])


def _helped_by(helper: Token) -> list[Token]:
    """The ones a verb or noun of help helps: its objects, or what its "for", "of" or "to" names."""
    return children(helper, *OBJECT_DEPS) + [t for prep in _HELPED_PREPOSITIONS for t in prep_objects([helper], prep)]


_HELPED_PREPOSITIONS = ("for", "of", "to")


def _helped_holding(holder: Token, lexicon: Lexicon) -> list[Token]:
    """The ones helped when the parser hung the event's "in" on one of them ("support of the Government of Chad and
    the Chadian people in their fight against"): the first of them and those coordinated with it."""
    first = holder
    while first.dep_ == "conj":
        first = first.head
    helper = first.head
    if first.dep_ == "pobj" and helper.lower_ in _HELPED_PREPOSITIONS:
        helper = helper.head
    elif first.dep_ not in OBJECT_DEPS:
        return []
    return [first, *first.conjuncts] if _helps(helper, lexicon) else []


def _helps(word: Token, lexicon: Lexicon) -> bool:
    """A verb or noun of one of the HELPING relations ("support", "back", "aid"); a light verb only with its noun
    as its object ("gave support to B in the fight"; "the army took three villages in the campaign to" helps no
    village, though "take sides with B" is help)."""
    if word.pos_ in ("NOUN", "PROPN"):
        return any(p.relation in HELPING for p in lexicon.noun_patterns.get(word.lemma_.lower(), ()))
    objects = {o.lemma_.lower() for o in children(word, *OBJECT_DEPS)}
    return any(p.relation in HELPING and (p.noun is None or p.noun in objects)
               for p in lexicon.verb_patterns.get(word.lemma_.lower(), ()))


def reacts_to(verb: Token, lexicon: Lexicon) -> bool:
    """A verb of criticism, support, rejection... (``reacting_relations`` of senses.yaml) that takes an actor as its
    plain object speaks about an event it has as object; its subject is not the event's actor ("Norway condemned
    the invasion of Kuwait"). A cue of polarity is not such a verb: who "rejected talks with" someone would talk."""
    lemma = verb.lemma_.lower()
    reacting = lexicon.senses.reacting_relations
    plain = any(p.noun is None and p.link is None and not p.converse and p.relation in reacting
                for p in lexicon.verb_patterns.get(lemma, ()))
    return plain and lemma not in lexicon.cue_lemmas


# At the end, not at the top: senses reads this module's Actor (imported here, no function imports it at each call).
from graph_builder.extract import senses  # noqa: E402
