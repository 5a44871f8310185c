"""Verbal predicates: "X met (with) Y", "Y was shelled by X", "Y received aid from X", "X and Y met"."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from datetime import date as Date
from functools import cached_property, lru_cache, partial

from spacy.tokens import Doc, Token

from graph_builder.entities import DocEntities
from graph_builder.entities.tokens import Tokens, entity_end
from graph_builder.extract.arguments import (
    RELATIVE,
    Actor,
    actors,
    appositive_owner,
    object_actors,
    subject_tokens,
    team_named_by_place,
    with_counted,
)
from graph_builder.extract.attribution import attribution
from graph_builder.extract.polarity import asked_modality, lasted, own_modality, polarity, refusal
from graph_builder.extract.scoring import confidence, evidence
from graph_builder.extract.senses import fits
from graph_builder.extract.syntax import (
    OBJECT_DEPS,
    SUBJECT_DEPS,
    VERBAL,
    children,
    complement_agents,
    dependents,
    described_in,
    expand,
    hyphen_agent,
    misread_participle,
    morph_values,
    phrase,
    phrase_agents,
    prep_objects,
    reciprocal_pronoun,
    shares_passive,
    stated_agents,
)
from graph_builder.extract.time_place import When, event_when, place_of, when_of
from graph_builder.patterns import LONE_PARTICLES
from graph_builder.records import Entity, Evidence, Relation
from graph_builder.registry import extractors
from graph_builder.vocab import Lexicon, Pattern, RelationInfo

# How far each way of finding the subject is trusted.
SUBJECT_TRUST = {"active": 0.85, "passive": 0.8, "relative": 0.75, "control": 0.75, "inherited": 0.7}

Match = tuple[list[Token], list[Token]]


def _pattern_match(verb: Token, pattern: Pattern, lexicon: Lexicon) -> Match | None:
    """(object tokens, predicate words) when the verb's dependents fit the pattern.

    A particle beside a preposition or noun ("lash out at", "sit down with") must stand under the verb;
    a particle alone ("rule out", "shoot down") is where the object hangs, as a preposition is.
    """
    if pattern.noun_prep:
        return _prep_noun_match(verb, pattern)
    if pattern.particle and (pattern.prep or pattern.noun):
        # the parser may make the particle an adverb ("hit back at")
        particles = [c for c in children(verb, "prt", "advmod") if c.lower_ == pattern.particle]
        matched = _match(verb, pattern.noun, pattern.prep, lexicon) if particles else None
        return (matched[0], [*particles, *matched[1]]) if matched else None
    return _match(verb, pattern.noun, pattern.link, lexicon) or _bid_match(verb, pattern)


def _prep_noun_match(verb: Token, pattern: Pattern) -> Match | None:
    """A light verb's noun that its own preposition opens under the verb ("came under fire from X", "was under
    attack by X"), with the pattern's link under the verb or the noun."""
    nouns = [o for o in prep_objects([verb], pattern.noun_prep) if noun_lemma(o) == pattern.noun]
    matched = _noun_link_match(verb, nouns[0], pattern.prep) if nouns and pattern.prep else None
    return (matched[0], [nouns[0].head, *matched[1]]) if matched else None


def _bid_match(verb: Token, pattern: Pattern) -> Match | None:
    """A bid's plain pattern ("A want B") read from the subject of its to-infinitive (see _bidden_subjects); a light
    verb's bid ("A renew call for B") from the subject of the "for ... to" clause under its noun."""
    if not pattern.bids:
        return None
    if pattern.noun and pattern.prep == "for":
        return _clause_bid_match(verb, pattern.noun)
    bidden = [] if pattern.noun or pattern.link else _bidden_subjects(verb)
    return (bidden, []) if bidden else None


def _clause_bid_match(verb: Token, noun: str) -> Match | None:
    """The subject of a "for B to V" clause the parser hung under the light verb's noun or the verb ("repeated calls
    for the mayor to apologise", "for" a mark of the clause), with the noun and "for" as the predicate's words."""
    nouns = _noun_objects(verb, noun)
    for clause in _for_clauses(verb, nouns):
        marks = [m for m in children(clause, "mark") if m.lower_ == "for"]
        subjects = children(clause, "nsubj") if marks else []
        if subjects:
            return subjects[:1], [nouns[0], marks[0]]
    return None


def _noun_objects(verb: Token, noun: str) -> list[Token]:
    """The verb's direct objects that are the light verb's noun (by lemma)."""
    return [n for n in children(verb, "dobj") if n.lemma_.lower() == noun]


def _for_clauses(verb: Token, nouns: list[Token]) -> list[Token]:
    """The active to-infinitive clauses under the light verb's noun or the verb, if it has the noun."""
    clauses = [c for head in (*nouns, verb) for c in children(head, "advcl", "relcl", "acl")] if nouns else []
    return [c for c in clauses if _active_infinitive(c)]


def _bidden_subjects(verb: Token) -> list[Token]:
    """The subject of a to-infinitive clause under a bid's verb when the parser gave the verb no object ("wants
    the government to withdraw the bill", with the government the subject of "withdraw"): who is bidden to act. Not
    the subject of "to be" ("wants Norwich to be the nightspot": a state, no act asked), nor "it" (a thing, "wanted
    it to end")."""
    clauses = [c for c in _to_infinitives(verb) if c.dep_ != "advcl" and c.lemma_.lower() != "be"]
    return [s for c in (*clauses, *_subjunctives(verb)) for s in children(c, "nsubj") if s.lower_ != "it"]


def _subjunctives(verb: Token) -> list[Token]:
    """The clauses "that" opens under the verb in the subjunctive, which say what their subject is to do as a
    to-infinitive does ("demanded that the council withdraw the plan"; without "that" the parser may read a headline's
    noun as a verb: "Reed wants Hale recall"): a base form with no auxiliary, not "be";
    the tagger's present of one person named alone counts ("demanded that Ann Hale explain"). Only of one subject:
    a plural or a list takes the same form in a plain statement ("told Y that the rules make it hard", "that Ann
    and Tom want"), as a collective noun may in British usage ("the council want")."""
    return [c for c in children(verb, "ccomp") if _subjunctive(c)]


def _subjunctive(clause: Token) -> bool:
    subjects = children(clause, "nsubj")
    if len(subjects) != 1 or children(subjects[0], "conj") or "Plur" in morph_values(subjects[0], "Number") \
            or children(clause, "aux", "auxpass") or clause.lemma_.lower() == "be" \
            or [m.lower_ for m in children(clause, "mark")] != ["that"]:
        return False
    return clause.tag_ == "VB" or (clause.tag_ == "VBP" and subjects[0].ent_type_ == "PERSON")


def _passive_subjects(verb: Token) -> list[Token]:
    """What a passive verb is said of: its subject ("the brigade was led by X"), the noun a participle describes
    ("the forces led by X", "Attacked by Libya, Chad ..."), or the noun a relative clause hangs on ("the forces
    that were led by X")."""
    stated = _passive_subject(verb)
    if not stated and _participle_with_doer(verb):
        return _participle_subjects(verb) or _described_noun(verb)
    return stated or _described_noun(verb)


def _passive_subject(verb: Token) -> list[Token]:
    """A passive verb's own subject, or the noun its relative "who" or "which" stands for ("the forces that were
    led by X")."""
    stated = children(verb, "nsubjpass")
    if stated and stated[0].lower_ in RELATIVE and verb.dep_ == "relcl":
        return [appositive_owner(verb.head)]
    return stated or _shared_passive_subject(verb)


def _shared_passive_subject(verb: Token) -> list[Token]:
    """The subject of the passive a participle is joined to, which the two share (``shares_passive``: "X was shot and
    killed by Y": Y killed X)."""
    return _passive_subject(verb.head) if shares_passive(verb) else []


def _participle_with_doer(verb: Token) -> bool:
    """A participle (the tagger may call it a past tense: "the union, made up by") with a "by" phrase."""
    return (verb.tag_ == "VBN" or verb.dep_ == "acl") and bool(children(verb, "agent") or complement_agents(verb))


def _described_noun(verb: Token) -> list[Token]:
    """The noun a participle misread as a verb describes, when a "by" phrase names its doer (see described_in)."""
    described = described_in(verb)
    return [described] if described is not None and complement_agents(verb) else []


def _participle_subjects(verb: Token) -> list[Token]:
    """The noun a participle describes; a participle joined to one describes the same noun ("the army, trained by
    X and backed by Y": Y backs the army)."""
    if _joined_participle(verb):
        return _participle_subjects(verb.head)
    head = verb.head
    if verb.dep_ == "acl":
        return [_set_off_name(verb) or head] if head.pos_ in ("NOUN", "PROPN") else []
    if verb.dep_ == "advcl" and not children(verb, "aux", "auxpass"):  # the subject after a fronted participle
        return [s for s in children(head, "nsubj") if s.i > verb.i]
    return []


