"""Senses: whether a family's words mean its relation between these two actors ("attack a plan" criticizes,
"attack a convoy" attacks, "hit the market" is no event).

A sense (``patterns.Sense``) asks for or refuses classes of the object's noun and classes of either actor; the
classes are data (``ontology/lexicon/senses.yaml``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from itertools import takewhile

from spacy.tokens import Token

from graph_builder.entities import DocEntities
from graph_builder.extract.arguments import Actor, actor
from graph_builder.extract.syntax import WHERE, children, dependents, morph_values, prep_objects
from graph_builder.patterns import Sense
from graph_builder.records import Entity
from graph_builder.vocab import ActorClass, Lexicon, PlayDocuments, Senses


def noun_classes(token: Token, senses: Senses) -> frozenset[str]:
    """The classes of a common noun in an argument position ("plans", "the US market", "a box-office hit")."""
    if token.pos_ != "NOUN":
        return frozenset()
    lemma = token.lemma_.lower()
    compounds = [f"{c.lemma_.lower()} {lemma}" for c in children(token, "compound")]
    return senses.classes_of(lemma, *compounds)


_MOST_READ = 100_000
"""The answers ``is_a`` keeps for one lexicon's senses before it empties them (a build reads the labels of a whole
archive)."""


def is_a(entity: Entity, name: str, senses: Senses) -> bool:
    """Whether an actor is of an actor class of senses.yaml, an entity type or a sector code; an answer about a class
    is read once for the same senses, by the class and the actor's type, sector and label (``Senses.answers``): the
    extractors ask of the same actors again, for every sense and every record they weigh."""
    if name in (entity.type, entity.sector):
        return True
    answers = senses.answers
    if len(answers) >= _MOST_READ:
        answers.clear()
    key = (name, entity.type, entity.sector, entity.label)
    found = answers.get(key)
    if found is None:
        found = answers[key] = _in_class(entity, name, senses)
    return found


def _in_class(entity: Entity, name: str, senses: Senses) -> bool:
    """Whether an actor is of the actor class ``name`` of senses.yaml (``is_a``, read)."""
    found = senses.actor_classes.get(name)
    if found is None or _of_an_exception(entity, found, senses):
        return False
    return (entity.type in found.types or entity.sector in found.sectors
            or not found.label_words.isdisjoint(entity.label.lower().replace("-", " ").split()))


def _of_an_exception(entity: Entity, found: ActorClass, senses: Senses) -> bool:
    """Whether an actor is of one of the classes an actor class excepts (its ``except``)."""
    return any(is_a(entity, other, senses) for other in found.unless)


def _any(entity: Entity, names: frozenset[str], senses: Senses) -> bool:
    return any(is_a(entity, name, senses) for name in names)


def _described_as(actor: Actor, names: frozenset[str], senses: Senses, entities: DocEntities | None) -> bool:
    """Whether the text names an organisation by members of a class ("UFAL terrorists", "Red Hand militants": a
    collective mention whose noun is a label word of the class) though its own name says nothing of it: here, or
    anywhere in the document ("UFAL fighters took the port ... UFAL has held the town since May")."""
    forms = {actor.token.lower_, actor.token.lemma_.lower()} if actor.kind == "collective" else set()
    if entities is not None:
        forms |= entities.member_words.get(actor.entity.id, frozenset())
    return any(forms & found.label_words for name in names if (found := senses.actor_classes.get(name)))


def _listed_before(actor: Actor, names: frozenset[str], senses: Senses) -> bool:
    """Whether a country's word opens or stands in a list of capitalised words whose last word is a label word of one
    of the classes, with no article inside ("the Ruritanian, Bordurian and Royal Navy are working together": the navy
    of each); "Ruritania and the Royal Navy" lists a country. Read on the words, whatever the parser made of the
    list."""
    if actor.entity.type != "Country":
        return False
    run = list(takewhile(_in_a_list, actor.token.doc[actor.token.i + 1:]))
    if not run or run[0].lower_ not in _LIST_MARKS or run[-1].lower_ in _LIST_MARKS:
        return False
    return any(run[-1].lower_ in found.label_words for name in names if (found := senses.actor_classes.get(name)))


_LIST_MARKS = frozenset({",", "and"})


def _in_a_list(token: Token) -> bool:
    return token.lower_ in _LIST_MARKS or (token.text[:1].isupper() and token.pos_ in ("PROPN", "ADJ", "NOUN"))


def _of_class(actor: Actor, names: frozenset[str], senses: Senses, entities: DocEntities | None) -> bool:
    """Whether an actor is of one of the classes: by its node, by members the text names it by, in a list, or (a
    class read ``anywhere``) by a noun of the class at any mention ("shadow chancellor Ann Vale ... Ms Vale")."""
    return (_any(actor.entity, names, senses) or _described_as(actor, names, senses, entities)
            or _listed_before(actor, names, senses)
            or any(_named_in_document(actor, name, senses, entities) for name in names))


def _types_fit(sense: Sense, subject: Actor, obj: Actor, senses: Senses, entities: DocEntities | None) -> bool:
    if sense.subject_types and not _of_class(subject, sense.subject_types, senses, entities):
        return False
    if sense.object_types and not _of_class(obj, sense.object_types, senses, entities):
        return False
    return not (_refused(subject, sense.not_subject_types, senses, entities)
                or _refused(obj, sense.not_object_types, senses, entities)
                or _both_refused(sense, subject, obj, senses, entities))


def _both_refused(sense: Sense, subject: Actor, obj: Actor, senses: Senses, entities: DocEntities | None) -> bool:
    """Whether both actors are of one class of ``not_between_types`` (two players "meet" in a game)."""
    return any(_refused(subject, {name}, senses, entities) and _refused(obj, {name}, senses, entities)
               for name in sense.not_between_types)


def _refused(actor: Actor, names: frozenset[str], senses: Senses, entities: DocEntities | None) -> bool:
    """Whether an actor is of a class the sense refuses, or the text names it by a noun of one ("the Andean Post
    newspaper", "a Lima court"), unless the text names it by members of a class that class excepts ("Syrian
    opposition forces" are armed, so not political)."""
    return any((is_a(actor.entity, name, senses) or named_by_class_noun(actor, name, senses)
                or _named_as_a_people(actor, name, senses) or _named_in_document(actor, name, senses, entities)
                or _listed_before(actor, frozenset({name}), senses) or _in_play_document(actor, name, senses, entities))
               and not _excepted(actor, name, senses, entities) for name in names)


def _named_as_a_people(actor: Actor, name: str, senses: Senses) -> bool:
    """Whether the actor class ``name`` reads peoples (its ``peoples``) and the argument is a people's own word heading
    its phrase: a nationality's, an ethnic or a religious group's plural name ("made up of local Kurds", "includes
    Sunnis") or a nationality's word read as its country ("made up of Turkmen"); not a word that modifies a noun
    ("Kurdish fighters", "Turkmen units": the fighters, the units)."""
    found = senses.actor_classes.get(name)
    token = actor.token
    if found is None or not found.peoples or token.dep_ in _NAMING_DEPS or token.dep_ == "poss":
        return False
    return actor.kind == "demonym" or (token.ent_type_ == "NORP" and token.tag_ == "NNPS")


def _named_in_document(actor: Actor, name: str, senses: Senses, entities: DocEntities | None) -> bool:
    """Whether the document names the actor by a noun of the actor class ``name`` at any mention, or (a class
    with ``scored``) as a side of a result, or (``plural_names``) by a name with a plural verb, when the class holds
    in the whole document (``anywhere``) and the actor is of none of its ``except`` classes: "top seed Ann Vale",
    "Vale beat Rosa Kent 6-2", "Redford travel to Kingsport" make Ann Vale a player and Redford a team."""
    found = senses.actor_classes.get(name)
    if entities is None or found is None or not found.anywhere or _of_an_exception(actor.entity, found, senses):
        return False
    doc = actor.token.doc
    return any(_named_so(Actor(mention.entity, mention.kind, doc[i]), found, senses)
               for i, mention in entities.referring.get(actor.entity.id, ()))


def _in_play_document(actor: Actor, name: str, senses: Senses, entities: DocEntities | None) -> bool:
    """Whether the actor class ``name`` holds the actor for the document it is in: a document about play (see
    vocab.PlayDocuments: "Redford meet Kelso on Saturday", "Vale will meet Rosa Kent next", with no noun of play
    beside either), where the actor is of the types the class reads so, of none of its ``except`` classes, and
    named nowhere as one of its ``unless_named`` (the clubs' managers and chairmen meet as people do)."""
    found = senses.actor_classes.get(name)
    play = found.play if found is not None else None
    if entities is None or play is None or actor.entity.type not in play.types or not _about_play(entities, play):
        return False
    return not _of_an_exception(actor.entity, found, senses) and not any(
        _named_in_document(actor, other, senses, entities) for other in play.unless_named)


def _about_play(entities: DocEntities, play: PlayDocuments) -> bool:
    """Whether nouns of play make the share of the document's words ``play`` asks for (read once a document)."""
    tokens = entities.tokens
    count, words = tokens.read_once("play_share", play, lambda: (
        sum(1 for token in tokens.with_lemma(play.nouns) if tokens.pos[token.i] == "NOUN"),
        sum(1 for pos in tokens.pos if pos != "PUNCT")))
    return count >= play.least and count >= play.share * words


def _named_so(mention: Actor, found: ActorClass, senses: Senses) -> bool:
    """Whether one mention names its actor as one of the class ``found`` (see ``_named_in_document``)."""
    return (named_by_class_noun(mention, found.name, senses) or (found.scored and _scored(mention.token))
            or (found.plural_names and mention.kind == "name" and _plural_name(mention.token)))


_PLURAL_VERBS = frozenset({"VBP"})


def _plural_name(token: Token) -> bool:
    """Whether a name alone, no plural word, is the subject of a plural verb ("Redford travel to", "Redford are
    to meet", "Wales have won"): a team, which British English gives a plural verb."""
    if token.dep_ != "nsubj" or token.tag_ == "NNPS" or not token.is_title or children(token, "conj", "cc"):
        return False
    verb = token.head
    return verb.tag_ in _PLURAL_VERBS or any(aux.tag_ in _PLURAL_VERBS for aux in children(verb, "aux"))


_SCORE_SIDES = frozenset({"nsubj", "nsubjpass", "dobj"})
_SCORE_PREPOSITIONS = frozenset({"to", "against", "over", "with", "by"})


def _scored(token: Token) -> bool:
    """Whether the token is a side of a verb with a score (a number right under it): its subject or object, or the
    object of "to", "against", "over", "with" or "by" on it ("Vale beat Rosa Kent 6-2 6-1", "lost 8-3 to Redford",
    "drew 1-1 with Kelso"); not a range of days under a preposition ("visited Kelso from 5-6 April")."""
    verb = token.head
    if token.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in _SCORE_PREPOSITIONS:
        verb = verb.head
    elif token.dep_ not in _SCORE_SIDES:
        return False
    return verb.pos_ == "VERB" and any(_score_at(number) for number in children(verb, "npadvmod", "dobj"))


def _score_at(token: Token) -> bool:
    """Whether a score of two numbers of one or two digits opens at the token ("6-2", "28-17"; no "272-219"), with no
    name after it: "5-6 April" is a range of days."""
    doc = token.doc
    if token.i + 2 >= len(doc) or token.whitespace_ or doc[token.i + 1].whitespace_:
        return False
    dash, other = doc[token.i + 1], doc[token.i + 2]
    after = doc[token.i + 3] if token.i + 3 < len(doc) else None
    return (dash.text in ("-", "\u2013") and all(t.text.isdigit() and len(t.text) <= 2 for t in (token, other))
            and (after is None or after.pos_ != "PROPN"))


_NAMING_DEPS = frozenset({"compound", "amod", "nmod", "appos"})


def named_by_class_noun(actor: Actor, name: str, senses: Senses) -> bool:
    """Whether the argument is a noun of the actor class ``name`` (its ``nouns``), or the actor's name modifies one,
    stands in apposition to one or right after one: "told the Andean Post newspaper", "told the Lima newspaper El
    Sol", "told AP news agency", "told a Lima court"."""
    found = senses.actor_classes.get(name)
    if found is None or not found.nouns:
        return False
    token = actor.token
    before = token.left_edge.i - 1  # "the newspaper Clarin", which the parser may read as two objects
    nouns = [token, *children(token, "appos"), *([token.head] if token.dep_ in _NAMING_DEPS else []),
             *([token.doc[before]] if before >= 0 else [])]
    if any(noun.pos_ == "NOUN" and _noun_forms(noun) & found.nouns for noun in nouns):
        return True
    noun = _noun_before_name(token)
    return (noun is not None and bool(_noun_forms(noun) & found.nouns)) or _under_a_named_body(actor, found)


def _under_a_named_body(actor: Actor, found: ActorClass) -> bool:
    """Whether a name of the class's own (a word of its ``label_words``, no word of the actor's label) qualifies the
    name, or stands right before it: the actor is that body's programme or branch ("told BBC Sport", "told BBC Sport
    Wales", "told BBC 6 Music", "told the BBC's Focus on Africa programme"). A person named in full is a person
    ("told BBC Chairman Tom Reed")."""
    token = actor.token
    if actor.entity.type == "Person" and " " in actor.entity.label:
        return False
    own = set(actor.entity.label.lower().split())
    before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    words = [*children(token, "compound", "poss", "nmod"), *([before] if before is not None else [])]
    return any(word.pos_ == "PROPN" and word.lower_ in found.label_words and word.lower_ not in own
               for word in words)


def _noun_before_name(token: Token) -> Token | None:
    """The lower-case word right before a name that it modifies, which the parser may tag as a name or an adverb
    ("told sports daily Marca", "told radio station Cadena Libre"); before a person it is the title ("press
    secretary Ann Lee": secretary, no outlet)."""
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ == "compound" and token.doc[start - 1].text[:1].isupper():
        start -= 1
    word = token.doc[start - 1] if start > 0 else None
    modifies = word is not None and word.dep_ in ("compound", "amod") and word.head.i == token.i
    return word if modifies and word.is_lower else None


def _noun_forms(noun: Token) -> set[str]:
    """A noun's lemma, alone and after each of its compounds ("agency", "news agency") or the lowercase word right
    before it, which the parser may hang elsewhere ("wild" of "Argentine wild card Ann Vale"), and the noun as
    written (the lemmatizer makes "media" "medium")."""
    lemma = noun.lemma_.lower()
    before = noun.doc[noun.i - 1] if noun.i > 0 and noun.doc[noun.i - 1].is_lower else None
    return {lemma, noun.lower_, *(f"{c.lemma_.lower()} {lemma}" for c in children(noun, "compound")),
            *([f"{before.lower_} {lemma}"] if before is not None else [])}


def _excepted(actor: Actor, name: str, senses: Senses, entities: DocEntities | None) -> bool:
    found = senses.actor_classes.get(name)
    return found is not None and bool(found.unless) and _described_as(actor, frozenset(found.unless), senses, entities)


def _modifier_classes(words: list[Token], senses: Senses) -> frozenset[str]:
    """The classes of the adjectives and noun modifiers of a predicate's nouns ("scathing" in "launched a scathing
    attack on", "suicide" in "suicide attacks"), and of what a noun is "of" with its own modifiers ("the use of
    chemical weapons", "the use of roadside bombs")."""
    nouns = [w for w in words if w.pos_ == "NOUN"]
    things = _things_of(nouns)
    modifiers = [m for w in (*nouns, *things) for m in children(w, "amod", "compound")] + things
    return senses.classes_of(*(m.lower_ for m in modifiers), *(m.lemma_.lower() for m in modifiers))


def _things_of(nouns: list[Token]) -> list[Token]:
    """The nouns that nouns are "of", with their conjuncts ("vehicles" and "weapons" of "the use of suicide
    vehicles and chemical weapons")."""
    objects = prep_objects(nouns, "of")
    return [t for o in objects for t in (o, *o.conjuncts) if t.pos_ == "NOUN"]


def _named_by_classes(token: Token, senses: Senses) -> frozenset[str]:
    """The classes of the noun an argument was read from, or of the noun its name stands in apposition to ("top
    seed Anna Petrova", where the parser makes the name the apposition of "seed")."""
    named_by = token.head if token.dep_ == "appos" else None
    return noun_classes(token, senses) | (noun_classes(named_by, senses) if named_by is not None else frozenset())


_SETTING_PREPS = frozenset({"in", "on", "into", "at"})
_ACTION_CLASS = "action"  # the class of senses.yaml that a setting of a gerund is of too ("joined B in backing X")
_OCCASION_CLASS = "occasion"  # the class of senses.yaml of public events, which a noun "of" something stays


def _setting_classes(words: list[Token], obj: Actor, senses: Senses) -> frozenset[str]:
    """The classes of the nouns the predicate or its object is set in, on, into or at ("meet B in the second round",
    "joined B on the sidelines", "forced B into a save", "joined B at the rally"); not a noun of something else ("in
    the second round of talks"). A gerund set so is of the class "action" ("joined B in backing the claims")."""
    preps = [p for w in (*words, obj.token) for p in children(w, "prep") if p.lower_ in _SETTING_PREPS]
    nouns = [n for p in preps for n in children(p, "pobj")]
    plain = [n for n in nouns if not _of_common_noun(n)]
    far = [*nouns, *_far_settings(words), *_where_settings(words)]
    found = _classes(plain, senses) | (_classes(far, senses) & {_OCCASION_CLASS})
    # an occasion of something is one still ("at the launch of the manifesto"), and so is one the parser hung deep
    # in the clause ("joining B - whom X had put in charge - and C at a poster launch") or one a relative "where"
    # goes back to ("held a rally on Friday, where X was joined by B")
    return found | {_ACTION_CLASS} if _set_in_doing(preps) else found


def _far_settings(words: list[Token]) -> list[Token]:
    """The nouns set in, on, into or at anywhere under the predicate's verbs."""
    return [t for w in words if w.pos_ == "VERB" for t in w.subtree
            if t.dep_ == "pobj" and t.head.lower_ in _SETTING_PREPS]


def _where_settings(words: list[Token]) -> list[Token]:
    """The nouns a relative clause of "where" that holds the predicate goes back to: its antecedent and the nouns
    set in, on, into or at under the verb of the antecedent's clause ("held a rally in Caldera on Friday, where X was
    joined by B": the parser hangs the clause on the nearest noun, "Friday", so the rally is its setting too)."""
    found = []
    for clause in (w for w in words if w.dep_ == "relcl" and any(a.lower_ in WHERE for a in children(w, "advmod"))):
        verb = next((a for a in clause.ancestors if a.pos_ in ("VERB", "AUX")), None)
        found += [clause.head, *(_far_settings([verb]) if verb is not None else [])]
    return found


def _classes(nouns: list[Token], senses: Senses) -> frozenset[str]:
    return senses.classes_of(*(n.lemma_.lower() for n in nouns), *(n.lower_ for n in nouns))


def _set_in_doing(preps: list[Token]) -> bool:
    return any(c.tag_ == "VBG" for p in preps for c in children(p, "pcomp"))


def _of_common_noun(noun: Token) -> bool:
    return any(o.pos_ == "NOUN" for o in prep_objects([noun], "of"))


def _arguments_fit(sense: Sense, subject: Actor, obj: Actor, words: list[Token], senses: Senses) -> bool:
    """Whether the nouns of the object, the subject and the setting are of the classes the sense asks for."""
    classes = noun_classes(obj.token, senses)
    if sense.object_class and not classes & sense.object_class:
        return False
    if classes & sense.not_object_class or _named_by_classes(subject.token, senses) & sense.not_subject_class:
        return False
    if sense.not_carrier_class and _carrier_classes(words, senses) & sense.not_carrier_class:
        return False
    return not (sense.not_setting_class and _setting_classes(words, obj, senses) & sense.not_setting_class)


def _carrier_classes(words: list[Token], senses: Senses) -> frozenset[str]:
    """The classes of the noun a participle of the predicate hangs on ("tariffs targeting B") or of the object of
    the clause it follows ("imposed sanctions on A, targeting B")."""
    verbs = [word for word in words if word.pos_ == "VERB"]
    nouns = [verb.head for verb in verbs if verb.dep_ == "acl"]
    nouns += [o for verb in verbs if verb.dep_ == "advcl" and verb.tag_ == "VBG" for o in children(verb.head, "dobj")]
    return senses.classes_of(*(noun.lemma_.lower() for noun in nouns))


_PURPOSE_DEPS = ("advcl", "acl", "xcomp")


def _purpose_classes(words: list[Token], obj: Actor, senses: Senses) -> frozenset[str]:
    """The classes of the verbs that say what the predicate is for: a participle with no subject of its own, or a
    to-infinitive, under the predicate's words or its object, where the parser may hang it ("wrote to B demanding an
    explanation", "sent a letter to B calling for an inquiry", "wrote to B to urge a vote"); not one that names its
    object something, with an object predicate ("calling him a liar"), which urges nothing."""
    clauses = [c for head in (*words, obj.token) for c in children(head, *_PURPOSE_DEPS)
               if not children(c, "nsubj", "nsubjpass", "oprd")]
    return senses.classes_of(*(c.lemma_.lower() for c in clauses if _open_verb(c) and not _questions(c)))


def _open_verb(verb: Token) -> bool:
    """Whether a verb is a participle ("demanding") or a to-infinitive ("to demand")."""
    return verb.tag_ == "VBG" or (verb.tag_ == "VB" and any(a.lower_ == "to" for a in children(verb, "aux")))


def _questions(verb: Token) -> bool:
    """Whether a verb asks a question, which urges nothing: a clause under it opened by "whether", "if" or a
    wh-word ("asking whether the fares would rise", "asking why the report was late"); not by "that" ("demanding
    that B apologise")."""
    return any(any(m.lower_ != "that" for m in children(c, "mark"))
               or any(w.tag_.startswith("W") for w in dependents(c)) for c in children(verb, "ccomp"))


def _purpose_fits(sense: Sense, obj: Actor, words: list[Token], senses: Senses) -> bool:
    """Whether the predicate's purpose is of a class the sense asks for and of none it refuses."""
    if not (sense.purpose_class or sense.not_purpose_class):
        return True
    classes = _purpose_classes(words, obj, senses)
    return not (sense.purpose_class and not classes & sense.purpose_class) and not classes & sense.not_purpose_class


def _fault_fits(sense: Sense, obj: Actor, words: list[Token], lexicon: Lexicon, entities: DocEntities | None) -> bool:
    """Whether what the object is told of is its own fault (``_own_fault``) as the sense asks."""
    if not (sense.fault_class or sense.not_fault_class):
        return True
    own = _own_fault(words, obj, sense.fault_class | sense.not_fault_class, lexicon, entities)
    return own == bool(sense.fault_class)


def _own_fault(words: list[Token], obj: Actor, perils: frozenset[str], lexicon: Lexicon,
               entities: DocEntities | None) -> bool:
    """Whether the predicate's verb tells its object of the object's own doing: a clause whose subject stands for
    the object (``_stands_for``) and says it is in or at a peril (a noun of the ``perils`` classes) of doing something
    or risks it (a verb of them: "warned B they were in danger of pandering to prejudice", "that it risked alienating
    voters"), or an "about" phrase of a thing the object does, or of a peril of one, that the object owns
    (``_owned_deed``: "warned B about its reckless spending", "about the dangers of its spending")."""
    if not words:
        return False
    verb, senses = words[0], lexicon.senses
    own = partial(_stands_for, obj=obj, lexicon=lexicon, entities=entities)
    if any(_in_peril(c, perils, senses) for c in children(verb, "ccomp") if any(map(own, children(c, "nsubj")))):
        return True
    things = prep_objects([verb, obj.token], "about")
    things += prep_objects([t for t in things if senses.classes_of(t.lemma_.lower()) & perils], "of")
    return any(_owned_deed(t, own, lexicon) for t in things)


def _owned_deed(noun: Token, own: Callable[[Token], bool], lexicon: Lexicon) -> bool:
    """Whether a noun names a thing its owner does (of the class ``discourse`` of senses.yaml or of kg:JudgedThing:
    "spending", "attacks") and its owner is the one ``own`` asks about."""
    lemma = noun.lemma_.lower()
    done = lemma in lexicon.senses.noun_classes.get("discourse", frozenset()) or lemma in lexicon.cues["JudgedThing"]
    return done and any(map(own, children(noun, "poss")))


def _in_peril(clause: Token, perils: frozenset[str], senses: Senses) -> bool:
    """Whether a clause says its subject risks doing something (a verb of the ``perils`` classes with a gerund) or is
    in or at a peril of doing it (a noun of them with "of" and a gerund: "in danger of", "at risk of")."""
    if senses.classes_of(clause.lemma_.lower()) & perils:
        return any(c.tag_ == "VBG" for c in children(clause, "xcomp", "dobj"))
    nouns = [n for n in prep_objects([clause], "in") + prep_objects([clause], "at")
             if senses.classes_of(n.lemma_.lower()) & perils]
    preps = [p for n in nouns for p in children(n, "prep") if p.lower_ == "of"]
    return any(c.tag_ == "VBG" for p in preps for c in children(p, "pcomp", "pobj"))


def _stands_for(token: Token, obj: Actor, lexicon: Lexicon, entities: DocEntities | None) -> bool:
    """Whether a subject or an owner stands for the object: a name or noun of it, or a pronoun of the third person
    that agrees with it (``_agrees``), whatever the entities stage made of it (a warning is of the one warned: "warned
    B it risked losing votes")."""
    if token.tag_ in ("PRP", "PRP$"):
        return morph_values(token, "Person") == ["3"] and _agrees(token, obj)
    found = actor(token, entities, lexicon) if entities is not None else None
    return found is not None and found.entity.id == obj.entity.id


def _agrees(pronoun: Token, obj: Actor) -> bool:
    """Whether a pronoun of the third person may stand for the object: "they" for a body or for several named
    together, "he" or "she" for one person, "it" for one body."""
    several = obj.token.dep_ == "conj" or bool(children(obj.token, "conj"))
    if morph_values(pronoun, "Number") == ["Plur"]:
        return several or obj.entity.type != "Person"
    gender = morph_values(pronoun, "Gender")
    wanted = (["Masc"], ["Fem"]) if obj.entity.type == "Person" else (["Neut"],)
    return not several and gender in wanted


def _nouns_fit(sense: Sense, subject: Actor, obj: Actor, words: list[Token], senses: Senses) -> bool:
    if not (_arguments_fit(sense, subject, obj, words, senses) and _purpose_fits(sense, obj, words, senses)):
        return False
    if not (sense.modifier_class or sense.not_modifier_class):
        return True
    modifiers = _modifier_classes(words, senses)
    return not (sense.modifier_class and not modifiers & sense.modifier_class) and not (
        modifiers & sense.not_modifier_class)


def fits(sense: Sense, subject: Actor, obj: Actor, lexicon: Lexicon, words: list[Token] = (),
         entities: DocEntities | None = None) -> bool:
    """Whether a family of this sense applies between the actors: the object's noun (the token the object was read
    from: "plans" in "Tory plans") is of a class the sense asks for and of none it refuses, so are the adjectives of
    the predicate's nouns (``words``: "attack" in "launched a scathing attack on"), and both actors are of the types
    it asks for and of none it refuses (or named by such members in the document of ``entities``)."""
    if not sense:
        return True
    senses = lexicon.senses
    words = list(words)
    return (_nouns_fit(sense, subject, obj, words, senses) and _types_fit(sense, subject, obj, senses, entities)
            and _fault_fits(sense, obj, words, lexicon, entities)
            and not (_refuses_play(sense) and _scored_predicate(words)))


_PLAY_CLASSES = frozenset({"competitor", "sport", "contest"})


def _refuses_play(sense: Sense) -> bool:
    """Whether the sense refuses players, sport or a contest in any slot (senses.yaml's "competitor", "sport" and
    "contest"): its words name a game between such actors, no event."""
    return not _PLAY_CLASSES.isdisjoint(sense.not_between_types | sense.not_subject_types | sense.not_object_types
                                        | sense.not_object_class | sense.not_setting_class)


def _scored_predicate(words: list[Token]) -> bool:
    """Whether a score stands right under the predicate's verb or its object ("beat B 6-2", "went down 3-0 to B",
    "defeated a Kelso XV 12-3"): the result of a game, whoever its sides are."""
    verbs = [word for word in words if word.pos_ == "VERB"]
    objects = [o for verb in verbs for o in children(verb, "dobj")]
    numbers = [n for verb in verbs for n in children(verb, "npadvmod", "dobj")]
    return any(_score_at(number) for number in (*numbers, *(n for o in objects for n in children(o, "nummod"))))
