"""Entities: turn named-entity mentions into one node per real-world actor.

Within a document, "Volodymyr Zelensky", "Zelensky" and "Zelensky's" are one entity whose type is
voted over all its mentions (the small English model tags "Trump" as ORG most of the time);
nationality words and capitals used as actors stand for their country; he/she/it are resolved to a
recent actor. Across documents, the same canonical name is the same IRI, and a bare surname joins the
one full name it belongs to.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from urllib.parse import quote

from spacy.tokens import Doc, Span, Token

from graph_builder.gazetteer import Gazetteer
from graph_builder.records import Document, DocumentResult, Entity, Mention, Relation
from graph_builder.vocab import ENTITY, load_lexicon

LABEL_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place",
               "NORP": "Group"}
_MALE = frozenset("he him his himself".split())
_FEMALE = frozenset("she her hers herself".split())
_NEUTER = frozenset("it its itself".split())
_POSSESSIVE_TAIL = frozenset(["'s", "’s", "'", "’"])


def entity_iri(label: str) -> str:
    """An IRI that is valid for any name and different for different names: spaces become underscores, an
    underscore of the name becomes %5F, and everything but ASCII letters, digits and ``-.~`` is percent-encoded
    as UTF-8 (so "Donald Trump" is ``ent:Donald_Trump`` and "O'Brien" ``ent:O%27Brien``)."""
    parts = (quote(part, safe="-.~", errors="surrogatepass").replace("_", "%5F") for part in label.split(" "))
    return str(ENTITY["_".join(parts)])


def make_entity(label: str, type_: str, aliases: Iterable[str] = ()) -> Entity:
    others = tuple(sorted({a for a in aliases if a and a != label}))
    return Entity(id=entity_iri(label), label=label, type=type_, aliases=others)


@dataclass(frozen=True, kw_only=True)
class DocEntities:
    """The entities of one parsed document and which token refers to which."""

    document: Document
    by_token: dict[int, Mention]
    entities: tuple[Entity, ...]
    mentions: tuple[Mention, ...]
    sentence_starts: tuple[int, ...] = ()

    def at(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)

    def sentence(self, token: Token) -> Span:
        """The sentence of a token, found by bisection (spaCy's Token.sent rescans the document each time)."""
        number = bisect_right(self.sentence_starts, token.i) - 1
        end = self.sentence_starts[number + 1] if number + 1 < len(self.sentence_starts) else len(token.doc)
        return token.doc[self.sentence_starts[number]:end]


def _clean_span(span: Span, titles: frozenset[str]) -> Span | None:
    doc = span.doc
    gazetteer = Gazetteer.load()
    start, end = span.start, span.end
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct or doc[start].is_space):
        start += 1
    # A name does not open with a lowercase word ("mongrel jibe Michael Howard" when a headline runs
    # into the text), unless it is a particle ("van", "al"); a person's name leaves out "Mr" or "Gen".
    while start + 1 < end and ((doc[start].is_lower and doc[start].lower_ not in gazetteer.name_particles)
                               or (span.label_ == "PERSON" and _not_a_name_word(doc[start], gazetteer))):
        start += 1
    while end > start and (doc[end - 1].text in _POSSESSIVE_TAIL or doc[end - 1].is_punct
                           or doc[end - 1].is_space or doc[end - 1].pos_ in ("ADP", "DET", "CCONJ")
                           or (span.label_ == "PERSON" and doc[end - 1].pos_ not in ("PROPN", "NOUN", "ADJ"))):
        end -= 1
    if span.label_ == "PERSON":
        # Take in a first name the model left out, even one the gazetteer read as a city ("Vladimir").
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" and \
                doc[start - 1].ent_type_ in ("", "PERSON", "GPE") and doc[start - 1].head.i in range(start, end) \
                and doc[start - 1].lower_ not in titles and not _not_a_name_word(doc[start - 1], gazetteer) \
                and not doc[start - 1].is_lower and not _is_country_word(doc[start - 1].text):
            start -= 1
        while end < len(doc) and _continues_name(doc, start, end):
            while doc[end].lower_ in gazetteer.name_particles:
                end += 1
            end += 1
    if span.label_ == "PERSON":
        start = _skip_leading_title(doc, _skip_repeated_surname(doc, start, end), end, titles, gazetteer)
    if start >= end:
        return None
    if start > 0 and f"{doc[start - 1].text} {doc[start:end].text}" in gazetteer.longer_names:
        start -= 1  # the model left out a word of a known name: "Liberal" of "Liberal Democrat"
    cleaned = doc[start:end]
    text = cleaned.text
    if not re.search(r"[^\W\d_]{2}", text) or (text.islower() and span.label_ != "NORP"):
        return None
    following = " ".join(t.lower_ for t in doc[end:end + 2])
    if any(f"{text.lower()} {following}".startswith(title) and title != text.lower() for title in titles
           if " " in title):
        return None
    return Span(doc, start, end, label="PERSON" if _after_honorific(doc, start) else span.label_)


