"""Pairs: "the pair", "the two men", "both women" stand for the two persons named together just before.

Two persons are named together when they are coordinated ("Ann Hale and Tom Reed") or are the subject and the
object of one verb ("Ann Hale met Tom Reed", "Ann Hale clashed with Tom Reed"), and, in a sentence before the
description's, when it names exactly two persons (by name or title, not by pronoun), apart ("Ann Hale said she
no longer trusted Tom Reed"). A description of a pair (the words are ``kg:PairNoun``, ``kg:PairCount`` and
``kg:PairPersonNoun`` cues) in the sentence of such a naming (after it) or in one of the two sentences after it
stands for them when these sentences name one pair only; nothing when the nearest sentence that names persons
together names three ("A, B and C", "A met B and C") or a person together with someone no name gives ("Ann Hale
and her brother"), when the sentences name two different pairs, or when a gender word ("the two women",
``kg:FemaleNoun``) contradicts a title or first name of one of them.

The description's mention is of a stand-in entity of type Person, so every extractor reads it as it reads a
person; ``split`` then gives each relation or quotation of the stand-in to each of the two (never a relation
between the pair and one of them: "the pair met" is no meeting of Ann Hale with herself). The stand-in is no
entity of the document and no mention of it reaches the results.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from spacy.tokens import Token

from graph_builder.entities.coreference import genders
from graph_builder.entities.naming import make_entity
from graph_builder.entities.tokens import Tokens, dependents
from graph_builder.records import Document, Entity, Mention, Quote, Relation
from graph_builder.vocab import Lexicon

_CLAUSE_OBJECTS = frozenset(["dobj"])
_WITH = "with"  # "clashed with B": the object of "with" under the verb is named with the subject


@dataclass(frozen=True)
class _Named:
    """What one sentence names together before a point: the pairs (of entity ids) and whether it lists three or
    more persons."""

    pairs: tuple[tuple[Entity, Entity], ...]
    crowd: bool
    alone: tuple[tuple[Entity, Entity], ...] = ()
    """The two persons of a sentence that names exactly two (in any places), as a pair."""


@dataclass(frozen=True)
class Pairs:
    """The mentions of pair descriptions (by token) and the two persons of each stand-in entity, by its id."""

    by_token: dict[int, Mention]
    members: dict[str, tuple[Entity, Entity]]


def pair_descriptions(tokens: Tokens, document: Document, by_token: dict[int, Mention], lexicon: Lexicon) -> Pairs:
    """The pair descriptions of a document resolved to the two persons they stand for (see the module docstring)."""
    found: dict[int, Mention] = {}
    members: dict[str, tuple[Entity, Entity]] = {}
    described = _descriptions(tokens, by_token, lexicon)
    known = genders(tokens, list({m.start: m for m in by_token.values()}.values()), lexicon.gazetteer) \
        if described else {}
    for token in described:
        pair = None if _said_before(token, tokens, lexicon) else _pair_before(
            token, tokens, by_token, _gender_of(token, lexicon), known)
        if pair is None:
            continue
        stand_in = make_entity(f"{pair[0].label} and {pair[1].label}", "Person", scope=document.id)
        members[stand_in.id] = pair
        found[token.i] = Mention(doc_id=document.id, start=token.idx, end=token.idx + len(token), text=token.text,
                                 kind="pair", entity=stand_in)
    return Pairs(by_token=found, members=members)


def _descriptions(tokens: Tokens, by_token: dict[int, Mention], lexicon: Lexicon) -> list[Token]:
    """The head nouns of "the pair", "the duo", "the two men", "both leaders" that no mention covers."""
    nouns = lexicon.cues["PairNoun"] | lexicon.cues["PairPersonNoun"]
    return [t for t in tokens.with_lemma(nouns) if t.i not in by_token and t.pos_ == "NOUN" and t.dep_ != "compound"
            and _described_pair(t, lexicon)]


def _described_pair(noun: Token, lexicon: Lexicon) -> bool:
    """"the pair" (not "the pair of"), or a plural noun of persons after "the two" or "both"."""
    doc, i = noun.doc, noun.i
    before = [doc[j].lower_ for j in range(max(0, i - 2), i)]
    if noun.lemma_.lower() in lexicon.cues["PairNoun"]:
        followed_by_of = i + 1 < len(doc) and doc[i + 1].lower_ == "of"
        return before[-1:] == ["the"] and not followed_by_of
    if noun.tag_ != "NNS" or not before or before[-1] not in lexicon.cues["PairCount"]:
        return False
    return before[-1] == "both" or before[-2:] == ["the", "two"]


def _said_before(noun: Token, tokens: Tokens, lexicon: Lexicon) -> bool:
    """Whether the description's noun is in its sentence or the two before, but not as a description of a pair
    ("Two men were arrested ... the two men"): the description is most likely of those."""
    first, _ = _bounds(tokens, max(0, tokens.sentence_of[noun.i] - 2), noun.i)
    lemma = tokens.lemma[noun.i]
    return any(tokens.lemma[j] == lemma and not _described_pair(tokens[j], lexicon) for j in range(first, noun.i))


def _gender_of(noun: Token, lexicon: Lexicon) -> str | None:
    lemma = noun.lemma_.lower()
    if lemma in lexicon.cues["MaleNoun"]:
        return "male"
    return "female" if lemma in lexicon.cues["FemaleNoun"] else None


def _pair_before(noun: Token, tokens: Tokens, by_token: dict[int, Mention], gender: str | None,
                 known: dict[str, str]) -> tuple[Entity, Entity] | None:
    """The one pair of persons named together before ``noun`` in its sentence or the two before; None when the
    nearest sentence that names persons together names three, when the sentences name two different pairs, or
    when the pair is of the other gender."""
    here = tokens.sentence_of[noun.i]
    found: dict[frozenset[str], tuple[Entity, Entity]] = {}
    for sentence in range(here, max(-1, here - 3), -1):
        named = _named_together(tokens, by_token, *_bounds(tokens, sentence, noun.i))
        if named.crowd and not found:
            return None
        pairs = named.pairs or (named.alone if sentence != here else ())
        found.update((frozenset(e.id for e in pair), pair) for pair in pairs)
    if len(found) != 1:
        return None
    pair = next(iter(found.values()))
    return pair if _fits(pair, gender, known) else None


def _bounds(tokens: Tokens, sentence: int, before: int) -> tuple[int, int]:
    """The first token of a sentence and the end of what it says before token ``before``."""
    starts = tokens.sentence_starts
    end = starts[sentence + 1] if sentence + 1 < len(starts) else len(tokens)
    return starts[sentence], min(end, before)


def _fits(pair: tuple[Entity, Entity], gender: str | None, known: dict[str, str]) -> bool:
    """Whether no person of the pair is known to be of another gender than the description's."""
    return gender is None or all(known.get(person.id, gender) == gender for person in pair)


