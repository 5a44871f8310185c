"""Coreference: which mentions of one document refer to the same actor.

Names are clustered by their short forms ("Volodymyr Zelensky", "Zelensky", "Zelensky's"), and a bare
surname the NER missed joins the one person it belongs to; a definite description ("the British prime
minister") is the person named earlier with that role; he/she/his/her are the most recent fitting person
within two sentences, never one whose title or first name says the other gender.

An acronym the text defines ("General Motors (GM)") joins its organisation wherever it is written; a first
name alone may join the one person of that first name but never becomes one of the person's names.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from graph_builder.entities.classification import voted_type, votes
from graph_builder.entities.naming import LABEL_TYPES, name_key, short_forms
from graph_builder.gazetteer import Gazetteer
from graph_builder.records import Document, Entity, Mention
from graph_builder.vocab import Lexicon

_TITLE_DEPS = frozenset(["compound", "appos"])  # how a role title attaches to a name ("Prime Minister Starmer")


@dataclass
class Cluster:
    """A working group of name mentions in one document that refer to the same actor."""

    spans: list[Span]
    votes: Counter
    acronym: str = ""
    first_named: set[int] = field(default_factory=set)  # where mentions that open with a first name start

    @property
    def full(self) -> tuple[str, ...]:
        return max((name_key(s.text) for s in self.spans), key=len)

    def count_votes(self, span: Span, titles: frozenset[str], gazetteer: Gazetteer) -> None:
        """Add the type votes of ``span`` (one of the mentions) and note whether it opens with a first name."""
        self.votes.update(votes(span, titles, gazetteer))
        key = name_key(span.text)
        if len(key) > 1 and gazetteer.is_first_name(key[0]) \
                and not any(word.lower() in gazetteer.organization_words for word in key):
            self.first_named.add(span.start)

    def person(self) -> bool:
        return self.votes["Person"] >= self.votes["Organization"]

    def aliases(self, label: str) -> set[str]:
        """The names of the mentions but a person's first name alone ("Charles" of "Charles Clarke")."""
        first = label.split()[0] if " " in label and self.person() else None
        return {" ".join(name_key(s.text)) for s in self.spans} - {first}

    def decide(self) -> tuple[str, str]:
        """(label, type): the type the votes chose, and the longest name among the mentions of that type (for a
        person, also those that open with a first name: "Nicola Sturgeon" the model took for an organisation)."""
        type_ = voted_type(self.votes)
        preferred = [s for s in self.spans if LABEL_TYPES[s.label_] == type_
                     or (type_ == "Person" and s.start in self.first_named)] or self.spans
        label = max(preferred, key=lambda s: (len(name_key(s.text)), len(s.text))).text
        return " ".join(name_key(label)), type_


def clustered(names: list[Span], titles: frozenset[str], gazetteer: Gazetteer) -> list[Cluster]:
    """Name mentions grouped by actor, longest names first: a name joins the cluster that has it already,
    else the one cluster whose full name it is a short form of, else starts its own. Indexed by name and
    by short form, so an article of any length takes time in proportion to its names."""
    clusters: list[Cluster] = []
    by_name: dict[tuple[str, ...], Cluster] = {}
    by_short_form: dict[tuple[str, ...], list[Cluster]] = {}
    acronyms = defined_acronyms(names)
    for span in sorted(names, key=lambda s: -len(name_key(s.text))):
        key = name_key(span.text)
        partial = by_short_form.get(key, [])
        target = by_name.get(key) or by_name.get(acronyms.get(key, ())) or (partial[0] if len(partial) == 1 else None)
        if target is None:
            target = Cluster(spans=[span], votes=Counter())
            clusters.append(target)
            for form in short_forms(key):
                by_short_form.setdefault(form, []).append(target)
        else:
            target.spans.append(span)
        by_name.setdefault(key, target)
        target.count_votes(span, titles, gazetteer)
    for acronym, full in acronyms.items():
        if full in by_name:
            by_name[full].acronym = acronym[0]
    return clusters


