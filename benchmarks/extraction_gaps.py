"""Where extraction is blind: the sentences naming two or more actors that give no record, and the verbs behind them.

Usage: python benchmarks/extraction_gaps.py INPUT [--limit N] [--top K] [--json] [--recordless FILE]

Runs the builder's own stages in this process on the articles of INPUT (anything ``graph-builder build`` reads:
a JSON Lines file such as the 417 BBC politics articles, a folder, a text file): the spaCy pipeline, entity
resolution and every registered extractor, one document at a time, as a build's workers do (records are
counted before the cross-document unification, which merges names but adds or removes no sentence's record).
Then, sentence by sentence:

(a) of the sentences naming two or more distinct actors (resolved entities of the document, of type Person,
    Organization, Country or Group, named or described, pronouns left out), the share that give at least one
    relation record, and the share that give an event: a record whose relation's quad class (read from the
    lexicon) is not affiliation. The issue's target is 40 %. The same share is printed for the sentences that
    still name two actors when a role node or a collective counts once with its own owner ("the Tory leader
    said the party ..." names one actor apart: the office and the party it belongs to).
(b) verb links: a verb links two actors when one actor is in its subject's subtree (a verb joined to another
    by "and", or an infinitive it governs, takes that verb's subject) and another in the subtree of its
    object, dative, attribute or a preposition it governs (the dependency parse says which). A link is
    covered when a record of the sentence was made on that verb (its verb phrase holds the word). The
    ``--top`` most frequent verb lemmas of uncovered links are listed, each with its count and one example
    sentence, so the remaining gaps stay visible.

``--recordless FILE`` writes every sentence of (a) that gives no record to FILE, one JSON object a line
(``{"document", "sentence", "actors"}``, the actors by label), for reading or sampling the gaps by hand.

Progress goes to standard error; the figures to standard output (with ``--json``, one JSON object).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TextIO

from spacy.tokens import Doc, Span, Token

from graph_builder.records import Relation
from graph_builder.vocab import AFFILIATION

ACTOR_TYPES = frozenset({"Person", "Organization", "Country", "Group"})
"""The entity types that act (a Place is where things happen, not who does them)."""
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OBJECT_DEPS = frozenset({"dobj", "obj", "dative", "attr", "oprd", "prep", "agent"})
"""A verb's children whose subtree holds what it acts on: its object, dative, attribute, a preposition's phrase
(the "by" of a passive included)."""
INHERITS_SUBJECT = frozenset({"conj", "xcomp"})
"""A verb with no subject of its own takes its head's: "X met Y and criticised Z", "X agreed to meet Y"."""
CONTROLLING_OBJECTS = frozenset({"dobj", "obj", "dative"})
EXAMPLE_CHARACTERS = 220


@dataclass(frozen=True, kw_only=True)
class VerbLink:
    """A verb of a sentence with an actor in its subject's subtree and another in its objects' subtrees."""

    lemma: str
    word: str
    subjects: frozenset[str]
    objects: frozenset[str]
    covered: bool


@dataclass(frozen=True, kw_only=True)
class SentenceGaps:
    """What one sentence naming two or more actors gives: records, events, and its verb links."""

    text: str
    actors: frozenset[str]
    labels: tuple[str, ...] = ()
    """The actors' labels, sorted (the ids are IRIs)."""
    records: int
    events: int
    links: tuple[VerbLink, ...] = ()
    apart: int = 0
    """How many of the actors are not the owner of another one there: a role node ("Leader of the Conservative
    Party") or a collective ("armed forces of Iraq") and its own organisation or country count once."""


@dataclass(kw_only=True)
class Tally:
    """The figures over every document measured."""

    documents: int = 0
    sentences: int = 0
    with_actors: int = 0
    with_record: int = 0
    with_event: int = 0
    apart: int = 0
    apart_with_record: int = 0
    links: int = 0
    covered_links: int = 0
    missed: Counter = field(default_factory=Counter)
    examples: dict[str, str] = field(default_factory=dict)

    def add(self, found: SentenceGaps) -> None:
        self.with_actors += 1
        self.with_record += found.records > 0
        self.with_event += found.events > 0
        if found.apart >= 2:
            self.apart += 1
            self.apart_with_record += found.records > 0
        for link in found.links:
            self.links += 1
            self.covered_links += link.covered
            if not link.covered:
                self.missed[link.lemma] += 1
                self.examples.setdefault(link.lemma, found.text)

    def share(self, part: int, whole: int) -> float:
        return part / whole if whole else 0.0

    def as_json(self, top: int) -> dict:
        return {
            "documents": self.documents, "sentences": self.sentences,
            "sentences_with_two_actors": self.with_actors,
            "with_record": self.with_record, "record_share": round(self.share(self.with_record, self.with_actors), 4),
            "with_event": self.with_event, "event_share": round(self.share(self.with_event, self.with_actors), 4),
            "sentences_with_two_actors_apart": self.apart, "apart_with_record": self.apart_with_record,
            "apart_record_share": round(self.share(self.apart_with_record, self.apart), 4),
            "verb_links": self.links, "covered_verb_links": self.covered_links,
            "covered_link_share": round(self.share(self.covered_links, self.links), 4),
            "missed_verbs": [{"lemma": lemma, "count": count, "example": self.examples[lemma]}
                             for lemma, count in self.top(top)],
        }

    def top(self, k: int) -> list[tuple[str, int]]:
        """The ``k`` most frequent uncovered verb lemmas, ties in alphabetical order."""
        return sorted(self.missed.items(), key=lambda item: (-item[1], item[0]))[:k]