def _named_together(tokens: Tokens, by_token: dict[int, Mention], start: int, end: int) -> _Named:
    """The pairs of persons tokens ``start``..``end`` name together (each once), and whether they name three
    together (in one list, or a pair with a third: "A met B and C") or a person together with someone no name
    gives ("Ann Hale and her husband"): then no pair of theirs is known."""
    pairs: dict[frozenset[str], tuple[Entity, Entity]] = {}
    persons: dict[str, Entity] = {}
    crowd = False
    for i in range(start, end):
        person = _person_head(tokens[i], by_token)
        if person is None:
            continue
        persons.setdefault(person.id, person)
        together = _together(tokens[i], person, by_token, end)
        crowd |= len(together) > 1 or _with_unnamed(tokens[i], by_token)
        for other in together.values():
            pairs.setdefault(frozenset((person.id, other.id)), (person, other))
    return _Named(pairs=tuple(pairs.values()), crowd=crowd or _shared(pairs), alone=_only_two(persons))


def _together(token: Token, person: Entity, by_token: dict[int, Mention], end: int) -> dict[str, Entity]:
    """The other persons named together with ``person`` (named at ``token``) before token ``end``, by id."""
    partners = (_person_head(t, by_token) for t in _partners(token) if t.i < end)
    return {p.id: p for p in partners if p is not None and p.id != person.id}