def defined_acronyms(names: list[Span]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Acronyms the text defines in brackets after a name ("General Motors (GM)"), each with that name."""
    found: dict[tuple[str, ...], tuple[str, ...]] = {}
    for span in names:
        doc, end = span.doc, span.end
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" \
                and abbreviates(doc[end + 1].text, name_key(span.text)):
            found[(doc[end + 1].text,)] = name_key(span.text)
    return found


def abbreviates(acronym: str, words: tuple[str, ...]) -> bool:
    """Whether ``acronym`` is made of the initials of ``words``, of their capitalised words only ("CBI" of
    "Confederation of British Industry"), a word in capitals counting whole ("UKIP")."""
    if not (acronym.isalpha() and acronym.isupper() and 2 <= len(acronym) <= 8 and len(words) > 1):
        return False
    capitalised = "".join(w if w.isupper() else w[0] for w in words if w[:1].isupper())
    return acronym in (capitalised, "".join(w[0].upper() for w in words))


def short_names(doc: Doc, taken: set[int], clusters: list[Cluster]) -> list[Span]:
    """Bare surnames of a person already named in full and acronyms the text defined for an organization,
    wherever the model missed them ("Keir Starmer ... Starmer later criticized"); each joins its cluster. A
    first name alone is no short name."""
    parts: dict[str, list[tuple[Cluster, str]]] = {}
    for cluster in clusters:
        full = cluster.full
        if len(full) > 1 and cluster.person():
            parts.setdefault(full[-1], []).append((cluster, "PERSON"))
        if cluster.acronym:
            parts.setdefault(cluster.acronym, []).append((cluster, "ORG"))
    found = []
    for token in doc:
        owners = parts.get(token.text, [])
        if token.i in taken or len(owners) != 1 or token.pos_ not in ("PROPN", "NOUN"):
            continue
        cluster, label = owners[0]
        span = Span(doc, token.i, token.i + 1, label=label)
        cluster.spans.append(span)
        found.append(span)
    return found


# Definite descriptions

def resolve_descriptions(doc: Doc, document: Document, by_token: dict[int, Mention],
                         lexicon: Lexicon) -> list[Mention]:
    """Definite descriptions of a person named earlier by the same role: "British Prime Minister Keir
    Starmer ... the British prime minister" is Starmer."""
    holders: dict[tuple[str, str], Entity] = {}
    resolved: list[Mention] = []
    for token in doc:
        mention = by_token.get(token.i)
        if mention is not None and mention.entity.type == "Person" and mention.kind == "name":
            _note_roles(token, mention.entity, holders, by_token, lexicon)
        elif _definite_description(token, by_token):
            role = _role(token, lexicon, by_token)
            if role in holders:
                resolved.append(Mention(doc_id=document.id, start=token.idx, end=token.idx + len(token.text),
                                        text=token.text, kind="description", entity=holders[role]))
    return resolved


def _note_roles(token: Token, person: Entity, holders: dict[tuple[str, str], Entity], by_token: dict[int, Mention],
                lexicon: Lexicon) -> None:
    """Remember ``person`` as the holder of the roles written before or beside the name at ``token``
    (the first person named with a role keeps it)."""
    title_heads = [c for c in token.children if c.dep_ in _TITLE_DEPS] + ([token.head] if token.dep_ == "appos" else [])
    for title_head in title_heads:
        role = _role(title_head, lexicon, by_token)
        if role:
            holders.setdefault(role, person)


def _definite_description(token: Token, by_token: dict[int, Mention]) -> bool:
    """A noun with "the" that is no mention, no part of a name's title and not followed by a person's name
    in apposition."""
    if token.pos_ not in ("NOUN", "PROPN") or token.i in by_token or token.dep_ in _TITLE_DEPS:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    return not any(by_token.get(c.i) and by_token[c.i].entity.type == "Person" for c in token.children
                   if c.dep_ == "appos")


def _role(head: Token, lexicon: Lexicon, by_token: dict[int, Mention]) -> tuple[str, str] | None:
    """(country entity id, title) for a noun phrase like "British Prime Minister" ending at ``head``."""
    words = [t for t in head.doc[head.left_edge.i:head.i + 1] if t.dep_ not in ("det", "punct")]
    found = lexicon.find_title(words)
    if not found or found[1][-1].i != head.i:
        return None
    title, title_tokens = found
    for token in words:
        mention = by_token.get(token.i)
        if token.i < title_tokens[0].i and mention is not None and mention.entity.type == "Country":
            return mention.entity.id, title
    return None


# Pronouns and gender

@dataclass(frozen=True)
class _Pronoun:
    """What a pronoun can refer to: entity types, the gender it cannot have, whether a nationality word will do."""

    types: tuple[str, ...]
    contrary: str | None
    demonym: bool = True

    def fits(self, mention: Mention, genders: dict[str, str]) -> bool:
        # For it/its (contrary None) this asks for a gendered antecedent, which a country or organization
        # never has, so it/its are never resolved: kept as it was (behaviour frozen in issue 12).
        return (mention.entity.type in self.types and (self.demonym or mention.kind != "demonym")
                and genders.get(mention.entity.id) != self.contrary)


_MALE = _Pronoun(("Person",), "female")
_FEMALE = _Pronoun(("Person",), "male")
_NEUTER = _Pronoun(("Country", "Organization"), None, demonym=False)
_PRONOUNS = {**dict.fromkeys("he him his himself".split(), _MALE),
             **dict.fromkeys("she her hers herself".split(), _FEMALE),
             **dict.fromkeys("it its itself".split(), _NEUTER)}

_Seen = tuple[int, Mention, int]
"""A mention in the pronoun history: (token index, mention, subject rank)."""


def genders(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer) -> dict[str, str]:
    """Gender of each person where a title ("Mrs", "King") or the first name tells it."""
    char_to_token = {t.idx: t.i for t in doc}
    found: dict[str, str] = {}
    for mention in mentions:
        if mention.entity.type != "Person" or mention.entity.id in found:
            continue
        gender = _gender(doc, char_to_token.get(mention.start, 0), mention.entity.label, gazetteer)
        if gender:
            found[mention.entity.id] = gender
    return found


def _gender(doc: Doc, first: int, label: str, gazetteer: Gazetteer) -> str | None:
    """The gender a title in the two words before token ``first`` says, else the first name of ``label``."""
    titles = (gazetteer.gender_titles.get(t.lower_) for t in doc[max(0, first - 2):first])
    gender = next((g for g in titles if g), None)
    if gender is None and len(label.split()) > 1:
        gender = gazetteer.gender_of_first_name(label.split()[0])
    return gender


def subject_rank(token: Token) -> int:
    """2 for the subject of a sentence's main verb, 1 for another subject, 0 otherwise."""
    if token.dep_ == "appos" or token.dep_ == "compound":
        token = token.head
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return 0
    return 2 if token.head.dep_ == "ROOT" else 1


def within_two_sentences(history: list[_Seen], sentence_of: dict[int, int], here: int) -> list[_Seen]:
    """The end of ``history`` (in text order) that lies in sentence ``here`` or the two before it, read from
    the end so a long article costs no more per pronoun than a short one."""
    start = len(history)
    while start > 0 and here - sentence_of[history[start - 1][0]] <= 2:
        start -= 1
    return history[start:]


def resolve_pronouns(doc: Doc, document: Document, by_token: dict[int, Mention],
                     gazetteer: Gazetteer) -> list[Mention]:
    """Link he/she/his/her/it/its to the most recent fitting actor within the last two sentences.

    Persons for he/she (never one whose title or first name says the other gender), countries and
    organizations for it/its. Within the pronoun's own sentence the
    nearest subject wins ("Putin had shown no willingness despite his meeting"); from an earlier
    sentence, the subject of its main verb ("Trump complained that Putin ... But he has also chided").
    """
    resolved: list[Mention] = []
    known_genders = genders(doc, list({m.start: m for m in by_token.values()}.values()), gazetteer)
    sentence_of = {token.i: number for number, sent in enumerate(doc.sents) for token in sent}
    history: list[_Seen] = []
    last_seen: dict[str, int] = {}
    for token in doc:
        mention = by_token.get(token.i)
        if mention is not None:
            if last_seen.get(mention.entity.id) != mention.start:
                history.append((token.i, mention, subject_rank(token)))
                last_seen[mention.entity.id] = mention.start
            continue
        antecedent = _antecedent(token, history, sentence_of, known_genders)
        if antecedent is not None:
            resolved.append(Mention(doc_id=document.id, start=token.idx, end=token.idx + len(token.text),
                                    text=token.text, kind="pronoun", entity=antecedent.entity))
    return resolved


def _antecedent(token: Token, history: list[_Seen], sentence_of: dict[int, int],
                known_genders: dict[str, str]) -> Mention | None:
    """The mention a pronoun at ``token`` refers to, or None (not a pronoun, or nothing fits)."""
    pronoun = _PRONOUNS.get(token.lower_) if token.pos_ == "PRON" else None
    if pronoun is None:
        return None
    here = sentence_of[token.i]
    candidates = [seen for seen in within_two_sentences(history, sentence_of, here)
                  if pronoun.fits(seen[1], known_genders)]
    return _nearest(candidates, sentence_of, here) if candidates else None


def _nearest(candidates: list[_Seen], sentence_of: dict[int, int], here: int) -> Mention:
    """Within the pronoun's own sentence (``here``) the last subject, else the last mention; from an earlier
    sentence, the latest one's highest-ranked subject (the first of equals)."""
    same_sentence = [c for c in candidates if sentence_of[c[0]] == here]
    if same_sentence:
        subjects = [c for c in same_sentence if c[2] > 0]
        return (subjects or same_sentence)[-1][1]
    latest = max(sentence_of[c[0]] for c in candidates)
    pool = [c for c in candidates if sentence_of[c[0]] == latest]
    return max(pool, key=lambda c: (c[2], -c[0]))[1]