def _joined_participle(verb: Token) -> bool:
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.tag_ == "VBN" and verb.head.dep_ in ("acl", "conj")


def _set_off_name(verb: Token) -> Token | None:
    """The name right before a participle set off by a comma, when the parser hung the participle on an earlier
    noun ("the agreement between the Government of Velor, led by X, and ...": Velor's government is led by X,
    not the agreement, nor the next name coordinated with it); the head of a name written with "of" stands for
    it."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "," or doc[verb.i - 2].pos_ != "PROPN":
        return None
    name = _name_head(doc[verb.i - 2])
    return name if name.i > verb.head.i else None


def _name_head(word: Token) -> Token:
    """The head of the name a word ends: up its compounds and "of" ("Government" of "the Government of Velor")."""
    while word.dep_ in ("compound", "flat") or (word.dep_ == "pobj" and word.head.lower_ == "of"
                                                 and word.head.head.pos_ == "PROPN"):
        word = word.head.head if word.dep_ == "pobj" else word.head
    return word


def _converse_holders(verb: Token, pattern: Pattern) -> list[Token]:
    """The B of a converse verb said in the passive without an agent ("the council is made up of A", "the
    council, composed of A"): what the verb is said of stands where its subject would."""
    if not pattern.converse or pattern.noun or (verb.tag_ != "VBN" and verb.dep_ != "acl") or children(verb, "agent"):
        return []
    return _said_of(verb)


def _passive(verb: Token) -> bool:
    """A verb said in the passive: with a passive subject, or a participle that describes its noun."""
    return bool(children(verb, "nsubjpass")) or (verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl"))


def _said_of(verb: Token) -> list[Token]:
    """What a passive verb is said of: its subject, the noun a relative clause's "who" or "which" stands for, or the
    noun a participle describes."""
    return _passive_subject(verb) or _participle_subjects(verb)


def _match(verb: Token, noun: str | None, link: str | None, lexicon: Lexicon) -> Match | None:
    dobjs = children(verb, *OBJECT_DEPS)
    if noun:
        return _noun_match(verb, noun, link, with_counted(dobjs + _passive_subjects(verb) + _idiom_nouns(verb)
                                                      + children(verb, *_COMPLEMENTS, *_PREDICATIVE_NOUNS)
                                                      + _antecedent_object(verb), lexicon))
    if link:
        # what the verb is said of is not read: a linked pattern needs none
        return _link_match(verb, link, _linking_objects(dobjs, link, lexicon))
    if hyphen_agent(verb) is not None:
        return [verb.head], []  # "Red Army-held Arica": what the participle describes
    passive = _passive_match(verb, _passive_subjects(verb), lexicon)
    if passive is not None:
        return passive
    by_phrases = misread_participle(verb)
    if by_phrases:
        return children(verb, "nsubj"), by_phrases  # "Y's plan, branded a shambles by X, was ..."
    hearers = [h for d in dobjs for h in _hearer(verb, d)]
    return (hearers, []) if hearers else None


def _passive_match(verb: Token, passive_subjects: list[Token], lexicon: Lexicon) -> Match | None:
    """What a passive verb is said of and its "by" phrase (``stated_agents``), or its phrase of agency ("at the hands
    of", kg:AgentPhrase)."""
    phrases = lexicon.cues.get("AgentPhrase", frozenset())
    agents = (stated_agents(verb) or phrase_agents(verb, phrases)) if passive_subjects else []
    return (passive_subjects, agents) if agents else None


def _hearer(verb: Token, dobj: Token) -> list[Token]:
    """The object itself, unless it is the subject of the clause the verb reports, which the parser made its
    object ("told BBC News Labour MPs would not get a vote": "MPs" is whom the clause is about, not whom he told);
    then the name that opens the phrase before another name is the one told ("BBC News"), or a plural noun that
    opens it ("told MPs child benefit would rise"), and with neither there is no one told."""
    if not _subject_of_report(verb, dobj):
        return [dobj]
    doc = dobj.doc
    for i in range(dobj.left_edge.i, dobj.i):
        end = _entity_end(doc, i)
        if end is not None:
            return [doc[i]] if end < dobj.i and doc[end].pos_ == "PROPN" else []
        if _plural(doc[i]):
            return [doc[i]]  # "told MPs child benefit would rise": a plural noun ends the phrase of those told
    return []


def _plural(token: Token) -> bool:
    """A plural noun, also an acronym's plural the tagger took for a singular ("MPs", "MEPs")."""
    return token.tag_ == "NNS" or (token.text.endswith("s") and len(token.text) > 2 and token.text[:-1].isupper())


def _entity_end(doc: Doc, i: int) -> int | None:
    """Where the model's entity that starts at ``i`` ends, None when none starts there."""
    return entity_end(doc, i) if doc[i].ent_iob_ == "B" else None


def _subject_of_report(verb: Token, dobj: Token) -> bool:
    """Whether a finite clause of the verb with no subject of its own starts right after the object."""
    return any(c.left_edge.i == dobj.right_edge.i + 1 and not c.left_edge.is_punct
               and not children(c, *SUBJECT_DEPS, "nsubjpass", "csubjpass", "expl")
               and (children(c, "aux") or c.tag_ in ("VBD", "VBZ", "VBP"))
               for c in children(verb, "ccomp"))


_COMPLEMENTS = ("acomp", "attr")
"""What "be" says its subject is, which a pattern of "be" writes as its noun: "critical" of "A be critical of B",
"supporter" of "A be supporter of B"."""
_PREDICATIVE_NOUNS = ("oprd", "ccomp")
"""Where the parser hangs the noun of "A VERB B NOUN" that says what B is taken as ("took two soldiers captive",
"took two journalists hostage", "was taken prisoner"): see _taken_as."""


def _noun_match(verb: Token, lemma: str, link: str | None, candidates: list[Token]) -> Match | None:
    """A light verb with its noun: "imposed sanctions on X", "gave X an update"; with a link, the noun may be a
    later conjunct of the object, which the link closes ("used mortars, drones and aircraft against X")."""
    nouns = [d for d in candidates if noun_lemma(d) == lemma] or (_conjunct_nouns(candidates, lemma) if link else [])
    if not nouns:
        return None if link else _with_match(verb, lemma, candidates)
    noun = nouns[0]
    if link:
        return _noun_link_match(verb, noun, link)
    objects = _receivers(verb, noun)
    return (objects, [noun]) if objects else None


def _receivers(verb: Token, noun: Token) -> list[Token]:
    """B of "A VERB B NOUN": the indirect object ("gave X an update", "gave an update to X"), else the object the
    noun says it is taken as (_taken_as)."""
    return children(verb, "dative", "iobj") or prep_objects([verb, noun], "to") or _taken_as(verb, noun)


def _taken_as(verb: Token, noun: Token) -> list[Token]:
    """The first object of "A VERB B NOUN" when the parser made the noun a predicative of it or a second object
    ("took two soldiers captive", "took two journalists hostage"), or hung a person's name on the noun ("took the
    engineer Paul Martin hostage": both are candidates; not another name, which may be the giver: "offered State
    help"); in the passive its subject ("was taken hostage")."""
    if noun.dep_ in _PREDICATIVE_NOUNS:
        return children(verb, *OBJECT_DEPS) or _passive_subjects(verb)
    others = [d for d in children(verb, *OBJECT_DEPS) if d != noun]
    return [*others, *(c for c in children(noun, "compound") if c.ent_type_ == "PERSON")]


def _conjunct_nouns(candidates: list[Token], lemma: str) -> list[Token]:
    """The conjuncts of the verb's objects that are the light verb's noun ("using attack, bomber and fighter aircraft
    against X": the parser makes "attack" the object and "aircraft" its last conjunct)."""
    return [c for d in candidates if d.dep_ in OBJECT_DEPS for c in d.conjuncts if noun_lemma(c) == lemma]


def _with_match(verb: Token, lemma: str, candidates: list[Token]) -> Match | None:
    """"A VERB B NOUN" written with "with": "supplied the rebels with weapons", "provided Iraq with support"; the
    verb's object is the recipient."""
    withs = [c for c in children(verb, "prep") if c.lower_ == "with"]
    nouns = [o for w in withs for o in children(w, "pobj") if o.lemma_.lower() == lemma]
    objects = [c for c in candidates if c.dep_ in OBJECT_DEPS]
    return ([objects[0]], [withs[0], nouns[0]]) if nouns and objects else None


def _noun_link_match(verb: Token, noun: Token, link: str) -> Match | None:
    """The link's objects under the verb, its noun or the noun's conjuncts (the preposition may close a
    coordination: "receiving aid, technology and supplies from Russia"), or the second noun of an idiom ("stood
    side by side with", where the link hangs under the second "side")."""
    twins = _twins(noun)
    objects = prep_objects([verb, noun, *noun.conjuncts, *twins], link)
    idiom = [noun.nbor(), *twins] if twins else []
    links = _object_links(objects, link) or [c for h in (verb, noun, *twins) for c in dependents(h) if c.lower_ == link]
    return (objects, [noun, *idiom, *links]) if objects else None


def _twins(noun: Token) -> list[Token]:
    """The second noun of a reduplicated idiom ("stood side by side with", "shoulder to shoulder
    with", "hand in hand with"), where the parser hangs the idiom's link."""
    twin = noun.doc[noun.i + 2] if noun.i + 2 < len(noun.doc) else None
    if twin is None or twin.lower_ != noun.lower_ or noun.nbor().lower_ not in ("to", "by", "in"):
        return []
    return [twin]


def _light_nouns(verb: Token, named: frozenset[str] | None, entities: DocEntities, lexicon: Lexicon) -> Collection[str]:
    """Every noun a light-verb pattern could find with this verb (its objects, a passive's subject, an idiom's
    noun, the noun of a preposition such as "with" or "under", what a quantity among them counts), so that patterns
    with another noun are skipped before they are tried. None when the verb's patterns name no noun (``named``) or
    none of those nouns stands in its sentence (an amount of money may: see ``noun_lemma``)."""
    if not named:
        return frozenset()  # most verbs: no light verb, and no sentence to read
    start, end = entities.sentence_bounds(verb)
    if AMOUNT_NOUN not in named and named.isdisjoint(entities.tokens.lemma[start:end]):
        return frozenset()
    prepositional = [o for c in children(verb, "prep") for o in children(c, "pobj")]
    objects = children(verb, *OBJECT_DEPS)
    found = [*objects, *children(verb, *_COMPLEMENTS, *_PREDICATIVE_NOUNS), *_passive_subjects(verb),
             *_idiom_nouns(verb), *prepositional, *(c for o in objects for c in o.conjuncts), *_antecedent_object(verb)]
    return {noun_lemma(t) for t in with_counted(found, lexicon)}


AMOUNT_NOUN = "money"
"""The noun of the lexicon an amount of money stands for: "gave the party £50,000" is "A give B money"."""


def noun_lemma(token: Token) -> str:
    """A light verb's noun as the lexicon writes it: its lemma, or "money" for an amount written with a currency sign
    ("£50,000", "over $4m": a number, or a word a number counts, with the sign before it in its phrase; not "a £4bn
    plan" nor "fears that the £4bn cuts")."""
    counted = token.like_num or any(c.like_num for c in children(token, "nummod", "compound"))
    if counted and any(t.tag_ == "$" for t in token.doc[token.left_edge.i:token.i]):
        return AMOUNT_NOUN
    return token.lemma_.lower()


def _antecedent_object(verb: Token) -> list[Token]:
    """The noun a relative clause describes when it is the clause's object: "the atrocities that X committed against
    Y", "the raids X launched on Y", "the sanctions which X imposed on Y" (the clause has a subject of its own, and
    no object but "that" or "which"); not "the men who gave Y aid", whose noun is the subject."""
    if verb.dep_ != "relcl" or verb.head.pos_ != "NOUN":
        return []
    subjects = children(verb, "nsubj")
    if not subjects or any(s.lower_ in RELATIVE for s in subjects):
        return []
    objects = children(verb, *OBJECT_DEPS)
    return [verb.head] if all(o.lower_ in RELATIVE for o in objects) else []


def _idiom_nouns(verb: Token) -> list[Token]:
    """The first noun of a reduplicated idiom the parser made an adverbial modifier ("worked hand in hand")."""
    return [n for n in children(verb, "npadvmod") if _twins(n)]


def _linking_objects(dobjs: list[Token], link: str, lexicon: Lexicon) -> list[Token]:
    """The objects whose prepositions may be the verb's: not the "of" of an act done to its object (kg:UndergoneNoun:
    "demanded the release of Y" makes no demand of Y)."""
    undergone = lexicon.cues["UndergoneNoun"]
    return [d for d in dobjs if link != "of" or d.lemma_.lower() not in undergone]


def _link_match(verb: Token, link: str, dobjs: list[Token]) -> Match | None:
    """The object of the pattern's preposition or particle ("met with X", "shot down X"); a lone particle the parser
    made an adverb counts ("pushed back the rebels")."""
    particles = _particles(verb, link)
    if particles and dobjs:
        return dobjs, particles  # a phrasal verb: "shot down the drones"
    held = _passive_subjects(verb) if particles and children(verb, "agent") else []
    if held:
        return held, particles  # in the passive: "the drones were shot down by X"
    objects = _linked_objects(verb, link, dobjs)
    return (objects, _object_links(objects, link) or _link_words(verb, link, dobjs)) if objects else None


def _particles(verb: Token, link: str) -> list[Token]:
    """The verb's particles that are the link, or a lone particle the parser made an adverb ("pushed back"), or the
    first word of a preposition of two words after the object ("drove the rebels out of the town")."""
    found = [c for c in children(verb, "prt") if c.lower_ == link]
    if found or link not in LONE_PARTICLES:
        return found
    return [c for c in children(verb, "advmod", "prep") if c.lower_ == link
            and (c.dep_ == "advmod" or any(o.lower_ == "of" for o in children(c, "prep")))]


def _linked_objects(verb: Token, link: str, dobjs: list[Token]) -> list[Token]:
    """The objects of the link under the verb or its objects; a phrase before the verb sets the scene ("At
    Heathrow, the firm launched ..."), it is not the verb's object."""
    objects = prep_objects([verb, *[c for d in dobjs for c in expand(d)]], link)
    return [o for o in objects if o.head.i > verb.i] + _for_clause_subjects(verb, link)


def _for_clause_subjects(verb: Token, link: str) -> list[Token]:
    """The subject of an infinitive clause that "for" opens ("pressed for Norway to use its sway", "called for
    the minister to resign"): whom the verb's "for" is about."""
    if link != "for":
        return []
    clauses = [c for c in children(verb, "advcl", "ccomp") if any(m.lower_ == "for" for m in children(c, "mark"))]
    return [s for c in clauses for s in children(c, "nsubj")]


def _object_links(objects: list[Token], link: str) -> list[Token]:
    """The prepositions that introduce the objects, not the "on" of "on Friday" ("imposed sanctions on Belarus on
    Friday" is "imposed sanctions on")."""
    heads = [o.head for o in objects if o.ent_type_ not in ("DATE", "TIME")]
    return list(dict.fromkeys(w for h in heads for w in (h, *children(h, "mark")) if w.lower_ == link))


def _link_words(verb: Token, link: str, dobjs: list[Token]) -> list[Token]:
    """The preposition or particle as written: under the verb, else under its object."""
    words = [c for c in children(verb, "prep", "prt") if c.lower_ == link]
    return words or [c for d in dobjs for c in dependents(d) if c.lower_ == link]


def _verb_lemma(verb: Token, known: dict, tokens: Tokens) -> str:
    """The verb's lemma; for a gerund tagged as a noun ("meeting"), the verb it comes from ("meet"). Read from the
    document's ``tokens``: every verb and noun of the document is asked about."""
    lemma = tokens.lemma[verb.i]
    if tokens.pos[verb.i] != "NOUN" or not lemma.endswith("ing"):
        return lemma
    stem = lemma[:-3]
    candidates = [stem, stem + "e"] + ([stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [])
    return next((c for c in candidates if c in known), lemma)


def _bare_participle(verb: Token) -> bool:
    """A participle that describes its noun ("the forces led by X"), not a clause of its own ("claims that X had
    sent")."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN")
            and not children(verb, "aux", "auxpass", "nsubj", "mark"))


@dataclass(frozen=True, kw_only=True)
class _Clause:
    """What a verb's clause says whatever the pattern: who is its subject, its polarity and its source. Each is
    read when a pattern first asks for it: most verbs of the lexicon match no pattern."""

    verb: Token
    entities: DocEntities
    lexicon: Lexicon

    @cached_property
    def words(self) -> frozenset[str]:
        """The lowercase words of the verb's phrase, from its left edge to its right edge (its dependents' and
        theirs)."""
        return _phrase_words(self.verb, self.entities.tokens)

    @cached_property
    def _acting(self) -> list[Token]:
        """The actor a present participle describes, which is its subject (see _acting_noun): one the noun itself
        names, not one found further off ("committees scrutinising the work of X and Y" are not Y)."""
        noun = _acting_noun(self.verb)
        named = actors(noun, self.entities, self.lexicon) if noun else []
        return noun if any(a.token.i == noun[0].i for a in named) else []

    @cached_property
    def _subject(self) -> tuple[list[Token], str]:
        if self._acting:
            return self._acting, "active"
        return subject_tokens(self.verb, self.lexicon)

    @property
    def subject_tokens(self) -> list[Token]:
        return self._subject[0]

    @property
    def how(self) -> str:
        return self._subject[1]

    @cached_property
    def wholes(self) -> tuple[Actor, ...]:
        """The organisations or groups the subject acts "as part of" or "as a member of" (kg:PartNoun), each named
        itself ("Norway, as part of the alliance, sent aid to X"; not the owner of a plan: "as part of the EU's
        plan"); read once a clause, for every pattern that asks (see _groups_acting)."""
        parts, entities = self.lexicon.cues["PartNoun"], self.entities
        found = [w for head in _acting_heads(self) for part in prep_objects([head], "as")
                 if part.lemma_.lower() in parts for w in prep_objects([part], "of")]
        named = [w for w in found if (m := entities.at(w)) is not None and m.entity.type in ("Organization", "Group")]
        return tuple(actors(named, entities, self.lexicon))

    @cached_property
    def subject_actors(self) -> tuple[Actor, ...]:
        """The actors of the subject, read once: every pattern of the verb that matches asks for them."""
        return tuple(actors(self.subject_tokens, self.entities, self.lexicon))

    @cached_property
    def _polarity(self) -> tuple[bool, str]:
        verb, lexicon = self.verb, self.lexicon
        if _bare_participle(verb) or self._acting:
            # "the forces led by X", "militants attacking Y": the participle describes its noun whatever the sentence
            # does with it, as far as its own words say ("a civilian allegedly killed by X" is possible)
            negated, modality = bool(children(verb, "neg")), own_modality(verb, lexicon) or "asserted"
            modality = asked_modality(verb, modality)
        else:
            negated, modality = polarity(verb, lexicon)
        denying = lexicon.cues["NegationModifier"]
        if any(det.lower_ in denying for d in children(verb, *OBJECT_DEPS) for det in children(d, "det")):
            negated = True  # "showed no willingness"
        return negated, modality

    @property
    def negated(self) -> bool:
        return self._polarity[0]

    @property
    def modality(self) -> str:
        return self._polarity[1]

    def held_before(self, pattern: Pattern) -> bool:
        """Whether an affiliation in the past tense is placed before: by an adverb of kg:PastRole on its verb, or on
        the verb a participle of it hangs on ("previously led X", "previously led X, commanding it from ..."),
        by such a word on the noun a participle of it describes ("the previous government, led by X"), or by a span
        of years that ends ("led Labour from 1983 until 1992") or a duration in the simple past ("led the council for
        seven years"; "has led it for seven years" still does)."""
        if not self.lexicon.relations[pattern.relation].affiliation:
            return False
        past = self.lexicon.cues["PastRole"]
        if self.verb.dep_ == "acl" and any(c.lower_ in past for c in children(self.verb.head, "amod")):
            return True
        verb = self.verb.head if _participle(self.verb) else self.verb
        before = any(c.lower_ in past for c in children(verb, "advmod"))
        return _past_tense(verb) and (before or _spans_years(self.when) or lasted(verb))

    @cached_property
    def source(self) -> Entity | None:
        return attribution(self.verb, self.entities, self.lexicon)

    @cached_property
    def proof(self) -> Evidence:
        return evidence(self.verb, self.entities)

    @cached_property
    def when(self) -> When:
        return when_of(self.verb, self.entities, modality=self.modality)

    def when_for(self, pattern: Pattern, words: list[Token]) -> When:
        """The verb's date, else, for a light verb, its noun's: "will start talks with B in April" (the parse hangs
        the date on the noun, as it does for "talks with B in April")."""
        noun = next((w for w in words if w.lemma_.lower() == pattern.noun), None) if pattern.noun else None
        if self.when or noun is None:
            return self.when
        return event_when(noun, self.entities, modality=self.modality)

    def relation(self, subject: Actor, pattern: Pattern, obj: Actor, *, words: list[Token], place: Entity | None,
                 trust: float, code: str | None) -> Relation:
        when = self.when_for(pattern, words)
        return Relation(
            subject=subject.entity, relation=pattern.relation, object=obj.entity, verb=phrase(self.verb, *words),
            cameo_code=pattern.code or code,
            evidence=self.proof, **_polarity_of(pattern, self.negated, self.modality, self.verb,
                                                held=pattern.held, before=self.held_before(pattern)),
            **(when.opening() if pattern.begun else when).fields(), place=place, attributed_to=self.source,
            confidence=confidence(trust, subject.kind, obj.kind), extractor="verbal",
        )


def _acting_noun(verb: Token) -> list[Token]:
    """The noun a present participle describes, which does what the participle says ("civilians suffering at the
    hands of X", "militants attacking Y"): a candidate for the subject, taken when it is an actor (not "a campaign
    targeting Y", whose doer is the campaign's owner)."""
    bare = not children(verb, *SUBJECT_DEPS, "aux", "auxpass", "mark")
    return [verb.head] if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ == "NOUN" and bare else []


def _polarity_of(pattern: Pattern, negated: bool, modality: str, verb: Token, *, held: bool, before: bool) -> dict:
    """The record's polarity: the clause's, except that words saying a relation ended ("quit the party") state it
    as past, and denied ("did not quit") as still holding; and words of a relation that holds at the verb's time
    (``held``) state it as past in the past tense ("worked for", "was working for"), as does an affiliation the
    clause places ``before`` ("previously led X"); a refused pattern's refusal states its relation ("refused to
    accept Y's plan": A rejects Y)."""
    if pattern.refused:
        return {"negated": False, "modality": modality}
    if pattern.ended and modality == "asserted":
        return {"negated": False, "modality": "asserted" if negated else "past"}
    if ((held and _past_tense(verb)) or before) and modality == "asserted" and not negated:
        return {"negated": False, "modality": "past"}
    return {"negated": negated, "modality": modality}


def _participle(verb: Token) -> bool:
    """A participle clause hung on another verb ("..., commanding it from the carrier")."""
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj") and verb.head.pos_ in VERBAL


def _spans_years(when: When) -> bool:
    """Whether the time a clause gives is a span of more than a year with an end ("from 1983 until 1992")."""
    if not (when.start and when.end):
        return False
    return (Date.fromisoformat(when.end) - Date.fromisoformat(when.start)).days > 366


def _past_tense(verb: Token) -> bool:
    """Whether a verb is in a past tense: "worked", "was working", "had served"; not a participle the tagger
    took for one ("the council, made up of")."""
    return (verb.tag_ == "VBD" and verb.dep_ != "acl") or (verb.tag_ in ("VBG", "VBN") and any(
        a.lower_ in ("was", "were", "had") for a in children(verb, "aux")))


def _relations(verb: Token, lemma: str, entities: DocEntities, lexicon: Lexicon) -> Iterator[Relation]:
    """The relations of a verb whose lemma (``_verb_lemma``) has patterns in the lexicon. A pattern's match is read
    before whether the pattern reads the verb at all (``_passed_over``, ``_read_with_noun``): most patterns match
    nothing and pair no subjects, and then neither is read; each reading depends on the clause alone, so the order
    changes no record."""
    nouns = _light_nouns(verb, lexicon.light_verbs.get(lemma), entities, lexicon)
    if _links_missing(verb, lemma, frozenset(nouns), entities.tokens, lexicon):
        return  # a light verb with none of its nouns, or patterns whose links the clause lacks: no clause read
    candidates = lexicon.verb_patterns_with(lemma, nouns)
    clause = _Clause(verb=verb, entities=entities, lexicon=lexicon)
    emitted: set[tuple[str, str, str]] = set()
    matches: dict[tuple, Match | None] = {}
    for pattern in candidates:
        missing = _link_missing(pattern, clause)
        if _unpaired(pattern, missing, lexicon):
            continue
        matched = None if missing else _match_once(verb, pattern, lexicon, matches)
        if matched is None and not _coordinated_subjects(clause, pattern, lexicon):
            continue  # most patterns: nothing to read, whether or not the pattern reads the verb at all
        if _passed_over(pattern, clause, nouns) or _read_with_noun(pattern, candidates, verb, nouns, lexicon, matches):
            continue
        if matched is not None:
            yield from _matched(clause, pattern, matched, entities, lexicon, emitted)
        else:
            yield from _pairs(clause, pattern, entities, lexicon, emitted)


def _refused_as_asked(pattern: Pattern, clause: _Clause) -> bool:
    """Whether the clause refuses the act as the pattern asks (``Pattern.refused``, ``Pattern.unrefused``): a
    denied clause whose subject refuses the act (polarity.refusal) for a refused pattern, any other for an unrefused
    one."""
    if not (pattern.refused or pattern.unrefused):
        return True
    return (clause.negated and refusal(clause.verb, clause.lexicon)) == pattern.refused


def _links_missing(verb: Token, lemma: str, nouns: frozenset[str], tokens: Tokens, lexicon: Lexicon) -> bool:
    """Whether every pattern of the verb with its ``nouns`` (``Lexicon.verb_patterns_with``) is read for nothing:
    it has none, or each needs a link word (``_needs_link``) that is no word of the verb's phrase, and cannot pair
    coordinated subjects either (``_unpaired``): most clauses of "be" and "say", which need no clause read."""
    links = _needed_links(lexicon, lemma, nouns)
    return links is not None and (not links or links.isdisjoint(_phrase_words(verb, tokens)))


@lru_cache(maxsize=1024)
def _needed_links(lexicon: Lexicon, lemma: str, nouns: frozenset[str]) -> frozenset[str] | None:
    """The link words of the patterns of a verb with ``nouns`` when each of them needs its link and cannot pair
    coordinated subjects (see ``_links_missing``; none when the verb has no such patterns), else None. Read once for a
    lemma and nouns: every clause of "be" asks."""
    candidates = lexicon.verb_patterns_with(lemma, nouns)
    if not all(_needs_link(pattern) and _unpaired(pattern, True, lexicon) for pattern in candidates):
        return None
    return frozenset(pattern.link for pattern in candidates)


def _phrase_words(verb: Token, tokens: Tokens) -> frozenset[str]:
    """The lowercase words of a verb's phrase, from its left edge to its right edge (its dependents' and theirs)."""
    return frozenset(tokens.lower[verb.left_edge.i:verb.right_edge.i + 1])


def _needs_link(pattern: Pattern) -> bool:
    """Whether a pattern has a link word and no noun ("be on", "work with", "rule out"), so that it matches only where
    its link is a word of the verb's phrase."""
    return bool(pattern.link) and not (pattern.noun or pattern.noun_prep)


def _link_missing(pattern: Pattern, clause: _Clause) -> bool:
    """Whether a pattern that needs a link word (``_needs_link``) cannot match, its link being no word of the verb's
    phrase: every preposition, particle or "for" that ``_link_match`` reads hangs under the verb or its objects. The
    cheap test first: "be" and "say" have such patterns, and few of their clauses the word."""
    return _needs_link(pattern) and pattern.link not in clause.words


def _unpaired(pattern: Pattern, missing: bool, lexicon: Lexicon) -> bool:
    """Whether a pattern whose link word is ``missing`` from the clause (no match) cannot pair coordinated subjects
    either (``_coordinated_subjects``: its relation is not symmetric), so that nothing else is read for it: most
    patterns of "be" and "say"."""
    return missing and not lexicon.relations[pattern.relation].symmetric


def _match_once(verb: Token, pattern: Pattern, lexicon: Lexicon, matches: dict[tuple, Match | None]) -> Match | None:
    """``_pattern_match``, read once for all the verb's patterns that have the same words (noun, prepositions,
    particle) and bid, and kept in ``matches``: many patterns differ only in their relation or sense ("be" has two
    "be on" patterns, every verb a pattern for each sense). Each caller gets lists of its own."""
    key = (pattern.noun, pattern.noun_prep, pattern.prep, pattern.particle, pattern.bids)
    if key not in matches:
        matches[key] = _pattern_match(verb, pattern, lexicon)
    found = matches[key]
    return None if found is None else (list(found[0]), list(found[1]))


def _read_with_noun(pattern: Pattern, candidates: list[Pattern], verb: Token, nouns: Collection[str],
                    lexicon: Lexicon, matches: dict[tuple, Match | None]) -> bool:
    """Whether a pattern without a noun gives way to one of the verb's patterns with its noun and the same
    preposition that reads the verb the other way, conflict for cooperation or the reverse: "rallied opposition to
    X" is opposition to X, not rallying to X; "negotiate a settlement with X" still negotiates with X."""
    if pattern.noun or not pattern.link or not nouns:
        return False
    side = _in_conflict(pattern, lexicon)
    return any(other.noun in nouns and other.link == pattern.link and _in_conflict(other, lexicon) != side
               and _applies(other, verb, nouns, lexicon) and _match_once(verb, other, lexicon, matches) is not None
               for other in candidates if other.noun)


def _in_conflict(pattern: Pattern, lexicon: Lexicon) -> bool:
    return "Conflict" in lexicon.relations[pattern.relation].quad_class


def _mocked(verb: Token, lexicon: Lexicon) -> bool:
    """Whether an adverb of mockery stands on the verb ("mockingly welcomed", kg:Mockery)."""
    return any(c.lower_ in lexicon.cues.get("Mockery", ()) for c in children(verb, "advmod"))


def _praise(pattern: Pattern, lexicon: Lexicon) -> bool:
    """Whether a pattern's relation is one of verbal cooperation (welcome, praise, thanks), which mockery
    reverses."""
    return lexicon.relations[pattern.relation].quad_class == "VerbalCooperation"


def _passed_over(pattern: Pattern, clause: _Clause, nouns: Collection[str]) -> bool:
    """Whether a pattern does not read the clause's verb: not ``_applies``, praise said in mockery, a plain pattern's
    verb with a word of what its object is held to be (see ``_regarded``), or a refusal not as the pattern asks
    (``_refused_as_asked``)."""
    verb, lexicon = clause.verb, clause.lexicon
    return (not _applies(pattern, verb, nouns, lexicon) or (_praise(pattern, lexicon) and _mocked(verb, lexicon))
            or (pattern.plain and _regarded(verb, lexicon)) or not _refused_as_asked(pattern, clause))


_REGARD = "regard"  # the noun class of senses.yaml of how one is held ("in high esteem", "to account")
_PREDICATIVES = ("oprd", "acomp", "xcomp", "ccomp")


def _regarded(verb: Token, lexicon: Lexicon) -> bool:
    """Whether the verb says what its object is held to be ("held X responsible", "X was held captive") or how it
    is regarded ("held X in high esteem", "was held to account"): a predicative, or a phrase of a noun of the class
    ``regard`` under the verb or its object."""
    if children(verb, *_PREDICATIVES):
        return True
    heads = [verb, *children(verb, *OBJECT_DEPS)]
    return any(_REGARD in lexicon.senses.classes_of(noun.lemma_.lower())
               for head in heads for prep in children(head, "prep") for noun in children(prep, "pobj"))


def _applies(pattern: Pattern, verb: Token, nouns: Collection[str], lexicon: Lexicon) -> bool:
    """Whether a pattern can read the verb at all: a light verb's pattern needs its noun ("impose" without
    "sanction" fits neither way), a bid's a to-infinitive of what the object is to do, a bare one neither that
    nor a clause or phrase of what the object is told of, an unbidden one no to-infinitive, a told one that clause
    or phrase and no to-infinitive. The noun is tested first: a light verb has many patterns, most with another
    noun."""
    if (pattern.noun and pattern.noun not in nouns) or (pattern.passive and not _passive(verb)):
        return False
    return _bidding_as_asked(verb, pattern, lexicon) and _told_as_asked(verb, pattern, lexicon) \
        and _received_as_asked(verb, pattern, lexicon) and not (pattern.arranged and _view_shared(verb, lexicon)) \
        and _confided_as_asked(verb, pattern, lexicon)


def _confided_as_asked(verb: Token, pattern: Pattern, lexicon: Lexicon) -> bool:
    """Whether a word of privacy bears on the telling as the pattern asks (``Pattern.confided``,
    ``Pattern.unconfided``): an adverb of the verb, or a word of a phrase under the verb or its object, of
    kg:Confidential ("told MPs privately", "at a private meeting", "in a confidential letter")."""
    if not (pattern.confided or pattern.unconfided):
        return True
    private = lexicon.cues["Confidential"]
    phrases = [t for head in (verb, *children(verb, *OBJECT_DEPS)) for prep in children(head, "prep")
               for t in prep.subtree]
    confided = any(t.lemma_.lower() in private or t.lower_ in private
                   for t in (*children(verb, "advmod"), *phrases))
    return confided == pattern.confided


def _view_shared(verb: Token, lexicon: Lexicon) -> bool:
    """Whether an "about" phrase (kg:ViewPreposition) or a clause under the verb gives a view its actors share
    rather than what they settle: a clause with neither a modal of what is to be done (kg:Future, the auxiliaries of
    kg:Intended and kg:Hypothetical: "that she would step down") nor a subjunctive ("that the vote be put off")."""
    if any(p.lower_ in lexicon.cues["ViewPreposition"] for p in children(verb, "prep")):
        return True
    to_be = lexicon.cues["Future"] | lexicon.modal_auxiliaries.get("Intended", frozenset()) \
        | lexicon.modal_auxiliaries.get("Hypothetical", frozenset())
    return any(not (_subjunctive(clause) or any(a.lower_ in to_be or a.tag_ == "VB" for a in
                                                children(clause, "aux", "auxpass")))
               for clause in children(verb, "ccomp"))


def _received_as_asked(verb: Token, pattern: Pattern, lexicon: Lexicon) -> bool:
    """Whether a "to" phrase of where the object is received is there as the pattern asks: always for a received
    pattern, never for an unreceived one."""
    if not (pattern.received or pattern.unreceived):
        return True
    return _received_at(verb, lexicon) == pattern.received


_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
"""The model's entity labels of a place ("welcomed Y to Paris")."""
_GATHERING = "gathering"  # the noun class of senses.yaml of a meeting one is received at ("to the summit")


def _received_at(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a "to" phrase under the verb or its object (where the parser may hang it) names a place or a
    gathering (class ``gathering`` of senses.yaml): "welcomed Y to Paris", "welcomed Y to the summit"."""
    heads = [verb, *children(verb, "dobj")]
    places = [n for head in heads for p in children(head, "prep") if p.lower_ == "to" for n in children(p, "pobj")]
    return any(n.ent_type_ in _PLACE_ENTITIES or _GATHERING in lexicon.senses.classes_of(n.lemma_.lower())
               for n in places)


def _bidding_as_asked(verb: Token, pattern: Pattern, lexicon: Lexicon) -> bool:
    """Whether a to-infinitive of what the object is to do is there as the pattern asks: always for a bid, never
    for an unbidden or a told one."""
    if not (pattern.bids or pattern.unbidden or pattern.told):
        return True
    return _pattern_bidding(verb, pattern, lexicon) == pattern.bids


def _told_as_asked(verb: Token, pattern: Pattern, lexicon: Lexicon) -> bool:
    """Whether a clause or phrase of what the object is told of is there as the pattern asks: never for a bare
    pattern, always for a told one."""
    if not (pattern.bare or pattern.told):
        return True
    return _told_of(verb, lexicon) == pattern.told


_TOLD_OF = frozenset({"about", "of"})
"""Prepositions of what a verb of warning tells its object of ("warned Y about the risks")."""


def _told_of(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a clause or an "about"/"of" phrase under the verb says what its object is told to do or of; an
    ultimatum ("warned Y to withdraw or face sanctions") or a clause of the steps to come ("warned Y that further
    steps could follow") says what follows if not, and is none."""
    if _ultimatum(verb) or _steps_to_come(verb, lexicon):
        return False
    heads = [verb, *children(verb, "dobj")]  # the parser may hang "about" on the object: "warned Y about X"
    return _bidding(verb, lexicon) or bool(children(verb, "ccomp")) or any(
        p.lower_ in _TOLD_OF for head in heads for p in children(head, "prep"))


def _steps_to_come(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a clause with a modal under the verb has a noun of kg:ConsequenceNoun as its subject, with no object,
    that follows or is imposed (kg:ComingVerb: "that sanctions would be imposed") or is more of it (kg:FurtherWord:
    "that further steps could follow"), not a noun the clause only describes ("that the measures would fail", "that
    the response would be muted"); or as the object of a verb of kg:FacingVerb ("that it would face consequences")."""
    consequences = lexicon.cues["ConsequenceNoun"]
    for clause in children(verb, "ccomp"):
        if not any(a.tag_ == "MD" for a in children(clause, "aux")):
            continue
        nouns = [n for n in children(clause, *_consequence_deps(clause, lexicon)) if n.lemma_.lower() in consequences]
        if any(_coming(clause, noun, lexicon) for noun in nouns):
            return True
    return False


def _consequence_deps(clause: Token, lexicon: Lexicon) -> tuple[str, ...]:
    """The dependencies under which a clause holds what follows: the object of a verb of kg:FacingVerb, the passive
    subject of a clause with an object, else either subject."""
    if clause.lemma_.lower() in lexicon.cues["FacingVerb"]:
        return ("dobj",)
    return ("nsubjpass",) if children(clause, "dobj") else ("nsubj", "nsubjpass")


def _coming(clause: Token, noun: Token, lexicon: Lexicon) -> bool:
    """Whether a noun of kg:ConsequenceNoun in the clause is what is to come: the object of a verb of kg:FacingVerb,
    the subject of one of kg:ComingVerb, or modified by a word of kg:FurtherWord."""
    verb = clause.lemma_.lower()
    if verb in lexicon.cues["FacingVerb"] or verb in lexicon.cues["ComingVerb"]:
        return True
    further = lexicon.cues["FurtherWord"]
    return any(m.lemma_.lower() in further or m.lower_ in further for m in children(noun, "amod"))


def _ultimatum(verb: Token) -> bool:
    """A bid joined by "or" to what follows if it is not met ("to withdraw or face sanctions")."""
    return any(cc.lower_ == "or" for bid in _to_infinitives(verb) for part in (bid, *bid.conjuncts)
               for cc in children(part, "cc"))


_last_bidding: list = [None, -1, None, False]
"""The document, index and lexicon of the verb ``_bidding`` was last asked about, and its answer: each of a verb's
patterns of a bid, an unbidden or a told object asks it (``_applies``), one verb after the other."""


def _bidding(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a to-infinitive or a clause in the subjunctive under the verb says what its object is to do
    ("challenged Y to publish", "demanded that Y publish"), or an "against" phrase what it is not to do ("warned Y
    against raising taxes", "advised Y against a deal": advice, no threat). Read once for the verb asked about
    last (``_last_bidding``)."""
    doc = verb.doc
    if _last_bidding[0] is not doc or _last_bidding[1] != verb.i or _last_bidding[2] is not lexicon:
        found = bool(_to_infinitives(verb) or _subjunctives(verb) or _warned_off(verb, lexicon) or _imperatives(verb))
        _last_bidding[:] = [doc, verb.i, lexicon, found]
    return _last_bidding[3]


def _imperatives(verb: Token) -> list[Token]:
    """The commands the verb quotes: a bare verb with no subject nor auxiliary that opens the quotation after it
    ('told Y: "Give the workers their pay"') or opens the sentence before it ('End the blockade, X tells Y')."""
    return [c for c in children(verb, "xcomp", "ccomp", "parataxis", "advcl")
            if c.tag_ == "VB" and not children(c, "nsubj", "nsubjpass") and _opens_quote_or_sentence(c, verb)]


def _opens_quote_or_sentence(command: Token, verb: Token) -> bool:
    """Whether the command opens its sentence before the verb, or the quotation after it, with no auxiliary but a
    "do" that forbids ("Don't tell lies")."""
    first = _command_opening(command)
    if first is None:
        return False
    before = command.doc[first.i - 1] if first.i > 0 else None
    if command.i < verb.i:
        return before is None or before.is_sent_end or before.tag_ == "``" or first.is_sent_start
    return before is not None and before.tag_ == "``"


def _command_opening(command: Token) -> Token | None:
    """The first word of a command: the verb itself, or the "do" of a forbidding one; None for another auxiliary."""
    auxiliaries = children(command, "aux")
    if not auxiliaries:
        return command
    forbids = len(auxiliaries) == 1 and auxiliaries[0].lower_ == "do" and bool(children(command, "neg"))
    return auxiliaries[0] if forbids else None


_WARNED_OFF = frozenset({"against"})
"""Prepositions of what a verb of warning or advice bids its object not to do ("warned Y against the move")."""
_HOSTILE = "hostile"  # the noun class of senses.yaml of hostile acts ("provocation", "aggression")


def _warned_off(verb: Token, lexicon: Lexicon) -> bool:
    """Whether an "against" phrase under the verb or its object (where the parser may hang it) bids the object not
    to do something: "warned Y against raising taxes", "against complacency"; not a hostile act (the noun class
    ``hostile``: "warned Y against further provocations" is a threat)."""
    objects = children(verb, "dobj")
    courses = [c for head in (verb, *objects) for p in children(head, "prep") if p.lower_ in _WARNED_OFF
               for c in children(p, "pobj", "pcomp")]
    return bool(objects) and any(_HOSTILE not in lexicon.senses.classes_of(c.lemma_.lower()) for c in courses)


def _pattern_bidding(verb: Token, pattern: Pattern, lexicon: Lexicon) -> bool:
    """Whether a to-infinitive says what the pattern's object is to do, under the verb or its light noun."""
    return _bidding(verb, lexicon) or _noun_bidding(verb, pattern)


def _noun_bidding(verb: Token, pattern: Pattern) -> bool:
    """Whether a to-infinitive under a light verb's noun or its preposition says what the preposition's object is to
    do ("renewed calls for the mayor to apologise", the infinitive hung on "for"; "issued a call for Y to resign",
    hung on "call"); an infinitive of no act ("to be", a passive) asks nothing of the preposition's object."""
    if not pattern.noun:
        return False
    nouns = _noun_objects(verb, pattern.noun)
    heads = [*nouns, *(p for n in nouns for p in children(n, "prep") if p.lower_ == pattern.prep)]
    clauses = (c for head in heads for c in children(head, "xcomp", "advcl", "ccomp", "relcl", "acl"))
    return any(_active_infinitive(c) for c in clauses)


def _active_infinitive(clause: Token) -> bool:
    """A to-infinitive of an act its subject does: not "to be" nor a passive ("for the advice to be made public":
    the advice does nothing)."""
    return any(a.lower_ == "to" for a in children(clause, "aux")) and clause.lemma_.lower() != "be" \
        and not children(clause, "auxpass")


def _to_infinitives(verb: Token) -> list[Token]:
    """The clauses with "to" under the verb (its complements and adverbial clauses), in text order."""
    return [c for c in children(verb, "xcomp", "advcl", "ccomp") if any(a.lower_ == "to" for a in children(c, "aux"))]


def _matched(clause: _Clause, pattern: Pattern, matched: Match, entities: DocEntities, lexicon: Lexicon,
             emitted: set) -> Iterator[Relation]:
    """A relation from each subject to each object the pattern found."""
    info = lexicon.relations[pattern.relation]
    object_toks, words = matched
    ends = _fitting_ends(clause, pattern, object_toks, info, entities, lexicon)
    if ends is None:
        return  # most matches: no place to read
    subjects, objects, mutual = ends
    place = _place(clause, objects, entities, lexicon, words, destination=info.destination_object)
    trust = SUBJECT_TRUST.get(clause.how, 0.7) - (0.05 if pattern.converse else 0.0)
    doers: dict[str, Actor] = {}
    for subject in subjects:
        for obj in objects:
            key = (subject.entity.id, pattern.relation, obj.entity.id)
            if key in emitted or not _fitting_pair(pattern, subject, obj, entities, lexicon, [clause.verb, *words]):
                continue
            emitted.add(key)
            doers[subject.entity.id] = subject
            yield clause.relation(subject, pattern, obj, words=words, place=place, trust=trust, code=info.cameo)
    yield from _comrades(clause, pattern, [] if mutual else list(doers.values()), lexicon, emitted)


def _fitting_ends(clause: _Clause, pattern: Pattern, object_toks: list[Token], info: RelationInfo,
                  entities: DocEntities, lexicon: Lexicon) -> tuple[list[Actor], list[Actor], bool] | None:
    """The subjects and objects of a match (``_ends``) the relation can hold (``_fitting``, ``_apart``), and whether
    they act on each other; None when no subject or no object is left (most matches)."""
    subjects, objects, mutual = _ends(clause, pattern, object_toks, entities, lexicon,
                                      destination=info.destination_object)
    if not subjects:
        return None
    sites = partial(_site_places, clause.verb, object_toks, entities, lexicon)
    subjects, objects = _fitting(subjects, objects, info, pattern, lexicon, sites)
    if not mutual:
        subjects, objects = _apart(subjects, objects)
    return (subjects, objects, mutual) if subjects and objects else None


def _ends(clause: _Clause, pattern: Pattern, object_toks: list[Token], entities: DocEntities, lexicon: Lexicon, *,
          destination: bool) -> tuple[list[Actor], list[Actor], bool]:
    """The subjects and objects of a match, and whether they act on each other ("A and B accused each other":
    each of them is the other's object). The objects first: most matches have no actor among them, and then the
    subjects are not read, unless the objects may still come from elsewhere (a ``destination`` relation's sites,
    see ``_fitting``) or stand for the subjects (each other); both empty when either is."""
    if pattern.converse:
        subjects = _subjects(clause, pattern, entities, lexicon)
        return object_actors(object_toks, entities, lexicon, pattern.relation), subjects, False
    objects = object_actors(object_toks, entities, lexicon, pattern.relation)
    if not (objects or destination or reciprocal_pronoun(object_toks)):
        return [], [], False  # no object for the subjects: they are not read
    subjects = _subjects(clause, pattern, entities, lexicon)
    if not subjects:
        return [], [], False
    if not objects and len(subjects) > 1 and reciprocal_pronoun(object_toks):
        return subjects, subjects, True
    return subjects, objects, False


def _subjects(clause: _Clause, pattern: Pattern, entities: DocEntities, lexicon: Lexicon) -> list[Actor]:
    """Who the pattern's A is: what a passive-only pattern's verb is said of ("X was expelled from the party"), else
    the clause's subject, else what a converse verb in the passive is said of."""
    if pattern.passive:
        return actors(_said_of(clause.verb), entities, lexicon)
    if clause.subject_tokens:
        return list(clause.subject_actors) + _groups_acting(clause, pattern, lexicon)
    return actors(_converse_holders(clause.verb, pattern), entities, lexicon)


_GROUP_ACTS = frozenset({"MaterialConflict", "MaterialCooperation"})
_ACT_ABOVE = frozenset({"conj", "xcomp", "advcl", "acomp", "pcomp", "prep"})


def _groups_acting(clause: _Clause, pattern: Pattern, lexicon: Lexicon) -> list[Actor]:
    """The organisation a subject acts "as part of" or "as a member of" (kg:PartNoun), which acts through it in a
    deed of force or of material help: "Norway, as part of the alliance, sent aid to X" (the alliance aids X too);
    "works as part of the coalition to defeat X". Not for words or for affiliations, which stay the member's own,
    nor for a person's deeds, whose sense (a person "attacked" X in words) need not be the group's."""
    return list(clause.wholes) if _group_may_act(clause, pattern, lexicon) else []


def _group_may_act(clause: _Clause, pattern: Pattern, lexicon: Lexicon) -> bool:
    return clause.how in ("active", "inherited") and lexicon.relations[pattern.relation].quad_class in _GROUP_ACTS \
        and not any(a.entity.type == "Person" for a in clause.subject_actors)


def _acting_heads(clause: _Clause) -> list[Token]:
    """The subject's words and the verb with the verbs it completes, up to the clause's own ("is working as part of
    X to defeat Y": "as" hangs on "working")."""
    heads, verb = list(clause.subject_tokens), clause.verb
    heads.append(verb)
    while verb.dep_ in _ACT_ABOVE and verb.head.i != verb.i:
        verb = verb.head
        heads.append(verb)
    return heads


def _comrades(clause: _Clause, pattern: Pattern, fighters: list[Actor], lexicon: Lexicon,
              emitted: set) -> Iterator[Relation]:
    """The first of two or more actors who fight the same enemy in one clause, beside each of the others, with the
    clause's polarity ("are committed to defeating" intends the joint fight too); none for another relation."""
    if len(fighters) < 2 or pattern.converse or clause.how == "passive":
        return  # a passive's agents list whoever did the harm, together or apart
    fighters = _beside(clause, pattern, fighters, lexicon)
    if len(fighters) < 2:
        return
    alongside = _alongside(pattern, lexicon)
    if alongside is None:
        return
    first = fighters[0]
    for other in fighters[1:]:
        key = (first.entity.id, alongside.relation, other.entity.id)
        if key not in emitted:
            emitted.add(key)
            yield clause.relation(first, alongside, other, words=[], place=None, trust=0.7,
                                  code=lexicon.relations[alongside.relation].cameo)


def _beside(clause: _Clause, pattern: Pattern, fighters: list[Actor], lexicon: Lexicon) -> list[Actor]:
    """The fighters but the organisation the others act as part of: a member fights in its alliance, not beside it."""
    wholes = {a.entity.id for a in _groups_acting(clause, pattern, lexicon)}
    return [f for f in fighters if f.entity.id not in wholes]


def _alongside(pattern: Pattern, lexicon: Lexicon) -> Pattern | None:
    """The pattern of "A fight alongside B" (a verb and link of kg:FightingAlongside) when ``pattern`` has the
    relation of "A fight B", else None."""
    for written in sorted(lexicon.cues["FightingAlongside"]):
        verb, link = written.split(" ")
        patterns = lexicon.verb_patterns.get(verb, ())
        if _plain_relation(patterns) == pattern.relation:
            return next((p for p in patterns if p.link == link and not p.noun), None)
    return None


def _plain_relation(patterns: tuple[Pattern, ...]) -> str | None:
    """The relation of a verb's plain pattern ("A fight B": no link, noun or converse), if it has one."""
    return next((p.relation for p in patterns if not (p.link or p.noun or p.converse)), None)


def _fitting_pair(pattern: Pattern, subject: Actor, obj: Actor, entities: DocEntities, lexicon: Lexicon,
                  words: list[Token]) -> bool:
    """Two different actors the pattern's sense allows."""
    return subject.entity.id != obj.entity.id and fits(pattern.sense, subject, obj, lexicon, words, entities)


def _apart(subjects: list[Actor], objects: list[Actor]) -> tuple[list[Actor], list[Actor]]:
    """The subjects that are not also the objects, where two or more are: "Hadley and Rusk attacked by councillors
    Harbour Party councillors have criticised Tom Hadley and Peter Rusk" is a headline run into its sentence, no
    clause of the two against each other (never a sentence of English news); the councillors stay its subject."""
    shared = {a.entity.id for a in subjects} & {a.entity.id for a in objects}
    if len(shared) > 1:
        return [a for a in subjects if a.entity.id not in shared], objects
    return subjects, objects


def _fitting(subjects: list[Actor], objects: list[Actor], info: RelationInfo, pattern: Pattern,
             lexicon: Lexicon, sites: Callable[[], list[Actor]]) -> tuple[list[Actor], list[Actor]]:
    """The subjects and objects the relation can hold: no team named by its country or town ("Wales travel to
    Edinburgh"); of an affiliation, actors named themselves (or the owner of the noun a pattern's sense asks for:
    "sits on the party's executive"); of a plain pattern, objects named themselves ("held X's passport" holds no
    X); of a destination, places, else the places of the ``sites`` visited ("visited the Pakistani community in
    Leeds")."""
    subjects = [s for s in subjects if not team_named_by_place(s)]
    if info.affiliation:
        subjects = _member_actors(subjects)
        objects = objects if pattern.sense.object_class else _affiliable(objects)
    elif pattern.plain:
        objects = _affiliable(objects)
    if info.destination_object:
        objects = [o for o in objects if _destination(o, lexicon)] or sites()
    return subjects, objects


def _affiliable(objects: list[Actor]) -> list[Actor]:
    """The objects an affiliation may hold: the actor itself, not one named beside a thing ("headed Labour's
    preparations" leads the preparations, not Labour)."""
    return [o for o in objects if o.kind != "modifier"]


def _member_actors(subjects: list[Actor]) -> list[Actor]:
    """Who may hold an affiliation: an actor named itself, not one named beside a thing ("Labour MPs serve on B"
    are not Labour), nor a common noun read as a group named earlier ("the MPs who make up B")."""
    return [s for s in subjects if s.kind not in ("modifier", "collective")]


def _place(clause: _Clause, objects: list[Actor], entities: DocEntities, lexicon: Lexicon, words: list[Token], *,
           destination: bool) -> Entity | None:
    """Where it happened: a place under the verb or the pattern's words ("held talks in Bogota with"), else, when
    the object is where the subject goes (kg:destinationObject), the one capital among the objects when they are
    all its country ("flew to Kyiv"; "accused Kyiv" happened anywhere; "opened missions in Iraq and Kabul": the
    mission in Iraq is not in Kabul)."""
    place = place_of(clause.verb, entities, lexicon, exclude={a.token.i for a in objects}, within=words)
    capitals = [a.place for a in objects if a.place is not None and destination]
    if place is None and len(capitals) == 1 and len({a.entity.id for a in objects}) == 1:
        place = capitals[0]
    return place


def _site_places(verb: Token, object_toks: list[Token], entities: DocEntities, lexicon: Lexicon) -> list[Actor]:
    """Where a site the subject went to is, when the site is no place of its own ("visited a camp in the Kenyan
    capital", "toured two factories in Portugal", "visited British troops in Basra"): the places of its "in" phrase,
    or of the verb's, are where the subject went."""
    people = [t for t in object_toks if (found := entities.at(t)) is not None and found.entity.type == "Person"]
    if people or not object_toks:
        return []  # a person visited is met there (04_consult.yaml)
    return [a for a in actors(prep_objects([*object_toks, verb], "in"), entities, lexicon, place_object=True)
            if a.entity.type in ("Country", "Place") and _destination(a, lexicon)]


def _destination(obj: Actor, lexicon: Lexicon) -> bool:
    """Whether an object can be where the subject goes: a name of no person, or a kind of place a country's word
    describes ("the Ukrainian capital"); not people ("visited the Pakistani community", "visited Russian
    troops")."""
    if obj.entity.type == "Person" or obj.kind == "collective":
        return False
    return obj.kind != "modifier" or obj.token.lemma_.lower() in lexicon.cues.get("PlaceNoun", ())


def _coordinated_subjects(clause: _Clause, pattern: Pattern, lexicon: Lexicon) -> bool:
    """A symmetric verb with two or more subjects and no object of its own ("Zelensky and Trump met"); a pattern
    with a noun only when that noun is the object ("Chile and Peru signed an agreement", not "Labour and the Tories
    praised the report"); a "with" pattern when its verb says its subjects act together ("worked together") or its
    noun is the object and no partner is named with "with" ("Chile and Peru held talks", "signed a pact")."""
    if not lexicon.relations[pattern.relation].symmetric or (pattern.link and not (
            _reciprocal(clause.verb, pattern, lexicon) or _joint_noun(clause.verb, pattern, lexicon))):
        return False
    objects = children(clause.verb, *OBJECT_DEPS)
    clause_fits = any(o.lemma_.lower() == pattern.noun for o in objects) if pattern.noun else not objects
    return clause_fits and len(clause.subject_actors) >= 2


def _reciprocal(verb: Token, pattern: Pattern, lexicon: Lexicon) -> bool:
    """A "with" pattern whose verb says its subjects act together (kg:JointAdverb: "X and Y worked together" is "X
    work with Y") and names no partner of its own."""
    together = any(a.lower_ in lexicon.cues["JointAdverb"] for a in children(verb, "advmod"))
    return pattern.link == "with" and not pattern.noun and together and not prep_objects([verb], "with")


def _joint_noun(verb: Token, pattern: Pattern, lexicon: Lexicon) -> bool:
    """A "with" pattern with a noun ("A hold talks with B") whose verb names no partner with "with", under it or
    its object: coordinated subjects hold the talks with each other; not those who host, attend or broker an event
    together (kg:HostingVerb: "X and Y hosted a dinner" met their guests), nor when "between" names the parties or
    a word says the subjects act apart (kg:ApartWord: "held separate talks", "each held talks")."""
    if pattern.link != "with" or not pattern.noun or verb.lemma_.lower() in lexicon.cues["HostingVerb"]:
        return False
    heads = [verb, *children(verb, *OBJECT_DEPS)]
    apart = lexicon.cues["ApartWord"]  # "held separate talks", "each held talks"
    return not (prep_objects(heads, "with") or prep_objects(heads, "between")
                or any(w.lower_ in apart for head in (*heads, *children(verb, *SUBJECT_DEPS)) for w in head.children))


def _pairs(clause: _Clause, pattern: Pattern, entities: DocEntities, lexicon: Lexicon,
           emitted: set) -> Iterator[Relation]:
    """Coordinated subjects of a symmetric verb: one relation, in text order, where the pattern's sense fits them."""
    subjects = list(clause.subject_actors)
    first = subjects[0]
    place = place_of(clause.verb, entities, lexicon, exclude={a.token.i for a in subjects})
    for other in subjects[1:]:
        key = (first.entity.id, pattern.relation, other.entity.id)
        if key in emitted or not fits(pattern.sense, first, other, lexicon, entities=entities):
            continue
        emitted.add(key)
        yield clause.relation(first, pattern, other, words=[], place=place, trust=0.75,
                              code=lexicon.relations[pattern.relation].cameo)


@extractors.register("verbal")
def verbal(doc: Doc, entities: DocEntities, lexicon: Lexicon) -> Iterator[Relation]:
    """Verbs from the ontology's lexicon with their subjects and objects (active, passive, converse)."""
    tokens, known = entities.tokens, lexicon.verb_patterns
    for token in tokens.with_pos("VERB", "AUX", "NOUN"):
        # parts of speech, labels and lemmas read once per document; a word with no pattern is not read further, nor
        # the lemma of a noun that is no verb (most nouns)
        if tokens.pos[token.i] != "NOUN" or _noun_read_as_verb(token.i, tokens):
            lemma = _verb_lemma(token, known, tokens)
            if known.get(lemma):
                yield from _relations(token, lemma, entities, lexicon)


def _noun_read_as_verb(i: int, tokens: Tokens) -> bool:
    """A verb the tagger took for a noun (token ``i``): a headline's main word, or a gerund with an object of its own
    ("does not rule out meeting Zelensky", where "meeting" came out a noun)."""
    if tokens.pos[i] != "NOUN":
        return False
    dep = tokens.dep[i]
    return dep == "ROOT" or (dep == "xcomp" and tokens.lower[i].endswith("ing")
                             and bool(children(tokens[i], "dobj")))