def _after_honorific(doc: Doc, i: int) -> bool:
    """Whether a courtesy title or rank ("Mr", "Gen") stands just before token ``i``: a person follows."""
    return i > 0 and doc[i - 1].lower_ in Gazetteer.load().honorifics


def _not_a_name_word(token: Token, gazetteer: Gazetteer) -> bool:
    """Words the model sometimes takes into a person's name: "Mr", "Gen", "Tory" (Liam Fox), "French"."""
    return (token.lower_ in gazetteer.honorifics or token.text in gazetteer.demonym_organizations
            or bool(gazetteer.demonym(token.text)))


def _skip_leading_title(doc: Doc, start: int, end: int, titles: frozenset[str], gazetteer: Gazetteer) -> int:
    """Where a person's name starts after a role the model kept inside it ("Home Secretary Charles Clarke");
    a royal title stays ("King Abdullah")."""
    for size in range(min(4, end - start - 1), 0, -1):
        words = [t.lower_ for t in doc[start:start + size]]
        if words[-1] in gazetteer.gender_titles or not doc[start + size].text[:1].isupper():
            continue
        if any(" ".join(words[k:]) in titles for k in range(size)):
            return start + size
    return start


def _skip_repeated_surname(doc: Doc, start: int, end: int) -> int:
    """Where a name starts when a headline's last word ran into it ("Straw Jack Straw" -> "Jack Straw")."""
    return start + 1 if end - start >= 3 and doc[start].text == doc[end - 1].text else start


_ARGUMENT_DEPS = frozenset(["nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos", "conj", "poss"])
_CORE_DEPS = frozenset(["nsubj", "nsubjpass", "dobj", "dative"])


def _unlabelled_names(doc: Doc, taken: set[int], titles: frozenset[str]) -> list[Span]:
    """Runs of capitalised proper nouns in argument positions that the model's NER missed ("Xi Jinping").

    Two or three words read as a person's name, and so does a single singular proper noun that is a
    subject or object ("Trump urged Putin"); the type vote over the document and the corpus can still
    change that.
    """
    found = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if token.pos_ != "PROPN" or i in taken or token.ent_type_ or not token.text[:1].isupper() \
                or token.lower_ in titles:
            i += 1
            continue
        end = i
        while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and end + 1 not in taken \
                and not doc[end + 1].ent_type_ and doc[end + 1].text[:1].isupper():
            end += 1
        first = _skip_leading_title(doc, _skip_repeated_surname(doc, i, end + 1), end + 1, titles, Gazetteer.load())
        span = doc[first:end + 1]
        words = span.text.lower().split()
        if any(" ".join(words[k:]) in titles for k in range(len(words))):
            i = end + 1
            continue
        single_name = len(span) == 1 and span[0].tag_ == "NNP" and span.root.dep_ in _CORE_DEPS
        if span.root.dep_ in _ARGUMENT_DEPS and all(t.is_alpha for t in span) and (2 <= len(span) <= 3
                                                                                   or single_name):
            found.append(Span(doc, span.start, span.end, label="PERSON"))
        i = end + 1
    return found


