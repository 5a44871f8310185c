"""Quotations: who said what, in the article's own words ("...," Yermak said; Peskov told reporters "...")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from graph_builder.entities import DocEntities
from graph_builder.extract.clause import according_to, speaker_of
from graph_builder.records import Entity, Evidence, Quote
from graph_builder.registry import extractors
from graph_builder.vocab import Lexicon, load_lexicon

_QUOTED = re.compile(r'"([^"\n]{3,}?)"|\u201c([^\u201d\n]{3,}?)\u201d')


def _speaker_in(sentence: Span, entities: DocEntities) -> Entity | None:
    """The subject of a verb of saying in the sentence, or the X of "according to X"."""
    speech = load_lexicon().cues["Attribution"]
    for token in sentence:
        if token.pos_ == "VERB" and token.lemma_.lower() in speech and token.lemma_.lower() != "accord":
            found = speaker_of(token, entities)
            if found:
                return found
    return according_to(sentence, entities)


def extract_quotes(doc: Doc, entities: DocEntities) -> Iterator[Quote]:
    """Every quotation whose speaker the sentences around it name.

    The speaker is looked for in the sentence where the quotation ends, then where it starts; a
    quotation with no speaker of its own that follows straight on from another continues it.
    """
    previous: tuple[Entity, int] | None = None
    text_of_doc = entities.document.text
    for match in _QUOTED.finditer(text_of_doc):
        text = (match.group(1) or match.group(2)).strip(" ,.")
        start, end = match.span()
        first = doc.char_span(start, start + 1, alignment_mode="expand")
        last = doc.char_span(end - 1, end, alignment_mode="expand")
        if first is None or last is None or len(text.split()) < 3:
            continue
        opening, closing = entities.sentence(first[0]), entities.sentence(last[0])
        sentences = [closing] + ([opening] if opening.start != closing.start else [])
        speaker = next((s for s in (_speaker_in(sent, entities) for sent in sentences) if s), None)
        if speaker is None and previous is not None and opening.start <= previous[1]:
            speaker = previous[0]
        if speaker is None:
            continue
        span_start = min(s.start_char for s in sentences)
        span_end = max(s.end_char for s in sentences)
        previous = (speaker, closing.end)
        yield Quote(speaker=speaker, text=text, evidence=Evidence(
            doc_id=entities.document.id, sentence=text_of_doc[span_start:span_end].strip(),
            start=span_start, end=span_start + len(text_of_doc[span_start:span_end].rstrip())))


@extractors.register("quotes")
def quotes(doc: Doc, entities: DocEntities, lexicon: Lexicon) -> Iterator[Quote]:
    """Quotations in quotation marks with the speaker the sentences around them name (quotes.jsonl)."""
    return extract_quotes(doc, entities)