def _with_unnamed(token: Token, by_token: dict[int, Mention]) -> bool:
    """Whether a person's name is coordinated with a noun that names no person ("the premier and chancellor")."""
    return any(c.pos_ in ("NOUN", "PROPN") and _person_head(c, by_token) is None for c in token.conjuncts)


def _only_two(persons: dict[str, Entity]) -> tuple[tuple[Entity, Entity], ...]:
    return (tuple(persons.values()),) if len(persons) == 2 else ()  # type: ignore[return-value]


def _shared(pairs: dict[frozenset[str], tuple[Entity, Entity]]) -> bool:
    """Whether two pairs of one sentence share a person: three persons, no pair."""
    ids = [i for key in pairs for i in key]
    return len(set(ids)) < len(ids)


def _partners(token: Token) -> list[Token]:
    """The words named together with a first name: its conjuncts after it and, for a verb's subject, the verb's
    direct objects and objects of "with", with their conjuncts."""
    found = [c for c in token.conjuncts if c.i > token.i] if token.dep_ != "conj" else []
    if token.dep_ != "nsubj":
        return found
    return found + [each for o in _clause_objects(token.head) for each in (o, *o.conjuncts)]


def _clause_objects(verb: Token) -> list[Token]:
    """A verb's direct objects and the objects of its "with" ("met B", "clashed with B")."""
    objects = [c for c in dependents(verb) if c.dep_ in _CLAUSE_OBJECTS]
    return objects + [o for p in dependents(verb) if p.dep_ == "prep" and p.lower_ == _WITH
                      for o in dependents(p) if o.dep_ == "pobj"]


def _person_head(token: Token, by_token: dict[int, Mention]) -> Entity | None:
    """The person a name or description headed at ``token`` stands for (no pronoun, no word inside a name)."""
    mention = by_token.get(token.i)
    if mention is None or mention.kind == "pronoun" or mention.entity.type != "Person":
        return None
    if token.dep_ == "compound" or (token.head.i != token.i and by_token.get(token.head.i) is mention):
        return None
    return mention.entity


def split(relations: Iterable[Relation], quotes: Iterable[Quote], members: Mapping[str, tuple[Entity, Entity]]
          ) -> tuple[list[Relation], list[Quote]]:
    """The relations and quotations with each stand-in for a pair replaced by each of its two persons; a relation
    between a pair and one of its persons is dropped."""
    if not members:
        return list(relations), list(quotes)
    found = [each for relation in relations for each in _relations_of(relation, members)]
    said = [replace(quote, speaker=person) for quote in quotes for person in _each(quote.speaker, members)]
    return found, said


def _relations_of(relation: Relation, members: Mapping[str, tuple[Entity, Entity]]) -> list[Relation]:
    """A relation for each person of a stand-in at either end (a pair that says what it does itself is each of
    them saying it), none for a pair and one of its persons."""
    subjects, objects = _each(relation.subject, members), _each(relation.object, members)
    if {e.id for e in subjects} & {e.id for e in objects}:
        return []
    source = relation.attributed_to
    found = []
    for subject in subjects:
        sources = (subject,) if source is not None and source.id == relation.subject.id else _each(source, members)
        found += [replace(relation, subject=subject, object=o, attributed_to=a) for o in objects for a in sources]
    return found


def _each(entity: Entity | None, members: Mapping[str, tuple[Entity, Entity]]) -> tuple[Entity | None, ...]:
    return (entity,) if entity is None else members.get(entity.id, (entity,))