def _continues_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the token at ``end`` carries on the person name doc[start:end] ("Choe Son" + "Hui",
    "Mohammed bin Abdulrahman" + "Al Thani")."""
    particles = Gazetteer.load().name_particles
    i = end
    while i < len(doc) - 1 and doc[i].lower_ in particles:
        i += 1
    token = doc[i]
    if token.pos_ != "PROPN" or token.ent_type_ not in ("", "NORP", "PERSON", "GPE") or \
            not token.text[:1].isupper() or _is_country_word(token.text):
        return False
    near = range(start, token.i + 3)
    return token.head.i in near or any(doc[i].head.i in range(end, token.i + 3) for i in range(start, end))


def _first_name_as_city(span: Span) -> Span:
    """A city name that opens a person's name ("Vladimir" + "Putin") becomes that person's name.

    The gazetteer's city patterns claim such first names before the model's NER sees them.
    """
    head = span.root.head
    if span.label_ != "GPE" or span.root.dep_ != "compound" or head.pos_ != "PROPN" or head.i != span.end \
            or head.ent_type_ not in ("", "PERSON") or _is_country_word(span.text):
        return span
    return Span(span.doc, span.start, head.i + 1, label="PERSON")


def _is_country_word(text: str) -> bool:
    gazetteer = Gazetteer.load()
    return bool(gazetteer.country(text) or gazetteer.capital(text) or gazetteer.demonym(text))


def _short_names(doc: Doc, taken: set[int], clusters: list[_Cluster]) -> list[Span]:
    """Bare surnames or first names of a person already named in full, wherever the model missed them
    ("Keir Starmer ... Starmer later criticized")."""
    parts: dict[str, list[_Cluster]] = {}
    for cluster in clusters:
        full = cluster.full
        if len(full) > 1 and cluster.votes["Person"] >= cluster.votes["Organization"]:
            for word in {full[0], full[-1]}:
                parts.setdefault(word, []).append(cluster)
    found = []
    for token in doc:
        owners = parts.get(token.text, [])
        if token.i in taken or len(owners) != 1 or token.pos_ not in ("PROPN", "NOUN"):
            continue
        span = Span(doc, token.i, token.i + 1, label="PERSON")
        owners[0].spans.append(span)
        found.append(span)
    return found


def _titled_persons(doc: Doc, taken: set[int], gazetteer: Gazetteer) -> list[Span]:
    """Office holders named by title alone, "the pope"."""
    found = []
    for token in doc:
        if token.i not in taken and token.lower_ in gazetteer.titled_persons and token.pos_ in ("NOUN", "PROPN"):
            found.append(Span(doc, token.i, token.i + 1, label="TITLE"))
    return found


def _title_before(span: Span, titles: frozenset[str]) -> bool:
    words = [t.lower_ for t in span.doc[max(0, span.start - 3):span.start]]
    return any(" ".join(words[i:]) in titles for i in range(len(words)))


def _name_key(text: str) -> tuple[str, ...]:
    return tuple(re.sub(r"['’]s$", "", text).split())


@dataclass
class _Cluster:
    """A working group of name mentions in one document that refer to the same actor."""

    spans: list[Span]
    votes: Counter

    @property
    def full(self) -> tuple[str, ...]:
        return max((_name_key(s.text) for s in self.spans), key=len)

    def decide(self) -> tuple[str, str]:
        person = self.votes["Person"]
        org = self.votes["Organization"]
        type_ = "Person" if person >= org and person > 0 else "Organization"
        preferred = [s for s in self.spans if LABEL_TYPES[s.label_] == type_] or self.spans
        label = max(preferred, key=lambda s: (len(_name_key(s.text)), len(s.text))).text
        return " ".join(_name_key(label)), type_


def _votes(span: Span, titles: frozenset[str]) -> Counter:
    votes: Counter = Counter()
    words = _name_key(span.text)
    if span.label_ == "PERSON":
        votes["Person"] += 2 if len(words) > 1 else 1
    else:
        votes["Organization"] += 1
    if any(w.lower() in Gazetteer.load().organization_words for w in words):
        votes["Organization"] += 3
    if _title_before(span, titles) or _after_honorific(span.doc, span.start):
        votes["Person"] += 3
    return votes


def _classify(span: Span, gazetteer: Gazetteer) -> tuple[str, Entity, Entity | None] | None:
    """(kind, entity, place) for mentions the gazetteer or the label settles; None for names to cluster."""
    if _after_honorific(span.doc, span.start):
        return None  # "Ms Jordan", "Mr Paris": a person, whatever else the name could be
    text = " ".join(_name_key(span.text))
    country = gazetteer.country(text)
    if country:
        return "name", make_entity(country, "Country", [text]), None
    organization = gazetteer.organization(text)
    if organization:
        return "name", make_entity(organization, "Organization", [text]), None
    capital_of = gazetteer.capital(text)
    if capital_of and span.label_ in ("GPE", "PERSON", "ORG", "LOC"):
        return "capital", make_entity(capital_of, "Country"), make_entity(text, "Place")
    if span.label_ == "NORP":
        demonym_of = gazetteer.demonym(text)
        if demonym_of:
            return "demonym", make_entity(demonym_of, "Country"), None
        if text in gazetteer.demonym_organizations:
            return "demonym", make_entity(gazetteer.demonym_organizations[text], "Organization"), None
        return "name", make_entity(text, "Group"), None
    if span.label_ in ("GPE", "LOC", "FAC"):
        return "name", make_entity(text, "Place"), None
    return None


def _short_forms(full: tuple[str, ...]) -> set[tuple[str, ...]]:
    """Every shorter first or last part of a full name, hyphenated parts split too ("Burhan")."""
    parts = tuple(p for word in full for p in word.split("-") if p)
    forms: set[tuple[str, ...]] = set()
    for whole in (full, parts):
        for size in range(1, len(full)):
            if size <= len(whole):
                forms.add(whole[:size])
                forms.add(whole[-size:])
    return forms


def _clustered(names: list[Span], titles: frozenset[str]) -> list[_Cluster]:
    """Name mentions grouped by actor, longest names first: a name joins the cluster that has it already,
    else the one cluster whose full name it is a short form of, else starts its own. Indexed by name and
    by short form, so an article of any length takes time in proportion to its names."""
    clusters: list[_Cluster] = []
    by_name: dict[tuple[str, ...], _Cluster] = {}
    by_short_form: dict[tuple[str, ...], list[_Cluster]] = {}
    for span in sorted(names, key=lambda s: -len(_name_key(s.text))):
        key = _name_key(span.text)
        partial = by_short_form.get(key, [])
        target = by_name.get(key) or (partial[0] if len(partial) == 1 else None)
        if target is None:
            target = _Cluster(spans=[span], votes=Counter())
            clusters.append(target)
            for form in _short_forms(key):
                by_short_form.setdefault(form, []).append(target)
        else:
            target.spans.append(span)
        by_name.setdefault(key, target)
        target.votes.update(_votes(span, titles))
    return clusters


def resolve(doc: Doc, document: Document, lexicon=None) -> DocEntities:
    """Find the entities of one parsed document and map each referring token to its mention."""
    lexicon = load_lexicon()
    gazetteer = Gazetteer.load()
    titles = lexicon.titles
    settled: list[tuple[Span, str, Entity, Entity | None]] = []
    names: list[Span] = []
    taken: set[int] = set()
    # A bare surname the model took for a place ("Silina urged NATO") when the document names the person.
    person_words = {word for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1
                    for word in (ent[0].text, ent[-1].text)}
    person_words |= {token.text for token in doc if token.pos_ == "PROPN" and _after_honorific(doc, token.i)}
    # People first, so a name can take in a first name that another label claimed.
    for ent in sorted(doc.ents, key=lambda e: (e.label_ != "PERSON", e.start)):
        if ent.label_ not in LABEL_TYPES:
            continue
        span = _clean_span(_first_name_as_city(ent), titles)
        if span is None or any(i in taken for i in range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        classified = _classify(span, gazetteer)
        if classified and not (classified[0] == "name" and classified[1].type == "Place"
                               and span.text in person_words):
            settled.append((span, *classified))
        else:
            names.append(span)
    for span in _unlabelled_names(doc, taken, titles):
        taken.update(range(span.start, span.end))
        names.append(span)
    clusters = _clustered(names, titles)

    for span in _short_names(doc, taken, clusters) + _titled_persons(doc, taken, gazetteer):
        taken.update(range(span.start, span.end))
        if span.label_ == "PERSON" and span.text.lower() not in gazetteer.titled_persons:
            continue
        label = gazetteer.titled_persons[span.text.lower()]
        settled.append((span, "name", make_entity(label, "Person", [span.text]), None))

    mentions: list[Mention] = []
    for span, kind, entity, place in settled:
        mentions.append(Mention(doc_id=document.id, start=span.start_char, end=span.end_char, text=span.text,
                                kind=kind, entity=entity, place=place))
    for cluster in clusters:
        label, type_ = cluster.decide()
        entity = make_entity(label, type_, {" ".join(_name_key(s.text)) for s in cluster.spans})
        for span in cluster.spans:
            mentions.append(Mention(doc_id=document.id, start=span.start_char, end=span.end_char,
                                    text=span.text, kind="name", entity=entity))
    by_token: dict[int, Mention] = {}
    char_to_token = {t.idx: t.i for t in doc}
    for mention in mentions:
        first = char_to_token[mention.start]
        for i in range(first, len(doc)):
            if doc[i].idx >= mention.end:
                break
            by_token[i] = mention
    for mention in _resolve_descriptions(doc, document, by_token, lexicon):
        for i in range(char_to_token[mention.start], len(doc)):
            if doc[i].idx >= mention.end:
                break
            by_token[i] = mention
        mentions.append(mention)
    for mention in _resolve_pronouns(doc, document, by_token):
        by_token[char_to_token[mention.start]] = mention
        mentions.append(mention)
    entities = _merge_entities(m.entity for m in mentions)
    entities.update(_merge_entities(m.place for m in mentions if m.place))
    return DocEntities(document=document, by_token=by_token, sentence_starts=tuple(s.start for s in doc.sents),
                       entities=tuple(entities.values()),
                       mentions=tuple(sorted(mentions, key=lambda m: m.start)))


def _merge_entities(entities: Iterable[Entity]) -> dict[str, Entity]:
    merged: dict[str, Entity] = {}
    for entity in entities:
        if entity.id in merged:
            old = merged[entity.id]
            merged[entity.id] = replace(old, aliases=tuple(sorted(set(old.aliases) | set(entity.aliases))))
        else:
            merged[entity.id] = entity
    return merged


def _titled_noun_phrase(doc: Doc, head: Token, lexicon, by_token: dict[int, Mention]):
    """(country entity, title, tokens) for a noun phrase like "British Prime Minister" ending at head."""
    words = [t for t in doc[head.left_edge.i:head.i + 1] if t.dep_ not in ("det", "punct")]
    found = lexicon.find_title(words)
    if not found or found[1][-1].i != head.i:
        return None
    title, title_tokens = found
    for token in words:
        mention = by_token.get(token.i)
        if token.i < title_tokens[0].i and mention is not None and mention.entity.type == "Country":
            return mention.entity, title, words
    return None


def _resolve_descriptions(doc: Doc, document: Document, by_token: dict[int, Mention], lexicon) -> list[Mention]:
    """Definite descriptions of a person named earlier by the same role: "British Prime Minister Keir
    Starmer ... the British prime minister" is Starmer."""
    holders: dict[tuple[str, str], Entity] = {}
    resolved: list[Mention] = []
    for token in doc:
        mention = by_token.get(token.i)
        if mention is not None and mention.entity.type == "Person" and mention.kind == "name":
            for title_head in [c for c in token.children if c.dep_ in ("compound", "appos")] + (
                    [token.head] if token.dep_ == "appos" else []):
                described = _titled_noun_phrase(doc, title_head, lexicon, by_token)
                if described:
                    holders.setdefault((described[0].id, described[1]), mention.entity)
            continue
        if token.pos_ not in ("NOUN", "PROPN") or token.i in by_token or token.dep_ in ("compound", "appos"):
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            continue
        if any(by_token.get(c.i) and by_token[c.i].entity.type == "Person" for c in token.children
               if c.dep_ == "appos"):
            continue
        described = _titled_noun_phrase(doc, token, lexicon, by_token)
        if described and (described[0].id, described[1]) in holders:
            resolved.append(Mention(doc_id=document.id, start=token.idx, end=token.idx + len(token.text),
                                    text=token.text, kind="description",
                                    entity=holders[(described[0].id, described[1])]))
    return resolved


