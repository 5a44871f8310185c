"""The tone of a reported clause: whether what a speaker says of an actor clearly criticizes or praises it.

A clause about an actor ("Y is wrong", "Y's reckless plan will fail", "Y would serve better") is scored with VADER's
valence lexicon (vaderSentiment), which reads negation ("not good") and boosters ("very good"). Only the adjectives
and adverbs that judge the actor count (``_judging``): the predicate of the clause and its modifiers, the adverbs of
its verb, the adjectives of its subject, and a feeling of the speaker's that holds the clause ("she was glad Y would
join"), with the clause's verb it is about; and what the clause frames as the subject's own (``_framed``): what its
predicate says it is an instance of ("a sign of reckless haste"), what marked it ("was marked by broken pledges"),
how its deed is judged ("did a wonderful job"); a clause that says it has none of what it needs ("has no clue how to
run it", ``lacks``) criticizes it. Not the words of the clause's other objects, of a clause inside it, nor of the
news' topic (``Tone.topic_words``: a remark about crime is no criticism of the minister), nor a feeling said of the
actor ("Y was angry": its state). The thresholds and word lists are data (``ontology/lexicon/tone.yaml``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from graph_builder.extract.polarity import asked, modal_hedged, verb_phrases
from graph_builder.extract.syntax import VERBAL, children, dependents
from graph_builder.vocab import Lexicon, Tone

_INNER = frozenset({"ccomp", "csubj", "advcl", "relcl", "acl", "parataxis", "xcomp", "pcomp"})  # a clause of its own
_PREDICATE = frozenset({"acomp", "attr", "oprd", "xcomp", "advmod", "npadvmod", "neg"})  # of the clause's verb
_QUALIFIER = frozenset({"amod", "advmod", "neg"})  # of a judging word or of the subject
_EVALUATIVE = frozenset({"ADJ", "ADV"})  # the parts of speech that judge; a noun names too often what is spoken of
_SUBJECT = frozenset({"nsubj", "nsubjpass"})
_DESCRIBING = frozenset({"ADJ", "ADV", "NOUN", "VERB"})  # the words of a phrase that says what a subject is marked by
_NEUTRAL = "thing"  # what a scored word that does not count reads as (no valence in VADER's lexicon)


@cache
def _analyzer() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


def clause_tone(clause: Token, tone: Tone, faults: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """The (relation, CAMEO code) of ``tone.negative`` or ``tone.positive`` when the clause an actor is the subject
    (or the owner of the subject) of clearly judges it (its VADER compound score at or beyond the threshold), else
    None. A clause that says its subject has none of what it would need (``lacks``) or imputes to it a motive, a fear
    of answering for itself, a pejorative label or a plight (``imputes``; ``faults``: the phrases of kg:Disapproval)
    criticizes it. One that holds a clause of contrast (``tone.contrast_marks``: "Y did a fine job, although he sacked
    half the dockers") is a mixed remark, one a hedge weighs (``tone.hedges``: "Y would probably be good"), neither;
    not a clause of contrast about another (``_of_another``: "while Z wants more nurses, Y hires clerks who cannot
    nurse anyone" judges Y alone)."""
    if mixed(clause, tone) or hedged(clause, tone):
        return None
    if lacks(clause, tone) or imputes(clause, tone, faults):
        return tone.negative
    if credited(clause, tone):
        return tone.positive
    score = valence(clause, tone)
    if score <= tone.at_most:
        return tone.negative
    return tone.positive if score >= tone.at_least else None


def mixed(clause: Token, tone: Tone, judged: Callable[[Token], bool] = lambda _: False) -> bool:
    """Whether a clause holds a clause of contrast (``tone.contrast_marks``) that is not about another
    (``_of_another``): "Y did a fine job, although he sacked half the dockers" is a mixed remark, whether its tone
    or a word of kg:Approval praises (extract/quotes.py ``praise``, whose ``judged`` tells a subject that stands for
    the one praised: "although Pellik sacked", "although his government sacked")."""
    return any(m.lower_ in tone.contrast_marks for c in children(clause, "advcl") if not _of_another(c, judged)
               for m in children(c, "mark"))


def _of_another(clause: Token, judged: Callable[[Token], bool] = lambda _: False) -> bool:
    """Whether a clause has a subject of its own that names something (a noun or a name, not a pronoun, which may be
    the actor judged) other than the actor judged (``judged``): its contrast or its "but" weighs nothing said of the
    actor ("while the answer is more nurses", "Y is a fine mayor, but the town wants more")."""
    return any(s.pos_ in ("NOUN", "PROPN") and not judged(s) for s in children(clause, *_SUBJECT))


def credited(clause: Token, tone: Tone) -> bool:
    """Whether a clause, neither asked, denied nor with a modal ("would be right to"), says its subject was right to
    act: a predicate of ``tone.right_words`` with an infinitive of an act after it (``_act``: "Y was right to raise
    the tolls"); "Y was right" alone (about a fact) is agreement, no praise."""
    if asked(clause) or children(clause, "neg") or any(a.tag_ == "MD" for a in children(clause, "aux")):
        return False
    return any(word.lower_ in tone.right_words and any(_act(inner, tone) for inner in children(word, "xcomp"))
               for word in children(clause, "acomp"))


def _act(verb: Token, tone: Tone) -> bool:
    """Whether a verb is an infinitive of an act, not of a feeling (``tone.feelings``, ``tone.fears``: "right to be
    worried", "right to fear the storm" grant a feeling its cause, no praise)."""
    felt = [verb, *children(verb, "acomp")]
    return _infinitive(verb) and not any(_of_topic(word, tone.feelings | tone.fears) for word in felt)


def hedged(clause: Token, tone: Tone) -> bool:
    """Whether an adverb of ``tone.hedges`` stands on a clause's verb or its predicate ("Y would probably be good for
    the port", "Y is perhaps wrong"), or a modal of ``tone.hedging_modals`` on its verb ("Y might be complacent")."""
    heads = [clause, *children(clause, "acomp", "attr")]
    return any(a.lower_ in tone.hedges for head in heads for a in children(head, "advmod")) or \
        modal_hedged(clause, tone.hedging_modals)


def imputes(clause: Token, tone: Tone, faults: frozenset[str]) -> bool:
    """Whether a clause, not denied, criticizes its subject by what it imputes to it: a motive (``_motive``), a fear
    of answering for itself (``_afraid_to_answer``), a pejorative label on what it pursues (``_labelled``), a plight
    of its own making (``_in_plight``)."""
    if children(clause, "neg"):
        return False
    purposes = _purposes(clause, tone)  # read once for the motive and the ridiculed plan
    return _motive(clause, purposes, tone, faults) or _afraid_to_answer(clause, tone) or _labelled(clause, tone) \
        or _in_plight(clause, tone) or _ridiculed(clause, purposes, tone)


def _motive(clause: Token, purposes: list[Token], tone: Tone, faults: frozenset[str]) -> bool:
    """Whether one of the ``purposes`` of what a clause's subject does (``_purposes``) is a phrase of kg:Disapproval
    (``faults``: "sold the ferry to cling to power", "unveiled the review to grab headlines") or, marked as the whole
    of its purpose (an adverb of ``tone.imputing``, or the purpose of a noun of ``tone.ploys``), a gain of
    ``tone.motives`` ("only to win votes", "an attempt to woo voters")."""
    marked = any(a.lower_ in tone.imputing for a in children(clause, "advmod"))
    for purpose in purposes:
        phrases = verb_phrases(purpose, purpose.lemma_.lower())
        imputed = marked or purpose.head.lemma_.lower() in tone.ploys or \
            any(a.lower_ in tone.imputing for a in children(purpose, "advmod"))
        if phrases & faults or (imputed and phrases & tone.motives):
            return True
    return False


def _purposes(clause: Token, tone: Tone) -> list[Token]:
    """The infinitives with no subject of their own that tell what a clause's subject does a thing for: its open
    complements and clauses of purpose ("wants to", "did it to"), and the infinitive of its object or predicate noun
    of ``tone.ploys`` ("would sell anything to", "is an attempt to"), those of the verbs joined to it that share its
    subject ("sold the ferry and raised the tolls to"), and theirs in turn; none denied."""
    found, stack = [], _sharing_subject(clause)
    while stack:
        verb = stack.pop()
        nouns = [n for n in children(verb, "dobj", "attr") if n.lemma_.lower() in tone.ploys]
        for inner in [*children(verb, "xcomp", "advcl"), *(c for n in nouns for c in children(n, "acl", "relcl"))]:
            if _infinitive(inner) and not children(inner, "neg"):
                found.append(inner)
                stack.append(inner)
    return found


def _infinitive(verb: Token) -> bool:
    """Whether a verb is an infinitive with "to" and no subject of its own."""
    return verb.pos_ in VERBAL and any(a.tag_ == "TO" for a in children(verb, "aux")) and \
        not any(d.dep_ in _SUBJECT for d in dependents(verb))


def _afraid_to_answer(clause: Token, tone: Tone) -> bool:
    """Whether a clause says its subject fears (``tone.fears``: the clause's verb, "was frightened of", or its
    predicate, "was too scared to") what holds a word of ``tone.accountable`` ("facing the voters", "a debate")."""
    fears = [w for w in [clause, *children(clause, "acomp")] if _of_topic(w, tone.fears)]
    feared = [c for fear in fears for c in children(fear, "prep", "xcomp")]
    if fears and clause.i not in {fear.i for fear in fears}:  # "too scared to face": may hang on the copula
        feared += children(clause, "xcomp")
    return any(_of_topic(t, tone.accountable) for c in feared for t in c.subtree)


def _ridiculed(clause: Token, purposes: list[Token], tone: Tone) -> bool:
    """Whether a clause, or one of its ``purposes`` (``_purposes``), has its subject make (a verb of
    ``tone.creating``) what a relative clause says cannot do anything ("wants to buy 40 fire engines that cannot climb
    hills"), or promise (a verb or an object of ``tone.promising``) what it says its maker cannot do ("promised a
    harbour it could not afford", "made pledges he cannot keep"): a plan ridiculed."""
    verbs = [clause, *purposes]
    made = _objects(verbs, tone.creating)
    promised = [obj for verb in verbs for obj in children(verb, "dobj")
                if verb.lemma_.lower() in tone.promising or obj.lemma_.lower() in tone.promising]
    return any(_unable(relcl, tone, ("WP", "WDT")) for obj in made for relcl in children(obj, "relcl")) or \
        any(_unable(relcl, tone, ("PRP",)) for obj in promised for relcl in children(obj, "relcl"))


def _unable(relcl: Token, tone: Tone, subjects: tuple[str, ...]) -> bool:
    """Whether a relative clause denies an ability (``tone.abilities``: "who cannot fine anyone") of a subject of one
    of the tags ``subjects`` (the relative pronoun, "who", or a personal one, "it cannot deliver")."""
    return bool(children(relcl, "neg")) and any(a.lemma_.lower() in tone.abilities for a in children(relcl, "aux")) \
        and any(s.tag_ in subjects for s in children(relcl, "nsubj"))


def _labelled(clause: Token, tone: Tone) -> bool:
    """Whether the object of a clause's verb of ``tone.pursuing`` bears a label of ``tone.labels`` ("offered a hard
    right agenda", "is pushing a far-right programme")."""
    if clause.lemma_.lower() not in tone.pursuing:
        return False
    for obj in children(clause, "dobj"):
        before = " ".join(t.lemma_.lower() for t in obj.subtree if t.i < obj.i and not t.is_punct)
        if any(f" {label} " in f" {before} " for label in tone.labels):
            return True
    return False


def _in_plight(clause: Token, tone: Tone) -> bool:
    """Whether a clause of "be" says its subject is "in" a plight of ``tone.plights`` ("Y's campaign was in
    disarray")."""
    return clause.lemma_ == "be" and any(_of_topic(pobj, tone.plights) for prep in children(clause, "prep")
                                         if prep.lower_ in ("in", "into") for pobj in children(prep, "pobj"))


def statement_kinds(clause: Token, targets: list[Token], lexicon: Lexicon) -> list[tuple[str, str]]:
    """The (relation, CAMEO code) of a statement about each target of a reported clause (the targets' tokens): the
    clause's tone (``clause_tone``) where it clearly judges the target (``judged``), else kg:StatementVerb's. The tone
    is read only when there is a target."""
    statement = lexicon.cue_relations["StatementVerb"]
    tone = clause_tone(clause, lexicon.tone, lexicon.cues["Disapproval"]) if targets else None
    return [tone if tone is not None and judged(target, lexicon) else statement for target in targets]


def judged(target: Token, lexicon: Lexicon) -> bool:
    """Whether the tone of a clause judges an actor it is about: its subject, or the owner of a subject that is the
    owner's own doing (a noun of the class ``discourse`` of senses.yaml or of kg:JudgedThing: "Y's plan", "Y's
    remarks"), not of what befalls it ("Y's resignation was a good opportunity for the party"), nor the subject of a
    passive, whom the act befalls ("Y was cruelly beaten by Z", "was shamelessly abandoned": the doer is judged),
    unless a verb of ``tone.marking_verbs`` tells what marked it ("Y was dogged by scandal")."""
    if target.dep_ == "nsubjpass":  # "Y was dogged by scandal" (``_framed``), "Y was frightened of answering questions"
        return target.head.lemma_.lower() in lexicon.tone.marking_verbs | lexicon.tone.fears
    if target.dep_ != "poss":
        return True
    noun = target.head.lemma_.lower()
    return noun in lexicon.senses.noun_classes.get("discourse", frozenset()) or noun in lexicon.cues["JudgedThing"]


def valence(clause: Token, tone: Tone) -> float:
    """VADER's compound score of a clause's words (``_own_words``), those that do not judge the actor read as a word
    of no valence, so that negation and boosters keep their place."""
    analyzer = _analyzer()
    holder = _holder(clause, tone)
    judging = _judging(clause, tone) | _framed(clause, tone)
    if holder and not _of_topic(clause, tone.topic_words):
        judging.add(clause)  # what the feeling is about: "glad Y had been shamed" is no praise of Y
    words = [t.text if t in judging or t.lower_ not in analyzer.lexicon else _NEUTRAL for t in _own_words(clause)]
    return analyzer.polarity_scores(" ".join([*holder, *words]))["compound"]


def lacks(clause: Token, tone: Tone) -> bool:
    """Whether a clause, or a verb joined to it that shares its subject, says the subject has none of what it needs
    (``tone.lacking``: "Y has no credibility"; ``tone.lacking_how`` with a clause of how to act: "Y wants to scrap the
    plan but has no clue how to replace it"; the parser may hang "no" on the noun as a number after an adverb, "has
    simply no clue"), or lacks it (a verb of ``tone.lacking_verbs``: "Y lacks the courage to act"); not when the verb
    is denied."""
    verbs = [verb for verb in _sharing_subject(clause) if not children(verb, "neg")]
    had = [obj for obj in _objects(verbs, {"have"}) if any(d.lower_ == "no" for d in dependents(obj))]
    lacked = _objects(verbs, tone.lacking_verbs)
    return any(_lacking(obj, tone) for obj in had) or any(obj.lemma_.lower() in tone.lacking for obj in lacked)


def _objects(verbs: list[Token], lemmas: frozenset[str] | set[str]) -> list[Token]:
    """The direct objects of the verbs of ``lemmas`` among ``verbs``."""
    return [obj for verb in verbs if verb.lemma_.lower() in lemmas for obj in children(verb, "dobj")]


def _sharing_subject(clause: Token) -> list[Token]:
    """A clause's verb and the verbs joined to it or to its open complement with no subject of their own ("wants to
    ... but has ...", which the parser may join to the complement: "plans to sell ... and has ...")."""
    verbs = [clause, *children(clause, "xcomp")]
    return [clause, *(c for verb in verbs for c in children(verb, "conj") if c.pos_ in VERBAL
                      and not any(s.dep_ in _SUBJECT for s in dependents(c)))]


def _lacking(noun: Token, tone: Tone) -> bool:
    """Whether a noun "no" denies names what its owner needs (see ``lacks``)."""
    lemma = noun.lemma_.lower()
    return lemma in tone.lacking or lemma in tone.lacking_how and any(
        c.pos_ in VERBAL and any(a.tag_ == "TO" for a in children(c, "aux")) for c in dependents(noun))


def _framed(clause: Token, tone: Tone) -> set[Token]:
    """The words of what a clause's predicate says its subject is an instance of (the "of" phrase of a noun of
    ``tone.instance_nouns``: "is a sign of reckless haste") or was marked by (the agent of a passive verb of
    ``tone.marking_verbs``: "was marked by broken pledges"), nouns too (``_described``); none in a denied clause."""
    if children(clause, "neg"):
        return set()
    framed = {word for phrase in _instances(clause, tone) + _markers(clause, tone) for word in _described(phrase, tone)}
    return framed | _deed_words(clause, tone)


def _deed_words(clause: Token, tone: Tone) -> set[Token]:
    """The words that judge the direct object of a verb of ``tone.deed_verbs`` ("did a wonderful job", "caused
    chaos"): its qualifiers, and the object itself when its valence is strong; not its prepositional phrases."""
    if clause.lemma_.lower() not in tone.deed_verbs:
        return set()
    objects = children(clause, "dobj")
    words = [*(q for obj in objects for q in _qualifiers(obj) if q.pos_ in _EVALUATIVE),
             *(obj for obj in objects if _strong(obj, tone))]
    return {word for word in words if not word.is_title and not _of_topic(word, tone.topic_words | tone.feelings)}


def _instances(clause: Token, tone: Tone) -> list[Token]:
    """What a clause's predicate says its subject is an instance of ("is a sign of reckless haste": haste)."""
    return [pobj for attr in children(clause, "attr") if attr.lemma_.lower() in tone.instance_nouns
            for pobj in _objects_of(attr, "of")]


def _markers(clause: Token, tone: Tone) -> list[Token]:
    """What a passive clause says its subject was marked by ("was marked by broken pledges": pledges)."""
    if clause.lemma_.lower() not in tone.marking_verbs or not children(clause, "auxpass"):
        return []
    return [pobj for agent in children(clause, "agent") for pobj in children(agent, "pobj")]


def _objects_of(noun: Token, preposition: str) -> list[Token]:
    """The objects of a noun's phrases of one preposition ("of")."""
    return [pobj for prep in children(noun, "prep") if prep.lower_ == preposition for pobj in children(prep, "pobj")]


def _described(phrase: Token, tone: Tone) -> list[Token]:
    """The judging words of a noun phrase, its nouns too, not those of a clause inside it, a name's, a word of the
    news' topic, nor those of a noun that has a named one's "of" phrase ("the collapse of the Velorian junta")."""
    found, stack = [], [phrase]
    while stack:
        token = stack.pop()
        if _of_a_name(token):
            continue
        found.append(token)
        stack.extend(c for c in dependents(token) if not _inner(c))
    return [t for t in found if t.pos_ in _DESCRIBING and not t.is_title
            and not _of_topic(t, tone.topic_words | tone.feelings)]


def _of_a_name(noun: Token) -> bool:
    """Whether a noun has an "of" phrase that names someone ("the failure of the Norland board"), a name or a noun a
    name qualifies; not one a name owns ("a habit of wasted Y's grants" tells of Y's own)."""
    return any(pobj.pos_ == "PROPN" or any(c.pos_ == "PROPN" for c in children(pobj, "compound", "amod"))
               for pobj in _objects_of(noun, "of"))


def _own_words(clause: Token) -> list[Token]:
    """The words of a clause, not those of a clause inside it (a clausal complement, a relative clause, a
    condition), nor a clause joined to it with its own subject ("Y is wrong and Z is right"), nor the conjunction
    that joins one about another (``_of_another``: the "but" of "Y is a fine mayor, but the town wants more", which
    VADER would read as weighing down what comes before it)."""
    words, stack = [], [clause]
    while stack:
        token = stack.pop()
        words.append(token)
        other = any(_inner(c) and _of_another(c) for c in children(token, "conj"))
        stack.extend(c for c in dependents(token) if not _inner(c) and not (other and c.dep_ == "cc"))
    return sorted(words, key=lambda t: t.i)


def _inner(token: Token) -> bool:
    """Whether a word heads a clause of its own: not an adjective a verb takes as its complement ("seems unfit")."""
    if token.dep_ == "xcomp" and token.pos_ == "ADJ":
        return False
    return token.dep_ in _INNER or (token.dep_ == "conj" and token.pos_ in VERBAL
                                    and any(c.dep_ in _SUBJECT for c in dependents(token)))


def _judging(clause: Token, tone: Tone) -> set[Token]:
    """The words of a clause that judge its subject (``_EVALUATIVE``): its predicate and the adverbs of its verb
    (``_PREDICATE``; not one before a denial, "had cleverly not asked", which VADER would not read as denied), the
    qualifiers of these and of its subject ("a truly dreadful leader", "Y's reckless plan"), not a capitalised word
    (a name's: "Creative, Sony and others are ..."), a word of the news' topic, nor a feeling (the actor's state)."""
    heads = _heads(clause) + _ranked(clause, tone)
    found = {h for h in heads if h.dep_ in _PREDICATE} | ({clause} if clause.pos_ == "ADJ" else set())
    found.update(q for head in heads if not _epithet_bearer(head) for q in _qualifiers(head))
    return {t for t in found if _counts(t, clause, tone)}


def _epithet_bearer(head: Token) -> bool:
    """Whether a subject is a name, whose qualifiers are an epithet that describes it, no judgement the clause makes
    ("the dangerous Vidal would score": a striker feared is a striker admired)."""
    return head.dep_ in _SUBJECT and head.pos_ == "PROPN"


def _counts(word: Token, clause: Token, tone: Tone) -> bool:
    """Whether a word of a clause's predicate or subject judges (see ``_judging``)."""
    return (word.pos_ in _EVALUATIVE or _strong_predicate(word, clause, tone)) and not word.is_title \
        and not _of_topic(word, tone.topic_words | tone.feelings)


def _strong_predicate(noun: Token, clause: Token, tone: Tone) -> bool:
    """Whether a noun is the clause's predicate ("Y's rule was a tragedy") of a valence strong enough to judge
    (``tone.noun_valence``: a mild noun, "party", "friend", names what is spoken of)."""
    return noun.dep_ == "attr" and noun.head == clause and _strong(noun, tone)


def _strong(noun: Token, tone: Tone) -> bool:
    """Whether a noun's valence is strong enough to judge (``tone.noun_valence``)."""
    return abs(_analyzer().lexicon.get(noun.lower_, 0.0)) >= tone.noun_valence


def _heads(clause: Token) -> list[Token]:
    """The predicate words, adverbs and subjects of a clause; of a denied clause not the verb's adverbs, which VADER
    may read as not denied ("had cleverly not asked", "hasn't played at all badly"), nor of a passive, whose adverbs
    tell how the act befell its subject more than they judge the doer ("were cruelly beaten by Z")."""
    plain = not any(c.dep_ in ("neg", "auxpass") for c in dependents(clause))
    return [c for c in dependents(clause) if (c.dep_ in _PREDICATE | _SUBJECT) and (plain or c.dep_ != "advmod")]


def _ranked(clause: Token, tone: Tone) -> list[Token]:
    """What a clause, not denied, ranks its subject among: the "of" object of a predicate of ``tone.ranks`` ("Y is
    one of the finest governors": governors), whose qualifiers judge the subject as the predicate's own would."""
    if children(clause, "neg"):
        return []
    return [pobj for attr in children(clause, "attr") if attr.lower_ in tone.ranks for pobj in _objects_of(attr, "of")]


def _of_topic(word: Token, words: frozenset[str]) -> bool:
    """Whether a word is one of ``words``, as written or by its lemma ("poorer")."""
    return word.lower_ in words or word.lemma_.lower() in words


def _qualifiers(head: Token) -> list[Token]:
    """The qualifiers of a word and of its own possessor's noun ("Y's plan"), and theirs in turn."""
    found, stack = [], [head]
    while stack:
        token = stack.pop()
        for child in dependents(token):
            if child.dep_ in _QUALIFIER:
                found.append(child)
                stack.append(child)
    return found


def _holder(clause: Token, tone: Tone) -> list[str]:
    """The words of a feeling of ``tone.held_feelings`` the clause is held with, a complement of it ("she was glad Y
    would join", "he was not pleased that Y had left"; not "confident Y will win", "disappointed Y is leaving"): the
    feeling, its qualifiers and the denial of its verb; the clause's own verb, which the feeling is about, then counts
    too (``valence``)."""
    feeling = clause.head
    if clause.dep_ != "ccomp" or feeling.dep_ != "acomp" or feeling.lemma_.lower() not in tone.held_feelings:
        return []
    words = [feeling, *_qualifiers(feeling), *(c for c in dependents(feeling.head) if c.dep_ == "neg")]
    return [t.text for t in sorted(words, key=lambda t: t.i)]
