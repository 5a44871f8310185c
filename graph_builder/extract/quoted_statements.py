"""Statements in a quotation whose speaker the context gives: a sentence said wholly between quotation marks, after
'X said: "..."' or in a quoted paragraph that goes on from X's quotation before it, that names another actor as
what it is about makes X comment on that actor (commentsOn, CAMEO 010), as ``statements`` reads "X said Y ...".

Only where the speaker is certain: the sentence has no verb of saying of its own (``statements`` reads those) and
lies wholly inside one quotation whose speaker the quotes stage found. Only a name or a government named by its
collective noun (kg:StatedCollective: "the government") is read as the actor commented on (not a pronoun, which
inside a quotation may be anyone), nor the speaker, nor "we", "they"; a record that says more of the two makes this
one redundant (``dedupe``)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span, Token

from graph_builder.entities import DocEntities
from graph_builder.entities.tokens import Tokens
from graph_builder.extract.scoring import confidence, evidence
from graph_builder.extract.statements import commented, reported_actors, stated_collective
from graph_builder.extract.syntax import VERBAL, morph_values
from graph_builder.extract.tone import statement_kinds
from graph_builder.records import Entity, Quotation, Relation
from graph_builder.registry import extractors
from graph_builder.vocab import Lexicon

_CLOSING_MARKS = frozenset('"\u201d')  # what ends a quotation closed by its mark


@extractors.register("quoted_statements")
def quoted_statements(doc: Doc, entities: DocEntities, lexicon: Lexicon) -> Iterator[Relation]:
    """commentsOn from the speaker of a quotation to each actor a sentence said wholly inside it is about; criticizes
    or praises where the sentence's tone clearly judges it (``tone.clause_tone``)."""
    speech = lexicon.cues["Attribution"]
    for quotation in entities.quotations or ():
        speaker = quotation.quote.speaker
        for sentence in _spoken_sentences(doc, entities, quotation, speech):
            if sentence.root.pos_ in VERBAL and not _says(sentence, speech, entities.tokens):
                yield from _statements(sentence.root, speaker, entities, lexicon)


def _statements(root: Token, speaker: Entity, entities: DocEntities, lexicon: Lexicon) -> Iterator[Relation]:
    """The statement of a quoted sentence (its root) about each actor it names or government it is about, of the
    tone of its clause."""
    targets = [target for target in reported_actors(root, entities, lexicon)
               if (target.kind == "name" or stated_collective(target, lexicon))
               and commented(speaker, target, entities, lexicon)]
    for target, (relation, code) in zip(targets, statement_kinds(root, [t.token for t in targets], lexicon),
                                        strict=True):
        yield Relation(subject=speaker, relation=relation, object=target.entity, verb=root.text, cameo_code=code,
                       evidence=evidence(root, entities), attributed_to=speaker,
                       toned=lexicon.tone.judges((relation, code)),
                       confidence=confidence(0.4, target.kind), extractor="quoted_statements")


def _says(sentence: Span, speech: frozenset[str], tokens: Tokens) -> bool:
    """Whether a sentence has a verb of saying of its own (the words of the document's ``tokens``)."""
    return any(tokens.pos[i] == "VERB" and tokens.lemma[i] in speech for i in range(sentence.start, sentence.end))


def _spoken_sentences(doc: Doc, entities: DocEntities, quotation: Quotation, speech: frozenset[str]) -> list[Span]:
    """The sentences said wholly inside a quotation (``_quoted_sentences``) that its speaker certainly says: all of a
    quotation its mark closes; of one with no closing mark, whose words run on to the next mark (a paragraph the next
    goes on from, or one whose closing mark the article lost: 'X said: "My knee is fine. X joined Kessland in 2003.
    Y said: "...'), those before the first in the article's own voice (``_narrated``; the words of the sentence the
    quotation ends in count too), up to the last that speaks in the first or second person."""
    sentences = _quoted_sentences(doc, entities, quotation)
    if not sentences or entities.document.text[quotation.end - 1] in _CLOSING_MARKS:
        return sentences
    ending = _ending(doc, entities, quotation)
    voiced = [i for i, words in enumerate([*sentences, ending]) if _narrated(words, quotation, entities, speech)]
    if not voiced:
        return sentences
    spoken = [i for i, sentence in enumerate(sentences[:voiced[0]]) if any(_personal(t) for t in sentence)]
    return sentences[:spoken[-1] + 1] if spoken else []


def _ending(doc: Doc, entities: DocEntities, quotation: Quotation) -> list[Token]:
    """The quotation's words of the sentence its last word stands in (a sentence that may run on past it: 'Y said:
    "...')."""
    span = doc.char_span(quotation.start, quotation.end, alignment_mode="expand")
    if span is None or not len(span):
        return []
    start, _ = entities.sentence_bounds(span[-1])
    return [t for t in doc[start:span[-1].i + 1] if t.idx >= quotation.start]


def _narrated(words: Sequence[Token], quotation: Quotation, entities: DocEntities, speech: frozenset[str]) -> bool:
    """Whether words of a quotation are in the article's own voice: none in the first or second person, and a verb of
    saying of their own ("Y said:") or the speaker's own name ("X joined Kessland in 2003")."""
    if not words or any(_personal(t) for t in words):
        return False
    speaker = quotation.quote.speaker.id
    named = any(m is not None and m.kind == "name" and m.entity.id == speaker for m in map(entities.at, words))
    tokens = entities.tokens
    return named or any(tokens.pos[t.i] == "VERB" and tokens.lemma[t.i] in speech for t in words)


def _personal(token: Token) -> bool:
    """Whether a word is in the first or second person ("I", "my", "we", "you"), which only a speaker says."""
    return bool({"1", "2"} & set(morph_values(token, "Person")))


def _quoted_sentences(doc: Doc, entities: DocEntities, quotation: Quotation) -> list[Span]:
    """The sentences whose words all stand between the quotation's marks."""
    span = doc.char_span(quotation.start, quotation.end, alignment_mode="expand")
    if span is None or not len(span):
        return []
    bounds = [entities.sentence_bounds(span[0])]  # the sentences from the span's first token to its last, in order
    while bounds[-1][1] < span.end:
        bounds.append(entities.sentence_bounds(doc[bounds[-1][1]]))
    words = entities.tokens.all  # each sentence read from the document's tokens; a Span made only for those kept
    return [Span(doc, start, end) for start, end in bounds if _inside(words[start:end], quotation)]


def _inside(sentence: Sequence[Token], quotation: Quotation) -> bool:
    """Whether the sentence's words (not its punctuation) all stand between the quotation's marks: its first word
    and its last are read, from each end."""
    first = next((t for t in sentence if _word(t)), None)
    if first is None:
        return False
    last = next(t for t in reversed(sentence) if _word(t))
    return first.idx >= quotation.start and last.idx + len(last) <= quotation.end


def _word(token: Token) -> bool:
    return not token.is_punct and not token.is_space