def sentences(doc: Doc, starts: Iterable[int]) -> list[Span]:
    """The sentences of a document from their first tokens' indices (as entity resolution recorded them)."""
    starts = list(starts)
    ends = starts[1:] + [len(doc)]
    return [doc[start:end] for start, end in zip(starts, ends, strict=True)]


def actor_of(token: Token, entities) -> str | None:
    """The id of the actor a token names or describes (no pronoun, no place, no pair description: "the pair" is
    a stand-in for two persons, entities/pairs.py), or None."""
    mention = entities.at(token)
    if mention is None or mention.kind in ("pronoun", "pair") or mention.entity.type not in ACTOR_TYPES:
        return None
    return mention.entity.id


def actors_in(tokens: Iterable[Token], entities) -> frozenset[str]:
    return frozenset(found for token in tokens if (found := actor_of(token, entities)) is not None)


def apart(actors: frozenset[str], entities) -> int:
    """The number of actors that own none of the others: an owner counts once with its role or collective."""
    owners = {e.owner.id for e in entities.entities if e.id in actors and e.owner is not None}
    return len(actors - owners)


def subject_of(verb: Token) -> list[Token]:
    """The verb's subjects. A verb without one joined by "and" takes its head's; an infinitive its head governs
    takes the head's object ("X asked Y to leave": Y leaves), else the head's subject ("X agreed to meet Y")."""
    while True:
        own = [child for child in verb.children if child.dep_ in SUBJECT_DEPS]
        if own or verb.dep_ not in INHERITS_SUBJECT or verb.head is verb:
            return own
        controller = _controller(verb)
        if controller:
            return controller
        verb = verb.head


def _controller(verb: Token) -> list[Token]:
    """The object of the verb an infinitive depends on, which is the infinitive's subject; [] for no such."""
    if verb.dep_ != "xcomp":
        return []
    return [child for child in verb.head.children if child.dep_ in CONTROLLING_OBJECTS]


def _link(verb: Token, entities, recorded_words: set[str]) -> VerbLink | None:
    """The link a verb makes between an actor of its subject and another of its objects, or None."""
    subjects = actors_in((t for s in subject_of(verb) for t in s.subtree), entities)
    if not subjects:
        return None
    objects = actors_in((t for c in verb.children if c.dep_ in OBJECT_DEPS for t in c.subtree), entities)
    if not objects or len(subjects | objects) < 2:  # no two distinct actors
        return None
    return VerbLink(lemma=verb.lemma_.lower(), word=verb.text, subjects=subjects, objects=objects,
                    covered=verb.text.lower() in recorded_words)


def verb_links(sent: Span, entities, recorded_words: set[str]) -> Iterator[VerbLink]:
    """Every verb of the sentence that links two distinct actors, and whether a record was made on it."""
    for verb in sent:
        if verb.pos_ == "VERB" and (link := _link(verb, entities, recorded_words)) is not None:
            yield link


def records_by_sentence(spans: list[Span], relations: Iterable[Relation]) -> dict[int, list[Relation]]:
    """Each sentence's number and the records whose evidence overlaps it."""
    starts = [span.start_char for span in spans]
    found: dict[int, list[Relation]] = {}
    for relation in relations:
        first = max(0, bisect_right(starts, relation.evidence.start) - 1)
        last = max(0, bisect_right(starts, max(relation.evidence.end - 1, relation.evidence.start)) - 1)
        for number in range(first, last + 1):
            found.setdefault(number, []).append(relation)
    return found


def is_event(relation: Relation, lexicon) -> bool:
    return not lexicon.relations[relation.relation].affiliation


def document_gaps(doc: Doc, entities, relations: Iterable[Relation], lexicon) -> Iterator[SentenceGaps]:
    """The sentences of one analysed document that name two or more distinct actors, with what they give."""
    spans = sentences(doc, entities.sentence_starts or [s.start for s in doc.sents])
    records = records_by_sentence(spans, relations)
    for number, sent in enumerate(spans):
        actors = actors_in(sent, entities)
        if len(actors) < 2:
            continue
        found = records.get(number, [])
        words = {word.lower() for r in found for word in r.verb.split()}
        yield SentenceGaps(text=" ".join(sent.text.split()), actors=actors, labels=_labels(actors, entities),
                           records=len(found), apart=apart(actors, entities),
                           events=sum(is_event(r, lexicon) for r in found),
                           links=tuple(verb_links(sent, entities, words)))


