"""Polarity and modality: whether a predicate is denied, and whether it is asserted, intended, possible,
future, hypothetical or past, read from the cue words of the ontology.

Polarity is carried up from a predicate through the words that govern it ("refused to meet", "is due to
visit", "would be happy to meet", "his refusal to accept"), and stops where a clause of its own begins: an
adverbial clause with a conjunction ("while Israel continued its strikes") keeps its own polarity, and a
reported clause is denied only by a verb of denial above it ("denied that X attacked Y").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Span, Token

from graph_builder.entities.tokens import Tokens, last_tokens, reflexive
from graph_builder.extract.syntax import FINITE, SUBJECT_DEPS, VERBAL, children, dependents
from graph_builder.patterns import PARTICLES, Pattern
from graph_builder.vocab import Lexicon

# The dependencies polarity is carried up through, from a predicate to the verbs that govern it.
_CLAUSE_DEPS = ("xcomp", "acl")
_PHRASE_DEPS = ("pobj", "prep", "dobj")
_PRESENT = ("VBZ", "VBP")


def polarity(predicate: Token, lexicon: Lexicon) -> tuple[bool, str]:
    """(negated, modality) of a predicate, looking up through the verbs that govern it.

    "did not respond", "has never sent", "refused to meet" and "neither X nor Y received" are negated ("did not
    just attack Y, it ..." is not: a focus on more to come, ``_denied_outright``);
    "wants to meet", "could impose", "will travel", "is to visit", an if- or whether-clause are not
    asserted; "ended its alliance with", "the former ally of" are past.
    """
    return _walk(predicate, lexicon, frames=True)


def _walk(predicate: Token, lexicon: Lexicon, *, frames: bool) -> tuple[bool, str]:
    """The walk of ``polarity``; ``frames`` whether it steps from a verb to a claim framing it (``_framing_claim``),
    which the walk of a verb judging that claim must not, lest it come back to the claim it is asked about."""
    negated = _denied_outright(predicate, lexicon) or _denied_subject(predicate, lexicon)
    modality = own_modality(predicate, lexicon)
    node = predicate
    aside = None  # the negation read up to a participle said aside (``_said_aside``), which is all it keeps
    while (up := _step_up(node, lexicon, frames)) is not None and not _walk_ends(node, predicate, lexicon):
        aside = negated if aside is None and _said_aside(node, lexicon) else aside
        head, dep = up
        found = _step(node, head, dep, (negated, modality), lexicon)
        if found is None:
            break
        negated, modality, stop = found
        if stop:
            break
        node = head
    negated = negated if aside is None else aside
    return negated, asked_modality(predicate, modality or _reported_modality(node, lexicon))


def _walk_ends(node: Token, predicate: Token, lexicon: Lexicon) -> bool:
    """Whether the walk of ``polarity`` from a predicate ends at a node, whatever the words above say of it."""
    return _joined(node, lexicon) or examined(node, lexicon) or _claim_held(node, lexicon) \
        or _claim_made(node, predicate, lexicon)


def _said_aside(clause: Token, lexicon: Lexicon) -> bool:
    """A participle of saying set beside its clause with no conjunction nor subject of its own (kg:CommunicationVerb:
    "X did not attend the summit, accusing Y of lying", "rejected the plan, blaming Y", "refused to sign, citing Y's
    raids"): the word is said whatever its clause does, so it sheds the clause's negation or refusal, and keeps its
    modal, time to come or condition ("X may walk out, accusing Y": possible). Not a participle of what the act
    did ("X's jets did not bomb Y, killing Z": no killing), nor one on a noun ("did not publish a statement accusing
    Y": no accusation)."""
    if clause.dep_ != "advcl" or clause.tag_ != "VBG" or _bounded(clause) or children(clause, *SUBJECT_DEPS, "aux"):
        return False
    return cue_lemma(clause, lexicon) in lexicon.cues["CommunicationVerb"]


def _step(node: Token, head: Token, dep: str, read: tuple[bool, str | None], lexicon: Lexicon
          ) -> tuple[bool, str | None, bool] | None:
    """(negated, modality, whether the walk stops here) of a node's predicate ``read`` so far, read through the word
    the node hangs on by ``dep``; None where nothing is read through it."""
    negated, modality = read
    stop = _stop_at(node, head, dep, read, lexicon)
    if stop is not None:
        return (*stop, True)
    step = _STEPS.get(dep)
    found = step(node, head, negated, modality, lexicon) if step else None
    return None if found is None else (*found, _own_scope(node, lexicon))


def _stop_at(node: Token, head: Token, dep: str, read: tuple[bool, str | None], lexicon: Lexicon
             ) -> tuple[bool, str | None] | None:
    """(negated, modality) of a node's predicate where the word it hangs on decides them and the walk goes no higher;
    None elsewhere. An activity a verb ends is read from the ending verb ("stopped meeting Y"), an act held back from
    the hesitation, one left open by a denial not made or a refusal that is over, one made to do from the forcing."""
    negated, modality = read
    if _ended_activity(node, head, lexicon):
        return negated, modality or _ending(head, lexicon)
    kept = _kept_below(node, head, dep, read, lexicon)
    if kept is not None:
        return kept
    if _held_back_act(node, head, dep, lexicon):
        return negated, _held_back(head, modality, lexicon)
    if _left_open(node, head, dep, lexicon):
        return negated, modality or "possible"
    if _compelled_act(node, head, dep, lexicon):
        return negated, modality or _compelled(head, lexicon)
    return None


def _describing_participle(participle: Token, lexicon: Lexicon) -> bool:
    """Whether a past participle describes a thing by what was done to it, in a phrase of its own ("the evidence
    gathered during Y's raids on Z", "the report written after Y's talks with Z"): an event its preposition names
    happened, whatever the clause that names the thing says of it ("will study the evidence gathered during the
    raids": the raids took place). Not a participle of intent, time to come or doubt ("a proposal aimed at talks with
    Z", "the alleged raid"), nor one of a noun of intent ("a plan drawn up for talks with Z": the talks are planned);
    not a present participle, which says what the thing claims or would do ("a report claiming Y had met Z", "an accord
    recognising Z"); a content clause the parser hung the same way ("suggestions that Y had attacked Z") has a subject
    or an auxiliary of its own."""
    noun = participle.head
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or noun.pos_ not in ("NOUN", "PROPN") \
            or children(participle, *SUBJECT_DEPS, "nsubjpass", "aux", "auxpass", "mark"):
        return False
    cues = lexicon.cues
    return not any(cue_lemma(word, lexicon) in cues[kind] for word in (participle, noun)
                   for kind in ("Intended", "Future", "Possible"))


def _step_up(node: Token, lexicon: Lexicon, frames: bool) -> tuple[Token, str] | None:
    """The word a node's polarity is read through next and how the node hangs on it; the noun of a claim right
    before the node's subject when the parser hung the claim's content on its verb or the verb on it ("X rejected
    the idea Y posed a threat to Z": "posed" read as the root and "X rejected the idea" as its clause, or "rejected
    claims Y had met Z" with "met" read as a second verb of X's)."""
    frame = _framing_claim(node, lexicon) if frames else None
    if frame is not None:
        return frame, "relcl"
    return (node.head, node.dep_) if node.head.i != node.i else None


def _framing_claim(verb: Token, lexicon: Lexicon) -> Token | None:
    """The noun of a claim (kg:Allegation), object of a verb above or before this one, that ends right before the
    verb's subject, with no conjunction between them."""
    if verb.dep_ not in ("ROOT", "conj"):  # read on every step of the walk: the cheap test first
        return None
    subjects = children(verb, *SUBJECT_DEPS)
    if not subjects or subjects[0].left_edge.i < 1:
        return None
    noun = verb.doc[subjects[0].left_edge.i - 1]
    framing = noun.head
    if noun.dep_ != "dobj" or cue_lemma(noun, lexicon) not in lexicon.cues.get("Allegation", ()):
        return None
    hung = framing.head.i == verb.i if verb.dep_ == "ROOT" else framing.i == verb.head.i
    return noun if hung and not children(framing, "cc") else None


def asked_modality(token: Token, modality: str) -> str:
    """A word's modality, "possible" in a yes/no question unless it is hypothetical."""
    return "possible" if modality != "hypothetical" and asked(token) else modality


def asked(token: Token) -> bool:
    """Whether a word stands in a yes/no question, which asserts nothing ("Did X criticise Y?", "Is X set to
    attack Y?", "'Has X lied to Y?' Z asked"); a wh-question presupposes its event ("Why did X condemn Y?"), and so
    does a question of an adverbial clause with its conjunction or a relative clause ("Did X resign after Y ...?")."""
    node = token
    while not _yes_no(node):
        if node.head.i == node.i or node.dep_ == "relcl" or (node.dep_ == "advcl" and _bounded(node)):
            return False
        node = node.head
    return True


def _yes_no(clause: Token) -> bool:
    """A clause a question mark closes which opens with its own auxiliary or copula before its subject (the tagger
    may call its verb a noun: "Did X urge Y to resign?")."""
    return "?" in _closing(clause) and _inverted(clause)


def _inverted(clause: Token) -> bool:
    """A clause whose first word is its own auxiliary or copula, before its subject ("Has X met Y", "Is X ...")."""
    words = [t for t in clause.subtree if not t.is_punct and t.pos_ != "CCONJ"]
    first = words[0] if words else clause
    subjects = children(clause, *SUBJECT_DEPS, "nsubjpass")
    opens = first.i == clause.i or (first.head.i == clause.i and first.dep_ in ("aux", "auxpass"))
    return opens and first.tag_ in ("MD", "VBZ", "VBP", "VBD") and any(s.i > first.i for s in subjects)


def _closing(clause: Token) -> set[str]:
    """The punctuation at the end of a clause's words and right after them ("criticise Y?'")."""
    doc, end = clause.doc, clause.right_edge.i
    start = end
    while start > clause.i and doc[start].is_punct:
        start -= 1
    while end + 1 < len(doc) and doc[end + 1].is_punct:
        end += 1
    return {t.text for t in doc[start:end + 1] if t.is_punct}


def _claimed(node: Token, lexicon: Lexicon) -> bool:
    """Whether a clause the walk stopped at stands inside what a publication or an allegation claims, however deep:
    a relative clause in the claim ("the book claims that at a dinner where X told Y ...") is the claim's too."""
    return any(clause.dep_ == "ccomp" and (cue_lemma(clause.head, lexicon) in lexicon.cues.get("Allegation", ())
                                           or _published(clause.head, lexicon))
               for clause in (node, *node.ancestors))


def _reported_modality(node: Token, lexicon: Lexicon) -> str:
    claimed = _claimed(node, lexicon) or _claimed_after(node, lexicon) or _claim_continued(node, lexicon)
    return "possible" if claimed else "asserted"


def _claim_continued(root: Token, lexicon: Lexicon) -> bool:
    """Whether a sentence is a that-clause of its own ("And that at a dinner X told Y ...") going on with what the
    sentence before claims ("The book claims X felt ... . And that ..."): the claim's, possible."""
    if root.head.i != root.i:
        return False  # no sentence's root: its sentence is not read
    sentence = root.sent
    opening = [t for t in sentence[:3] if t.dep_ == "mark" and t.lower_ == "that" and t.head.i == root.i]
    if not opening or sentence.start == 0:
        return False
    before = root.doc[sentence.start - 1].sent.root
    return cue_lemma(before, lexicon) in lexicon.cues.get("Allegation", ()) or _published(before, lexicon)


def _claimed_after(root: Token, lexicon: Lexicon) -> bool:
    """Whether a sentence ends with a claim set off by a comma that the parser did not make the sentence's verb:
    "X promised Y he would stand down, a new book about Z claims" ("claims" read as a noun): the words after the
    sentence's last comma are a noun phrase with a publication in it (kg:Publication) or a subject the parser gave
    "claims", and a word of a claim in the third person that ends the sentence."""
    trailing = _trailing_phrase(root) if root.head.i == root.i else None
    if trailing is None:
        return False
    tail, last = trailing
    said = children(last, *SUBJECT_DEPS) or [t for t in tail if t.lemma_.lower() in lexicon.publications]
    return bool(said) and cue_lemma(last, lexicon) in lexicon.cues.get("Allegation", ())


def _trailing_phrase(root: Token) -> tuple[Span, Token] | None:
    """The words between a sentence's last comma and its last word, and that word in the third person (ending in
    "s"), when no verb stands between them; None otherwise."""
    last = _last_word(root)
    if last.i <= root.i or not last.text.endswith("s"):
        return None
    comma = max((t.i for t in root.sent if t.text == "," and t.i < last.i), default=None)
    tail = root.doc[comma + 1:last.i] if comma is not None else None
    return (tail, last) if tail is not None and all(t.pos_ not in VERBAL for t in tail) else None


def _last_word(root: Token) -> Token:
    """The last word of a root's sentence that is no punctuation."""
    last = root.sent[-1]
    while last.is_punct and last.i > root.i:
        last = last.doc[last.i - 1]
    return last


def _own_scope(node: Token, lexicon: Lexicon) -> bool:
    """A clause whose polarity is its own from here up: a reported clause, an adverbial clause with a
    conjunction ("while Israel continued its strikes", "if Iran attacks"), an event a verb ends (its
    polarity is read from the ending verb's: "plans to end its embargo on" leaves the embargo current). An activity
    a verb ends ("refused to stop criticising Y" leaves the criticism going on) stops the walk in ``polarity``; so
    does an event a verb calls off or puts off ("refused to cancel her trip to Y": the trip goes ahead)."""
    return node.dep_ == "ccomp" or (node.dep_ == "advcl" and _bounded(node)) or _ends(node, node.head, lexicon) \
        or _presupposing(node, lexicon) or _called_off(node, node.head, lexicon) is not None


_CLAIM_JUDGING = ("Negation", "ReportDenial", "ConfirmingVerb", "Dismissal", "Minimising")
"""Cue classes of the verbs that, taking a claim as object, say whether it holds ("denied reports that", "confirmed
reports that", "dismissed claims that", "played down reports that")."""


def _claim_held(noun: Token, lexicon: Lexicon) -> bool:
    """A noun of a claim (kg:Allegation) with the clause it holds, which no verb above judges true or false: "declined
    to be drawn on reports that Y met Z", "refused to comment on rumours that", "asked about claims that" leave
    what is claimed possible, not denied by the refusal above; "denied reports that" (a verb of ``_CLAIM_JUDGING``
    taking the claim as its object, ``_judgement_made``) reads on; "refused to confirm reports that", "wants to
    confirm", "did not deny reports that", "if X confirms reports that" judge nothing, and leave the claim open."""
    if not _claim_noun(noun, lexicon) or not any(c.pos_ in VERBAL for c in children(noun, "acl", "relcl", "ccomp")):
        return False
    return not _judgement_made(noun, lexicon)


_JUDGED = ((False, "asserted"), (False, "past"))
"""The polarity of a verb of ``_CLAIM_JUDGING`` that does judge the claim it takes: neither denied nor refused
("did not confirm", "refused to confirm", "did not deny"), nor wanted, to come, possible or conditional ("wants to
confirm", "will confirm", "may deny", "if X confirms")."""


def _judgement_made(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a claim is the object of a verb of ``_CLAIM_JUDGING`` that judges it (``_JUDGED``), read without the
    step to a claim framing a verb (``_framing_claim``), which would come back to this one."""
    return _claim_judged(noun, lexicon) and _walk(noun.head, lexicon, frames=False) in _JUDGED


def _judging(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of ``_CLAIM_JUDGING`` judges what it takes (``_JUDGED``): "denied that Y had attacked Z" does;
    "did not deny", "refused to deny", "could neither confirm nor deny", "will deny that" leave it open."""
    return _walk(verb, lexicon, frames=True) in _JUDGED


def _claim_made(node: Token, predicate: Token, lexicon: Lexicon) -> bool:
    """A noun of a claim (kg:Allegation) read as the act of claiming, the object of a verb that judges the claim true
    or false ("denied accusations by X that Y armed Z"): X's accusation was made whatever the verb says of what it
    claims (the clause under the noun still reads the verb on)."""
    return node.i == predicate.i and _claim_noun(node, lexicon) and _claim_judged(node, lexicon)


def _claim_noun(noun: Token, lexicon: Lexicon) -> bool:
    return noun.pos_ == "NOUN" and cue_lemma(noun, lexicon) in lexicon.cues["Allegation"]


def _claim_judged(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a claim is the object of a verb of ``_CLAIM_JUDGING``, which says whether it holds."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in VERBAL:
        return False
    judging = frozenset().union(*(lexicon.cues.get(name, frozenset()) for name in _CLAIM_JUDGING))
    return bool({phrase_lemma(verb), cue_lemma(verb, lexicon)} & judging)


def _joined(node: Token, lexicon: Lexicon) -> bool:
    """An event noun with a possessor of its own that a verb joins or steps up (kg:ContinuingVerb: "seeking to join the
    army's fight against B") or accounts for (kg:AccountingVerb: "urged Togo to justify its raids on B"): the event is
    under way or done, whatever that verb and the clauses above it say. Accounted for, only an event noun of the
    lexicon is done: "will defend his decision to cut aid to B" leaves the cut to come."""
    head = node.head
    if not (node.dep_ == "dobj" and node.pos_ == "NOUN" and children(node, "poss") and head.pos_ in VERBAL):
        return False
    lemma = phrase_lemma(head)
    return lemma in lexicon.cues.get("ContinuingVerb", ()) or (
        lemma in lexicon.cues.get("AccountingVerb", ()) and node.lemma_.lower() in lexicon.noun_patterns)


def examined(node: Token, lexicon: Lexicon) -> bool:
    """An event noun that a verb of examining takes as object, or as the object of its preposition
    (kg:ExaminingVerb: "is to look into a complaint from X about Y", "refused to investigate the attack on Y"): the
    event has happened, whatever the verb and the clauses above it say."""
    verbs = lexicon.cues.get("ExaminingVerb", frozenset())
    head = node.head
    if node.pos_ != "NOUN" or not verbs:
        return False
    if node.dep_ == "dobj" and head.pos_ in VERBAL:
        return head.lemma_.lower() in verbs
    return (node.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in VERBAL
            and f"{head.head.lemma_.lower()} {head.lower_}" in verbs)


def _intent_adjective(head: Token, lexicon: Lexicon) -> bool:
    intent = lexicon.cues["Intended"]
    return _adjective(head) and (cue_lemma(head, lexicon) in intent or head.lower_ in intent)


def _phrasal_intent(head: Token, lexicon: Lexicon) -> bool:
    """A verb and its adverb or particle that say what is looked for ("look forward to")."""
    lemma = head.lemma_.lower()
    return any(f"{lemma} {c.lower_}" in lexicon.cues["Intended"] for c in children(head, "advmod", "prt"))


def _presupposing(node: Token, lexicon: Lexicon) -> bool:
    """A preposition whose event its clause does not deny ("despite his meeting with", "after the attack on")."""
    cues = lexicon.cues
    return node.dep_ == "prep" and (node.lower_ in cues.get("PresupposingPreposition", ())
                                    or node.lower_ in cues.get("ConcessivePreposition", ()))


def _presupposed(node: Token, head: Token, modality: str | None, lexicon: Lexicon) -> str | None:
    """The modality of an event under a presupposing preposition: its own; after "despite" nothing the clause
    says; after "after" what the clause says of time and intent, never its negation ("refused to sign after her
    meeting with X" asserts the meeting, "will visit X after talks with Y" puts the talks in the future); nor that an
    act the word above it leaves open is open (``_left_open``: "dropped its refusal to meet X after the attack on Y",
    "did not deny that it met X after the attack on Y" assert the attack)."""
    if modality or node.lower_ in lexicon.cues.get("ConcessivePreposition", ()) or head.pos_ not in VERBAL \
            or _left_open(head, head.head, head.dep_, lexicon):
        return modality
    _, above = polarity(head, lexicon)
    return above if above in ("future", "hypothetical", "intended", "possible") else None


def _bounded(clause: Token) -> bool:
    """An adverbial clause opened by a conjunction or a wh-adverb ("while", "after", "when", "if"), not a
    purpose clause ("to meet", "in order to meet") nor a bare participle ("killing four")."""
    if _is_purpose(clause):
        return False
    return any(c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB") for c in dependents(clause))


def _through_conjunct(node: Token, head: Token, negated: bool, modality: str | None,
                      lexicon: Lexicon) -> tuple[bool, str | None] | None:
    """A conjoined verb with its own subject or auxiliary does not share the polarity of the first; one without
    shares the first's auxiliaries and negation too ("will monitor the vote and assist Chad", "did not meet X or
    call Y"; not a "not" a focus adverb opens: "did not just meet X and sign a deal with Y"); a conjoined noun under a
    verb of intent ("sought a ceasefire and talks") is intended."""
    if node.pos_ != "NOUN" and not _shares_first(node, lexicon):
        return None
    if node.pos_ == "NOUN":
        intended = head.lemma_.lower() in lexicon.cues["Intended"]
        return negated, modality or ("intended" if intended else None)
    return negated or _denied_outright(head, lexicon), modality or own_modality(head, lexicon)


def _shares_first(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a conjoined verb with no subject nor auxiliary of its own shares what is said of the first: a bare form
    ("did not meet X or call Y"), or the "nor" verb of "neither ... nor" (``_neither_nor``: "denied that Y had neither
    attacked Z nor threatened X", "if Y neither attacks Z nor threatens X")."""
    if children(verb, "aux", "nsubj"):
        return False
    return verb.tag_ in ("VB", "VBP", "VBG") or _neither_nor(verb, lexicon)


def _through_clause(node: Token, head: Token, negated: bool, modality: str | None,
                    lexicon: Lexicon) -> tuple[bool, str | None]:
    """A clause under a verb, an adjective or a noun: "refused to meet" (denied), "wants to meet"
    (intended), "is set to visit", "is to visit" (future), "willing to meet", "his refusal to accept"; under a
    negative implicative denied, or asserted when that verb is denied ("forgot to tell", "did not fail to condemn")."""
    if _ended_activity(node, head, lexicon):
        return negated, modality or _ending(head, lexicon)
    return _governed_clause(node, head, negated, modality, lexicon)


def _governed_clause(node: Token, head: Token, negated: bool, modality: str | None,
                     lexicon: Lexicon) -> tuple[bool, str | None]:
    """A clause under a word that does not end it as an activity (see ``_through_clause``; the walk of ``polarity``
    has asked ``_ended_activity`` already)."""
    lemma = cue_lemma(head, lexicon)
    head_negated = _head_denied(node, head, lexicon)
    if _rules_out(head, lexicon):
        negated, modality = _ruled_out(head_negated, negated, modality)
        head_negated = False
    elif lemma in lexicon.cues.get("NegativeImplicative", ()):
        # "forgot to tell", "did not fail to condemn"; a focus denies nothing: "did not just avoid" avoided
        negated, head_negated = negated != (not _denied_outright(head, lexicon)), False
    elif _needed(node, lemma, head_negated, lexicon):
        modality, head_negated = modality or "possible", False  # "did not have to attack Y": it may have all the same
    elif _denies(node, head, lemma, lexicon):
        return _through_denial(node, head, (negated, modality), head_negated, lexicon)
    elif not _waged(node, head, lexicon):
        modality = modality or _governing_modality(node, head, lexicon)
    return negated or head_negated, modality or own_modality(head, lexicon)


def _head_denied(clause: Token, head: Token, lexicon: Lexicon) -> bool:
    """Whether the word a clause hangs on is denied: by a negation of its own not made a focus on more to come
    (``_denied_outright``: "does not just want to attack Y, it wants to annex Y" still wants the attack) or, a verb,
    by "no" on the noun of intention it makes (``_aim_denied``)."""
    return _denied_outright(head, lexicon) or _aim_denied(clause, head, lexicon)


def _aim_denied(clause: Token, head: Token, lexicon: Lexicon) -> bool:
    """Whether the to-infinitive a verb of making an attempt (kg:AttemptMakingVerb) takes is the aim of a noun of
    intention (kg:Intended) that "no" denies as the verb's passive subject ("No attempt was made by X to meet Y", "no
    effort has been made to meet Y": no meeting), as "made no attempt to meet Y" denies it on the noun itself; not
    under another verb ("no effort was spared to help Y", "no plan was needed to attack Y")."""
    if cue_lemma(head, lexicon) not in lexicon.cues["AttemptMakingVerb"]:
        return False
    return _is_purpose(clause) and any(
        cue_lemma(s, lexicon) in lexicon.cues["Intended"] and _has_negation(s, lexicon)
        for s in children(head, "nsubjpass"))


def _through_denial(node: Token, head: Token, read: tuple[bool, str | None], head_negated: bool,
                    lexicon: Lexicon) -> tuple[bool, str | None]:
    """A clause under a word that denies it ("refused to meet Y": denied), ``read`` its (negated, modality) so far; a
    word of refusal itself denied leaves the act open ("did not refuse to meet Y", "never declined to meet Y":
    possible, ``_refusal_undone``), and so does a refusal denied by the word above it ("denied refusing to meet Y")
    or held no longer ("no longer refuses to meet Y")."""
    negated, modality = read
    lifted = _refusal_lifted(head, lexicon)
    if lifted is not None:
        return negated, modality or lifted
    if not head_negated and _refusal_in(node, negated, lexicon):
        return False, modality or own_modality(head, lexicon) or "possible"
    return (not negated) or head_negated, modality or own_modality(head, lexicon)


def _refusal_lifted(word: Token, lexicon: Lexicon) -> str | None:
    """The modality of the act under a word of refusal that no longer stands, None where it stands or is none: held no
    longer ("no longer refuses to meet Y": willing now, the meeting open, ``_refusal_ended``) or denied itself ("did
    not refuse to meet Y", ``_refusal_undone``; "would not refuse": hypothetical)."""
    if _refusal_ended(word, lexicon):
        return "possible"
    return own_modality(word, lexicon) or "possible" if _refusal_undone_on(word, word, lexicon) else None


def _held_back_act(clause: Token, head: Token, dep: str, lexicon: Lexicon) -> bool:
    """Whether a clause is the act a verb of hesitation holds back: its complement ("hesitated to attack Y"), or so
    the parser hung it as an adverbial clause with no conjunction."""
    return cue_lemma(head, lexicon) in lexicon.cues["HesitationVerb"] and _hung_as_complement(clause, dep)


def _hung_as_complement(clause: Token, dep: str) -> bool:
    """Whether a clause hangs by ``dep`` on its head as its complement ("hesitated to attack Y", "was forced to attack
    Y"), or as an adverbial clause with no conjunction, as the parser may hang a complement."""
    return dep in _CLAUSE_DEPS or (dep == "advcl" and not _bounded(clause))


def _left_open(node: Token, head: Token, dep: str, lexicon: Lexicon) -> bool:
    """Whether an act is left open by the word above it, whatever the words above that say: a denial not made
    (``_denial_unmade``), a refusal that is over (``_refused_before``)."""
    return _denial_unmade(node, head, dep, lexicon) or _refused_before(node, head, dep, lexicon)


def _denial_unmade(node: Token, head: Token, dep: str, lexicon: Lexicon) -> bool:
    """Whether an act or an event noun is what a verb of denial (kg:ReportDenial) would deny that denies nothing
    (``_denial_made``): "did not deny meeting Y", "refused to deny meeting Y", "never denied talks with Y", "did not
    deny that it met Y" leave the meeting open (possible): no denial is made, and none is no admission either. The
    walk stops there: the words above spoke of the denial, not of the meeting. So is what a verb of confirming or
    admitting joined to that denial takes, itself not made (``_joined_denial``: "neither denied nor confirmed
    attacking Y")."""
    taken = dep in ("dobj", "ccomp") or _hung_as_complement(node, dep)
    denial = _joined_denial(head, lexicon)
    return taken and cue_lemma(denial, lexicon) in lexicon.cues["ReportDenial"] and not _denial_made(denial, lexicon)


def _joined_denial(verb: Token, lexicon: Lexicon) -> Token:
    """The verb of denial a verb of confirming or admitting (kg:ConfirmingVerb, kg:AdmittingVerb) that is not made
    is joined to, sharing what it takes ("neither denied nor confirmed attacking Y", "did not deny or admit
    attacking Y"; not "did not deny but admitted attacking Y"); else the verb itself."""
    cues, lemma = lexicon.cues, cue_lemma(verb, lexicon)
    judging = lemma in cues.get("ConfirmingVerb", ()) or lemma in cues["AdmittingVerb"]
    return verb.head if judging and verb.dep_ == "conj" and not _judging(verb, lexicon) else verb


def _denial_made(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of denial (kg:ReportDenial) denies what it takes: when it judges it (``_judging``: "denied
    that"), and when only hearsay or a focus on more weighs on it ("reportedly denied", "is said to have denied";
    ``_denied_outright``: "did not just deny that Y had attacked Z, it blamed X"). "Did not deny", "refused to deny"
    and a denial its own modal or a question weighs (``_weighed``: "may deny", "did Y deny?") make none."""
    negated, modality = _walk(verb, lexicon, frames=True)
    if negated and (_denied_outright(verb, lexicon) or not _has_negation(verb, lexicon)):
        return False
    return (False, modality) in _JUDGED or (modality == "possible" and not _weighed(verb))


def _weighed(verb: Token) -> bool:
    """Whether a verb is weighed, not reported done: a modal of its own ("may deny", "could deny") or a yes/no
    question ("did Y deny?")."""
    return any(a.tag_ == "MD" for a in children(verb, "aux")) or asked(verb)


def _refused_before(node: Token, head: Token, dep: str, lexicon: Lexicon) -> bool:
    """Whether an act or an event noun is what a refusal or a rejection that is over denied (``_stance_over``: "no
    longer rejects talks with Y", "dropped its refusal to meet Y", "withdrew its rejection of talks with Y"): the
    subject is willing now, and the act open (possible), neither denied nor done. The walk stops there."""
    taken = dep in (*_CLAUSE_DEPS, "dobj") or (dep == "prep" and head.pos_ == "NOUN" and node.lower_ == "of")
    return taken and _stance_over(head, lexicon)


def _held_back(verb: Token, modality: str | None, lexicon: Lexicon) -> str:
    """The modality a verb of hesitation (kg:HesitationVerb) gives the act under it, read from the verb's own polarity
    (the walk stops there): open ("hesitated to attack Y", "may hesitate": possible; "if X hesitates": hypothetical),
    and as real as the verb when it is denied, by its own negation or one above it ("did not hesitate to attack Y":
    asserted, "would not hesitate": hypothetical, "is not going to hesitate": future); that negation is spent on the
    hesitation, never on the act. A "not" a focus adverb opens leaves the hesitation standing ("did not just
    hesitate"); a verb of denial that takes the hesitation (``_disowned``: "denied hesitating to attack Y") gives the
    subject's own word that it did not hesitate, which makes no attack: it stays possible."""
    denied, held = _walk(verb, lexicon, frames=True)
    if denied and (_denied_outright(verb, lexicon) or not (_has_negation(verb, lexicon) or _disowned(verb, lexicon))):
        return modality or held
    return modality or ("hypothetical" if held == "hypothetical" else "possible")


def _disowned(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb is what a verb of denial (kg:ReportDenial) takes: "denied hesitating to attack Y", "denied that
    it had hesitated"."""
    return verb.dep_ in (*_CLAUSE_DEPS, "ccomp", "advcl") and cue_lemma(verb.head, lexicon) in lexicon.cues[
        "ReportDenial"]


def _compelled_act(clause: Token, head: Token, dep: str, lexicon: Lexicon) -> bool:
    """Whether a clause is the to-infinitive of a verb of being made to act in the passive (kg:CompellingVerb: "was
    forced to attack Y", "were compelled to", "was made to", the parser may hang it as an adverbial clause with no
    conjunction). Not a participle with no auxiliary, whose infinitive may be a purpose ("a plan made to ..."), nor
    a passive whose subject is no one to act (``_acting_subject``: "a decision was made by X to attack Y", "plans
    were made to ...": the infinitive is the noun's, an act intended)."""
    if cue_lemma(head, lexicon) not in lexicon.cues["CompellingVerb"] or not _is_purpose(clause):
        return False
    if not children(head, "auxpass") or not _acting_subject(head, lexicon):
        return False
    return _hung_as_complement(clause, dep)


def _acting_subject(verb: Token, lexicon: Lexicon) -> bool:
    """Whether the subject of a passive is one who may act: a name, a pronoun, or a noun of a person or a group of
    them ("the army", "troops", "the minister"; ``Lexicon.collective_nouns``, ``person_nouns``, ``people_nouns``),
    not a noun of an act or an intent ("a decision", "efforts", "arrangements")."""
    subject = next(iter(children(verb, "nsubjpass")), None)
    if subject is None or subject.pos_ in ("PROPN", "PRON") or subject.ent_type_:
        return subject is not None
    lemma = subject.lemma_.lower()
    return (lemma,) in lexicon.collective_nouns or lemma in lexicon.person_nouns | lexicon.people_nouns


def _compelled(verb: Token, lexicon: Lexicon) -> str:
    """The modality a verb of being made to act (``_compelled_act``) gives the act, read from the verb's own polarity
    (the walk stops there): told in the past it was done ("was forced to attack Y", "had been forced to": asserted);
    in the present it is required ("is forced to attack Y": intended); under a modal it takes the modal's ("will be
    forced to": future, "may be forced to": possible); denied it is open ("was not forced to attack Y": possible,
    "would not be forced to": hypothetical)."""
    denied, held = _walk(verb, lexicon, frames=True)
    if denied:
        return "hypothetical" if held == "hypothetical" else "possible"
    if held == "asserted" and not (_told_done(verb) and not _refused_after(verb, lexicon)):
        return "intended"
    return held


def _refused_after(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of being made to act is joined with a refusal of its own subject ("was forced to attack Y but
    refused", kg:Refusal) with no act of its own ("and refused to meet Z" refuses another): the act forced was not
    done."""
    return any(cue_lemma(c, lexicon) in lexicon.cues["Refusal"]
               and not children(c, *SUBJECT_DEPS, "nsubjpass", *_CLAUSE_DEPS, "ccomp", "dobj") for c in verb.conjuncts)


def _told_done(verb: Token) -> bool:
    """Whether a passive is told in the past or the perfect ("was forced", "had been forced", "has been forced"), not
    the progressive ("was being forced to attack Y when ...": not yet done)."""
    auxiliaries = children(verb, "aux", "auxpass")
    if any(a.lower_ == "being" for a in auxiliaries):
        return False
    return any(a.tag_ == "VBD" or a.lower_ == "been" for a in auxiliaries)


def _refusal_in(clause: Token, negated: bool, lexicon: Lexicon) -> bool:
    """Whether a clause or a noun a word of denial takes is a refusal or a rejection that denies the act under it
    ("denied refusing to meet Y", "denied that it had declined to meet Y", "denied its refusal to meet Y", "denied
    rejecting talks with Y"; kg:Refusal, kg:Rejection): the denial undoes the refusal, and leaves the act open, not
    done."""
    cues = lexicon.cues
    return negated and cue_lemma(clause, lexicon) in cues["Refusal"] | cues["Rejection"]


def _refusal_denied(node: Token, head: Token, negated: bool, lexicon: Lexicon) -> bool:
    """Whether the object of a verb of denial, itself not denied, is a noun of refusal that denies the act under it
    ("denied its refusal to meet Y", ``_refusal_in``)."""
    return node.dep_ == "dobj" and cue_lemma(head, lexicon) in lexicon.cues["ReportDenial"] \
        and not _has_negation(head, lexicon) and _refusal_in(node, negated, lexicon)


def _ended_activity(node: Token, head: Token, lexicon: Lexicon) -> bool:
    """Whether a clause is an activity a verb of kg:Past ends: "stopped meeting Y", "ceased to support Y" (the
    meetings and the support were, and are no more: past); "never stopped attacking Y" and "urged X to stop
    attacking Y" leave the attacks going on. Not a purpose clause ("stopped to meet Y" met Y), nor what a verb
    stops another doing ("stopped Israel attacking Y": prevented, denied). The verbs are those
    both of kg:Past and kg:Negation ("stop", "cease"), and those of kg:QuittingVerb before a gerund ("gave up
    supporting Y"; "quit to join Y" joined): "left UKIP saying Y would do better" ended no saying."""
    if not _activity_complement(node, head) or head.pos_ not in VERBAL or children(head, "dobj"):
        return False  # "stopped Y attacking Z" prevented it
    lemma = phrase_lemma(head)
    if lemma in lexicon.halting_verbs:
        return node.tag_ in ("VBG", "VB")
    return node.tag_ == "VBG" and lemma in lexicon.cues["QuittingVerb"]


def _activity_complement(node: Token, head: Token) -> bool:
    """Whether a clause is the complement of the verb above it: an xcomp, or a gerund the parser hung as an adverbial
    clause right after the verb or its particle, with no conjunction or subject of its own ("gave up supporting Y")."""
    if node.dep_ == "xcomp":
        return True
    last = max([head.i, *(c.i for c in children(head, "prt"))])
    return node.dep_ == "advcl" and node.tag_ == "VBG" and node.i == last + 1 and not children(node, "mark", "nsubj")


def _denies(clause: Token, head: Token, lemma: str, lexicon: Lexicon) -> bool:
    """Whether a verb denies the clause under it ("refused to meet Y"); a halting verb does not deny the purpose it
    serves ("stopped in Lagos to meet Y" meant to meet Y)."""
    if lemma not in lexicon.denying_verbs:
        return False
    return not (clause.dep_ == "advcl" and _is_purpose(clause) and head.lemma_.lower() in lexicon.halting_verbs)


def _through_adverbial(node: Token, head: Token, negated: bool, modality: str | None,
                       lexicon: Lexicon) -> tuple[bool, str | None]:
    """An adverbial clause: a purpose or participle clause is governed like any clause; one opened by a
    conjunction keeps its own polarity ("would not negotiate while Israel continued its strikes" asserts
    the strikes), save that a present tense under a future or conditional clause shares its modality
    ("will meet X when Y visits Z"), as does a past tense told as to come ("would resume once X signed ...")."""
    if not _bounded(node):
        return _through_clause(node, head, negated, modality, lexicon)
    if _for_a_reason(node, lexicon):
        return negated, modality
    if modality is None and (node.tag_ in (*_PRESENT, "VB") or _yet_to_come(node, head, lexicon, told=True)):
        _, above = polarity(head, lexicon)
        if above in ("future", "hypothetical", "intended", "possible"):
            modality = above
    return negated, modality


def _for_a_reason(clause: Token, lexicon: Lexicon) -> bool:
    """Whether an adverbial clause opens with a conjunction of kg:ReasonConjunction ("because", "since"): a reason,
    true now whatever the clause it hangs on says of the future."""
    return _opened_by(clause, lexicon.cues["ReasonConjunction"], "mark")


def _opened_by(clause: Token, words: frozenset[str] | set[str], *deps: str) -> bool:
    """Whether a clause opens with one of ``words`` as its conjunction (or adverb) of one of ``deps``."""
    return any(m.lower_ in words for m in children(clause, *deps))


def _yet_to_come(clause: Token, head: Token, lexicon: Lexicon, *, told: bool) -> bool:
    """Whether a clause opened by a conjunction of time has not happened yet, for the clause it hangs on has not.
    Told (told=True): a past tense after kg:SequenceConjunction or kg:PendingConjunction under "would" tells a time
    to come in reported speech ("said aid would resume once X signed an accord with Y"); not under another modal
    ("could be expelled after he criticised X") nor after "while" ("would not negotiate while Israel continued its
    strikes"). Pending (told=False): an adverbial clause of kg:PendingConjunction ("until", "before") under a
    present, a modal or a to-infinitive ("we cannot comment until X have told us", "Y will not act before X briefs
    Z"); under a past tense it has happened ("Y waited until X told Z"). Never under a perfect ("would have cost X
    dearly when X rejected Y's offer": the rejection happened)."""
    auxiliaries = children(head, "aux")
    if any(a.lemma_ == "have" for a in auxiliaries) or not _opened_by_time(clause, lexicon, told=told):
        return False
    if told:
        return clause.tag_ == "VBD" and any(a.lower_ in lexicon.modal_auxiliaries.get("Hypothetical", ())
                                            for a in auxiliaries)
    return _present(head) or _is_purpose(head) or any(a.tag_ == "MD" for a in auxiliaries)


def _opened_by_time(clause: Token, lexicon: Lexicon, *, told: bool) -> bool:
    """Whether a clause opens with a conjunction of kg:PendingConjunction (an adverbial clause's "mark"), or, told
    in the past, of kg:SequenceConjunction too (also as an adverb: "when" read as a wh-adverb)."""
    if told:
        classes, deps = ("SequenceConjunction", "PendingConjunction"), ("mark", "advmod")
    elif clause.dep_ == "advcl":
        classes, deps = ("PendingConjunction",), ("mark",)
    else:
        return False
    return _opened_by(clause, {w for name in classes for w in lexicon.cues.get(name, ())}, *deps)


def _through_report(node: Token, head: Token, negated: bool, modality: str | None,
                    lexicon: Lexicon) -> tuple[bool, str | None] | None:
    """A reported clause: denied by a verb of denial that denies ("denied that Egypt had sent troops"; one that denies
    nothing leaves it open: ``_denial_unmade``), open under a denied verb of implication ("did not mean that Y had cut
    ties with Z": possible), intended under a verb of intent when its verb has no auxiliary but "to" nor past tense
    ("demanded that Israel withdraw", "wants Y to meet Z", which the parser may read as a clause of its own), as real
    as a verb of perception that governs it ("could see Y coming to Z": possible; kg:PerceptionVerb), possible under a
    verb of allegation ("claimed that Y had sent troops") or a publication's verb of saying ("the book says Y met Z");
    otherwise what the clause says is its own (a speaker's negation is not the clause's: "did not say that")."""
    lemma = cue_lemma(head, lexicon)
    if lemma in lexicon.cues.get("ReportDenial", ()):
        return _denial_of_clause(node, negated, modality, lexicon)
    if _put_in_doubt(head, lemma, lexicon):
        return negated, modality or "possible"  # "claimed that Y had sent troops", "the book says Y met Z"
    governed = _report_governed(node, head, lemma, lexicon)
    return None if governed is None else (negated, modality or governed)


def _denial_of_clause(node: Token, negated: bool, modality: str | None, lexicon: Lexicon) -> tuple[bool, str | None]:
    """A clause a denial made takes: denied ("denied that Egypt had sent troops"), or open where what it denies is a
    refusal ("denied that it had refused to meet Y": ``_refusal_in``) or "neither ... nor" ("denied that Y had neither
    attacked Z nor threatened X": one of them took place, which the denial does not say)."""
    if _refusal_in(node, negated, lexicon) or (negated and _neither_nor(node, lexicon)):
        return False, modality or "possible"
    return not negated, modality


def _report_governed(node: Token, head: Token, lemma: str, lexicon: Lexicon) -> str | None:
    """The modality a verb of intent or of perception gives the clause it reports, or None."""
    if lemma in lexicon.cues["Intended"] and _bare_verb(node):
        return "intended"  # "that Morocco send" (read as VBP), "wants Y to meet" (a ccomp)
    if lemma in lexicon.cues.get("PerceptionVerb", ()):
        return own_modality(head, lexicon)  # "could see X coming to Y": no more real than the seeing
    return None


def _put_in_doubt(head: Token, lemma: str, lexicon: Lexicon) -> bool:
    """Whether a verb leaves the clause it reports open: a verb of allegation, a publication's verb of saying, a
    denied verb of implication ("did not mean that Y had cut its ties with Z"), a verb of confirming that confirms
    nothing ("refused to confirm that Y had attacked Z", "will confirm whether": ``_JUDGED``, as for a claim it takes
    as object)."""
    if lemma in lexicon.cues.get("Implication", ()) and _has_negation(head, lexicon):
        return True
    if lemma in lexicon.cues.get("ConfirmingVerb", ()):
        return not _judging(head, lexicon)
    return lemma in lexicon.cues.get("Allegation", ()) or _published(head, lexicon)


def _published(verb: Token, lexicon: Lexicon) -> bool:
    """A verb of saying whose subject is a publication or a record (``Lexicon.publications``): "the book says", "a
    report states", "the register shows"."""
    return cue_lemma(verb, lexicon) in lexicon.cues["Attribution"] and any(
        s.lemma_.lower() in lexicon.publications for s in children(verb, "nsubj"))


def _bare_verb(verb: Token) -> bool:
    """A verb in its base or present form with no auxiliary but "to": what a clause under a verb of intent wants."""
    return verb.tag_ in ("VB", *_PRESENT) and all(a.lower_ == "to" for a in children(verb, "aux"))


def _through_copula(node: Token, head: Token, negated: bool, modality: str | None,
                    lexicon: Lexicon) -> tuple[bool, str | None]:
    """An adjective to the verb "be" it completes: "would (not) be happy to meet"; an adjective that denies the clause
    under it, itself denied on the copula, leaves the act open ("was not unwilling to meet Y", "is not unable to")."""
    if _refusal_undone_on(node, head, lexicon) and children(node, "xcomp"):
        return not negated, modality or own_modality(head, lexicon) or "possible"  # the refusal's own denial undone
    return negated or _has_negation(head, lexicon), modality or own_modality(head, lexicon)


def _waged(clause: Token, noun: Token, lexicon: Lexicon) -> bool:
    """An infinitive naming what a fight under way is for: "the campaign to defeat X", "its efforts to destroy X".
    The noun is an event of the lexicon ("A's campaign against B") and the verb says the same relation: the fight is
    as real as the campaign, not an intention (but "efforts to meet X" are one)."""
    if clause.dep_ != "acl":
        noun = waged_event(clause, lexicon) or clause
    elif noun.pos_ != "NOUN" or not _wages(noun, clause, lexicon):
        return False
    return noun is not clause


def _wages(noun: Token, clause: Token, lexicon: Lexicon) -> bool:
    """Whether a noun is an event of the lexicon of a relation the verb of the clause says too."""
    waged = {p.relation for p in lexicon.noun_patterns.get(noun.lemma_.lower(), ())}
    return any(p.relation in waged for p in lexicon.verb_patterns.get(clause.lemma_.lower(), ()))


def waged_event(clause: Token, lexicon: Lexicon) -> Token | None:
    """The event noun a "to" infinitive completes when the parser hung both on the verb above: "supports the army in
    its campaign to defeat X" ("to defeat" an adverbial clause of "supports", "in its campaign" its phrase). The noun
    comes right before "to", is the object of "in" under the same verb and wages what the infinitive says."""
    noun = _before_to(clause) if clause.dep_ in ("advcl", "xcomp") else None
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "in" or noun.head.head.i != clause.head.i:
        return None
    return noun if noun.pos_ == "NOUN" and _wages(noun, clause, lexicon) else None


def _before_to(clause: Token) -> Token | None:
    """The word right before the "to" of an infinitive."""
    marks = [a for a in children(clause, "aux") if a.lower_ == "to"]
    return clause.doc[marks[0].i - 1] if marks and marks[0].i > 0 else None


def _governing_modality(clause: Token, head: Token, lexicon: Lexicon) -> str | None:
    """The modality a governing word gives the clause under it."""
    cues = lexicon.cues
    lemma = cue_lemma(head, lexicon)
    if phrase_lemma(head) in cues.get("SequelVerb", frozenset()):
        return None  # "went on to become leader": what the subject came to do, as real as the verb above it
    if lemma in cues.get("EffortVerb", frozenset()) and _is_purpose(clause):
        return None if _fought_for(clause, lexicon) else "intended"
    if _intended(clause, head, lemma, lexicon):
        return "intended"
    if lemma in cues["Future"] or (lemma in cues.get("FutureCopula", ()) and _is_purpose(clause)):
        return "future"
    return "possible" if _doubted(clause, head, lemma, lexicon) else None


def _vouched_for(claim: Token, lexicon: Lexicon) -> bool:
    """A noun of a claim that a verb vouching for it takes as object and judges (kg:ConfirmingVerb,
    ``_judgement_made``: "the UN has confirmed reports that X killed Y"): what it reports is asserted; "did not
    confirm reports", "refused to confirm", "wants to confirm", "dismissed reports" leave it in doubt, as
    ``_claim_held`` does."""
    return (claim.pos_ == "NOUN" and claim.head.lemma_.lower() in lexicon.cues.get("ConfirmingVerb", ())
            and _judgement_made(claim, lexicon))


def _fought_for(clause: Token, lexicon: Lexicon) -> bool:
    """Whether the infinitive under a verb of effort (kg:EffortVerb) says a relation that the nouns of effort wage
    (kg:EffortNoun: "efforts against B", "the fight against B"): "is working (with Y) to defeat X" is a fight under
    way, as "its efforts to defeat X" is; "is working to meet X" is only striven for."""
    waged = {p.relation for noun in lexicon.cues.get("EffortNoun", ()) for p in lexicon.noun_patterns.get(noun, ())}
    return any(p.relation in waged for p in _read_patterns(clause, lexicon))


def _read_patterns(verb: Token, lexicon: Lexicon) -> list[Pattern]:
    """The verb's patterns that its object leaves: those of a light verb whose noun is its object ("strike a deal
    with" is no strike), else those with no noun."""
    patterns = lexicon.verb_patterns.get(verb.lemma_.lower(), ())
    objects = {o.lemma_.lower() for o in children(verb, "dobj")}
    return [p for p in patterns if p.noun in objects] or [p for p in patterns if p.noun is None]


def _intended(clause: Token, head: Token, lemma: str, lexicon: Lexicon) -> bool:
    """A clause under a word of intention or of making someone act, a clause of purpose, or the purpose of a move."""
    cues = lexicon.cues
    if lemma in cues["Intended"] or lemma in cues["ObjectControl"] or (clause.dep_ == "advcl" and _is_purpose(clause)):
        return True
    return _obliged(clause, head, lemma, lexicon) or _moved_for(clause, head, lemma, lexicon)


def _obliged(clause: Token, head: Token, lemma: str, lexicon: Lexicon) -> bool:
    """A to-infinitive under a verb of obligation in the present ("X has to accept Y's offer", kg:ObligationVerb) is
    required, not done; in the past it was done ("X had to accept"); under an auxiliary ("may have to", "will have
    to") it takes the auxiliary's modality."""
    return (clause.dep_ == "xcomp" and lemma in lexicon.cues.get("ObligationVerb", ())
            and head.tag_ in _OBLIGATION_TAGS and _is_purpose(clause))


def _needed(clause: Token, lemma: str, head_negated: bool, lexicon: Lexicon) -> bool:
    """Whether a to-infinitive is what a denied verb of obligation (kg:ObligationVerb) says must be done: the
    obligation denied says nothing of the act ("X did not have to attack Y", "will not have to attack Y": possible)."""
    return (head_negated and clause.dep_ == "xcomp" and lemma in lexicon.cues.get("ObligationVerb", ())
            and _is_purpose(clause))


_OBLIGATION_TAGS = frozenset(["VBZ", "VBP"])  # "has to", "have to"; not "had to", nor "may have to" (possible)


def _moved_for(clause: Token, head: Token, lemma: str, lexicon: Lexicon) -> bool:
    """A to-infinitive the parser hangs as a complement on a verb of going somewhere is the purpose of the move:
    "the jets arrived here on Monday to join the fight against X" (the fight is intended). The verb must say more
    than its subject (a place, a time, a manner), so that "came to accept" (came to be) is not a move; a verb of
    going back (kg:ReturningVerb: "is returning to advise X") is one alone."""
    if clause.dep_ != "xcomp" or not _is_purpose(clause):
        return False
    if lemma in lexicon.cues.get("ReturningVerb", ()):
        return True
    return lemma in lexicon.movement_verbs and any(c.dep_ in ("advmod", "prep", "npadvmod") for c in dependents(head))


def _doubted(clause: Token, head: Token, lemma: str, lexicon: Lexicon) -> bool:
    """A clause under a word of possibility or allegation (not a report a verb vouches for: see _vouched_for), or
    under a verb of saying in the passive with no one who says it: hearsay ("is said to have discussed", "was
    reported to have met")."""
    cues = lexicon.cues
    if lemma in cues["Possible"] or lemma in cues.get("Allegation", ()):
        return not _vouched_for(head, lexicon)
    return (clause.dep_ == "xcomp" and lemma in cues["Attribution"] and bool(children(head, "auxpass"))
            and not children(head, "agent"))


def _through_phrase(node: Token, head: Token, negated: bool, modality: str | None,
                    lexicon: Lexicon) -> tuple[bool, str | None] | None:
    """A nominal event under a preposition or as an object: "pushed for talks", "rejected talks with",
    "take part in talks"; "is due to host talks" is to come (see _verb_read_as_noun)."""
    if _verb_read_as_noun(node, head, lexicon):
        return negated, modality or "future"
    return _governed_phrase(node, head, negated, modality, lexicon)


def _governed_phrase(node: Token, head: Token, negated: bool, modality: str | None,
                     lexicon: Lexicon) -> tuple[bool, str | None] | None:
    """A nominal event under a preposition or as an object, as the word above it governs it."""
    if node.dep_ == "prep" and node.lower_ not in lexicon.cues["GoverningPreposition"] \
            and not participation(node, head, lexicon):
        # the verb does not govern the event, but what its auxiliaries make of its clause holds for all of it
        # ("should be starting with an apology to X" is intended)
        return _clause_of(head, negated, modality, lexicon)
    if head.pos_ in VERBAL:
        return _under_verb(node, head, negated, modality, lexicon)
    if head.pos_ == "NOUN" and cue_lemma(head, lexicon) in lexicon.cues["Intended"] \
            and not owned_up(node, head, lexicon):
        modality = modality or "intended"
    return negated, modality


def _verb_read_as_noun(node: Token, adjective: Token, lexicon: Lexicon) -> bool:
    """Whether "to" right after an adjective of time to come opens a verb the parser took for a noun ("is due to
    host talks with X", "host" read as a compound of "talks"): a verb of the lexicon, singular, right after "to" and
    modifying the noun ``node`` (or ``node`` is the "to"); the event is to come, as in "is due to hold talks"."""
    doc, i = adjective.doc, adjective.i + 1
    if adjective.pos_ != "ADJ" or i + 1 >= len(doc) or doc[i].lower_ != "to" \
            or adjective.lemma_.lower() not in lexicon.cues["Future"]:
        return False
    word = doc[i + 1]
    return (node.i in (i, word.head.i) and word.dep_ == "compound" and word.tag_ == "NN"
            and word.lower_ in lexicon.verb_patterns)


def owned_up(preposition: Token, noun: Token, lexicon: Lexicon) -> bool:
    """An event under "for" that a noun of responsibility owns up to (kg:ResponsibilityNoun: "claimed responsibility
    for the attack on B"): no duty to act, the event done."""
    return preposition.lower_ == "for" and noun.lemma_.lower() in lexicon.cues.get("ResponsibilityNoun", ())


def _through_preposition(node: Token, head: Token, negated: bool, modality: str | None,
                         lexicon: Lexicon) -> tuple[bool, str | None] | None:
    """A preposition under an adjective of intent is intended ("committed to working with", "keen on meeting");
    any other is a phrase."""
    if _presupposing(node, lexicon):
        return negated, _presupposed(node, head, modality, lexicon)
    if _phrasal_intent(head, lexicon) or _intent_adjective(head, lexicon) or _intent_noun(node, head, lexicon):
        return negated, modality or "intended"  # "looks forward to working with X", "its commitment to defeating X"
    if _ended_standing(node, head, lexicon):
        return negated, modality or "past"
    return _doubting(node, head, negated, modality, lexicon) or _through_phrase(node, head, negated, modality, lexicon)


def _ended_standing(preposition: Token, noun: Token, lexicon: Lexicon) -> bool:
    """A standing relation (kg:StandingRelation) under the "of" of a noun of ending (kg:Past): "the end of his
    membership of Y", "the end of their alliance with Y" held and no longer holds."""
    return preposition.lower_ == "of" and noun.pos_ == "NOUN" and noun.lemma_.lower() in lexicon.cues["Past"] \
        and any(o.lemma_.lower() in lexicon.cues.get("StandingRelation", ()) for o in children(preposition, "pobj"))


def _doubting(node: Token, head: Token, negated: bool, modality: str | None,
              lexicon: Lexicon) -> tuple[bool, str | None] | None:
    """A phrase under a word that doubts it: an adjective of dispute denies it ("is wrong about Y winning the war");
    a noun of allegation (kg:Allegation) makes it hearsay ("reports of a feud between", "speculation about a rift
    with"), and so does the charge of a verb of allegation ("accused Y of arming Z")."""
    if _adjective(head) and node.lower_ == "about" and head.lower_ in lexicon.cues.get("Disputed", ()):
        return not negated, modality or "possible"
    if head.pos_ == "NOUN" and cue_lemma(head, lexicon) in lexicon.cues["Allegation"]:
        return negated, modality or "possible"
    if _alleged_charge(node, head, lexicon):
        return negated, modality or "possible"
    return None


def _alleged_charge(preposition: Token, verb: Token, lexicon: Lexicon) -> bool:
    """The preposition of an accusation's charge (kg:Accusation) on a verb of allegation (kg:Allegation): "accused Y
    of arming Z" says Y armed Z is the accuser's charge, not a fact; "condemned Y for attacking Z" takes it as one."""
    return verb.pos_ in VERBAL and verb.lemma_.lower() in lexicon.cues["Allegation"] \
        and f"{verb.lemma_.lower()} {preposition.lower_}" in lexicon.cues.get("Accusation", ())


def _intent_noun(prep: Token, head: Token, lexicon: Lexicon) -> bool:
    """A noun of intent completed by "to" and a gerund: "its commitment to defeating X" is intended."""
    return head.pos_ == "NOUN" and prep.lower_ == "to" and cue_lemma(head, lexicon) in lexicon.cues["Intended"] \
        and any(c.dep_ == "pcomp" for c in dependents(prep))


def _adjective(token: Token) -> bool:
    """Whether the word is an adjective: the tagger may read "committed" as a verb, or "is committed to" as a
    passive."""
    return token.pos_ == "ADJ" or token.dep_ == "acomp" or (token.tag_ == "VBN" and bool(children(token, "auxpass")))


def _clause_of(head: Token, negated: bool, modality: str | None, lexicon: Lexicon) -> tuple[bool, str | None] | None:
    """What a clause makes of an event in a phrase its verb does not govern: the verb's auxiliaries ("should be
    starting with an apology to X" is intended); an adjective's negation, and its copula's on the next step up
    (``_through_copula``), deny it too ("was never present at meetings with X")."""
    if head.pos_ in VERBAL:
        return negated, modality or own_modality(head, lexicon)
    if head.dep_ == "acomp":
        return negated or _has_negation(head, lexicon), modality
    return None


def participation(prep: Token, head: Token, lexicon: Lexicon) -> bool:
    """A preposition that makes the event under it the verb's own: "take part in talks", "join X in a visit", "was
    at the talks"; not an event that names its own parties ("was never at the talks between X and Y": they met),
    unless the subject is one of them ("was never at meetings between himself and Y")."""
    if _others_between(prep):
        return False
    phrases = lexicon.cues.get("Participation", ())
    lemma = head.lemma_.lower()
    objects = [c.lemma_.lower() for c in children(head, "dobj")]
    return any(words in phrases for words in (f"{lemma} {prep.lower_}",
                                              *(f"{lemma} {obj} {prep.lower_}" for obj in objects)))


def _others_between(prep: Token) -> bool:
    """Whether the event under a preposition names its parties with "between", the verb's subject not among them."""
    betweens = [c for noun in children(prep, "pobj") for c in children(noun, "prep") if c.lower_ == "between"]
    parties = [party for b in betweens for o in children(b, "pobj") for party in (o, *o.conjuncts)]
    return bool(betweens) and not any(p.pos_ == "PRON" and reflexive(p) for p in parties)


def _under_verb(node: Token, head: Token, negated: bool, modality: str | None,
                lexicon: Lexicon) -> tuple[bool, str | None]:
    if _rules_out(head, lexicon):
        return _ruled_out(_has_negation(head, lexicon), negated, modality)
    cancelled = _cancelled(node, head, negated, modality, lexicon)
    if cancelled is not None:
        return cancelled
    if _ends(node, head, lexicon):
        return negated, modality or _ending(head, lexicon)
    if _refusal_denied(node, head, negated, lexicon):
        return False, modality or own_modality(head, lexicon) or "possible"  # "denied its refusal to meet Y"
    lemma = cue_lemma(head, lexicon)
    negated = _object_negated(node, head, lemma, negated, lexicon)
    return negated, modality or _object_modality(node, head, lemma, lexicon) or own_modality(head, lexicon)


def _object_negated(node: Token, head: Token, lemma: str, negated: bool, lexicon: Lexicon) -> bool:
    """Whether an event noun under a verb is denied: by a negation on the verb ("did not hold talks with") or by a
    verb of negation taking it as object ("rejected talks with", "refused a meeting with"); a negative implicative
    denied asserts it ("did not avoid a clash with Y": the clash took place, kg:NegativeImplicative)."""
    head_negated = _has_negation(head, lexicon)
    if node.dep_ != "dobj" or lemma not in lexicon.cues["Negation"]:
        return negated or head_negated
    if lemma in lexicon.cues.get("NegativeImplicative", ()) and _denied_outright(head, lexicon):
        return negated  # not "did not just avoid a clash with Y", which avoided it
    return True


def _object_modality(node: Token, head: Token, lemma: str, lexicon: Lexicon) -> str | None:
    """What a verb makes of the event noun under it: "sought talks with" (intended), "is considering a visit to"
    and "played down the row with" (possible); not a verb that judges the event ("considered the visit a
    success", the judgement read as the noun's apposition or the verb's complement)."""
    if lemma in lexicon.cues["Intended"]:
        return "intended"
    weighed = lemma in lexicon.cues["Possible"] and _open_event(node) and not children(head, "oprd", "ccomp")
    return "possible" if weighed or _played_down(head, lexicon) else None


def _through_attribute(node: Token, head: Token, negated: bool, modality: str | None,
                       lexicon: Lexicon) -> tuple[bool, str | None] | None:
    """What a copula names is wanted when its subject is what someone wants or needs ("What we need is an
    inspection by X", "What they want is talks with Y"); an existential copula passes on what its clause makes of
    it ("denied there was a rift between X and Y", "there could be talks with Y"), and asks it when it stands before
    "there" in a question ("Is there a rift between X and Y?"); any other copula leaves the event as it is."""
    if _wanted_what(head, lexicon):
        return negated, modality or "intended"
    expletives = children(head, "expl")
    if not expletives:
        return None
    asked = head.i < expletives[0].i and head.sent[-1].text == "?"
    return negated or _has_negation(head, lexicon), modality or own_modality(head, lexicon) or (
        "possible" if asked else None)


def _wanted_what(copula: Token, lexicon: Lexicon) -> bool:
    """Whether a copula's subject is what someone wants or needs ("What we need is an inspection by X"): what
    the copula names is wanted, not done."""
    intent = lexicon.cues["Intended"]
    return any(clause.dep_ == "csubj" and cue_lemma(clause, lexicon) in intent
               and any(w.lower_ == "what" for w in dependents(clause)) for clause in dependents(copula))


def _ends(node: Token, head: Token, lexicon: Lexicon) -> bool:
    """An event noun a verb ends: "ended its alliance with", "lifted its sanctions on", or a standing relation
    (kg:StandingRelation) that ends as the subject of a verb of kg:EndingVerb ("the relations between X and Y ended",
    "the ceasefire collapsed"; talks that ended were held)."""
    if head.pos_ not in VERBAL:
        return False
    if node.dep_ == "nsubj":
        return (node.pos_ == "NOUN" and not children(head, "dobj") and node.lemma_.lower() in lexicon.cues.get(
            "StandingRelation", ()) and phrase_lemma(head) in lexicon.cues.get("EndingVerb", ()))
    return node.dep_ == "dobj" and phrase_lemma(head) in lexicon.cues.get("Past", ())


def _ending(verb: Token, lexicon: Lexicon) -> str:
    """The modality of a relation a verb ends: it held and the verb ended it; if the ending is only planned or
    denied, it still holds."""
    return "past" if polarity(verb, lexicon) == (False, "asserted") else "asserted"


def _through_subject(node: Token, head: Token, negated: bool, modality: str | None,
                     lexicon: Lexicon) -> tuple[bool, str | None] | None:
    """An event noun as the subject of a verb that ends it ("the alliance collapsed"), of one that plays it down
    ("the row was exaggerated": possible), or of one that cancels it ("the debate was called off": kg:Cancelled,
    negated); any other subject stops."""
    if _played_down(head, lexicon):
        return negated, modality or "possible"
    cancelled = _cancelled(node, head, negated, modality, lexicon)
    if cancelled is not None:
        return cancelled
    timed = _subject_timed(node, head, lexicon)
    if timed is not None:
        return negated, modality or timed
    found = _rated(head, lexicon)
    return (negated or _has_negation(head, lexicon), modality or found) if found else None


def _subject_timed(node: Token, verb: Token, lexicon: Lexicon) -> str | None:
    """The modality a verb gives the event noun that is its subject: one that ends it ended ("the alliance
    collapsed": past, see _ending); one of kg:Future as its passive subject announces it ("talks with Y are
    scheduled to resume", "are expected next week": future)."""
    if node.dep_ == "nsubj" and _ends(node, verb, lexicon):
        return _ending(verb, lexicon)
    announced = node.dep_ == "nsubjpass" and phrase_lemma(verb) in lexicon.cues["Future"]
    return "future" if announced and not children(verb, "agent") else None


def _cancelled(node: Token, verb: Token, negated: bool, modality: str | None,
               lexicon: Lexicon) -> tuple[bool, str | None] | None:
    """An event noun a verb of kg:Cancelled has as its passive subject or object: negated when the cancelling is
    asserted ("the debate was called off", "scrapped her visit to Y"), possible when it only may be ("may be called
    off"), as it was when it is denied ("will not be called off"). A verb of kg:Postponing puts the event off: it is
    to come ("postponed her visit to Y", "talks with Y were delayed"). None for any other verb, an active subject
    ("the coalition scrapped the levy"), or a standing relation as object, which ended ("scrapped its alliance")."""
    kind = _called_off(node, verb, lexicon)
    if kind is None:
        return None
    done = (negated, modality or "future") if kind == "Postponing" else (True, modality)
    cancel_negated, cancel_modality = polarity(verb, lexicon)
    if (cancel_negated, cancel_modality) == (False, "asserted"):
        return done
    return negated, modality or (None if cancel_negated else "possible")


def _open_event(noun: Token) -> bool:
    """Whether an event noun names an event not yet fixed: with "a", "an" or no determiner, no possessor, "by"
    phrase or apposition ("is considering a visit to Y", "mulling talks with Y"; not "considered Russia's invasion
    of Y", "considered the attack by Y", "considered the visit a success")."""
    determiners = {c.lower_ for c in children(noun, "det")}
    return determiners <= {"a", "an"} and not children(noun, "poss", "appos") and not any(
        p.lower_ == "by" for p in children(noun, "prep"))


def _called_off(node: Token, verb: Token, lexicon: Lexicon) -> str | None:
    """"Cancelled" or "Postponing": the cue class of the verb that has the event noun ``node`` as its object or
    passive subject and calls it off or puts it off; None for another verb, or a standing relation as the object
    ("scrapped its alliance with Y": it ended, see _ends)."""
    if node.dep_ not in ("nsubjpass", "dobj"):
        return None
    lemma = phrase_lemma(verb)
    if lemma in lexicon.cues["Postponing"]:
        return "Postponing"
    if lemma not in lexicon.cues["Cancelled"]:
        return None
    if node.dep_ == "nsubjpass":
        return "Cancelled"
    # a verb that also ends what went on ("scrapped its sanctions on Y", "abandoned its blockade of Y": past, see
    # _ends) calls off only a plan ("abandoned plans to meet Y"); "cancelled", "called off" any event but a standing
    # relation
    if lemma in lexicon.cues["Past"]:
        return "Cancelled" if node.lemma_.lower() in lexicon.cues["Intended"] else None
    return None if node.lemma_.lower() in lexicon.cues["StandingRelation"] else "Cancelled"


def _rated(copula: Token, lexicon: Lexicon) -> str | None:
    """The modality an adjective of chance or of time to come gives the event noun a copula takes as subject ("his
    election as leader is unlikely": possible; "talks with X are due": future)."""
    words = {c.lemma_.lower() for c in children(copula, "acomp")}
    if words & lexicon.cues["Possible"]:
        return "possible"
    return "future" if words & lexicon.cues["Future"] else None


def _played_down(verb: Token, lexicon: Lexicon) -> bool:
    """A verb that plays down the event it takes as object or subject (kg:Minimising: "played down the row", "the
    feud was overblown", "the squabbles were exaggerated"): the speaker says it is less than told, so it is no
    fact."""
    words = {phrase_lemma(verb), cue_lemma(verb, lexicon), *(c.lower_ for c in children(verb, "acomp"))}
    return bool(words & lexicon.cues.get("Minimising", frozenset()))


def _passing(node: Token, head: Token, negated: bool, modality: str | None,
             lexicon: Lexicon) -> tuple[bool, str | None]:
    """A clause as the object of a preposition ("by attacking") passes on what it has."""
    return negated, modality


def _through_content_clause(node: Token, head: Token, negated: bool, modality: str | None,
                            lexicon: Lexicon) -> tuple[bool, str | None] | None:
    """A clause the parser hung as a relative clause on a noun of a claim: its content ("the idea Y posed a
    threat"), read as the clause under that noun; a past-tense "when"-clause the parser hung on a noun of a clause
    under "would" is that clause's time, told as to come ("said trade would be the themes when X took over Y");
    under any other noun it only describes it."""
    if cue_lemma(head, lexicon) in lexicon.cues.get("Allegation", ()):
        return _through_clause(node, head, negated, modality, lexicon)
    verb = head.head if head.dep_ in ("attr", "dobj", "nsubj") and head.head.pos_ in VERBAL else None
    if verb is not None and modality is None and _yet_to_come(node, verb, lexicon, told=True):
        return _through_adverbial(node, verb, negated, modality, lexicon)  # "would be the themes when X took over Y"
    return None


_STEPS = {
    "conj": _through_conjunct,
    "relcl": _through_content_clause,
    "pcomp": _passing,
    "acomp": _through_copula,
    "advcl": _through_adverbial,
    "ccomp": _through_report,
    **dict.fromkeys(_CLAUSE_DEPS, _governed_clause),
    **dict.fromkeys(_PHRASE_DEPS, _through_phrase),
    "prep": _through_preposition,
    "attr": _through_attribute,
    "nsubj": _through_subject,
    "nsubjpass": _through_subject,
}


def _has_negation(token: Token, lexicon: Lexicon) -> bool:
    """Whether a word is denied by a negation of its own: a particle ("did not meet"), a negating modifier ("has never
    sent", "no willingness"), or, a verb, "neither ... nor" (``_neither_nor``) or "nor" opening its clause
    (``_nor_opened``)."""
    modifiers = lexicon.cues["NegationModifier"]
    if any(c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in modifiers) for c in dependents(token)):
        return True
    return token.pos_ in VERBAL and (_neither_nor(token, lexicon) or _nor_opened(token, lexicon))


def _neither_nor(verb: Token, lexicon: Lexicon) -> bool:
    """Whether verbs joined by "neither ... nor" deny a verb: the first, which the "neither" stands on ("neither
    confirmed nor denied that Y attacked Z", "neither met nor called Y": no confirming, no meeting), and the one
    the nearest conjunction before it joins, when that conjunction is a negation ("nor denied", "nor called")."""
    words = dependents(verb)
    if any(c.dep_ == "preconj" and c.lower_ in lexicon.cues["NegationModifier"] for c in words):
        return True
    if verb.dep_ != "conj" or verb.head.pos_ not in VERBAL:
        return False
    joining = [c for c in dependents(verb.head) if c.dep_ == "cc" and c.i < verb.i]
    return bool(joining) and joining[-1].lower_ in lexicon.cues["Negation"]


def _nor_opened(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a negating conjunction opens a verb's clause with the auxiliary set before the subject ("Nor did X
    threaten Y", "Nor has X met Y", "Nor will X attack Y": no threat, no meeting, no attack). Not "nor" joining
    nouns ("neither X nor Y"), which hangs on a noun."""
    opening = [c for c in children(verb, "cc") if c.i < verb.i]
    return bool(opening) and opening[0].lower_ in lexicon.cues["Negation"] and _inverted(verb)


def refusal(verb: Token, lexicon: Lexicon) -> bool:
    """Whether the subject refuses the act a verb names: a word of refusal governs the verb ("refused to accept Y's
    plan", "his refusal to accept", "unwilling to recognise Y", kg:Refusal; not itself denied: "did not refuse to
    accept"), or a negation particle or "never" denies the verb itself ("did not accept Y's account", "never
    recognised Y"). Not with a modal of what may be ("could not agree with Y": unable) nor an adverb that leaves the
    act to come ("has not yet accepted Y's offer", kg:PendingAdverb), nor one only partly denied ("did not agree
    with Y on everything", kg:PartialScope), nor in a yes/no question."""
    if asked(verb):
        return False  # "Did X not accept Y's offer?": a question refuses nothing
    if verb.dep_ in _CLAUSE_DEPS and cue_lemma(verb.head, lexicon) in lexicon.cues["Refusal"]:
        return _refusal_undone(verb.head, lexicon) is None
    pending, possible = lexicon.cues["PendingAdverb"], lexicon.cues["Possible"]
    if any(c.lower_ in pending for c in children(verb, "advmod")) \
            or any(c.lemma_.lower() in possible for c in children(verb, "aux")) or _partial(verb, lexicon):
        return False
    return _has_negation(verb, lexicon)


def _partial(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a word of kg:PartialScope bounds the act, as its adverb or under its preposition ("did not fully
    accept Y's plan", "did not agree with Y on everything"): a partial agreement, no refusal."""
    partial = lexicon.cues["PartialScope"]
    return any(c.lower_ in partial for c in children(verb, "advmod")) or any(
        o.lower_ in partial for p in children(verb, "prep") for o in children(p, "pobj"))


def _refusal_undone(word: Token, lexicon: Lexicon) -> Token | None:
    """The word whose negation denies a word of refusal (kg:Refusal: "refuse", "decline", "unwilling"), leaving the
    act under it open: the word itself ("did not refuse to meet Y") or the copula of the adjective ("was not
    unwilling to recognise Y": a double negative, no refusal); None where the refusal stands (not denied, or its
    "not" only a focus: ``_denied_outright``)."""
    if cue_lemma(word, lexicon) not in lexicon.cues["Refusal"]:
        return None
    negated = word.head if word.dep_ == "acomp" and not _has_negation(word, lexicon) else word
    return negated if _denied_outright(negated, lexicon) else None


def _refusal_ended(word: Token, lexicon: Lexicon) -> bool:
    """Whether a word of refusal (kg:Refusal) is held no longer, on itself or on its copula ("no longer refuses to meet
    Y", "is no longer unwilling to meet Y", kg:EndedAdverb): the subject is willing now, and the act open."""
    return cue_lemma(word, lexicon) in lexicon.cues["Refusal"] and _stance_ended(word, lexicon)


def _stance_ended(word: Token, lexicon: Lexicon) -> bool:
    """Whether an adverb of kg:EndedAdverb stands on a word or on the copula it completes ("no longer rejects", "is no
    longer unwilling")."""
    return _held_no_longer(word, lexicon) or (word.dep_ == "acomp" and _held_no_longer(word.head, lexicon))


def _stance_over(word: Token, lexicon: Lexicon) -> bool:
    """Whether a word of refusal or rejection (kg:Refusal, kg:Rejection) does not stand: held no longer ("no longer
    rejects talks with Y", ``_stance_ended``), a rejection denied outright ("did not reject talks with Y", "neither
    rejected nor welcomed talks with Y"; a refusal denied is read by ``_refusal_lifted``), or a noun of one that a verb
    of kg:RetractingVerb takes back, the taking back made ("dropped its refusal to meet Y"; not "may drop its
    refusal", which leaves it standing)."""
    cues, lemma = lexicon.cues, cue_lemma(word, lexicon)
    if lemma not in cues["Refusal"] | cues["Rejection"]:
        return False
    if _stance_ended(word, lexicon) or (lemma in cues["Rejection"] and _denied_outright(word, lexicon)):
        return True
    verb = word.head
    return word.pos_ == "NOUN" and word.dep_ == "dobj" and phrase_lemma(verb) in cues["RetractingVerb"] \
        and _walk(verb, lexicon, frames=True) in _JUDGED


def _kept_below(node: Token, head: Token, dep: str, read: tuple[bool, str | None], lexicon: Lexicon
                ) -> tuple[bool, str | None] | None:
    """(negated, modality) of a predicate ``read`` so far where the word above keeps them as read: a participle
    describing a noun (``_describing_participle``), a retraction of a refusal denied (``_retraction_denied``,
    which adds the retraction's modality); None elsewhere."""
    if dep == "prep" and _describing_participle(head, lexicon):
        return read
    if not _retraction_denied(node, head, dep, lexicon):
        return None
    negated, modality = read
    above = _walk(head, lexicon, frames=True)[1]
    return negated, modality or (None if above == "asserted" else above)


def _retraction_denied(word: Token, verb: Token, dep: str, lexicon: Lexicon) -> bool:
    """Whether a noun of refusal or rejection is the object of a verb of kg:RetractingVerb that the walk of
    ``polarity`` denies ("refused to drop its refusal to meet Y", "declined to withdraw its refusal", "did not drop
    its refusal"): the refusal stands, and so does its denial of the act; the walk stops there."""
    cues = lexicon.cues
    return dep == "dobj" and word.pos_ == "NOUN" and cue_lemma(word, lexicon) in cues["Refusal"] | cues["Rejection"] \
        and phrase_lemma(verb) in cues["RetractingVerb"] and _walk(verb, lexicon, frames=True)[0]


def _refusal_undone_on(word: Token, negated: Token, lexicon: Lexicon) -> bool:
    """Whether the negation that undoes a word of refusal (``_refusal_undone``) stands on ``negated``: the word itself
    or its copula."""
    undone = _refusal_undone(word, lexicon)
    return undone is not None and undone.i == negated.i


def _denied_outright(word: Token, lexicon: Lexicon) -> bool:
    """Whether a negation on a word denies it: not one a focus adverb right after makes a focus on more to come
    (kg:FocusAdverb: "did not just refuse to meet Y, it expelled its envoy", "was not only unwilling", "Y is not merely
    credible"), which leaves the word standing. Under a modal the negation denies all the same ("should not simply
    refuse", "cannot just refuse": the refusal is what is ruled out)."""
    if not _has_negation(word, lexicon):
        return False
    if own_modality(word, lexicon):
        return True
    focus = lexicon.cues["FocusAdverb"]
    return not any(c.dep_ == "neg" and c.i + 1 < len(c.doc) and c.nbor().lower_ in focus for c in dependents(word))


def _denied_subject(predicate: Token, lexicon: Lexicon) -> bool:
    """A subject that denies its verb: "No country has recognised X", "Neither X nor Y received"; not a number in
    digits, which "No" abbreviates the word number before ("No 10 criticised X": the prime minister's office)."""
    modifiers = lexicon.cues["NegationModifier"]
    return any(c.dep_ in ("det", "preconj") and c.lower_ in modifiers
               for subject in children(predicate, *SUBJECT_DEPS, "nsubjpass") if not subject.is_digit
               for c in dependents(subject))


def cue_lemma(token: Token, lexicon: Lexicon) -> str:
    """The token's lemma, mended where the lemmatizer dropped a silent e that a cue needs
    ("hoping" came out "hop", so "was hoping to meet" read as asserted; "hopes" came out "hop" too)."""
    lemma = token.lemma_.lower()
    word = token.lower_
    for ending in ("ing", "ed", "es"):
        if word.endswith(ending) and word[:-len(ending)] == lemma and lemma + "e" in lexicon.cue_lemmas:
            return lemma + "e"
    return lemma


def phrase_lemma(verb: Token) -> str:
    """The verb's lemma with its particle, as phrasal cues are written ("step down", "end up"); a particle word the
    parser hung as an adverb right after the verb is one too ("stepped down as leader": "down" an advmod)."""
    particles = [c.lower_ for c in children(verb, "prt", "advmod")
                 if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == verb.i + 1 and c.lower_ in PARTICLES)]
    return " ".join([verb.lemma_.lower(), *particles[:1]])


def conditional_on(token: Token, lexicon: Lexicon) -> bool:
    """Whether an if-clause (or another conditional clause) stands on the predicate ("was naive if he accepted")."""
    return any(_is_conditional(clause, lexicon) for clause in children(token, "advcl"))


def own_modality(token: Token, lexicon: Lexicon) -> str | None:
    """The modality a predicate's own auxiliaries, if- or whether-clause, time or modifiers give it."""
    if inferred(token, lexicon):
        return "possible"  # "must have met Y": the speaker's inference
    for aux in children(token, "aux", "auxpass"):
        found = _auxiliary_modality(aux, lexicon)
        if found:
            return found
    if conditional_on(token, lexicon):
        return "hypothetical"
    if token.dep_ in ("advcl", "ccomp", "xcomp") and _is_conditional(token, lexicon):
        return "hypothetical"  # "if Iran attacks", "did not say whether X met Y", "to choose whether to attack Y"
    if any(c.lower_ in lexicon.cues["Possible"] for c in children(token, "advmod")):
        return "possible"  # "allegedly killed", "reportedly met"
    return _time_modality(token, lexicon)


def inferred(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a modal of kg:EpistemicModal on a verb infers rather than asks: a perfect or a progressive of a verb of
    kg:MindVerb follows it ("must have known", "must have been told", "must be wondering"), not a passive alone ("must
    be sacked") nor a deed's progressive ("must be playing regularly")."""
    auxiliaries = children(verb, "aux")
    if not any(a.lemma_.lower() in lexicon.cues["EpistemicModal"] for a in auxiliaries):
        return False
    return any(a.lemma_.lower() == "have" for a in auxiliaries) or (
        verb.tag_ == "VBG" and verb.lemma_.lower() in lexicon.cues["MindVerb"]
        and any(a.lemma_.lower() == "be" for a in auxiliaries))


def _time_modality(token: Token, lexicon: Lexicon) -> str | None:
    """Future for a present tense with a time to come; past for an event noun with a past word ("his former
    alliance with") or a predicate held no longer ("no longer backs X")."""
    if _scheduled(token, lexicon) or _yet_to_come(token, token.head, lexicon, told=False) \
            or _after_a_time_to_come(token, lexicon):
        return "future"
    if token.pos_ == "NOUN" and any(c.lower_ in lexicon.cues["PastRole"] for c in children(token, "amod", "advmod")):
        return "past"
    return "past" if _held_no_longer(token, lexicon) else None


def _held_no_longer(token: Token, lexicon: Lexicon) -> bool:
    """Whether an adverb of kg:EndedAdverb stands on the predicate ("no longer controls X", "is no longer under the
    control of X"): the relation held and ended."""
    ended = lexicon.cues.get("EndedAdverb", ())
    return any(" ".join(w.lower_ for w in adverb.subtree) in ended for adverb in children(token, "advmod"))


def _scheduled(verb: Token, lexicon: Lexicon) -> bool:
    """A present tense with a time to come: "is travelling to X next week", "visits X on Friday", "is touring the
    north this week as she visits X, Y and Z" (an adverbial clause in the present shares its clause's time)."""
    if verb.pos_ not in VERBAL or not _present(verb):
        return False
    words = lexicon.cues.get("FutureTime", ())
    clauses = [verb, verb.head] if verb.dep_ == "advcl" and _present(verb.head) else [verb]
    return any(t.lower_ in words for clause in clauses for time in _times(clause) for t in time.subtree)


def _times(verb: Token) -> list[Token]:
    """The time phrases of a verb: "next week", "tomorrow", "on Friday"."""
    return children(verb, "npadvmod", "tmod", "advmod") + [p for c in children(verb, "prep") if c.lower_ == "on"
                                                         for p in children(c, "pobj")]


def _after_a_time_to_come(verb: Token, lexicon: Lexicon) -> bool:
    """A simple present whose clause opens with a clause of time in the present that has not come yet: "Once the
    council returns, X asks Y to ...", "As soon as the council is back, X drives to Y" (a scenario told in the
    present, kg:SequenceConjunction or "as soon as"); not a past or perfect clause of time ("once the council
    returned")."""
    if verb.pos_ not in VERBAL or verb.tag_ not in _PRESENT or children(verb, "aux", "auxpass"):
        return False
    clause = verb.head if verb.dep_ == "conj" else verb
    words = lexicon.cues.get("SequenceConjunction", frozenset())
    heads = [clause, *(a for a in children(clause, "advmod") if a.lower_ == "soon")]
    return any(_present_time_clause(c, words) for head in heads for c in children(head, "advcl") if c.i < verb.i)


def _present_time_clause(clause: Token, words: frozenset[str]) -> bool:
    """Whether an adverbial clause in the present (the parser may tag its verb a noun) opens with a conjunction of
    time of ``words`` or with "as" after "soon"."""
    if clause.tag_ in ("VBD", "VBN") or children(clause, "aux"):
        return False
    return _opened_by(clause, words, "mark") or (clause.head.lower_ == "soon" and _opened_by(clause, {"as"}, "mark"))


def _present(verb: Token) -> bool:
    """A verb in the present tense, simple or progressive ("visits", "is travelling"), or a headline's progressive
    with no auxiliary ("Kask touring the north this week")."""
    if verb.tag_ != "VBG":
        return verb.tag_ in _PRESENT
    return any(a.tag_ in _PRESENT for a in children(verb, "aux")) or _headline_progressive(verb)


def _headline_progressive(verb: Token) -> bool:
    """An -ing verb heading its sentence with a subject and no auxiliary: a headline's "is ... -ing"."""
    return verb.dep_ == "ROOT" and not children(verb, "aux", "auxpass") and bool(children(verb, "nsubj"))


def _auxiliary_modality(aux: Token, lexicon: Lexicon) -> str | None:
    """"would meet" is hypothetical and "must meet" intended whatever the tagger says; the other cue
    words of a modality count when tagged as a modal ("could", "will")."""
    auxiliaries = lexicon.modal_auxiliaries
    lemma = aux.lemma_.lower()
    if aux.lower_ in auxiliaries.get("Hypothetical", ()):
        return "hypothetical"
    if lemma in auxiliaries.get("Intended", ()):
        return "intended"
    if aux.tag_ != "MD":
        return None
    if lemma in lexicon.cues["Possible"]:
        return "possible"
    if lemma in lexicon.cues["Future"]:
        return "future"
    return None


def _is_conditional(clause: Token, lexicon: Lexicon) -> bool:
    return any(m.lower_ in lexicon.cues["Hypothetical"] for m in children(clause, "mark"))


def _rules_out(verb: Token, lexicon: Lexicon) -> bool:
    """A verb of dismissal with its particle ("ruled out")."""
    lemma = verb.lemma_.lower()
    return any(f"{lemma} {c.lower_}" in lexicon.cues["Dismissal"] for c in children(verb, "prt"))


def _ruled_out(denied: bool, negated: bool, modality: str | None) -> tuple[bool, str | None]:
    """"ruled out meeting X" denies the meeting; "did not rule out meeting X" leaves it possible."""
    if denied:
        return negated, modality or "possible"
    return not negated, modality


def _is_purpose(clause: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in dependents(clause))


def accusing_verb(clause: Token, lexicon: Lexicon) -> Token | None:
    """The verb of accusation whose charge a clause is ("accused Uganda of attacking Tanzania", "blamed Y
    for"): what the clause says is the accuser's claim, its subject the accused."""
    prep = clause.head
    if clause.dep_ != "pcomp" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return None
    verb = prep.head
    return verb if f"{verb.lemma_.lower()} {prep.lower_}" in lexicon.cues.get("Accusation", ()) else None


@dataclass(frozen=True)
class Judgement:
    """A negative judgement in a clause: the word that judges, the clause's verb and its subject; ``denied`` when
    the word is a merit the clause denies ("has not been straightforward")."""

    word: Token
    clause: Token
    subject: Token
    denied: bool = False
    first: Token | None = None
    """The first of the judging words when they run from it to ``word`` ("should have acted", "cannot be
    trusted")."""

    @property
    def phrase(self) -> str:
        """The judging words as written: "wrong", "let down", "not straightforward", "should have acted"."""
        if self.first is not None:
            return _judged_run(self.first, self.word, self.denied)
        if self.word.pos_ not in VERBAL:
            return _worded(self.word, self.denied)
        links = ("prt", "ccomp", "advmod", "agent") if self.denied else ("prt", "ccomp", "advmod")  # "not swayed by"
        particles = [c for c in dependents(self.word) if c.dep_ in links and c.pos_ == "ADP"]
        phrase = " ".join(written(t) for t in sorted([self.word, *particles[:1]], key=lambda t: t.i))
        return f"not {phrase}" if self.denied else phrase


def _judged_run(first: Token, last: Token, denied: bool) -> str:
    """The words from ``first`` to ``last`` of a judgement, of a denied one with "not" before them unless they hold
    their denial ("was not a safe pair of hands")."""
    run = _run_of_words(first, last)
    return f"not {run}" if denied and not any(t.dep_ == "neg" for t in first.doc[first.i:last.i + 1]) else run


def _run_of_words(first: Token, last: Token) -> str:
    """The words from ``first`` to ``last`` as written, with a particle right after that takes no object ("could
    not be relied on")."""
    after = [c for c in children(last, "prep", "prt") if c.i == last.i + 1 and not list(c.children)]
    return last.doc[first.i:last.i + 1 + len(after)].text


def _worded(word: Token, denied: bool) -> str:
    """A judging word that is no verb as written: "wrong", "too late", "not straightforward"."""
    if denied:
        return f"not {written(word)}"
    degree = word.head  # "too late"
    return f"{word.text} {degree.text}" if word.dep_ == "advmod" and degree.i > word.i \
        and degree.pos_ in ("ADJ", "ADV") else written(word)


def written(word: Token) -> str:
    """A word as written, with the word and hyphen before it when it ends a word the tokenizer split at a hyphen
    ("over-reacted", "ill-judged")."""
    if word.i < 2 or word.nbor(-1).text != "-" or word.nbor(-1).whitespace_ or word.nbor(-2).whitespace_:
        return word.text
    return word.doc[word.i - 2:word.i + 1].text


def judgements(tokens: Tokens, lexicon: Lexicon) -> tuple[Judgement, ...]:
    """Every clause that judges its subject with a word of kg:Disapproval, neither denied nor asked: after a
    copula ("Y is wrong", "Y's plan was a disgraceful waste") or as its verb ("Y has let the country down",
    "voters were betrayed by Y"). Read once a document (``Tokens.readings``): criticism voiced in speech
    (extract/quotes.py) and allegations of a wrong (extract/statements.py) both ask."""
    return tokens.read_once("judgements", lexicon, lambda: _judgements(tokens, lexicon))


def _judgements(tokens: Tokens, lexicon: Lexicon) -> Iterator[Judgement]:
    words = lexicon.cues["Disapproval"]
    verbs = openings_written(tokens, words, lexicon.cue_openings["Disapproval"])  # what a judging verb's lemma opens
    judging = lexicon.cue_union("Disapproval", "ExcessDegree", "Reproach")
    for token in tokens.with_any(words=judging, lemma_openings=verbs, compounds=words):  # none else judges
        clause = _judging_clause(token, tokens, words, verbs, lexicon)
        subjects = _extraposed(clause, token, lexicon) or _acting_passive(token, clause) or _judged(clause) \
            if clause is not None else []
        found = _as_run(Judgement(word=token, clause=clause, subject=subjects[0]), words) if subjects else None
        if found is not None and not _unasserted_judgement(token, clause, found.subject, lexicon) \
                and (found.first is None or _done(token)):  # an idiom judges what is done: not "risked losing"
            yield found
    yield from _denied_merits(tokens, lexicon)
    yield from _blamed_acts(tokens, lexicon)
    yield from _distrusted(tokens, lexicon)
    yield from _misdeeds(tokens, lexicon)


def _as_run(found: Judgement, words: frozenset[str]) -> Judgement:
    """A judgement whose verb opens an idiom of ``words`` that only its run of words gives (``run_end``: "had run
    out of ideas", "was out of touch"), its judging words running from the verb to the idiom's last word (``first``
    the verb: such an idiom of kg:Disapproval judges only what is said done, ``_judgements``)."""
    end = run_end(found.word, words) if found.word.pos_ in VERBAL and found.first is None else None
    return replace(found, word=end, first=found.word) if end is not None else found


def _misdeeds(tokens: Tokens, lexicon: Lexicon) -> Iterator[Judgement]:
    """Every clause that charges its subject (or a passive's agent) with a misdeed, a verb of kg:MisdeedVerb alone or
    with its object ("Y is surrendering its rights", "Y had broken the law", "nurses' warnings were ignored by Y"),
    said to be done or to have been done (``_done``); not denied, asked nor on a condition."""
    deeds = lexicon.cues["MisdeedVerb"]
    for verb in tokens.with_lemma(lexicon.cue_openings["MisdeedVerb"]):
        if verb.pos_ != "VERB" or not _done(verb) or not phrases_in(verb, verb.lemma_.lower(), deeds):
            continue
        subjects = _judged(verb)
        if subjects and not _unasserted_judgement(verb, verb, subjects[0], lexicon):
            yield Judgement(word=verb, clause=verb, subject=subjects[0])


def _done(verb: Token) -> bool:
    """Whether a verb says its act is done or has been done: finite itself or by an auxiliary of its own ("broke",
    "is breaking", "had broken", "were ignored"), with no modal ("will break", "would have broken") nor "to" ("is
    going to break")."""
    auxiliaries = children(verb, "aux", "auxpass")
    if any(a.tag_ in ("MD", "TO") for a in auxiliaries):
        return False
    return verb.tag_ in FINITE or any(a.tag_ in FINITE for a in auxiliaries)


def _extraposed(copula: Token, word: Token, lexicon: Lexicon) -> list[Token]:
    """The doer of the act a word of kg:ShameWord judges after an expletive "it" ("It is shameful that Y has misled
    the voters": Y), the subject of the copula's clause of "that" when it is active and done to something (a direct
    object); none otherwise ("It is shameful that Y was ignored": Y is wronged)."""
    if word.lemma_.lower() not in lexicon.cues.get("ShameWord", ()) or \
            not any(s.lower_ == "it" for s in children(copula, "nsubj")):
        return []
    acts = [c for c in children(copula, "ccomp") if any(m.lower_ == "that" for m in children(c, "mark"))
            and children(c, "dobj") and not children(c, "nsubjpass", "auxpass")]
    return children(acts[0], "nsubj") if acts else []


def _blamed_acts(tokens: Tokens, lexicon: Lexicon) -> Iterator[Judgement]:
    """Every clause that blames its subject for what it did or did not do, with the perfect of a modal of
    kg:ReproachModal: "Y should have acted sooner", "Y ought to have resigned", "Y should not have cut the tolls"
    (the negation blames the act done); not of a pronoun (too often read as the wrong one), nor asked or on a
    condition, also above it ("asked whether he thought Y should have acted"), nor of a verb of kg:OutcomeVerb ("Y
    should have won": an outcome missed). "Y should act" asks Y to act (see extract/exhortation.py)."""
    outcomes = lexicon.cues.get("OutcomeVerb", frozenset())
    for modal in tokens.with_word(*lexicon.cues["ReproachModal"]):
        found = _perfect_act(modal, outcomes) if modal.tag_ == "MD" else None
        subjects = children(found[0], "nsubj") if found is not None else []
        if subjects and subjects[0].pos_ != "PRON" and not _unasked_judgement(modal, found[0], subjects[0], lexicon) \
                and not any(_is_conditional(node, lexicon) for node in found[0].ancestors):
            yield Judgement(word=found[1], clause=found[0], subject=subjects[0], first=modal)


def _perfect_act(modal: Token, outcomes: frozenset[str] = frozenset()) -> tuple[Token, Token] | None:
    """(clause, act) of a modal in the perfect ("should have acted"; the modal is the clause when the parser made it
    the head: "ought to have resigned"), when the act is the subject's own: no passive ("should have been told" is
    another's act), no "be" or "have" ("should have been in power", "should have had a penalty"), no outcome
    (``outcomes``: "should have won"); in a clause of its own, no relative or adverbial one."""
    clause = modal if children(modal, "nsubj") else modal.head
    acts = children(modal, "xcomp") if clause is modal else [modal.head] if modal.dep_ == "aux" else []
    if clause.dep_ in _SUBORDINATE:
        return None  # "the steps Y should have taken", or a clause the parser hung on a noun
    return (clause, acts[0]) if acts and _own_perfect(acts[0]) and acts[0].lemma_.lower() not in outcomes else None


_SUBORDINATE = frozenset({"relcl", "acl", "advcl", "pcomp", "csubj"})


def _own_perfect(act: Token) -> bool:
    """A participle after "have" of an act of the subject's own: no passive, no "be" or "have"."""
    if act.tag_ != "VBN" or act.lemma_.lower() in ("be", "have") or children(act, "auxpass", "nsubjpass"):
        return False
    return any(a.lemma_.lower() == "have" and a.i < act.i for a in children(act, "aux"))


def _distrusted(tokens: Tokens, lexicon: Lexicon) -> Iterator[Judgement]:
    """Every clause that denies its subject the trust of others with a verb of kg:TrustVerb in the passive, denied:
    "Y cannot be trusted", "Y could not be relied on"; not asked nor on a condition. Asserted ("Y can be trusted"),
    it praises no one here."""
    for verb in tokens.with_lemma(lexicon.cues["TrustVerb"]):
        subjects = children(verb, "nsubjpass")
        passive = [a for a in children(verb, "aux", "auxpass") if a.i < verb.i]
        if subjects and passive and _denied_clause(verb, lexicon) \
                and not _unasked_judgement(verb, verb, subjects[0], lexicon):
            yield Judgement(word=verb, clause=verb, subject=subjects[0], first=passive[0])


def _denied_merits(tokens: Tokens, lexicon: Lexicon) -> Iterator[Judgement]:
    """Every clause that denies its subject a merit (a word of kg:Merit or kg:Approval after a copula), not asked:
    "Y has not been straightforward", "Y were not going to be serious players", "Y's plan is not credible"."""
    merits = lexicon.cue_union("Merit", "Approval")
    openings = lexicon.cue_openings  # what a merit verb's lemma opens with
    verbs = openings_written(tokens, merits, openings.get("Merit", frozenset()) | openings.get("Approval", frozenset()))
    for token in tokens.with_any(words=merits, lemma_openings=verbs):  # no other token has a merit clause
        clause = _merit_clause(token, tokens, merits, verbs, lexicon)
        denied = clause is not None and (_denied_clause(clause, lexicon) or _denied_object(clause, lexicon))
        subjects = _judged(clause) if denied else []
        if subjects and not _unasked_judgement(token, clause, subjects[0], lexicon):
            yield _as_run(Judgement(word=token, clause=clause, subject=subjects[0], denied=True), merits)


def _merit_clause(token: Token, tokens: Tokens, merits: frozenset[str], verbs: frozenset[str],
                  lexicon: Lexicon) -> Token | None:
    """The clause a word of merit is said of: the copula before it ("is credible"), or the verb of a merit phrase
    itself ("add up", "convinced by"). ``verbs``: the first words of ``merits``."""
    if tokens.pos[token.i] in VERBAL:
        lemma = tokens.lemma[token.i]
        if lemma.partition(" ")[0] not in verbs:
            return None  # no merit phrase opens with it: its particles need not be read
        return token if phrases_in(token, lemma, merits) else None
    if tokens.lower[token.i] not in merits and tokens.lemma[token.i] not in merits:
        return None
    return _copula_of(token, lexicon)


def _denied_clause(clause: Token, lexicon: Lexicon) -> bool:
    """A clause denied in itself or in the verbs it is the infinitive of ("has not been", "were not going to be",
    "does not seem"), not by a focus ("not only", "not just": ``_denied_outright``)."""
    node = clause
    while not _has_negation(node, lexicon) and node.dep_ == "xcomp" and node.head.pos_ in VERBAL:
        node = node.head
    return _denied_outright(node, lexicon)


def _denied_object(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb's object is denied by its determiner ("Y deserved no credit", "Y deserves no praise") or made
    scant by a word of kg:ScantWord with no article ("Y made very few mistakes"; not "a few mistakes")."""
    modifiers, scant = lexicon.cues["NegationModifier"], lexicon.cues.get("ScantWord", frozenset())
    for thing in children(verb, "dobj"):
        words = children(thing, "det", "amod")
        if any(d.dep_ == "det" and d.lower_ in modifiers for d in words) or (
                any(w.lower_ in scant for w in words) and not _with_article(words)):
            return True
    return False


def _with_article(words: list[Token]) -> bool:
    """Whether an indefinite article stands among ``words`` or under one of them ("a few": the parser may hang the
    article on "few")."""
    return any(d.lower_ in ("a", "an") for w in words for d in (w, *w.children))


def _judged(clause: Token) -> list[Token]:
    """Who a judging clause is about: its subject, or the agent of a passive ("felt let down by Labour"); a verb
    with no subject of its own judges the subject of the verb it is joined to ("Y has had the chance and has
    failed") or the infinitive of ("Y is going to be", not "X urged Y to be"), those after a clause run on before it."""
    agents = [p for agent in children(clause, "agent") for p in children(agent, "pobj")]
    if agents or children(clause, "nsubjpass"):
        return agents
    node: Token | None = clause
    while node is not None and not children(node, "nsubj"):
        over = _finite_after_infinitive(node)
        node = over if over is not None or not _shares_subject(node) else node.head
    return _after_a_break(node, children(node, "nsubj")) if node is not None else []


def _after_a_break(verb: Token, subjects: list[Token]) -> list[Token]:
    """The subjects of a verb after the last clause run on before it ("Tolls up again, warns Y Z has
    failed": the parser may give "has failed" both "UK" and "Z"), all of them if none is."""
    breaks = [c.i for c in children(verb, "parataxis") if c.i < verb.i]
    after = [subject for subject in subjects if breaks and subject.i > max(breaks)]
    return after or subjects


def _finite_after_infinitive(verb: Token) -> Token | None:
    """The verb over an infinitive that a finite verb with an auxiliary of its own is joined to, a reading of the
    parser's ("Y has had years to mend the wall and has failed": "has failed" hung on "mend"): a finite verb goes on
    from the clause the infinitive is a complement of, or the object of ("had years to"); None otherwise."""
    infinitive = verb.head
    if verb.dep_ != "conj" or not any(a.tag_ in FINITE for a in children(verb, "aux")) \
            or not any(a.tag_ == "TO" for a in children(infinitive, "aux")):
        return None
    over = infinitive.head
    if infinitive.dep_ == "acl" and over.dep_ in ("dobj", "attr"):
        over = over.head
    return over if infinitive.dep_ in ("xcomp", "acl") and over.pos_ in VERBAL else None


def _shares_subject(verb: Token) -> bool:
    """A verb joined to another ("and has failed") or its infinitive with no object that would be its subject
    ("going to be", not "urged Y to be"), so its subject is that verb's."""
    head = verb.head
    if head.i == verb.i or head.pos_ not in VERBAL or children(head, "nsubjpass"):
        return False
    return verb.dep_ == "conj" or (verb.dep_ == "xcomp" and not children(head, "dobj", "dative"))


def _judging_clause(token: Token, tokens: Tokens, words: frozenset[str], verbs: frozenset[str],
                    lexicon: Lexicon) -> Token | None:
    """The clause a judging word judges the subject of, or None. ``verbs``: the first words of ``words``."""
    if tokens.lower[token.i] in lexicon.cues["ExcessDegree"]:
        return _excess_clause(token, lexicon.cues.get("ExcessValue", frozenset()))
    if tokens.lower[token.i] in lexicon.cues.get("Reproach", ()):  # "Y shamelessly abandoned them"
        return _reproached(token)
    if tokens.pos[token.i] in VERBAL and _judging_verb(token, tokens, words, verbs):
        if tokens.dep[token.i] == "acomp":  # a participle after a copula: "was "ill-advised"", "was misguided"
            return _copula_of(token, lexicon)
        return _misread_perfect(token) or _acting_by(token, lexicon) or token
    if not words.intersection(tokens.forms(token.i)):
        return None
    return _copula_of(token, lexicon)


def _acting_by(gerund: Token, lexicon: Lexicon) -> Token | None:
    """The clause whose subject does what a gerund with no subject of its own says, through a preposition of
    kg:AdverbialPreposition ("Y won the seat by scaremongering") or a word and "in" of kg:ActingIn ("Y and Z were
    united in playing on fears", "Y persisted in misleading voters"): the verb, or the copula of the adjective; else
    None."""
    prep = gerund.head
    if gerund.dep_ != "pcomp" or prep.dep_ != "prep" or children(gerund, "nsubj") or not _acting_through(prep, lexicon):
        return None
    over = prep.head
    if over.pos_ in VERBAL and over.dep_ != "acomp":
        return over
    return over.head if over.dep_ == "acomp" and over.head.lemma_.lower() in lexicon.cues["JudgementCopula"] else None


def _acting_passive(gerund: Token, clause: Token) -> list[Token]:
    """The subject of a passive participle a judging gerund hangs on through its preposition (``_acting_by``): "Y
    and Z were united in playing on fears" (the parser reads "were united" as a passive), which does the gerund's
    act."""
    if gerund.dep_ != "pcomp" or gerund.head.head.i != clause.i:
        return []
    return children(clause, "nsubjpass")


def _acting_through(prep: Token, lexicon: Lexicon) -> bool:
    """Whether a preposition's gerund is done by the subject of the word it hangs on (kg:AdverbialPreposition, or
    the word and "in" of kg:ActingIn)."""
    over, acting = prep.head, lexicon.cues["ActingIn"]
    return prep.lower_ in lexicon.cues["AdverbialPreposition"] or \
        f"{over.lemma_.lower()} {prep.lower_}" in acting or f"{over.lower_} {prep.lower_}" in acting


def _misread_perfect(verb: Token) -> Token | None:
    """The "have" of a perfect the parser read as a verb of having whose object the participle qualifies ("Y has
    failed pensioners": "failed" an adjective of "pensioners", the object of "has"), when the participle follows it
    straight; else None. Its subject is the one the participle judges."""
    noun, have = verb.head, verb.head.head
    misread = verb.dep_ == "amod" and verb.tag_ == "VBN" and noun.dep_ == "dobj" and have.i == verb.i - 1
    return have if misread and have.lemma_.lower() == "have" else None


def _judging_verb(verb: Token, tokens: Tokens, words: frozenset[str], verbs: frozenset[str]) -> bool:
    """Whether a verb's lemma, the lemma of the word written with a hyphen it ends ("over-reacted"), or a gerund as
    written, is a judging verb or opens a judging phrase of ``words`` ("let down"). ``verbs``: the first words of
    ``words``."""
    gerund = (tokens.lower[verb.i],) if tokens.tag[verb.i] == "VBG" else ()  # a gerund as written: the parser may
    # give one a lemma of its own ("scaremongering" read as "scaremongere")
    lemmas = (tokens.lemma[verb.i], *tokens.hyphened.get(verb.i, ()), *gerund)
    # a lemma no judging verb or phrase opens with: its particles need not be read
    return any(phrases_in(verb, lemma, words) for lemma in lemmas if lemma.partition(" ")[0] in verbs)


def _reproached(adverb: Token) -> Token | None:
    """The verb an adverb of reproach judges the subject of; not a passive's subject, who suffers it ("X was
    shamelessly abandoned by Y")."""
    verb = adverb.head
    return verb if adverb.dep_ == "advmod" and verb.pos_ in VERBAL and not children(verb, "nsubjpass") else None


def _copula_of(word: Token, lexicon: Lexicon) -> Token | None:
    """The copula (kg:JudgementCopula) whose complement a word is or stands in ("is wrong", "was a decent man"), or
    the verb of a piece of work (kg:JudgedWork) whose object it qualifies ("did a superb job")."""
    complement = _complement(word)
    copula = complement.head
    judged = complement.dep_ in ("attr", "acomp") and copula.lemma_.lower() in lexicon.cues["JudgementCopula"]
    worked = complement.dep_ == "dobj" and word.dep_ == "amod" and \
        f"{copula.lemma_.lower()} {complement.lemma_.lower()}" in lexicon.cues["JudgedWork"]
    return copula if judged or worked else None


def approvals(tokens: Tokens, lexicon: Lexicon) -> Iterator[Judgement]:
    """Every clause that praises its subject with a word of kg:Approval after a copula or on a piece of work
    (kg:JudgedWork), or with a virtue it shows (kg:Virtue), neither denied nor asked: "Y was a decent man", "Y's
    leadership was outstanding", "Y did a superb job", "Y spoke with great sincerity"."""
    words = lexicon.cues.get("Approval", frozenset())
    verbs = openings_written(tokens, words, lexicon.cue_openings.get("Approval", frozenset()))  # a phrase's verb
    praising = lexicon.cue_union("Approval", "Virtue")
    for token in tokens.with_any(words=praising, lemmas=praising, lemma_openings=verbs):
        clause = _praising_clause(token, tokens, words, lexicon)  # no other token praises
        subjects = _judged(clause) if clause is not None and not _denied_clause(clause, lexicon) else []
        if subjects and not _unasserted_judgement(token, clause, subjects[0], lexicon):
            yield _as_run(Judgement(word=token, clause=clause, subject=subjects[0]), words)


def _praising_clause(token: Token, tokens: Tokens, words: frozenset[str], lexicon: Lexicon) -> Token | None:
    """The clause a word of approval (of ``words``) or of virtue (kg:Virtue) praises the subject of, or the verb of a
    phrase of approval said to be done (``_done``: "has delivered on its promises", "rose to the challenge", "was a
    safe pair of hands"), or None."""
    praising = tokens.lower[token.i] in words or tokens.lemma[token.i] in words
    adjective = tokens.pos[token.i] not in VERBAL or tokens.dep[token.i] == "amod"  # "a valued colleague"
    if praising and adjective:
        return _copula_of(token, lexicon)
    if not adjective and _done(token) and phrases_in(token, tokens.lemma[token.i], words) - {tokens.lemma[token.i]}:
        return token  # said done, not asked for: "must rise to the challenge" praises no one
    return _virtue_clause(token, lexicon) if tokens.lemma[token.i] in lexicon.cues["Virtue"] else None


def _virtue_clause(noun: Token, lexicon: Lexicon) -> Token | None:
    """The clause a noun of virtue praises the subject of: the verb it is the manner of ("spoke with sincerity"), or
    the copula of the noun it is had by ("is a man of integrity")."""
    prep = noun.head
    if noun.dep_ != "pobj" or noun.pos_ != "NOUN":
        return None
    if prep.lower_ == "with" and prep.head.pos_ == "VERB":
        return prep.head
    return _copula_of(prep.head, lexicon) if prep.lower_ == "of" and prep.head.pos_ == "NOUN" else None


def verb_phrases(verb: Token, lemma: str) -> frozenset[str]:
    """A verb's lemma, and with each word under it as written or as its lemma ("let down", "break promise"), or a
    preposition under it and that preposition's object ("cling to power", "rely on fear"), or the first words of
    its run (``word_runs``: "run out of idea", "be out of touch", "bury head in sand"). Read once a verb and lemma
    of the document whose ``Tokens`` were made last: the rules of judgement, merit, praise and misdeeds all ask."""
    tokens = last_tokens(verb.doc)
    if tokens is None:
        return _verb_phrases(verb, lemma)
    return tokens.read_once_of(("verb_phrases", lemma), None, verb.i, verb.i + 1, lambda: _verb_phrases(verb, lemma))


def phrases_in(verb: Token, lemma: str, words: frozenset[str]) -> frozenset[str]:
    """The verb's phrases (``verb_phrases``) that are ``words``; the phrases are not read when no word opened by the
    lemma has its second word among the words of the verb's span (as written or as lemmas): a copula ("be") opens
    idioms ("be out of touch") but few of its phrases hold one."""
    seconds = _second_words(words).get(lemma)
    tokens = last_tokens(verb.doc)
    if seconds is not None and tokens is not None:
        start, end = verb.left_edge.i, verb.right_edge.i + 1  # every dependent of the verb and word of its runs
        if seconds.isdisjoint(tokens.lower[start:end]) and seconds.isdisjoint(tokens.lemma[start:end]):
            seconds = None
    if seconds is None and " " not in lemma:
        return words & {lemma}
    return verb_phrases(verb, lemma) & words


def openings_written(tokens: Tokens, words: frozenset[str], openings: frozenset[str]) -> frozenset[str]:
    """The ``openings`` (first words of ``words``) that may open one of ``words`` in the document: a word of ``words``
    itself, or the opening of a phrase whose second word the document writes (``phrases_in`` reads no phrase of the
    others): a scan need not take every copula of a document as a candidate because "be" opens "be out of touch"."""
    always, pending = _openings_split(words, openings)
    return always | frozenset(opening for opening, seconds in pending if any(map(tokens.writes, seconds)))


@lru_cache(maxsize=64)
def _openings_split(words: frozenset[str], openings: frozenset[str]
                    ) -> tuple[frozenset[str], tuple[tuple[str, frozenset[str]], ...]]:
    """(the ``openings`` that ``openings_written`` keeps in any document: a word of ``words``, or the opening of no
    phrase; (each other opening, the second words of its phrases)): read once for the words, not once a document
    (most openings open no phrase: of kg:Disapproval's some 270, about 40 do)."""
    seconds = _second_words(words)
    always = frozenset(opening for opening in openings if opening in words or opening not in seconds)
    return always, tuple((opening, seconds[opening]) for opening in openings if opening not in always)


@lru_cache(maxsize=64)
def _second_words(words: frozenset[str]) -> dict[str, frozenset[str]]:
    """The second words of the phrases of ``words``, by their first ("down" of "let down", "out" of "be out of
    touch"): what ``phrases_in`` looks for in a verb's span before it reads its phrases."""
    found: dict[str, set[str]] = {}
    for phrase in words:
        first, _, rest = phrase.partition(" ")
        if rest:
            found.setdefault(first, set()).add(rest.partition(" ")[0])
    return {first: frozenset(seconds) for first, seconds in found.items()}


def _verb_phrases(verb: Token, lemma: str) -> frozenset[str]:
    return frozenset(_near_phrases(verb, lemma) | {phrase for phrase, _ in word_runs(verb, lemma)})


def _near_phrases(verb: Token, lemma: str) -> set[str]:
    """A verb's lemma, and with each word under it or a preposition and its object (``verb_phrases``)."""
    under = dependents(verb)
    words = {word for c in under for word in (c.lower_, c.lemma_.lower())}
    objects = {f"{c.lower_} {o.lemma_.lower()}" for c in under if c.dep_ == "prep" for o in children(c, "pobj")}
    return {lemma, *(f"{lemma} {word}" for word in words | objects)}


# The links of a word a run of words (``word_runs``) leaves out, with the words under it: articles, the "'s" of a
# possessive, negation, punctuation, auxiliaries, and the clauses and conjuncts of a phrase, which go on past the idiom.
_OUT_OF_RUN = frozenset({"det", "case", "neg", "punct", "aux", "auxpass", "cc", "conj", "mark", "appos",
                         "ccomp", "csubj", "advcl", "relcl", "acl", "parataxis", "xcomp", "pcomp", "nsubj",
                         "nsubjpass"})
_OUT_OF_RUN_AS = frozenset({("advmod", "ADV"), ("poss", "PRON")})  # an adverb, a possessive pronoun ("its head"),
# not a possessive noun ("lost the voters' trust": "lose voter trust")
_LONGEST_RUN = 4  # the words after the verb an idiom holds at most: "be safe pair of hand"


def word_runs(verb: Token, lemma: str) -> list[tuple[str, Token]]:
    """(phrase, last word) of each run of three words or more that a verb's lemma opens with the lemmas of the words
    of its own phrase after it, in order, its articles, possessive pronouns, adverbs, negation and inner clauses left
    out (``_run_words``): "run out of idea" ("had run out of ideas"), "be out of touch" ("was out of touch"), "bury head
    in sand" ("has buried its head in the sand"), "be safe pair of hand". How the lexicon writes an idiom."""
    words = _run_words(verb)
    return [(" ".join([lemma, *(w.lemma_.lower() for w in words[:k])]), words[k - 1])
            for k in range(2, min(len(words), _LONGEST_RUN) + 1)]


def _run_words(verb: Token) -> list[Token]:
    """The words of a verb's own phrase after it (``word_runs``), in order."""
    words, stack = [], [c for c in dependents(verb) if c.i > verb.i]
    while stack:
        token = stack.pop()
        if token.dep_ in _OUT_OF_RUN or (token.dep_, token.pos_) in _OUT_OF_RUN_AS:
            continue
        words.append(token)
        stack.extend(dependents(token))
    return sorted(words, key=lambda t: t.i)


def run_end(verb: Token, words: frozenset[str]) -> Token | None:
    """The last word of the longest run of a verb's words (``word_runs``) that is one of ``words`` and that no
    shorter reading gives ("be out of touch", not "cling to power"), else None: where the judging words end."""
    lemma = verb.lemma_.lower()
    near = _near_phrases(verb, lemma)
    return next((end for phrase, end in reversed(word_runs(verb, lemma)) if phrase in words and phrase not in near),
                None)


# How a word of excess reaches the clause it judges: "acting too late", "was too timid", "spent too much".
_EXCESS_LINKS = frozenset({"advmod", "acomp", "dobj", "npadvmod", "attr", "oprd"})


def _excess_clause(word: Token, values: frozenset[str]) -> Token | None:
    """The clause a word of kg:ExcessDegree before an adjective or adverb judges ("Y is acting too late", "Y was far
    too timid", "Y had gone too far"), or None; not with an infinitive after it, which may praise ("too important
    to ignore"), nor before a word of worth (``values``, kg:ExcessValue: "played too good"); not where a negation
    above the clause denies it ("won't need to look too far")."""
    degree = word.head
    if word.dep_ != "advmod" or word.i > degree.i or not _faulty_degree(degree, values):
        return None
    clause = degree
    while clause.pos_ not in VERBAL and clause.dep_ in _EXCESS_LINKS and clause.head.i != clause.i:
        clause = clause.head
    return clause if clause.pos_ in VERBAL and not _denied_above(clause) else None


def _faulty_degree(degree: Token, values: frozenset[str]) -> bool:
    """Whether an adjective or adverb after a word of excess makes a fault: no word of worth, no infinitive."""
    return degree.pos_ in ("ADJ", "ADV") and not children(degree, "xcomp", "ccomp") \
        and degree.lemma_.lower() not in values and degree.lower_ not in values


def _denied_above(clause: Token) -> bool:
    """Whether a verb the clause is the infinitive of is denied ("won't need to look", "did not want to go")."""
    node = clause
    while node.dep_ == "xcomp" and node.head.pos_ in VERBAL:
        node = node.head
        if children(node, "neg"):
            return True
    return False


def _complement(word: Token) -> Token:
    """The complement a judging word is or stands in: "a disgraceful waste", "were partial, inaccurate and biased",
    "a good and humane judge" (an adjective joined to one on the noun)."""
    complement = _first_conjunct(word)
    complement = complement.head if complement.dep_ == "amod" else complement
    return _one_of(_first_conjunct(complement))


def _one_of(noun: Token) -> Token:
    """The "one" a noun is said to be one of ("Y was one of the finest champions of the valley", "one of the worst
    blunders"), which stands after the copula; else the noun."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ == "one" and prep.head.i < noun.i:
        return prep.head
    return noun


def _first_conjunct(word: Token) -> Token:
    """The first of the words a word is joined to, none of them a verb ("partial" of "partial, inaccurate and
    biased")."""
    while word.dep_ == "conj" and word.head.pos_ not in VERBAL:
        word = word.head
    return word


def _unasserted_judgement(word: Token, clause: Token, subject: Token, lexicon: Lexicon) -> bool:
    """A judgement denied ("is not wrong", "no disgrace", "made no mistake"), asked ("Is Y wrong?"), or with a
    stand-in subject ("it is wrong to...")."""
    denied = _has_negation(clause, lexicon) or _has_negation(word, lexicon) \
        or (word.i == clause.i and _denied_object(clause, lexicon))
    return denied or _unasked_judgement(word, clause, subject, lexicon)


def modal_hedged(clause: Token, modals: frozenset[str]) -> bool:
    """Whether a modal of ``modals`` (tone.yaml's ``hedging_modals``) stands on a clause's verb ("Y might be
    complacent"): the speaker weighs a judgement without making it."""
    return any(a.tag_ == "MD" and a.lower_ in modals for a in children(clause, "aux"))


def _unasked_judgement(word: Token, clause: Token, subject: Token, lexicon: Lexicon) -> bool:
    """A judgement asked ("Is Y wrong?"), under "if", hedged by a modal ("Y might be complacent": tone.yaml's
    ``hedging_modals``), granted or dated in a clause that sets the scene ("although Y made a mistake", "when Y made
    the mistake of"), or with a stand-in subject ("it is wrong to...")."""
    asked = word.sent[-1].text == "?" if word.doc.has_annotation("SENT_START") else False
    expletive = subject.lower_ == "it" and bool(children(clause, "ccomp", "xcomp") + children(word, "ccomp", "xcomp"))
    hedged = modal_hedged(clause, lexicon.tone.hedging_modals)
    return asked or expletive or hedged or _unmade(word, clause, lexicon) or _is_conditional(clause, lexicon) or \
        _scene_clause(clause, lexicon)


def _unmade(word: Token, clause: Token, lexicon: Lexicon) -> bool:
    """Whether an adverb of kg:UnmakingAdverb stands on a judgement's verb, copula or word ("seldom kept his word",
    "nearly ran out of ideas", "was no longer soft on crime"): not, not quite or no more so, no judgement."""
    unmaking = lexicon.cues["UnmakingAdverb"]
    adverbs = children(clause, "advmod") + ([] if word.i == clause.i else children(word, "advmod"))
    return any(a.lower_ in unmaking or any(f"{d.lower_} {a.lower_}" in unmaking for d in dependents(a))
               for a in adverbs)


def in_scene_clause(word: Token, lexicon: Lexicon) -> bool:
    """Whether the clause a noun is the object of sets the scene (see ``_scene_clause``): "even though Y made a
    mistake, ..." (a fault noun that judges no one)."""
    return word.dep_ == "dobj" and _scene_clause(word.head, lexicon)


def _scene_clause(clause: Token, lexicon: Lexicon) -> bool:
    """An adverbial clause that grants a point (kg:ConcessiveConjunction: "even though Y made a mistake, X stood by
    him") or tells a time (kg:SequenceConjunction: "when Y made the mistake of going early, Z won"), also by a
    conjunction the parser read as an adverb ("when"): what it says sets the scene and judges no one. Either is one
    whatever the parser hung the clause on (it may read "even though Y made a mistake he deserves" as said, "but when
    Y made the mistake that was it" as joined by "but"), the conjunction of time before the verb of a clause that
    is no sentence of its own (not a question: "when did Y make the mistake?")."""
    if any(c.lower_ in lexicon.cues["ConcessiveConjunction"] for c in children(clause, "mark")):
        return True
    timing = lexicon.cues["SequenceConjunction"]
    return clause.dep_ != "ROOT" and any(c.lower_ in timing and c.i < clause.i
                                         for c in children(clause, "mark", "advmod"))


def ended_role(name: Token, lexicon: Lexicon) -> bool:
    """A name whose role the sentence says ended: "the resignation of chairman X" (and of those listed with
    X), "his predecessor as chairman, X" (the nouns of kg:Past), "met then minister X" (a kg:PastRole word
    right before the title, not after "and": "and then minister X" may be what came next)."""
    ending = lexicon.cues.get("Past", ())
    node = name
    while node.dep_ in ("conj", "appos"):
        node = node.head
    return (node.lemma_.lower() in ending or _under_ending(node, ending) or _then_before(name, lexicon)
            or _removed(node, lexicon))


def _removed(node: Token, lexicon: Lexicon) -> bool:
    """A holder the sentence says was removed from the post, in the past and asserted: the object or passive
    subject of a verb of kg:RemovalVerb ("chief executive X and two executives were fired", "the board sacked
    chairman X"; not "could be fired", "was not sacked", "will oust X")."""
    verb = node.head
    if node.dep_ not in ("nsubjpass", "dobj") or verb.lemma_.lower() not in lexicon.cues.get("RemovalVerb", ()):
        return False
    return _asserted_past(verb, lexicon)


def died(name: Token, lexicon: Lexicon) -> bool:
    """A name the sentence says has died, so holds no role now: it, or a relative pronoun on it, is the subject of
    a verb of kg:DeathVerb ("X, the party's treasurer, has died", "X, who died last year") or the passive subject of
    one of kg:KillingVerb ("X was killed in a crash"), in the past and asserted (not "could die", "did not die")."""
    relatives = (w for clause in children(name, "relcl") for w in children(clause, "nsubj", "nsubjpass")
                 if w.tag_ in ("WP", "WDT"))
    return any(_dies(subject, lexicon) for subject in (name, *relatives))


# A year at least this many before the article's is long before it; with no article date, a year before
# _UNDATED_LONG_AGO is (the archives read are of this century's news).
_LONG_AGO_YEARS = 15
_UNDATED_LONG_AGO = 1990
_YEAR_WORD = re.compile(r"^(1[0-9]|20)\d(\d|0'?s)$")  # "1911", "1920s"
_OTHER_CLAUSES = frozenset({"relcl", "ccomp", "advcl", "conj", "xcomp", "parataxis"})


def long_gone(name: Token, base: str | None, lexicon: Lexicon, *, served: bool = True) -> bool:
    """A name whose relative clause, asserted in the simple past, puts the holder's public life long before the
    article (``base``, its ISO date, if known): a verb of holding or winning office (kg:HoldingVerb,
    kg:OfficeWinningVerb) dated a year or decade long ago ("Tory Jim Bell, who won the 1911 by-election", "who sat
    for Eastport in the 1920s"; not "who joined the party in 1970", "who studied in Paris in the 1970s"), or, when
    ``served``, a holding verb with a duration that is over ("who served in Parliament for 40 years", also "Jim Bell
    served ..."; not "has served for ten years", still serving). A role the sentence gives the name is then past, as
    after "former"; the caller leaves ``served`` off where the office served in is not the role's (a party)."""
    clauses = _relative_clauses(name)
    limit = int(base[:4]) - _LONG_AGO_YEARS if base else _UNDATED_LONG_AGO
    if any(_dated_before(clause, limit) for clause in clauses if _office_verb(clause, lexicon)):
        return True
    if _subject_of_a_dated_clause(name, limit, lexicon):
        return True
    serving = [*clauses, *([name.head] if name.dep_ == "nsubj" else [])]
    return served and any(_served_out(verb, lexicon) for verb in serving)


def _subject_of_a_dated_clause(name: Token, limit: int, lexicon: Lexicon) -> bool:
    """A name that is the subject of a clause a year long ago dates, by the verb's own date ("In 1979, Tory leader X
    won the election") or by a clause of time on it (kg:SequenceConjunction: "When Britain went to the polls in
    1979, Tory leader X was swept into power"): the title is the one held then. A date inside the subject's or the
    object's words dates no clause ("Tory leader X attacked the reforms of the 1980s"), nor does one a clause in the
    present joins ("won the seat in 1983 and still holds it")."""
    if name.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = name.head
    if any(c.tag_ in ("VBZ", "VBP") for c in children(verb, "conj")):  # "won the seat in 1983 and still holds it"
        return False
    timing = lexicon.cues["SequenceConjunction"]
    times = [c for c in children(verb, "advcl") if _opened_by(c, timing, "mark", "advmod")]
    return any(_year_before(t, limit) for t in _own_dates(verb)) or any(_dated_before(c, limit) for c in times)


def _own_dates(verb: Token) -> Iterator[Token]:
    """The words of a verb's own dates: the object of a preposition on it ("in 1979") or a bare date ("1979")."""
    for child in verb.children:
        if child.dep_ == "prep":
            yield from (t for pobj in children(child, "pobj") for t in pobj.subtree)
        elif child.dep_ in ("npadvmod", "tmod"):
            yield from child.subtree


def _year_before(token: Token, limit: int) -> bool:
    return token.ent_type_ == "DATE" and bool(_YEAR_WORD.match(token.text)) and int(token.text[:4]) < limit


def _relative_clauses(name: Token) -> list[Token]:
    """The verbs of the relative clauses on a name, with the verbs conjoined to them ("who won ... and sat ...")."""
    clauses = list(children(name, "relcl"))
    return clauses + [c for clause in clauses for c in children(clause, "conj") if c.pos_ in ("VERB", "AUX")]


def _office_verb(verb: Token, lexicon: Lexicon) -> bool:
    """A verb of holding or winning office (kg:HoldingVerb, kg:OfficeWinningVerb) asserted in the simple past; "be"
    only with a complement ("was MP for Eastport", not "was in Paris")."""
    lemma = verb.lemma_.lower()
    if lemma not in lexicon.cues["HoldingVerb"] | lexicon.cues["OfficeWinningVerb"]:
        return False
    return _asserted_simple_past(verb, lexicon) and (lemma != "be" or bool(children(verb, "attr")))


def _asserted_simple_past(verb: Token, lexicon: Lexicon) -> bool:
    return verb.tag_ == "VBD" and polarity(verb, lexicon) == (False, "asserted")


def _dated_before(clause: Token, limit: int) -> bool:
    """Whether a clause's own words (not those of a clause under it) date it to a year before ``limit``."""
    words = (t for child in clause.children if child.dep_ not in _OTHER_CLAUSES for t in child.subtree)
    return any(_year_before(t, limit) for t in words)


def _served_out(verb: Token, lexicon: Lexicon) -> bool:
    """A holding verb in the simple past with "for" and a duration ("served for 40 years", "was MP for ten
    years"; "be" only with a complement: "was in Eastport for two days" holds no post)."""
    if verb.lemma_.lower() not in lexicon.cues["HoldingVerb"] or not _office_verb(verb, lexicon):
        return False
    return lasted(verb)


def lasted(verb: Token) -> bool:
    """Whether a verb has "for" and a duration ("for 40 years", "for a decade"; not a year: "for 2001")."""
    spans = (o for p in children(verb, "prep") if p.lower_ == "for" for o in children(p, "pobj"))
    return any(o.ent_type_ == "DATE" and _YEAR_WORD.match(o.text) is None for o in spans)


def _dies(subject: Token, lexicon: Lexicon) -> bool:
    cue = {"nsubj": "DeathVerb", "nsubjpass": "KillingVerb"}.get(subject.dep_)
    verb = subject.head
    return cue is not None and verb.lemma_.lower() in lexicon.cues.get(cue, ()) and _asserted_past(verb, lexicon)


def _asserted_past(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb in the past tense says its event took place: not negated, nor under a modal or a report."""
    return verb.tag_ in ("VBD", "VBN") and polarity(verb, lexicon) == (False, "asserted")


def _under_ending(node: Token, ending: frozenset[str]) -> bool:
    """"the resignation of X", "predecessor as chairman": a noun; a verb ("will quit as chairman") ends the role only
    when its leaving is asserted, as the role verbs read it (kg:LeavingVerb)."""
    word = node.head.head
    return (node.dep_ == "pobj" and node.head.lower_ in ("of", "as") and word.pos_ in ("NOUN", "PROPN")
            and word.lemma_.lower() in ending)


def _then_before(name: Token, lexicon: Lexicon) -> bool:
    start = name.left_edge.i
    before = name.doc[start - 1] if start > 0 else None
    if before is None or before.lower_ not in lexicon.cues["PastRole"] or before.pos_ != "ADV":
        return False
    return before.is_sent_start or name.doc[start - 2].pos_ not in ("CCONJ", "PUNCT")