def _subject_rank(token: Token) -> int:
    """2 for the subject of a sentence's main verb, 1 for another subject, 0 otherwise."""
    if token.dep_ == "appos" or token.dep_ == "compound":
        token = token.head
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return 0
    return 2 if token.head.dep_ == "ROOT" else 1


@lru_cache(maxsize=1)
def _first_names():
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)


def _genders(doc: Doc, mentions: list[Mention]) -> dict[str, str]:
    """Gender of each person where a title ("Mrs", "King") or the first name tells it."""
    gazetteer = Gazetteer.load()
    char_to_token = {t.idx: t.i for t in doc}
    genders: dict[str, str] = {}
    for mention in mentions:
        if mention.entity.type != "Person" or mention.entity.id in genders:
            continue
        first = char_to_token.get(mention.start, 0)
        titles = [gazetteer.gender_titles.get(t.lower_) for t in doc[max(0, first - 2):first]]
        gender = next((g for g in titles if g), None)
        if gender is None and len(mention.entity.label.split()) > 1:
            guess = _first_names().get_gender(mention.entity.label.split()[0])
            gender = guess if guess in ("male", "female") else None
        if gender:
            genders[mention.entity.id] = gender
    return genders


def _within_two_sentences(history: list[tuple[int, Mention, int]], sentence_of: dict[int, int],
                          here: int) -> list[tuple[int, Mention, int]]:
    """The end of ``history`` (in text order) that lies in sentence ``here`` or the two before it, read from
    the end so a long article costs no more per pronoun than a short one."""
    start = len(history)
    while start > 0 and here - sentence_of[history[start - 1][0]] <= 2:
        start -= 1
    return history[start:]