def _labels(actors: frozenset[str], entities) -> tuple[str, ...]:
    return tuple(sorted(entity.label for entity in entities.entities if entity.id in actors))


def recordless_line(document_id: str, found: SentenceGaps) -> str:
    """One JSON line for a sentence naming two or more actors that gives no record."""
    return json.dumps({"document": document_id, "sentence": found.text, "actors": list(found.labels)},
                      ensure_ascii=False)


def measure(documents: list, *, progress: bool = True, recordless: TextIO | None = None) -> Tally:
    """Parse, resolve and extract every document with the builder's stages, and tally the gaps; the sentences
    that give no record are written to ``recordless`` when given, one JSON object a line."""
    from graph_builder import entities as entity_stage
    from graph_builder.extract import chosen_extractors, run_extractors
    from graph_builder.nlp import DEFAULT_MODEL, load_pipeline, parse
    from graph_builder.vocab import load_lexicon

    lexicon = load_lexicon()
    if AFFILIATION not in lexicon.quad_classes:
        raise SystemExit(f"the ontology has no quad class {AFFILIATION}; the event share cannot be read")
    nlp = load_pipeline(DEFAULT_MODEL, lexicon)
    chosen = chosen_extractors()
    tally = Tally()
    started = time.perf_counter()
    for document, doc in parse(nlp, documents):
        doc_entities = entity_stage.resolve(doc, document, lexicon)
        relations, _ = run_extractors(doc, doc_entities, lexicon, chosen)
        tally.documents += 1
        tally.sentences += len(doc_entities.sentence_starts)
        for found in document_gaps(doc, doc_entities, relations, lexicon):
            tally.add(found)
            if recordless is not None and not found.records:
                print(recordless_line(document.id, found), file=recordless)
        if progress and (tally.documents % 25 == 0 or tally.documents == len(documents)):
            print(f"analysed {tally.documents}/{len(documents)} articles ({time.perf_counter() - started:.0f} s)",
                  file=sys.stderr)
    return tally


def _short(text: str) -> str:
    return text if len(text) <= EXAMPLE_CHARACTERS else text[:EXAMPLE_CHARACTERS - 1] + "\u2026"


def report(tally: Tally, top: int) -> str:
    """The figures as a person reads them."""
    whole = tally.with_actors
    lines = [
        f"documents: {tally.documents}  sentences: {tally.sentences}  naming two or more actors: {whole}",
        f"with a relation record: {tally.with_record} ({100 * tally.share(tally.with_record, whole):.1f} %, "
        "target >= 40 %)",
        f"with an event (not affiliation): {tally.with_event} ({100 * tally.share(tally.with_event, whole):.1f} %)",
        f"naming two or more actors apart from a role or collective and its own owner: {tally.apart}, with a "
        f"record: {tally.apart_with_record} ({100 * tally.share(tally.apart_with_record, tally.apart):.1f} %)",
        f"verbs linking two actors: {tally.links}, with a record on the verb: {tally.covered_links} "
        f"({100 * tally.share(tally.covered_links, tally.links):.1f} %)",
        "",
        f"the {top} most frequent verbs linking two actors with no record:",
    ]
    for rank, (lemma, count) in enumerate(tally.top(top), 1):
        lines.append(f"{rank:3d}. {lemma:<14} {count:4d}  {_short(tally.examples[lemma])}")
    return "\n".join(lines)


def _stop(error: Exception) -> None:
    raise error


def read_input(path: str, limit: int | None) -> list:
    """The first ``limit`` documents of the input (all with None), read as a build reads them (an article
    repeated under another id counts once)."""
    from graph_builder.build import unique_documents

    documents = []
    for document in unique_documents([path], on_error=_stop, on_duplicate=lambda document, first: None):
        if limit is not None and len(documents) >= limit:
            break
        documents.append(document)
    return documents


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input", help="the articles: a JSON Lines file (e.g. 417 BBC politics articles), a folder "
                                      "or a text file, as graph-builder build reads them")
    parser.add_argument("--limit", type=int, metavar="N", help="measure the first N articles only (default: all)")
    parser.add_argument("--top", type=int, default=30, metavar="K",
                        help="how many uncovered verbs to list (default 30)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the text report")
    parser.add_argument("--recordless", type=argparse.FileType("w", encoding="utf-8"), metavar="FILE",
                        help="write the sentences naming two or more actors that give no record to FILE, "
                             "one JSON object a line (document, sentence, actors)")
    args = parser.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")
    documents = read_input(args.input, args.limit)
    if not documents:
        parser.error(f"no article could be read from {args.input}")
    print(f"analysing {len(documents)} articles ...", file=sys.stderr)
    tally = measure(documents, recordless=args.recordless)
    if args.recordless is not None:
        args.recordless.close()
    if args.json:
        print(json.dumps(tally.as_json(args.top), indent=2, ensure_ascii=False))
    else:
        print(report(tally, args.top))


if __name__ == "__main__":
    main()
