"""Polarity and modality: whether a predicate is denied, and whether it is asserted, intended, possible,
future or hypothetical, read from the cue words of the ontology."""

from __future__ import annotations

from spacy.tokens import Token

from graph_builder.extract.syntax import VERBAL, children
from graph_builder.vocab import Lexicon

# The dependencies polarity is carried up through, from a predicate to the verbs that govern it.
_CLAUSE_DEPS = ("xcomp", "advcl", "acl")
_PHRASE_DEPS = ("pobj", "prep", "dobj")


def polarity(predicate: Token, lexicon: Lexicon) -> tuple[bool, str]:
    """(negated, modality) of a predicate, looking up through the verbs that govern it.

    "did not respond", "has never sent" and "refused to meet" are negated; "wants to meet",
    "could impose", "will travel" and an if-clause are not asserted.
    """
    negated = _has_negation(predicate, lexicon)
    modality = _own_modality(predicate, lexicon)
    node = predicate
    while node.head.i != node.i:
        step = _STEPS.get(node.dep_)
        found = step(node, node.head, negated, modality, lexicon) if step else None
        if found is None:
            break
        negated, modality = found
        node = node.head
    return negated, modality or "asserted"


def _through_conjunct(node: Token, head: Token, negated: bool, modality: str | None,
                      lexicon: Lexicon) -> tuple[bool, str | None] | None:
    """A conjoined verb with its own subject or auxiliary does not share the polarity of the first;
    a conjoined noun under a verb of intent ("sought a ceasefire and talks") is intended."""
    if node.pos_ != "NOUN" and (node.tag_ not in ("VB", "VBP", "VBG") or children(node, "aux", "nsubj")):
        return None
    if node.pos_ == "NOUN" and head.lemma_.lower() in lexicon.cues["Intended"]:
        modality = modality or "intended"
    return negated, modality


def _through_clause(node: Token, head: Token, negated: bool, modality: str | None,
                    lexicon: Lexicon) -> tuple[bool, str | None]:
    """A clause under a verb: "refused to meet" (denied), "wants to meet" (intended), "is set to visit"."""
    lemma = cue_lemma(head, lexicon)
    head_negated = _has_negation(head, lexicon)
    if _rules_out(head, lexicon):
        negated, modality = _ruled_out(head_negated, negated, modality)
        head_negated = False
    elif lemma in _denying_verbs(lexicon):
        negated = not negated
    else:
        modality = modality or _governing_modality(node, lemma, lexicon)
    return negated or head_negated, modality or _own_modality(head, lexicon)


def _governing_modality(clause: Token, lemma: str, lexicon: Lexicon) -> str | None:
    """The modality a governing verb's lemma gives the clause under it."""
    cues = lexicon.cues
    if lemma in cues["Intended"] or lemma in cues["ObjectControl"] or (clause.dep_ == "advcl" and _is_purpose(clause)):
        return "intended"
    if lemma in cues["Future"]:
        return "future"
    if lemma in cues["Possible"]:
        return "possible"
    return None


def _through_phrase(node: Token, head: Token, negated: bool, modality: str | None,
                    lexicon: Lexicon) -> tuple[bool, str | None] | None:
    """A nominal event under a preposition or as an object: "pushed for talks", "rejected talks with"."""
    if node.dep_ == "prep" and node.lower_ not in lexicon.cues["GoverningPreposition"]:
        return None
    if head.pos_ in VERBAL:
        return _under_verb(node, head, negated, modality, lexicon)
    if head.pos_ == "NOUN" and cue_lemma(head, lexicon) in lexicon.cues["Intended"]:
        modality = modality or "intended"
    return negated, modality


def _under_verb(node: Token, head: Token, negated: bool, modality: str | None,
                lexicon: Lexicon) -> tuple[bool, str | None]:
    if _rules_out(head, lexicon):
        return _ruled_out(_has_negation(head, lexicon), negated, modality)
    lemma = cue_lemma(head, lexicon)
    # "rejected talks with", "refused a meeting with"
    if _has_negation(head, lexicon) or (node.dep_ == "dobj" and lemma in lexicon.cues["Negation"]):
        negated = True
    if lemma in lexicon.cues["Intended"]:
        modality = modality or "intended"
    return negated, modality or _own_modality(head, lexicon)


def _passing(node: Token, head: Token, negated: bool, modality: str | None,
             lexicon: Lexicon) -> tuple[bool, str | None]:
    """A clause as the object of a preposition ("by attacking") passes on what it has."""
    return negated, modality


_STEPS = {
    "conj": _through_conjunct,
    "pcomp": _passing,
    **dict.fromkeys(_CLAUSE_DEPS, _through_clause),
    **dict.fromkeys(_PHRASE_DEPS, _through_phrase),
}


def _denying_verbs(lexicon: Lexicon) -> frozenset[str]:
    """Negation cues that deny the clause under them ("refused to meet"), not only their own head."""
    cues = lexicon.cues
    return cues["Negation"] - cues["NegationParticle"] - cues["NegationModifier"]


def _has_negation(token: Token, lexicon: Lexicon) -> bool:
    modifiers = lexicon.cues["NegationModifier"]
    return any(c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in modifiers) for c in token.children)


def cue_lemma(token: Token, lexicon: Lexicon) -> str:
    """The token's lemma, mended where the lemmatizer dropped a silent e that a cue needs
    ("hoping" came out "hop", so "was hoping to meet" read as asserted)."""
    lemma = token.lemma_.lower()
    word = token.lower_
    for ending in ("ing", "ed"):
        if word.endswith(ending) and word[:-len(ending)] == lemma and lemma + "e" in lexicon.cue_lemmas:
            return lemma + "e"
    return lemma


def _own_modality(token: Token, lexicon: Lexicon) -> str | None:
    """The modality a predicate's own auxiliaries or if-clause give it."""
    for aux in children(token, "aux", "auxpass"):
        found = _auxiliary_modality(aux, lexicon)
        if found:
            return found
    if any(_is_conditional(clause, lexicon) for clause in children(token, "advcl")):
        return "hypothetical"
    if token.dep_ == "advcl" and _is_conditional(token, lexicon):
        return "hypothetical"
    return None


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
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
