"""Small questions about the dependency tree that every extractor asks: dependents, conjuncts, objects."""

from __future__ import annotations

from spacy.tokens import Token

from graph_builder.entities.tokens import children as children  # the extractors ask the tree through this module
from graph_builder.entities.tokens import dependents as dependents
from graph_builder.entities.tokens import whose_antecedent as whose_antecedent

SUBJECT_DEPS = ("nsubj", "csubj")
OBJECT_DEPS = ("dobj", "obj")
VERBAL = ("VERB", "AUX")


def morph_values(token: Token, field: str) -> list[str]:
    """The values of one feature of a token's morphology ("Person": ["1"]), as ``token.morph.get(field)`` gives them,
    read from its features written out ("Number=Sing|Person=1|PronType=Prs"): spaCy's ``get`` costs four times as
    much, and the quotations' pronouns are asked about by the hundred."""
    prefix = f"{field}="
    for feature in str(token.morph).split("|"):
        if feature.startswith(prefix):
            return feature[len(prefix):].split(",")
    return []


RECIPROCAL_PRONOUNS = (("other", "each"), ("one", "another"))
"""The reciprocal pronouns, as their head word and its determiner: "each other", "one another"."""


def reciprocal_pronoun(tokens: list[Token]) -> bool:
    """Whether the words are a reciprocal pronoun ("accused each other", "war on one another"): the actors of the
    clause's subject act on each other."""
    return any((token.lower_, det.lower_) in RECIPROCAL_PRONOUNS for token in tokens for det in children(token, "det"))


def expand(token: Token) -> list[Token]:
    """The token and everything coordinated with it ("Germany and France"), but a conjunct that is the subject of a
    clause of its own (see opens_a_clause)."""
    if token.dep_ == "conj" or not children(token, "conj"):
        return [token]  # no conjunct hangs on it (most tokens): spaCy's Token.conjuncts not read
    return [token, *(c for c in token.conjuncts if not opens_a_clause(c))]


FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})  # the tags of a finite verb or its auxiliary ("has", "had", "will")
_CLAUSE_LINKS = frozenset({"conj", "advcl", "ccomp", "parataxis"})  # how the parser hangs such a verb above


def opens_a_clause(noun: Token) -> bool:
    """Whether a conjunct is the subject of the finite verb right after it, which the parser hung on the clause above
    with no subject of its own ("faces pressure from rivals such as X and the government is in talks about ...":
    the government is in talks, it puts no pressure)."""
    after = noun.right_edge.i + 1
    if after >= len(noun.doc):
        return False
    verb = noun.doc[after]
    return (verb.tag_ in FINITE and verb.dep_ in _CLAUSE_LINKS
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children))


_HYPHEN_AGENT_DEPS = ("npadvmod", "compound", "nmod", "amod", "advmod")


def hyphen_agent(verb: Token) -> Token | None:
    """The doer joined by a hyphen to a participle before a noun ("Red Army-held Arica", "Kremlin-backed
    separatists"): the agent of a passive written as one word, so "X-held B" is "B held by X"."""
    if verb.dep_ != "amod" or verb.tag_ != "VBN" or verb.head.pos_ not in ("NOUN", "PROPN") or verb.i < 2:
        return None
    doc = verb.doc
    if doc[verb.i - 1].text != "-" or doc[verb.i - 1].whitespace_ or doc[verb.i - 2].whitespace_:
        return None
    agent = doc[verb.i - 2]
    return agent if agent.head.i == verb.i and agent.dep_ in _HYPHEN_AGENT_DEPS else None


WH_CLAUSE_PREPOSITIONS = frozenset({"about", "over", "of", "on", "at"})
"""Prepositions whose object may be a clause of how, why or what someone did ("complained about how Y spent the
money", "criticism of the way... ", "angry at what Y had done"): the clause's subject is what the words are about."""
WH_TAGS = ("WRB", "WP", "WDT")
WHERE = frozenset({"where"})
"""The relative adverb of a place or an occasion a clause goes back to ("Norland, where she met Y"; "a rally, where
X was joined by B")."""


def prep_objects(holders: list[Token], prep: str) -> list[Token]:
    """Objects of a preposition (or particle, as in "rule out X") under any of the holders; for a preposition of
    WH_CLAUSE_PREPOSITIONS, also the subject of a clause of how, why or what it opens ("about how Y spent it")."""
    found: list[Token] = []
    for holder in holders:
        for child in children(holder, "prep", "dative", "prt"):  # the only dependents read below
            if child.lower_ != prep:
                continue
            if child.dep_ in ("prep", "dative"):
                found.extend(children(child, "pobj"))
                found.extend(_wh_clause_subjects(child))
            elif child.dep_ == "prt":
                found.extend(children(holder, *OBJECT_DEPS))
    return found


def _wh_clause_subjects(prep: Token) -> list[Token]:
    """The subject of a clause of how, why or what a preposition opens ("about how Y spent the money")."""
    if prep.lower_ not in WH_CLAUSE_PREPOSITIONS:
        return []
    return [subject for clause in children(prep, "pcomp")
            if any(word.tag_ in WH_TAGS for word in dependents(clause)) for subject in children(clause, *SUBJECT_DEPS)]


def phrase(*tokens: Token | None) -> str:
    """The words of a predicate as written, in text order ("held talks with"); a link word that each of several
    objects repeats is written once ("opened missions in Iraq, in Chile and in Peru": "opened missions in")."""
    unique = {t.i: t for t in tokens if t is not None}
    words = [unique[i].text for i in sorted(unique)]
    return " ".join(word for n, word in enumerate(words) if n == 0 or word.lower() != words[n - 1].lower())


