"""Nominal events: "Israel's strikes on Gaza", "his meeting with Trump", "talks between Ukraine and Russia"."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Doc, Token

from graph_builder.entities import DocEntities
from graph_builder.extract.arguments import (
    Actor,
    actor,
    actors,
    helped_in,
    object_actors,
    quantity_noun,
    reacts_to,
    subject_tokens,
)
from graph_builder.extract.attribution import attribution, reported
from graph_builder.extract.polarity import examined, owned_up, participation, phrase_lemma, polarity
from graph_builder.extract.scoring import confidence, evidence
from graph_builder.extract.senses import fits
from graph_builder.extract.syntax import (
    OBJECT_DEPS,
    VERBAL,
    by_agents,
    children,
    dependents,
    expand,
    morph_values,
    phrase,
    prep_objects,
    whose_antecedent,
)
from graph_builder.extract.time_place import event_when, governing_place, place_of
from graph_builder.patterns import CLAUSE_LINKS
from graph_builder.records import Entity, Relation
from graph_builder.registry import extractors
from graph_builder.vocab import Lexicon, Pattern

Pair = tuple[Actor, Actor, float]


def _modifier_modality(noun: Token, lexicon: Lexicon) -> str | None:
    """A "proposed meeting", "possible talks" or "upcoming summit" is not (yet) real."""
    cues = lexicon.cues
    for modifier in children(noun, "amod"):
        for modality in ("Possible", "Future", "Intended"):
            if modifier.lower_ in cues[modality] or modifier.lemma_.lower() in cues[modality]:
                return modality.lower()
    return None


def _event_actor(noun: Token, pattern: Pattern, entities: DocEntities, lexicon: Lexicon) -> tuple[Actor | None, str]:
    """Who acts in a nominal event: its possessor, its agent ("the invasion of Kuwait by Iraq", "the visit of the
    president to Japan"), a country modifying it, or the subject of the verb it completes ("flew to Moscow for
    talks with Putin"; not of a verb that reacts to the event: "Norway condemned the invasion of Kuwait"). Who is
    helped "in" the event acts in it, whatever its possessor ("backed Chad in its fight against the rebels")."""
    helped = _helped_actor(noun, entities, lexicon)
    if helped is not None:
        return helped, "helped"
    for owner in children(noun, "poss"):
        found = actor(whose_antecedent(owner), entities, lexicon)
        if found:
            return found, "possessor"
    agent = _agent(noun, pattern, entities, lexicon)
    if agent is not None:
        return agent, "possessor"
    modifier = _modifying_actor(noun, entities, lexicon)
    if modifier is not None:
        return modifier, "modifier"
    return _clause_actor(noun, pattern, entities, lexicon)


def _clause_actor(noun: Token, pattern: Pattern, entities: DocEntities, lexicon: Lexicon) -> tuple[Actor | None, str]:
    """The subject of the verb the event noun completes ("flew to Riga for talks with Varga"), or who a passive
    verb of participation says takes part; not of a verb that reacts to the event, nor of one that examines it
    (kg:ExaminingVerb: "police investigated the murder of X" murder no one), nor of one that talks about it
    (kg:DiscussingVerb: "discussed the invasion of B with C")."""
    verb = _completed_verb(noun, lexicon) if _clause_may_act(noun, pattern, lexicon) else None
    if verb is None or examined(noun, lexicon) or _discussed(noun, verb, lexicon) or (
            reacts_to(verb, lexicon) and not _acted_in(noun, verb, lexicon)):
        return None, ""
    found = actors(_participants(noun, verb, lexicon) or subject_tokens(verb, lexicon)[0], entities, lexicon)
    return (found[0], "clause") if found else (None, "")


def _discussed(noun: Token, verb: Token, lexicon: Lexicon) -> bool:
    """Whether a known event (one a definite or demonstrative determiner points to) is the matter a verb of
    kg:DiscussingVerb talks about, as its object or the object of its preposition ("discussed the invasion of B with
    C", "talked over the raid on B"): who talks does not act. One not known yet may be the talker's, possibly
    ("discussed an alliance with C")."""
    if not any(morph_values(d, "Definite") == ["Def"] or morph_values(d, "PronType") == ["Dem"]
               for d in children(noun, "det")):
        return False
    preposition = noun.head if noun.dep_ == "pobj" else None
    particles = [c.lower_ for c in children(verb, "prt")] + ([preposition.lower_] if preposition is not None else [])
    lemma = verb.lemma_.lower()
    return bool({lemma, *(f"{lemma} {word}" for word in particles)} & lexicon.cues["DiscussingVerb"])


def _acted_in(noun: Token, verb: Token, lexicon: Lexicon) -> bool:
    """An event noun in an "in" phrase of the verb itself or of its subject set off by commas, how the subject
    acts, whatever the verb ("attacked B in coordination with C", "A, in coordination with C, attacked B": A
    coordinates with C), not what a verb of reaction speaks about ("condemned the invasion of B"), nor after an
    event noun the verb reacts to, whose phrase it may be ("criticised the strikes in support of B")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return False
    if noun.head.head.i != verb.i:
        return _set_off_on_subject(noun.head.head, noun.head)
    return not any(o.lemma_.lower() in lexicon.noun_patterns for o in children(verb, *OBJECT_DEPS))


def _participants(noun: Token, verb: Token, lexicon: Lexicon) -> list[Token]:
    """Who a passive verb of participation says takes part in the event ("X was involved in the use of car bombs
    against B", kg:Participation): its passive subject, which is no patient here."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.head.i != verb.i or not participation(preposition, verb, lexicon):
        return []
    return children(verb, "nsubjpass")


def _helped_actor(noun: Token, entities: DocEntities, lexicon: Lexicon) -> Actor | None:
    """The one helped in the event ("backed Chad in its fight against the rebels")."""
    return next((found for token in helped_in(noun, lexicon) if (found := actor(token, entities, lexicon))), None)


def _agent(noun: Token, pattern: Pattern, entities: DocEntities, lexicon: Lexicon) -> Actor | None:
    """The actor named with "by" under an event noun, with "of" when "of" does not name its target, or with "from"
    under a noun of something given or said (kg:GiftNoun: "a donation from A to B", "aid from A to B"; kg:VoicedNoun:
    "criticism of B from A"), or under its receiver, where the parser may hang it ("donations for B from A")."""
    named = by_agents(noun) + ([] if pattern.prep == "of" else prep_objects([noun], "of")) + _givers(noun, pattern,
                                                                                                     lexicon)
    return next((found for token in named if (found := actor(token, entities, lexicon)) is not None), None)


def _givers(noun: Token, pattern: Pattern, lexicon: Lexicon) -> list[Token]:
    """The "from" phrase of a gift or voiced noun or of its receiver (see _agent); none for any other noun."""
    if noun.lemma_.lower() not in lexicon.giving_nouns:
        return []
    receivers = prep_objects([noun], pattern.prep) if pattern.prep else []
    return prep_objects([noun, *receivers, *_said_to_be(noun, lexicon)], "from")


def _said_to_be(noun: Token, lexicon: Lexicon) -> list[Token]:
    """The gift nouns "be" says the noun is, whose "from" phrase names its giver: "the largest donation to B was a
    bequest from A", "among the gifts to B were two donations from A" (the noun in a phrase on the verb)."""
    clause = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if clause.lemma_.lower() != "be" or clause.i == noun.i or noun.dep_ not in ("nsubj", "pobj") or children(
            clause, "neg"):  # "was never a bequest from A" names no giver
        return []
    return [n for n in children(clause, "attr") if n.lemma_.lower() in lexicon.giving_nouns]


def _clause_may_act(noun: Token, pattern: Pattern, lexicon: Lexicon) -> bool:
    """Whether the clause's subject may be the actor of an event noun: not of one written with "of" for its target
    that stands after a preposition other than "in" ("in support of B" is the subject's; "despite the support of
    A", "without the backing of A" name A as the one who acts), nor of a claim (kg:Allegation) in a phrase of the
    clause, which is others' ("an inquiry is under way following allegations that Y lied": no named actor accuses
    Y)."""
    if noun.dep_ == "pobj" and noun.lemma_.lower() in lexicon.cues["Allegation"]:
        return False
    return pattern.prep != "of" or noun.dep_ != "pobj" or noun.head.lower_ == "in"


def _modifying_actor(noun: Token, entities: DocEntities, lexicon: Lexicon) -> Actor | None:
    """A country or organization named left of the noun, not as its possessor nor inside the possessor's phrase
    ("Russian strikes"; not "the Peruvian president's visit", where "Peruvian" is the president's); before a noun
    of a case at law, a country names the courts, not who brings it ("a US lawsuit against B", kg:CourtCaseNoun)."""
    types = ("Organization",) if noun.lemma_.lower() in lexicon.cues["CourtCaseNoun"] else ("Country", "Organization")
    for left in (t for t in noun.lefts if t.dep_ != "poss"):
        for token in left.subtree:
            mention = entities.at(token)
            if mention and mention.entity.type in types and token.dep_ != "poss" and not _of_a_person(
                    token, noun, entities):
                return actor(token, entities, lexicon)
    return None


def _of_a_person(token: Token, noun: Token, entities: DocEntities) -> bool:
    """Whether a person is named between a word left of an event noun and the noun ("Chilean President Ana Ruiz
    held talks with Y", which the parser may read as one noun phrase "... held talks"): the country is the
    person's, and says nothing of who acts in the event."""
    return any((mention := entities.at(between)) is not None and mention.entity.type == "Person"
               for between in token.doc[token.i + 1:noun.i])


# Prepositions through which a verb speaks of an event rather than takes part in it ("referred to it as the war",
# "spoke about the talks").
_ABOUT = frozenset({"as", "about", "on", "over", "of", "against", "by"})


def _completed_verb(noun: Token, lexicon: Lexicon) -> Token | None:
    """The verb a nominal event is the object of, directly or through a preposition ("flew in for talks"), or
    through the amount it measures ("provided $20 million in aid to") or the number of such events it is one of
    ("launched a series of attacks on", kg:QuantityNoun), or through the responsibility it owns up to ("claimed
    responsibility for the attack on", kg:ResponsibilityNoun)."""
    counted = _counted_in(noun, lexicon)
    if counted is not None:
        return _completed_verb(counted, lexicon)
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ in ("prep", "conj") and head.lower_ not in _ABOUT:
        governor = _first_conjunct(head).head
        if governor.pos_ in VERBAL:
            return governor
        return governor.head if _carried(governor, head, lexicon) else None
    if noun.dep_ in OBJECT_DEPS and head.pos_ in VERBAL:
        return head
    return None


def _first_conjunct(word: Token) -> Token:
    """The first of coordinated words ("coordinated with and in support of": "with")."""
    while word.dep_ == "conj":
        word = word.head
    return word


def _done_in(thing: Token, preposition: Token) -> bool:
    """A verb's object done "in" an event ("flew missions in support of B", "held a rally in support of B"): the
    event is the verb's subject's."""
    return (preposition.lower_ == "in" and thing.pos_ in ("NOUN", "PROPN") and thing.dep_ in OBJECT_DEPS
            and thing.head.pos_ in VERBAL)


def _carried(thing: Token, preposition: Token, lexicon: Lexicon) -> bool:
    """A verb's object through which the verb's subject acts in the event under its preposition: an amount
    ("provided $20 million in aid to"), a thing done in it ("flew missions in support of"), or the responsibility
    owned up to ("claimed responsibility for the attack on", kg:ResponsibilityNoun)."""
    return _amount_object(thing) or _done_in(thing, preposition) or _set_off_on_subject(thing, preposition) or (
        owned_up(preposition, thing, lexicon) and thing.dep_ in OBJECT_DEPS and thing.head.pos_ in VERBAL)


def _set_off_on_subject(thing: Token, preposition: Token) -> bool:
    """An "in" phrase set off by a comma after a verb's subject ("Kenyan troops, in coordination with C,
    attacked"): how the subject acts in what the verb says."""
    return (preposition.lower_ == "in" and thing.dep_ in ("nsubj", "nsubjpass") and thing.head.pos_ in VERBAL
            and preposition.i > 0 and preposition.nbor(-1).text == ",")


def _counted_in(noun: Token, lexicon: Lexicon) -> Token | None:
    """The number of events a noun is counted in ("series" of "a series of attacks"), if any."""
    head = noun.head
    counted = noun.dep_ == "pobj" and head.lower_ == "of" and quantity_noun(head.head, lexicon)
    return head.head if counted else None


def _amount_object(token: Token) -> bool:
    """A sum or number that is a verb's object ("pledged 5 billion euros", "provided $20 million")."""
    amount = token.pos_ == "NUM" or token.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY")
    return amount and token.dep_ in OBJECT_DEPS and token.head.pos_ in VERBAL


# Prepositions after which "the support of A" names who gives it ("with the support of A", "under the protection
# of A"), not its target.
_BACKED_BY = frozenset({"with", "under"})
# The relation of help given to the subject of a clause ("with support from A, B retook the port").
_BACKING = "supports"


def _of_names_actor(noun: Token, pattern: Pattern, lexicon: Lexicon) -> bool:
    """An event noun written with "of" for its target whose "of" names its actor here: after "with" or "under",
    or as the object of a verb that reads the noun the other way ("won the support of A": the verbal extractor's
    converse pattern gives it). A possessor keeps "of" for the target ("its support of A")."""
    if pattern.prep != "of" or children(noun, "poss"):
        return False
    if _backing_verb(noun, pattern) is not None:
        return True
    verb = _completed_verb(noun, lexicon)
    lemma = noun.lemma_.lower()
    return verb is not None and any(p.converse and p.noun == lemma for p in lexicon.verb_patterns.get(
        verb.lemma_.lower(), ()))


def _backing_verb(noun: Token, pattern: Pattern) -> Token | None:
    """The verb whose subject an event noun is given to: the verb "with" or "under" hangs on ("with the support
    of A, B retook the port"), or, for help (_BACKING), the one a participle's agent describes the doing of ("B
    retook the port, aided by air support from A"); None when the noun stands elsewhere."""
    preposition = noun.head
    if noun.dep_ != "pobj":
        return None
    if preposition.lower_ in _BACKED_BY:
        verb = preposition.head
    elif pattern.relation == _BACKING and preposition.dep_ == "agent" and preposition.head.dep_ == "advcl" \
            and preposition.head.tag_ == "VBN":
        verb = preposition.head.head
    else:
        return None
    return verb if verb.pos_ in VERBAL else None


def _backed_pairs(noun: Token, pattern: Pattern, targets: list[Token], entities: DocEntities,
                  lexicon: Lexicon) -> list[Pair]:
    """"With the support of A, B retook the port": A acts for the subject of the clause "with" belongs to."""
    verb = _backing_verb(noun, pattern)
    if verb is None:
        return []
    backed = actors(subject_tokens(verb, lexicon)[0], entities, lexicon)
    return [(giver, backed[0], 0.6) for giver in actors(targets, entities, lexicon)] if backed else []


def _between_pairs(targets: list[Token], symmetric: bool, entities: DocEntities, lexicon: Lexicon,
                   place_object: bool) -> list[Pair]:
    """The first party of an event "between" others with each of them ("talks between A, B and C"); of a directed
    relation only between two ("a row between A and B"), each to the other: a row, a war or a truce between two is
    both sides' doing. Among three or more, who turned on whom is not said."""
    if not symmetric and len({t.i for target in targets for t in expand(target)}) > 2:
        return []  # the parties said, named actors or not ("a row between Mr X, Y and Z")
    ends = actors(targets, entities, lexicon, place_object=place_object)
    pairs = [(ends[0], other, 0.65) for other in ends[1:]]
    return pairs if symmetric else pairs + [(other, first, trust) for first, other, trust in pairs]


def _pairs(noun: Token, pattern: Pattern, targets: list[Token], entities: DocEntities,
           lexicon: Lexicon) -> list[Pair] | None:
    """(actor, target, trust) of the event; None when no one acts in it."""
    place_object = lexicon.relations[pattern.relation].place_object
    if pattern.prep == "between":
        return _between_pairs(targets, lexicon.relations[pattern.relation].symmetric, entities, lexicon,
                              place_object)
    if _of_names_actor(noun, pattern, lexicon):
        return _backed_pairs(noun, pattern, targets, entities, lexicon)
    subject, how = _event_actor(noun, pattern, entities, lexicon)
    if subject is None:
        return None
    trust = 0.7 if how == "possessor" else 0.6
    # all who are helped act in it ("backed the army and the police in their fight against")
    subjects = actors(helped_in(noun, lexicon), entities, lexicon) if how == "helped" else [subject]
    objects = object_actors(targets, entities, lexicon, pattern.relation)
    return [(one, obj, trust) for one in subjects for obj in objects if one.entity.id != obj.entity.id]


def _polarity(noun: Token, lexicon: Lexicon) -> tuple[bool, str]:
    """The event's own polarity; for an event carried by a verb's object, an amount or a thing done in it, the
    polarity of that verb ("will provide $20 million in aid to" is future, "pledged 5 billion euros in loans to"
    intended, "could have three ministers in a coalition with" possible). The responsibility owned up to keeps the
    event's own ("denied responsibility for the attack on" denies it)."""
    thing = noun.head.head
    carried = noun.dep_ == "pobj" and (_amount_object(thing) or _done_in(thing, noun.head))
    negated, modality = polarity(thing.head if carried else noun, lexicon)
    if modality == "asserted":
        modality = _modifier_modality(noun, lexicon) or ("possible" if _in_scare_quotes(noun) else modality)
    return negated, modality


def _in_scare_quotes(noun: Token) -> bool:
    """Whether the event noun alone stands in quotation marks: the writer doubts it (Assad's "war" on the group)."""
    doc = noun.doc
    return 0 < noun.i < len(doc) - 1 and doc[noun.i - 1].is_quote and doc[noun.i + 1].is_quote


def _place(noun: Token, pairs: list[Pair], entities: DocEntities, lexicon: Lexicon) -> Entity | None:
    """Where the event happened: under the noun, else under one of its targets, else where the verb it is the
    object of was done."""
    targets_seen = {p[1].token.i for p in pairs}
    return place_of(noun, entities, lexicon, exclude=targets_seen) or next(
        (found for p in pairs if (found := place_of(p[1].token, entities, lexicon, exclude=targets_seen))),
        None) or governing_place(noun, entities, lexicon, exclude=targets_seen)


def _holders(noun: Token, pattern: Pattern) -> list[Token]:
    """Where the event's preposition hangs: under the noun; for a pair, under the participle that describes it
    ("the agreement reached yesterday between A and B", "the talks held between A and B"); else under the actor
    "by" names, where the parser may hang it ("the rebellion by Labour MPs against the mayor"), unless it is "of",
    which is that actor's own ("criticism by the head of the council")."""
    if pattern.prep == "between":
        return [noun, *(c for c in children(noun, "acl") if c.tag_ == "VBN"), *_dates_of(noun)]
    return [noun] if pattern.prep == "of" else [noun, *prep_objects([noun], "by")]


_POLARITY_CUES = ("Intended", "Possible", "Future", "Hypothetical", "Past", "Negation", "Dismissal", "Participation")
"""The cue classes of verbs that qualify the event noun they take ("rejected talks with") rather than rename it."""


def _read_otherwise(noun: Token, pattern: Pattern, lexicon: Lexicon) -> bool:
    """Whether the verb whose object the noun is has a pattern of its own with that noun for another relation
    ("reiterated its support for" is a spoken endorsement, not the aid "support for" names alone): the verbal
    extractor reads it so. With the same relation ("conducted strikes against"), or under a verb that is a cue of
    polarity ("rejected talks with", "lifted its sanctions on": the event stands, denied or ended), both stand."""
    verb = noun.head if noun.dep_ in OBJECT_DEPS and noun.head.pos_ in VERBAL else None
    if verb is None:
        return False
    cues, lemmas = lexicon.cues, {phrase_lemma(verb), verb.lemma_.lower()}
    if any(lemmas & cues.get(kind, frozenset()) for kind in _POLARITY_CUES):
        return False
    lemma = noun.lemma_.lower()
    return any(p.noun == lemma and not p.converse and p.relation != pattern.relation
               for p in lexicon.verb_patterns.get(verb.lemma_.lower(), ()))


def _event_relations(noun: Token, pattern: Pattern, entities: DocEntities, lexicon: Lexicon) -> Iterator[Relation]:
    targets = _targets(noun, pattern, lexicon)
    if not targets:
        return
    pairs = _pairs(noun, pattern, targets, entities, lexicon)
    kept = _related(noun, pattern, pairs or [], entities, lexicon)
    if not kept:
        return  # no relation: its time, place, polarity and source need not be read
    negated, modality = _polarity(noun, lexicon)
    proof = evidence(noun, entities)
    source = attribution(noun, entities, lexicon)
    modality = _hearsay(noun, pattern, modality, source, lexicon)
    when = event_when(noun, entities, modality=modality)
    preps = [c for holder in _holders(noun, pattern) for c in dependents(holder) if c.lower_ == pattern.prep]
    place = _place(noun, pairs, entities, lexicon)
    for subject, obj, trust in kept:
        yield Relation(
            subject=subject.entity, relation=pattern.relation, object=obj.entity,
            verb=phrase(noun, *preps), evidence=proof, negated=negated, modality=modality,
            **when.fields(), place=place, attributed_to=source,
            confidence=confidence(trust, subject.kind, obj.kind), extractor="nominal",
            cameo_code=pattern.code or lexicon.relations[pattern.relation].cameo,
        )


def _targets(noun: Token, pattern: Pattern, lexicon: Lexicon) -> list[Token]:
    """Whom the event's preposition names; for a union of actors (kg:UnionNoun) "of" names its members as
    "between" does ("an alliance of A, B and C" is "an alliance between A, B and C"); a "that" clause names whom
    it is about."""
    if pattern.prep in CLAUSE_LINKS:
        return _clause_subjects(noun)
    targets = prep_objects(_holders(noun, pattern), pattern.prep)
    if pattern.prep == "between" and noun.lemma_.lower() in lexicon.cues.get("UnionNoun", ()):
        targets += [o for o in prep_objects([noun], "of") if o.conjuncts]
    if len(targets) == 1 and not targets[0].conjuncts:
        targets += _set_off_partners(noun, targets[0]) if pattern.prep == "between" else _misjoined(noun, targets[0])
    return targets


def _misjoined(noun: Token, target: Token) -> list[Token]:
    """A name joined with "and" right after the one target that the parser made a conjunct of the event's noun
    ("acts of terror in Chile and the Middle East": "East" a conjunct of "acts"): a second target."""
    end = target.right_edge.i
    return [c for c in children(noun, "conj") if c.pos_ == "PROPN" and noun.pos_ == "NOUN"
            and c.left_edge.i == end + 2 and noun.doc[end + 1].lower_ == "and"]


def _dates_of(noun: Token) -> list[Token]:
    """The date of an event set right after its noun, where the parser may hang its "between" ("the agreement on 2
    December between A and B")."""
    return [o for p in children(noun, "prep") for o in children(p, "pobj") if o.ent_type_ in ("DATE", "TIME")]


def _set_off_partners(noun: Token, first: Token) -> list[Token]:
    """The second party of an event "between" two when a phrase set off by commas after the first led the parser
    to join the second to the event's noun or a word above it ("the agreement between A, led by P, and B": "B" a
    conjunct of "agreement" or of the verb whose object it is): a name after the first party's phrase, a comma, the
    phrase and ", and"."""
    doc = noun.doc
    end = first.right_edge.i + 1  # the comma that opens the phrase
    if end >= len(doc) or doc[end].text != ",":
        return []
    heads = {noun.i, *(a.i for a in noun.ancestors)}
    return [c for c in doc[end + 1:] if c.dep_ == "conj" and c.head.i in heads and _after_set_off(c, end)][:1]


def _after_set_off(name: Token, opening: int) -> bool:
    """A name right after ", and" that closes a phrase opened by the comma at ``opening``."""
    doc, start = name.doc, name.left_edge.i
    return (name.pos_ == "PROPN" and start - 2 > opening and doc[start - 2].text == ","
            and doc[start - 1].lower_ == "and")


def _clause_subjects(noun: Token) -> list[Token]:
    """The active subject of the "that" clause a noun opens ("Ann Hale's accusation that the council had lied":
    "council"); none of a passive clause, whose subject is what was done, nor of a relative clause ("the accusation
    that he made")."""
    return [s for clause in children(noun, "acl", "ccomp")
            if any(m.lower_ in CLAUSE_LINKS for m in children(clause, "mark")) for s in children(clause, "nsubj")]


def _related(noun: Token, pattern: Pattern, pairs: list[Pair], entities: DocEntities,
             lexicon: Lexicon) -> list[Pair]:
    """The pairs that make a relation: two different actors the pattern's sense allows."""
    return [(subject, obj, trust) for subject, obj, trust in pairs
            if subject.entity.id != obj.entity.id and fits(pattern.sense, subject, obj, lexicon, [noun], entities)]


# Prepositions of a request under which a clause's subject acts (kg:RequestNoun: an appeal, its kg:cueRelation).
_ASKED_UNDER = frozenset({"at", "on"})


def _asked(noun: Token, entities: DocEntities, lexicon: Lexicon) -> tuple[Actor, Actor] | None:
    """Who asked and who was asked when a request noun stands under "at" or "on" in a clause ("At the request of
    Chile, Peru sent troops", "Peru acted at Chile's behest"): its possessor or its "of" asked the clause's subject."""
    preposition = noun.head
    verb = preposition.head
    if noun.dep_ != "pobj" or preposition.lower_ not in _ASKED_UNDER or verb.pos_ not in VERBAL:
        return None
    named = [*children(noun, "poss"), *prep_objects([noun], "of")]
    askers = [found for token in named if (found := actor(token, entities, lexicon)) is not None]
    asked = actors(subject_tokens(verb, lexicon)[0], entities, lexicon)
    if not askers or not asked or askers[0].entity.id == asked[0].entity.id:
        return None
    return askers[0], asked[0]


def _requests(entities: DocEntities, lexicon: Lexicon) -> Iterator[Relation]:
    """Appeals written as the request under which the clause's subject acted (kg:RequestNoun, whose kg:cueRelation
    is the relation and code)."""
    relation, code = lexicon.cue_relations["RequestNoun"]
    for noun in entities.tokens.with_lemma(lexicon.cues.get("RequestNoun", ())):
        pair = _asked(noun, entities, lexicon)
        if pair is None:
            continue
        asker, asked = pair
        negated, modality = _polarity(noun, lexicon)
        yield Relation(
            subject=asker.entity, relation=relation, object=asked.entity, verb=phrase(noun.head, noun),
            evidence=evidence(noun, entities), negated=negated, modality=modality,
            **event_when(noun, entities, modality=modality).fields(), place=None,
            attributed_to=attribution(noun, entities, lexicon), confidence=confidence(0.6, asker.kind, asked.kind),
            extractor="nominal", cameo_code=code,
        )


def _converse_pairs(noun: Token, pattern: Pattern, entities: DocEntities, lexicon: Lexicon) -> list[Pair]:
    """(actor, target) of "the fall of B to A", the noun of a converse verb pattern ("B fall to A"): the
    pattern's preposition names the actor, "of" the target, and the pattern's sense holds between them."""
    place_object = lexicon.relations[pattern.relation].place_object
    takers = actors(prep_objects([noun], pattern.prep), entities, lexicon)
    taken = actors(prep_objects([noun], "of"), entities, lexicon, place_object=place_object)
    return [(taker, target, 0.6) for taker in takers for target in taken
            if taker.entity.id != target.entity.id and fits(pattern.sense, taker, target, lexicon, [noun], entities)]


def _converse_events(entities: DocEntities, lexicon: Lexicon) -> Iterator[Relation]:
    """Nouns of a converse verb pattern (kg:ConverseNoun: "the fall of Arica to the rebels" is "Arica fell to the
    rebels"), read with that pattern's relation, code and sense."""
    for noun in entities.tokens.with_lemma(lexicon.cues.get("ConverseNoun", ())):
        for pattern in lexicon.verb_patterns.get(noun.lemma_.lower(), ()):
            pairs = _converse_pairs(noun, pattern, entities, lexicon) if pattern.converse and pattern.prep else []
            yield from _pair_relations(noun, pattern, pairs, entities, lexicon)


def _pair_relations(noun: Token, pattern: Pattern, pairs: list[Pair], entities: DocEntities,
                    lexicon: Lexicon) -> Iterator[Relation]:
    if not pairs:
        return
    negated, modality = _polarity(noun, lexicon)
    when = event_when(noun, entities, modality=modality)
    for subject, obj, trust in pairs:
        yield Relation(
            subject=subject.entity, relation=pattern.relation, object=obj.entity, verb=phrase(noun),
            evidence=evidence(noun, entities), negated=negated, modality=modality, **when.fields(), place=None,
            attributed_to=attribution(noun, entities, lexicon), confidence=confidence(trust, subject.kind, obj.kind),
            extractor="nominal", cameo_code=pattern.code or lexicon.relations[pattern.relation].cameo,
        )


def _backing_events(entities: DocEntities, lexicon: Lexicon) -> Iterator[Relation]:
    """Help "from" A to the subject of the clause it backs ("B retook the port with air support from A", "aided by
    strong support from A"): "from" names who gives it, as "of" does in "with the support of A" (_backed_pairs);
    the first pattern of the noun for that relation gives its code and sense."""
    backing = _backing_patterns(lexicon)
    for noun in entities.tokens.with_lemma(backing):
        pattern = backing[noun.lemma_.lower()]
        verb = _backing_verb(noun, pattern) if noun.pos_ == "NOUN" else None
        backed = actors(subject_tokens(verb, lexicon)[0], entities, lexicon) if verb is not None else []
        if backed:
            givers = actors(prep_objects([noun], "from"), entities, lexicon)
            pairs = [(giver, backed[0], 0.6) for giver in givers]
            yield from _pair_relations(noun, pattern, _related(noun, pattern, pairs, entities, lexicon), entities,
                                       lexicon)


@lru_cache(maxsize=8)
def _backing_patterns(lexicon: Lexicon) -> dict[str, Pattern]:
    """The nouns with a pattern of help (``_BACKING``), each with the first such pattern: the only nouns
    ``_backing_events`` reads, found in a document by one look-up of these few (not of every noun with a pattern)."""
    found = {noun: next((p for p in patterns if p.relation == _BACKING), None)
             for noun, patterns in lexicon.noun_patterns.items()}
    return {noun: pattern for noun, pattern in found.items() if pattern is not None}


def _hearsay(noun: Token, pattern: Pattern, modality: str, source: Entity | None, lexicon: Lexicon) -> str:
    """The modality of a directed relation "between" two, each to the other ("a row between A and B"), that someone
    the text names no actor reports ("a union official who said the conflict between A and B was harming ..."):
    possible, who turned on whom being hearsay; a named speaker's report stays theirs (attributed_to)."""
    quarrel = pattern.prep == "between" and not lexicon.relations[pattern.relation].symmetric
    return "possible" if modality == "asserted" and quarrel and source is None and reported(noun, lexicon) \
        else modality


@extractors.register("nominal")
def nominal(doc: Doc, entities: DocEntities, lexicon: Lexicon) -> Iterator[Relation]:
    """Event nouns from the ontology's lexicon with their actor (possessor) and target (prepositional object)."""
    tokens = entities.tokens  # parts of speech and lemmas read once per document
    for noun in tokens.with_lemma(lexicon.noun_patterns):
        if tokens.pos[noun.i] not in ("NOUN", "PROPN"):
            continue
        for pattern in lexicon.noun_patterns[tokens.lemma[noun.i]]:
            if not _read_otherwise(noun, pattern, lexicon):
                yield from _event_relations(noun, pattern, entities, lexicon)
    yield from _requests(entities, lexicon)
    yield from _converse_events(entities, lexicon)
    yield from _backing_events(entities, lexicon)
    yield from _appositive_relations(entities, lexicon)
    yield from _hosted_gatherings(entities, lexicon)


def _hosted_gatherings(entities: DocEntities, lexicon: Lexicon) -> Iterator[Relation]:
    """Talks or a meeting hosted by Y (a participle of kg:HostingVerb with "by" under a noun of a gathering or of
    talks): Y meets those who attend or hold them ("X and Z attended talks hosted by Y", "X met Z at talks hosted by
    Y"), with the polarity of the verb they hold or attend them by."""
    for clause in entities.tokens.with_lemma(lexicon.cues["HostingVerb"]):
        verb = _gathering_verb(clause, lexicon)
        if verb is None:
            continue
        meets = next((p.code for p in _meeting_patterns(lexicon, clause.head, verb)), None)
        hosts = actors([o for agent in children(clause, "agent") for o in children(agent, "pobj")], entities, lexicon)
        guests = actors([*subject_tokens(verb, lexicon)[0], *children(verb, "dobj")], entities, lexicon)
        negated, modality = polarity(verb, lexicon)
        for host in hosts[:1]:
            for guest in (g for g in guests if g.entity.id != host.entity.id):
                yield Relation(
                    subject=host.entity, relation="meets", object=guest.entity, verb=phrase(clause, *children(
                        clause, "agent")), evidence=evidence(clause, entities), negated=negated, modality=modality,
                    **event_when(verb, entities, modality=modality).fields(), place=None,
                    attributed_to=attribution(verb, entities, lexicon),
                    confidence=confidence(0.6, host.kind, guest.kind), extractor="nominal", cameo_code=meets)


def _gathering_verb(clause: Token, lexicon: Lexicon) -> Token | None:
    """The verb by which a gathering a hosting participle describes is held, attended or met at ("attended talks
    hosted by", "met X at talks hosted by"), or None."""
    noun = clause.head
    if clause.dep_ != "acl" or clause.tag_ != "VBN" or not _gathering(noun, lexicon):
        return None
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in (*OBJECT_DEPS, "pobj") or head.pos_ not in VERBAL:
        return None
    attends = head.lemma_.lower() in lexicon.cues["HostingVerb"]  # "attended talks hosted by", "joined"
    return head if attends or _meeting_patterns(lexicon, head) else None


def _meeting_patterns(lexicon: Lexicon, *words: Token) -> list[Pattern]:
    """The patterns of meets of the words, verbs or nouns ("met X at talks", "held talks hosted by")."""
    return [p for word in words for p in (*lexicon.verb_patterns.get(word.lemma_.lower(), ()),
                                          *lexicon.noun_patterns.get(word.lemma_.lower(), ())) if p.relation == "meets"]


def _gathering(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a noun names a gathering (class ``gathering`` of senses.yaml) or talks (a noun pattern of meets)."""
    lemma = noun.lemma_.lower()
    return "gathering" in lexicon.senses.classes_of(lemma) or any(
        p.relation == "meets" for p in lexicon.noun_patterns.get(lemma, ()))


_COPULA = "be"  # "A be ally of B": its noun patterns read a description in apposition too


def _appositive_relations(entities: DocEntities, lexicon: Lexicon) -> Iterator[Relation]:
    """A description in apposition to a name, with a noun a pattern of "be" writes ("Ann Hale - a close ally of
    Tom Reyes - said", "Ann Hale, a critic of the council, ..."): what "Ann Hale is a close ally of Tom Reyes"
    says. "A former ally of B" says it of the past; "no friend of B" denies it."""
    patterns = {p.noun: p for p in lexicon.verb_patterns.get(_COPULA, ()) if p.noun and p.prep == "of"}
    for noun in entities.tokens.with_lemma(patterns):
        holder = entities.at(noun.head) if noun.dep_ == "appos" and noun.pos_ == "NOUN" else None
        if holder is not None:
            subject = Actor(holder.entity, holder.kind, noun.head)
            yield from _described(noun, patterns[noun.lemma_.lower()], subject, entities, lexicon)
        elif noun.pos_ == "NOUN":
            yield from _instances(noun, patterns[noun.lemma_.lower()], entities, lexicon)


def _instances(noun: Token, pattern: Pattern, entities: DocEntities, lexicon: Lexicon) -> Iterator[Relation]:
    """The names a relational noun lists as its instances, in apposition or after "including", are what it says
    of its owner ("the rebels' backers, notably Korvania", "critics of the plan, including the Greens" say what
    "Korvania is a backer of the rebels" says); the owner is its possessor or its "of"."""
    listed = actors([*children(noun, "appos"), *prep_objects([noun], "including")], entities, lexicon)
    owners = [_conjoined_owner(noun, owner) for owner in children(noun, "poss")]
    for subject in listed:
        yield from _described(noun, pattern, subject, entities, lexicon, owners)


def _conjoined_owner(noun: Token, owner: Token) -> Token:
    """The owner a possessive pronoun names when its noun follows that owner with "and" ("the regime and its
    backers": the regime's); any other owner as written."""
    return noun.head if owner.pos_ == "PRON" and noun.dep_ == "conj" else owner


def _described(noun: Token, pattern: Pattern, subject: Actor, entities: DocEntities,
               lexicon: Lexicon, owners: list[Token] = ()) -> Iterator[Relation]:
    for target in [*owners, *prep_objects([noun], pattern.prep)]:
        obj = actor(target, entities, lexicon)
        if obj is not None and fits(pattern.sense, subject, obj, lexicon, [noun], entities):
            yield _described_relation(noun, pattern, subject, obj, entities, lexicon)


def _described_relation(noun: Token, pattern: Pattern, subject: Actor, obj: Actor, entities: DocEntities,
                        lexicon: Lexicon) -> Relation:
    negated, modality = polarity(noun, lexicon)
    negated = negated or any(d.lower_ in lexicon.cues["NegationModifier"] for d in children(noun, "det"))
    if modality == "asserted" and any(m.lower_ in lexicon.cues["PastRole"] for m in children(noun, "amod")):
        modality = "past"
    return Relation(
        subject=subject.entity, relation=pattern.relation, object=obj.entity,
        verb=phrase(noun, *(c for c in dependents(noun) if c.lower_ == pattern.prep)),
        evidence=evidence(noun, entities), negated=negated, modality=modality,
        **event_when(noun, entities, modality=modality).fields(), place=None,
        attributed_to=attribution(noun, entities, lexicon), confidence=confidence(0.6, subject.kind, obj.kind),
        extractor="nominal", cameo_code=pattern.code or lexicon.relations[pattern.relation].cameo,
    )
