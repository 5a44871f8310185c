"""Time and place: the day a predicate's date names, resolved against the document's date, and where it
happened."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date as Date
from datetime import datetime
from functools import lru_cache

from spacy.tokens import Span, Token

from graph_builder.entities import DocEntities
from graph_builder.extract.syntax import children
from graph_builder.records import Entity

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_PRECISE = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|"
    r"\d{4}-\d{2}-\d{2}|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)",
    re.IGNORECASE,
)
# Dependents that are clauses of their own: their dates are not the predicate's.
_OWN_CLAUSES = ("ccomp", "xcomp", "relcl", "advcl", "conj", "parataxis", "acl")


def _date_spans(predicate: Token) -> list[Span]:
    spans = []
    for child in predicate.children:
        if child.dep_ in _OWN_CLAUSES:
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
    if _is_the_article_day(lower, weekday, base_date):
        return base_date.isoformat()
    parsed = dateparser.parse(expression, languages=["en"], settings=_date_settings(weekday, base_date, prefer_future))
    return parsed.date().isoformat() if parsed else None


def _is_the_article_day(lower: str, weekday: int | None, base_date: Date | None) -> bool:
    """A bare weekday that is the weekday of the article's date ("on Tuesday" in Tuesday's paper)."""
    return weekday is not None and base_date is not None and base_date.weekday() == weekday \
        and not re.search(r"\d|next|last", lower)


def _date_settings(weekday: int | None, base_date: Date | None, prefer_future: bool) -> dict:
    if weekday is not None:
        settings: dict = {"PREFER_DATES_FROM": "future" if prefer_future else "past"}
    else:
        settings = {"REQUIRE_PARTS": ["day", "month"], "PREFER_DATES_FROM": "current_period"}
    if base_date is not None:
        settings["RELATIVE_BASE"] = datetime(base_date.year, base_date.month, base_date.day)
    return settings


def time_of(predicate: Token, entities: DocEntities, *, modality: str) -> str | None:
    """The first day-precise date under the predicate, resolved against the document's date."""
    for span in _date_spans(predicate):
        resolved = resolve_date(span.text, entities.document.date, modality in ("future", "intended"))
        if resolved:
            return resolved
    return None


def _place_candidates(predicate: Token) -> Iterator[Token]:
    """Objects of "in" and "at" under the predicate; "at a military parade in Beijing": the place may sit
    one phrase further down."""
    for prep in children(predicate, "prep"):
        if prep.lower_ not in ("in", "at"):
            continue
        for pobj in children(prep, "pobj"):
            yield pobj
            yield from (g for p in children(pobj, "prep") if p.lower_ == "in" for g in children(p, "pobj"))


def place_of(predicate: Token, entities: DocEntities, *, exclude: set[int]) -> Entity | None:
    """Where it happened: "in New York", "in Alaska" under the predicate."""
    for candidate in _place_candidates(predicate):
        mention = entities.at(candidate)
        if mention is None or candidate.i in exclude:
            continue
        if mention.place is not None:
            return mention.place
        if mention.entity.type in ("Place", "Country"):
            return mention.entity
    return None
