"""What every extractor asks of a clause: its actors, polarity, modality, source, time and place."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as Date
from datetime import datetime
from functools import lru_cache

from spacy.tokens import Span, Token

from graph_builder.entities import DocEntities
from graph_builder.records import Entity, Evidence
from graph_builder.vocab import Lexicon, load_lexicon

SUBJECT_DEPS = ("nsubj", "csubj")
OBJECT_DEPS = ("dobj", "obj")
_RELATIVE = frozenset(["which", "who", "that", "whom"])
# A nominal event under these prepositions takes its polarity from the verb above ("pushed for talks");
# under others ("despite his meeting", "after the attack") it does not.
_GOVERNING_PREPS = frozenset(["for", "toward", "towards", "of"])
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_PRECISE = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|"
    r"\d{4}-\d{2}-\d{2}|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)",
    re.IGNORECASE,
)

# How much a way of naming an actor is trusted, multiplied into a relation's confidence.
KIND_TRUST = {"name": 1.0, "capital": 0.9, "demonym": 0.85, "description": 0.8, "modifier": 0.8, "pronoun": 0.75}


@dataclass(frozen=True)
class Actor:
    """An entity in an argument position and how the text named it."""

    entity: Entity
    kind: str
    token: Token
    place: Entity | None = None


def expand(token: Token) -> list[Token]:
    """The token and everything coordinated with it ("Germany and France")."""
    return [token, *token.conjuncts] if token.dep_ != "conj" else [token]


def _is_title(token: Token, lexicon: Lexicon) -> bool:
    return token.lower_ in lexicon.titles or token.lemma_.lower() in lexicon.titles


def actor(token: Token, entities: DocEntities, *, place_object: bool = False) -> Actor | None:
    """The entity a token stands for in an argument position, if any.

    A name or pronoun gives its entity; a common noun modified by a country ("Russian forces",
    "Ukrainian positions", "Seoul's spy agency") gives that country, and one modified by an
    organization's name ("Hezbollah targets") that organization.
    """
    mention = entities.at(token)
    if mention is not None:
        if place_object and mention.place is not None:
            return Actor(mention.place, "name", token)
        return Actor(mention.entity, mention.kind, token, mention.place)
    for named in children(token, "appos"):
        inner = entities.at(named)
        if inner is not None and inner.entity.type in ("Person", "Organization"):
            return Actor(inner.entity, inner.kind, named)
    lexicon = load_lexicon()
    if token.pos_ not in ("NOUN", "PROPN") or token.lemma_ in lexicon.noun_patterns:
        return None
    title = _is_title(token, lexicon)
    if title:
        # "Donald Trump and European leaders" parsed as modifiers of "leaders": the name is the actor.
        for child in children(token, "nmod", "amod", "compound"):
            inner = entities.at(child)
            if inner is not None and inner.entity.type == "Person" and child.conjuncts:
                return Actor(inner.entity, inner.kind, child)
    for child in token.children:
        if child.dep_ in ("amod", "compound", "poss", "nmod"):
            inner = entities.at(child)
            if inner is None:
                continue
            # "Belarus's ambassador" stands for Belarus, but "Trump's envoy" is not Trump, nor is
            # "the UN envoy" the UN.
            if inner.entity.type == "Country" or (not title and (child.dep_ == "poss" or inner.kind == "demonym")) \
                    or (not title and child.dep_ == "compound" and inner.entity.type in ("Organization", "Group")):
                return Actor(inner.entity, "modifier", token)
    return None


def actors(tokens: list[Token], entities: DocEntities, *, place_object: bool = False) -> list[Actor]:
    found: list[Actor] = []
    for token in tokens:
        pending = expand(token)
        while pending:
            resolved = actor(pending.pop(0), entities, place_object=place_object)
            if resolved is None or any(a.entity.id == resolved.entity.id for a in found):
                continue
            found.append(resolved)
            if resolved.token.i != token.i and resolved.token.dep_ != "appos":
                pending.extend(c for c in resolved.token.conjuncts if c.i > resolved.token.i)
    return found


def children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def prep_objects(holders: list[Token], prep: str) -> list[Token]:
    """Objects of a preposition (or particle, as in "rule out X") under any of the holders."""
    found: list[Token] = []
    for holder in holders:
        for child in holder.children:
            if child.lower_ != prep:
                continue
            if child.dep_ in ("prep", "dative"):
                found.extend(children(child, "pobj"))
            elif child.dep_ == "prt":
                found.extend(children(holder, *OBJECT_DEPS))
    return found


def _appositive_owner(noun: Token) -> Token:
    """The name a descriptive noun stands beside: "Iran and North Korea, countries that ..." -> Iran,
    also when the parser made the descriptive noun a second object of the same verb."""
    if noun.dep_ == "appos":
        return noun.head
    if noun.tag_ == "NNS" and noun.i >= 2 and noun.doc[noun.i - 1].text == ",":
        named = noun.doc[noun.i - 2]
        while named.dep_ == "conj" and named.head.i < named.i:
            named = named.head
        if named.pos_ == "PROPN" and named.head.i == noun.head.i and named.dep_ == noun.dep_:
            return named
    return noun


def subject_tokens(verb: Token) -> tuple[list[Token], str]:
    """The subject of a verb and how it was found: stated, passive agent, or inherited from above."""
    subjects = children(verb, *SUBJECT_DEPS)
    if subjects:
        if subjects[0].lower_ in _RELATIVE and verb.dep_ == "relcl":
            return [_appositive_owner(verb.head)], "relative"
        return [subjects[0]], "active"
    for agent in children(verb, "agent"):
        pobjs = children(agent, "pobj")
        if pobjs:
            return [pobjs[0]], "passive"
    head = verb.head
    if head.i == verb.i:
        # The small model sometimes reads a sentence-initial name as a modifier ("Sweden supplied ...").
        opening = [c for c in verb.lefts if c.dep_ in ("npadvmod", "nmod") and c.pos_ == "PROPN"
                   and c.left_edge.is_sent_start]
        return (opening[:1], "inherited") if opening else ([], "none")
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        found, _ = subject_tokens(head)
        return found, "inherited"
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp":
        found, _ = subject_tokens(head.head)  # "Modi is due to visit Japan"
        return found, "inherited"
    if verb.dep_ in ("xcomp", "advcl") and head.pos_ in ("VERB", "AUX"):
        if verb.dep_ == "xcomp" and head.lemma_ in load_lexicon().cues["ObjectControl"]:
            controller = children(head, *OBJECT_DEPS) or prep_objects([head], "on")
            if controller:
                return [controller[0]], "control"
        found, _ = subject_tokens(head)
        return found, "inherited"
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return [_appositive_owner(verb.head)], "relative"
    if verb.dep_ == "acl" and head.pos_ == "NOUN":
        owners = children(head, "poss")
        if owners:
            return owners, "inherited"
        if head.dep_ in OBJECT_DEPS and head.head.pos_ in ("VERB", "AUX"):
            found, _ = subject_tokens(head.head)  # "Hamas showed no willingness to meet Israel"
            return found, "inherited"
    return [], "none"


def _has_negation(token: Token) -> bool:
    if any(c.dep_ == "neg" for c in token.children):
        return True
    return any(c.dep_ in ("advmod", "det") and c.lower_ in ("never", "no") for c in token.children)


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
    for aux in children(token, "aux", "auxpass"):
        lemma = aux.lemma_.lower()
        if aux.lower_ == "would":
            return "hypothetical"
        if lemma in ("must", "should", "ought"):
            return "intended"
        if lemma in lexicon.cues["Possible"] and aux.tag_ == "MD":
            return "possible"
        if lemma in lexicon.cues["Future"] and aux.tag_ == "MD":
            return "future"
    for clause in children(token, "advcl"):
        if any(m.lower_ in lexicon.cues["Hypothetical"] for m in children(clause, "mark")):
            return "hypothetical"
    if token.dep_ == "advcl" and any(m.lower_ in lexicon.cues["Hypothetical"] for m in children(token, "mark")):
        return "hypothetical"
    return None


def _rules_out(verb: Token) -> bool:
    return verb.lemma_.lower() == "rule" and any(c.lower_ == "out" for c in children(verb, "prt"))


def _ruled_out(denied: bool, negated: bool, modality: str | None) -> tuple[bool, str | None]:
    """"ruled out meeting X" denies the meeting; "did not rule out meeting X" leaves it possible."""
    if denied:
        return negated, modality or "possible"
    return not negated, modality


def polarity(predicate: Token) -> tuple[bool, str]:
    """(negated, modality) of a predicate, looking up through the verbs that govern it.

    "did not respond", "has never sent" and "refused to meet" are negated; "wants to meet",
    "could impose", "will travel" and an if-clause are not asserted.
    """
    lexicon = load_lexicon()
    negated = _has_negation(predicate)
    modality = _own_modality(predicate, lexicon)
    node = predicate
    while node.head.i != node.i and node.dep_ in ("xcomp", "advcl", "acl", "conj", "pcomp", "pobj", "prep",
                                                    "dobj", "relcl"):
        head = node.head
        if node.dep_ == "relcl":
            break
        if node.dep_ == "conj":
            if node.pos_ != "NOUN" and (node.tag_ not in ("VB", "VBP", "VBG") or children(node, "aux", "nsubj")):
                break
            if node.pos_ == "NOUN" and head.lemma_.lower() in lexicon.cues["Intended"]:
                modality = modality or "intended"
        elif node.dep_ in ("xcomp", "advcl", "acl"):
            lemma = cue_lemma(head, lexicon)
            head_negated = _has_negation(head)
            if _rules_out(head):
                negated, modality = _ruled_out(head_negated, negated, modality)
                head_negated = False
            elif lemma in lexicon.cues["Negation"] and lemma not in ("not", "no", "never", "n't"):
                negated = not negated
            elif lemma in lexicon.cues["Intended"] or lemma in lexicon.cues["ObjectControl"] or (
                    node.dep_ == "advcl" and _is_purpose(node)):
                modality = modality or "intended"
            elif lemma in lexicon.cues["Future"]:
                modality = modality or "future"
            elif lemma in lexicon.cues["Possible"]:
                modality = modality or "possible"
            if head_negated:
                negated = True
            modality = modality or _own_modality(head, lexicon)
        elif node.dep_ in ("pobj", "prep", "dobj"):
            if node.dep_ == "prep" and node.lower_ not in _GOVERNING_PREPS:
                break
            lemma = cue_lemma(head, lexicon)
            if head.pos_ in ("VERB", "AUX") and _rules_out(head):
                negated, modality = _ruled_out(_has_negation(head), negated, modality)
            elif head.pos_ in ("VERB", "AUX"):
                if _has_negation(head):
                    negated = True
                if node.dep_ == "dobj" and lemma in lexicon.cues["Negation"]:
                    negated = True  # "rejected talks with", "refused a meeting with"
                if lemma in lexicon.cues["Intended"]:
                    modality = modality or "intended"
                modality = modality or _own_modality(head, lexicon)
            elif head.pos_ == "NOUN" and lemma in lexicon.cues["Intended"]:
                modality = modality or "intended"
        node = head
    return negated, modality or "asserted"


def _is_purpose(clause: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def attribution(predicate: Token, entities: DocEntities) -> Entity | None:
    """Who the text says reported this fact: a speech verb above it, a trailing "said X", "according to X"."""
    lexicon = load_lexicon()
    speech = lexicon.cues["Attribution"]
    node = predicate
    while node.head.i != node.i:
        head = node.head
        if node.dep_ in ("ccomp", "parataxis") and head.pos_ == "VERB" and head.lemma_.lower() in speech:
            return speaker_of(head, entities)
        node = head
    root = node
    for child in root.children:
        if child.dep_ in ("parataxis", "ccomp") and child.pos_ == "VERB" and child.lemma_.lower() in speech \
                and child.i > predicate.i \
                and not children(child, "ccomp"):
            found = speaker_of(child, entities)
            if found:
                return found
    return according_to(entities.sentence(predicate), entities)


def according_to(sentence: Span, entities: DocEntities) -> Entity | None:
    """The X of "according to X" in a sentence."""
    for token in sentence:
        if token.lower_ == "according" and token.i + 1 < sentence.end and token.nbor().lower_ == "to":
            for pobj in children(token.nbor(), "pobj") or children(token, "pobj"):
                found = actor(pobj, entities)
                if found:
                    return found.entity
    return None


def speaker_of(verb: Token, entities: DocEntities) -> Entity | None:
    """The entity that is the subject of a verb of saying."""
    tokens, _ = subject_tokens(verb)
    for found in actors(tokens, entities):
        return found.entity
    return None


def _date_spans(predicate: Token) -> list[Span]:
    spans = []
    for child in predicate.children:
        if child.dep_ in ("ccomp", "xcomp", "relcl", "advcl", "conj", "parataxis", "acl"):
            continue
        for token in [child, *[g for g in child.children if child.dep_ == "prep"]]:
            if token.ent_type_ == "DATE":
                span = _entity_around(token)
                if span not in spans:
                    spans.append(span)
    return spans


def _entity_around(token: Token) -> Span:
    """The entity the token is part of, found from its IOB tags (a search of ``doc.ents`` would take time
    in proportion to the document, for every token asked about)."""
    doc = token.doc
    start = token.i
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


@lru_cache(maxsize=4096)
def resolve_date(expression: str, base: str | None, prefer_future: bool = False) -> str | None:
    """An ISO date for a day-precise expression, by dateparser, relative to the document's date.

    A bare weekday is the most recent such day (or the next one for future statements); news
    convention adds one rule dateparser lacks: the weekday of the article's own date is that day.
    """
    if not _DAY_PRECISE.search(expression):
        return None
    import dateparser

    base_date = Date.fromisoformat(base[:10]) if base else None
    lower = expression.lower()
    weekday = next((i for i, name in enumerate(_WEEKDAYS) if name in lower), None)
    if base_date is None and not re.search(r"\b\d{4}\b", expression):
        return None
    if weekday is not None and base_date is not None and base_date.weekday() == weekday \
            and not re.search(r"\d|next|last", lower):
        return base_date.isoformat()
    if weekday is not None:
        settings = {"PREFER_DATES_FROM": "future" if prefer_future else "past"}
    else:
        settings = {"REQUIRE_PARTS": ["day", "month"], "PREFER_DATES_FROM": "current_period"}
    if base_date is not None:
        settings["RELATIVE_BASE"] = datetime(base_date.year, base_date.month, base_date.day)
    parsed = dateparser.parse(expression, languages=["en"], settings=settings)
    return parsed.date().isoformat() if parsed else None


def time_of(predicate: Token, entities: DocEntities, *, modality: str) -> str | None:
    for span in _date_spans(predicate):
        resolved = resolve_date(span.text, entities.document.date, modality in ("future", "intended"))
        if resolved:
            return resolved
    return None


def place_of(predicate: Token, entities: DocEntities, *, exclude: set[int]) -> Entity | None:
    """Where it happened: "in New York", "in Alaska" under the predicate."""
    for prep in children(predicate, "prep"):
        if prep.lower_ not in ("in", "at"):
            continue
        for pobj in children(prep, "pobj"):
            # "at a military parade in Beijing": the place may sit one phrase further down.
            for candidate in [pobj, *[g for p in children(pobj, "prep") if p.lower_ == "in"
                                      for g in children(p, "pobj")]]:
                mention = entities.at(candidate)
                if mention is None or candidate.i in exclude:
                    continue
                if mention.place is not None:
                    return mention.place
                if mention.entity.type in ("Place", "Country"):
                    return mention.entity
    return None


def evidence(token: Token, entities: DocEntities) -> Evidence:
    sent = entities.sentence(token)
    return Evidence(doc_id=entities.document.id, sentence=sent.text.strip(), start=sent.start_char,
                    end=sent.start_char + len(sent.text.rstrip()))


def phrase(*tokens: Token | None) -> str:
    """The words of a predicate as written, in text order ("held talks with")."""
    unique = {t.i: t for t in tokens if t is not None}
    return " ".join(unique[i].text for i in sorted(unique))


def confidence(base: float, *kinds: str) -> float:
    value = base
    for kind in kinds:
        value *= KIND_TRUST.get(kind, 0.8)
    return max(0.05, min(0.99, value))