def _resolve_pronouns(doc: Doc, document: Document, by_token: dict[int, Mention]) -> list[Mention]:
    """Link he/she/his/her/it/its to the most recent fitting actor within the last two sentences.

    Persons for he/she (never one whose title or first name says the other gender), countries and
    organizations for it/its. Within the pronoun's own sentence the
    nearest subject wins ("Putin had shown no willingness despite his meeting"); from an earlier
    sentence, the subject of its main verb ("Trump complained that Putin ... But he has also chided").
    """
    resolved: list[Mention] = []
    genders = _genders(doc, list({m.start: m for m in by_token.values()}.values()))
    sentence_of = {}
    for number, sent in enumerate(doc.sents):
        for token in sent:
            sentence_of[token.i] = number
    history: list[tuple[int, Mention, int]] = []
    last_seen: dict[str, int] = {}
    for token in doc:
        mention = by_token.get(token.i)
        if mention is not None:
            if last_seen.get(mention.entity.id) != mention.start:
                history.append((token.i, mention, _subject_rank(token)))
                last_seen[mention.entity.id] = mention.start
            continue
        lower = token.lower_
        if token.pos_ != "PRON" or lower not in (_MALE | _FEMALE | _NEUTER):
            continue
        wanted = ("Person",) if lower in (_MALE | _FEMALE) else ("Country", "Organization")
        contrary = "female" if lower in _MALE else "male" if lower in _FEMALE else None
        here = sentence_of[token.i]
        candidates = [(i, m, rank) for i, m, rank in _within_two_sentences(history, sentence_of, here)
                      if m.entity.type in wanted
                      and (lower not in _NEUTER or m.kind != "demonym")
                      and genders.get(m.entity.id) != contrary]
        if not candidates:
            continue
        same_sentence = [c for c in candidates if sentence_of[c[0]] == here]
        if same_sentence:
            subjects = [c for c in same_sentence if c[2] > 0]
            antecedent = (subjects or same_sentence)[-1][1]
        else:
            latest = max(sentence_of[c[0]] for c in candidates)
            pool = [c for c in candidates if sentence_of[c[0]] == latest]
            antecedent = max(pool, key=lambda c: (c[2], -c[0]))[1]
        resolved.append(Mention(doc_id=document.id, start=token.idx, end=token.idx + len(token.text),
                                text=token.text, kind="pronoun", entity=antecedent.entity))
    return resolved