def by_agents(noun: Token, *, through_verb: bool = True) -> list[Token]:
    """Who "by" names as the doer of what a noun says ("the invasion of Kuwait by Iraq", "proposals by the
    council"), wherever the parser hung it: under the noun, under a name the noun's preposition governs ("the
    attack on Chad by Libya"), or under the active verb whose object the noun is ("condemned the invasion of
    Kuwait by Iraq"; not with ``through_verb`` False)."""
    holders = [noun, *(o for p in children(noun, "prep") for o in children(p, "pobj") if o.pos_ == "PROPN")]
    head = noun.head
    if through_verb and noun.dep_ in OBJECT_DEPS and head.pos_ in VERBAL and not children(
            head, "nsubjpass", "auxpass", "agent"):
        holders.append(head)
    return prep_objects(holders, "by")


def misread_participle(verb: Token) -> list[Token]:
    """The "by" phrases of a passive participle set off by commas that the parser read as its noun's verb, leaving
    the sentence's verb conjoined to it with no subject of its own ("Y's plan, branded a shambles by X, was
    dropped": "plan" made the subject of "branded"): the "by" phrase names the doer, the noun the one done to."""
    if not _set_off(verb):
        return []  # most verbs: no conjoined verb read
    verbs = [*children(verb, "conj"), *([verb.head] if verb.dep_ == "ccomp" and verb.head.i > verb.i else [])]
    if not any(_sentence_verb(v) for v in verbs):
        return []
    return [p for head in (verb, *children(verb, "dobj", "oprd")) for p in children(head, "prep", "agent")
            if p.lower_ == "by" and p.i > verb.i]


def complement_agents(verb: Token) -> list[Token]:
    """The "by" phrase of a passive verb that the parser hung on the verb's complement ("the scheme was branded a
    waste by the Greens", "by" under "waste"), also of a participle that describes a noun ("a move branded a
    disgrace by the Greens"): it names the doer all the same."""
    describer = verb.dep_ == "acl" or described_in(verb) is not None
    if not children(verb, "auxpass") and not (describer and verb.tag_ in ("VBN", "VBD")):
        return []
    return [p for c in children(verb, *OBJECT_DEPS, "oprd") for p in children(c, "prep") if p.lower_ == "by"]


def stated_agents(verb: Token) -> list[Token]:
    """The "by" phrases of a passive verb: its own, one hung on its complement (``complement_agents``), else that of
    a participle joined to it that shares its arguments (``joined_agents``)."""
    return children(verb, "agent") or complement_agents(verb) or joined_agents(verb)


def joined_agents(verb: Token) -> list[Token]:
    """The "by" phrase of a participle joined to a passive verb that shares its arguments (``shares_passive``): "X was
    wounded and captured by Y": Y wounded X too."""
    return [a for c in children(verb, "conj") if shares_passive(c) for a in children(c, "agent")]


def shares_passive(participle: Token) -> bool:
    """Whether a participle is joined to a passive verb with no subject or auxiliary of its own, so that the two share
    the passive's subject and "by" phrase ("X was shot and killed by Y")."""
    return (participle.dep_ == "conj" and participle.tag_ == "VBN" and bool(children(participle.head, "auxpass"))
            and not children(participle, *SUBJECT_DEPS, "nsubjpass", "aux", "auxpass"))


def phrase_agents(verb: Token, phrases: frozenset[str]) -> list[Token]:
    """The prepositions of a passive verb that open a phrase of agency (kg:AgentPhrase, "were killed at the hands
    of X"): its noun's "of" names the doer (:func:`phrase_doer`), as "by" would."""
    if not children(verb, "auxpass"):
        return []
    return [p for p in children(verb, "prep") if any(phrase_doer(p, phrases))]


def phrase_doer(preposition: Token, phrases: frozenset[str]) -> list[Token]:
    """The "of" object of the noun a preposition governs when the two make a phrase of agency ("at the hands of
    X": X); none for any other preposition."""
    return [o for noun in children(preposition, "pobj") if f"{preposition.lower_} {noun.lemma_.lower()} of" in phrases
            for o in prep_objects([noun], "of")]


def described_in(verb: Token) -> Token | None:
    """The noun right before a past form that the parser made a verb of its own with that noun's "in" phrase
    under it ("X cut fares, in a move branded a retreat by Y": "branded" an adverbial clause or a conjunct
    holding "in a move"): the participle describes the noun, and the clause's verb above is the one acted "in" it."""
    if verb.dep_ not in ("advcl", "conj") or verb.tag_ not in ("VBN", "VBD") or children(
            verb, "nsubj", "nsubjpass", "aux"):
        return None
    return next((n for p in children(verb, "prep") if p.lower_ == "in" and p.i < verb.i
                 for n in children(p, "pobj") if n.i == verb.i - 1), None)


def _set_off(verb: Token) -> bool:
    """A past form right after its subject and a comma ("Y's plan, branded"); the subject is read only after a past
    form and a comma."""
    if verb.tag_ not in ("VBD", "VBN") or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return False
    subjects = children(verb, "nsubj")
    return bool(subjects) and subjects[0].right_edge.i in (verb.i - 2, verb.i - 1)


def _sentence_verb(verb: Token) -> bool:
    """A verb after the participle with its auxiliary right after a comma and no subject of its own: the sentence's
    own verb (", was dropped"), conjoined to the participle or made its head."""
    auxiliaries = children(verb, "aux", "auxpass")
    return (verb.pos_ in VERBAL and bool(auxiliaries) and verb.doc[auxiliaries[0].i - 1].text == ","
            and not children(verb, *SUBJECT_DEPS, "nsubjpass"))
