"""Quotations: who said what, in the article's own words ("...," Yermak said; Peskov told reporters "...")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from graph_builder.entities import DocEntities
from graph_builder.extract.attribution import according_to, speaker_of
from graph_builder.records import Entity, Evidence, Quote
from graph_builder.registry import extractors
from graph_builder.vocab import Lexicon

_QUOTED = re.compile(r'"([^"\n]{3,}?)"|\u201c([^\u201d\n]{3,}?)\u201d')


def _speaker_in(sentence: Span, entities: DocEntities, lexicon: Lexicon) -> Entity | None:
    """The subject of a verb of saying in the sentence, or the X of "according to X"."""
    speech = lexicon.cues["Attribution"]
    for token in sentence:
        if token.pos_ == "VERB" and token.lemma_.lower() in speech and token.lemma_.lower() != "accord":
            found = speaker_of(token, entities, lexicon)
            if found:
                return found
    return according_to(sentence, entities, lexicon)


def _sentences(doc: Doc, entities: DocEntities, start: int, end: int) -> list[Span] | None:
    """The sentence where a quotation ends, then the one where it starts if another; None when the
    quotation's characters are not on token boundaries."""
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    last = doc.char_span(end - 1, end, alignment_mode="expand")
    if first is None or last is None:
        return None
    opening, closing = entities.sentence(first[0]), entities.sentence(last[0])
    return [closing] + ([opening] if opening.start != closing.start else [])


def _evidence(entities: DocEntities, sentences: list[Span]) -> Evidence:
    text = entities.document.text
    start = min(s.start_char for s in sentences)
    end = max(s.end_char for s in sentences)
    return Evidence(doc_id=entities.document.id, sentence=text[start:end].strip(), start=start,
                    end=start + len(text[start:end].rstrip()))


def _speaker(sentences: list[Span], entities: DocEntities, lexicon: Lexicon,
             previous: tuple[Entity, int] | None) -> Entity | None:
    """The speaker the quotation's sentences name, else the previous quotation's when this one follows
    straight on from it."""
    speaker = next((s for s in (_speaker_in(sent, entities, lexicon) for sent in sentences) if s), None)
    if speaker is None and previous is not None and sentences[-1].start <= previous[1]:
        return previous[0]
    return speaker


@extractors.register("quotes")
def extract_quotes(doc: Doc, entities: DocEntities, lexicon: Lexicon) -> Iterator[Quote]:
    """Every quotation whose speaker the sentences around it name (quotes.jsonl).

    The speaker is looked for in the sentence where the quotation ends, then where it starts; a
    quotation with no speaker of its own that follows straight on from another continues it.
    """
    previous: tuple[Entity, int] | None = None
    for match in _QUOTED.finditer(entities.document.text):
        text = (match.group(1) or match.group(2)).strip(" ,.")
        sentences = _sentences(doc, entities, *match.span())
        if sentences is None or len(text.split()) < 3:
            continue
        speaker = _speaker(sentences, entities, lexicon, previous)
        if speaker is None:
            continue
        previous = (speaker, sentences[0].end)
        yield Quote(speaker=speaker, text=text, evidence=_evidence(entities, sentences))