class Unifier:
    """Entities made consistent across documents, and with the ``known`` label -> type pairs of a store.

    One type per canonical name (voted by mentions; a known type stays), and a bare name ("Trump") that
    is the first or last part of exactly one full person name ("Donald Trump") becomes that person.
    Known names are indexed once and ``remember`` adds each written document's names, so unifying one
    more document against an archive costs what that document holds, not what the archive holds.
    """

    def __init__(self, known: dict[str, str] | None = None):
        self.known: dict[str, str] = {}
        self._known_owners: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
        self._remember_labels((known or {}).items())

    def _remember_labels(self, pairs: Iterable[tuple[str, str]]) -> None:
        for label, type_ in pairs:
            if label in self.known:
                continue
            self.known[label] = type_
            full = tuple(label.split())
            if len(full) > 1 and type_ == "Person":
                for short in _short_forms(full):
                    self._known_owners[short].add(full)

    def remember(self, result: DocumentResult) -> None:
        """Treat a unified, written document's names as known from now on (their types no longer vote)."""
        self._remember_labels((e.label, e.type) for e in result.entities)

    def unify(self, results: list[DocumentResult]) -> list[DocumentResult]:
        """Documents unified with each other and with everything known."""
        tally = NameTally()
        for result in results:
            tally.add(result)
        plan = self.plan(tally)
        return [plan.apply(result) for result in results]

    def plan(self, tally: NameTally) -> UnifyPlan:
        """The canonical name and type of every name in the tally."""
        new_owners: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
        for label, votes in tally.type_votes.items():
            full = tuple(label.split())
            if label not in self.known and len(full) > 1 and votes.most_common(1)[0][0] == "Person":
                for short in _short_forms(full):
                    new_owners[short].add(full)
        renamed: dict[str, tuple[str, str]] = {}
        for label, own in tally.present.items():
            votes = tally.type_votes.get(label) if label not in self.known else None
            winner = self.known.get(label) or (votes or Counter({own: 1})).most_common(1)[0][0]
            key = tuple(label.split())
            owners = self._known_owners.get(key, set()) | new_owners.get(key, set())
            if winner in ("Person", "Organization") and len(owners) == 1:
                renamed[label] = (" ".join(next(iter(owners))), "Person")
            else:
                renamed[label] = (label, winner)
        aliases: dict[str, set[str]] = defaultdict(set)
        for label, own_aliases in tally.aliases.items():
            target, _ = renamed[label]
            aliases[target].update(own_aliases)
            if label != target:
                aliases[target].add(label)
        return UnifyPlan(renamed, aliases)


class NameTally:
    """What unification needs to know of a stream of documents: per name, its type votes and aliases.
    It grows with the number of distinct names, not with the number of documents."""

    def __init__(self) -> None:
        self.type_votes: dict[str, Counter] = defaultdict(Counter)
        self.present: dict[str, str] = {}
        self.aliases: dict[str, set[str]] = defaultdict(set)

    def add(self, result: DocumentResult) -> None:
        for mention in result.mentions:
            if mention.kind in ("name", "capital"):
                self.type_votes[mention.entity.label][mention.entity.type] += 1
        for entity in result.entities:
            self.present.setdefault(entity.label, entity.type)
            self.aliases[entity.label].update(entity.aliases)


class UnifyPlan:
    """Canonical names decided; ``apply`` rewrites one document at a time, so documents can stream."""

    def __init__(self, renamed: dict[str, tuple[str, str]], aliases: dict[str, set[str]]):
        self.renamed = renamed
        self.aliases = aliases
        self.canonical: dict[str, Entity] = {}

    def _fix(self, entity: Entity | None) -> Entity | None:
        if entity is None:
            return None
        label, type_ = self.renamed.get(entity.label, (entity.label, entity.type))
        if label not in self.canonical:
            self.canonical[label] = make_entity(label, type_, self.aliases.get(label, ()))
        return self.canonical[label]

    def _fix_relation(self, relation: Relation) -> Relation:
        fix = self._fix
        return replace(relation, subject=fix(relation.subject), object=fix(relation.object),
                       place=fix(relation.place), attributed_to=fix(relation.attributed_to))

    def apply(self, result: DocumentResult) -> DocumentResult:
        fix = self._fix
        entities = {e.id: e for e in (fix(e) for e in result.entities)}
        relations = tuple(r for r in (self._fix_relation(r) for r in result.relations) if r.subject.id != r.object.id)
        mentions = tuple(replace(m, entity=fix(m.entity), place=fix(m.place)) for m in result.mentions)
        quotes = tuple(replace(q, speaker=fix(q.speaker)) for q in result.quotes)
        return replace(result, entities=tuple(entities.values()), relations=_dedupe(relations),
                       mentions=mentions, quotes=quotes)


def unify(results: list[DocumentResult], known: dict[str, str] | None = None) -> list[DocumentResult]:
    """Documents unified with each other and with ``known`` names (see ``Unifier``)."""
    return Unifier(known).unify(results)


def _dedupe(relations: Iterable[Relation]) -> tuple[Relation, ...]:
    """One record per fact and sentence: the most confident reading wins."""
    lexicon = load_lexicon()
    best: dict[tuple, Relation] = {}
    for relation in relations:
        ends = (relation.subject.id, relation.object.id)
        if lexicon.relations[relation.relation].symmetric:
            ends = tuple(sorted(ends))
        key = (relation.evidence.doc_id, relation.evidence.start, relation.relation, ends,
               relation.negated, relation.modality)
        if key not in best or relation.confidence > best[key].confidence:
            best[key] = relation
    return tuple(best.values())
