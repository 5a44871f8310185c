"""Time and place: when a predicate's date says it happened, resolved against the document's date (one day, or
the interval a year, a month, a week, "from Wednesday to Thursday" or "since 2011" names), and where.

Which date belongs to which predicate: the dates under the predicate and its preposition phrases, never those of a
clause of its own ("said on Friday that ..."); a nominal event takes its own date, else the date of the verb
it is the object of ("held talks on Monday"), else a date that follows it at once ("the strike on Kyiv
overnight from Wednesday to Thursday")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date as Date
from datetime import datetime, timedelta
from functools import lru_cache
from itertools import chain, pairwise

from spacy.tokens import Doc, Span, Token

from graph_builder.entities import DocEntities
from graph_builder.entities.tokens import entity_end
from graph_builder.extract.syntax import WHERE, children, dependents
from graph_builder.records import Entity, Mention
from graph_builder.vocab import Lexicon
from graph_builder.words import WEEKDAYS

_MONTHS = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec(?!ade))[a-z]*\.?"  # "decade" names no month
# What a resolvable expression names: a year, a month, a weekday, a day word, or a period counted from the
# article's date ("last week", "this month", "two years ago"). Durations ("for two weeks") and ages name none.
_RESOLVABLE = re.compile(
    rf"\b(\d{{4}}|{_MONTHS}|{'|'.join(WEEKDAYS)}|today|yesterday|tomorrow|"
    r"tonight|\d{4}-\d{2}-\d{2}|(last|this|next|past|previous|coming)\s+(week|month|year|weekend|night)|ago)\b",
    re.IGNORECASE,
)
_NIGHT = re.compile(r"^(overnight|last\s+night|tonight)$", re.IGNORECASE)  # nights the article's date counts
_NOT_A_TIME = re.compile(r"\bold\b|\bevery\b|\beach\b|\bcentur|\bdays?\b(?!.*\bago\b)", re.IGNORECASE)
_DAY_OF_MONTH = re.compile(rf"\b{_MONTHS}\s+\d{{1,2}}\b|\b\d{{1,2}}(st|nd|rd|th)?\s+(of\s+)?{_MONTHS}", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_DECADE = re.compile(r"\b(1[89]|20)(\d)0'?s\b")
_QUALIFIER = re.compile(r"\b(earlier|later|early|late|mid-|mid\b|the (end|start|beginning|middle) of)\s*",
                        re.IGNORECASE)
# (first month, last month) of the seasons as northern-hemisphere news counts them; winter runs into the next year
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
_SEASON = re.compile(rf"\b({'|'.join(_SEASONS)})\b(?:\s+of)?(?:\s+(\d{{4}}))?", re.IGNORECASE)
_WEEKEND = re.compile(r"\b(last|this|next|the|at the|over the)\s+weekend\b", re.IGNORECASE)
_RANGE = re.compile(r"^(?:[a-z ]*?\b(?:from|between)\s+)?(.+?)\s+(?:to|until|till|through|and)\s+(.+)$"
                    r"|^(?:in\s+)?(\d{4})\s*[-–/]\s*(\d{4}|\d{1,2})$", re.IGNORECASE)
_DAY_RANGE = re.compile(rf"^(?:from\s+)?(\d{{1,2}})\s*[-–]\s*(\d{{1,2}})\s+({_MONTHS}.*)$", re.IGNORECASE)
_OPEN_END = re.compile(r"^since\s+", re.IGNORECASE)
_OPEN_START = re.compile(r"^(until|till|up to)\s+", re.IGNORECASE)
_LEADING_PREPOSITION = re.compile(r"^(in|on|at|during|throughout|over|of)\s+", re.IGNORECASE)
_VAGUE_COUNTS = ("several", "a few", "few")
"""Counts of a duration that name no number ("several weeks in 2004"); the number words are dateparser's."""

# Dependents that are clauses of their own: their dates are not the predicate's.
_WHEN = frozenset({"when"})
_WHERE_OR_WHEN = WHERE | _WHEN
_OWN_CLAUSES = ("ccomp", "xcomp", "relcl", "advcl", "conj", "parataxis", "acl", "csubj", "nsubj", "nsubjpass",
                "dobj", "attr", "dative")
# Prepositions that open a time phrase, and those that join the two ends of an interval.
_TIME_PREPOSITIONS = ("in", "on", "at", "since", "from", "between", "until", "till", "during", "throughout", "over")
_INTERVAL_LINKS = ("to", "until", "till", "through", "and", "-", "–")
# A noun under a preposition of these is no part of that verb's event: "called after an attack on Monday".
_SEQUENCE_PREPOSITIONS = ("after", "before", "following", "since", "until", "despite", "ahead", "prior")
# Prepositions of the place where something happened.
_PLACE_PREPOSITIONS = ("in", "at", "near", "outside", "inside", "across", "throughout")
# Prepositions whose occasion (kg:OccasionNoun) frames the verb's act ("in a speech", "during a visit"), and the
# prepositions under the occasion that may name where it was ("a speech to the conference in X", "a visit to X").
_OCCASION_PREPOSITIONS = ("in", "at", "during", "on")
_OCCASION_LINKS = ("in", "at", "to", "of")
_DURING = ("in", "at", "during")  # prepositions of an occasion whose own date is the act's ("in the 2001 campaign")
_WHILE_THERE = frozenset({"when", "while"})  # a clause of the subject's being somewhere as it acted


@dataclass(frozen=True)
class When:
    """The time a text gives an event: ``day`` when it names one day (then start = end = day), else the
    interval it names, either end open ("since 2011" has no end). ISO dates."""

    day: str | None = None
    start: str | None = None
    end: str | None = None

    def __bool__(self) -> bool:
        return bool(self.start or self.end)

    def fields(self) -> dict[str, str | None]:
        """The Relation fields it fills."""
        return {"time": self.day, "time_start": self.start, "time_end": self.end}

    def opening(self) -> When:
        """The time of an event that begins a relation as the relation's time: from its start, with no end."""
        return When(start=self.start)


NO_TIME = When()


# ---------------------------------------------------------------- resolving an expression


@lru_cache(maxsize=1)
def _duration() -> re.Pattern:
    """A duration before the time it falls in ("for six months in 1973", "two weeks in March"): how long, no time
    counted from the article ("six months in" is no "in six months"); the time after it is the expression's. Its
    count is a number in digits, a vague count (``_VAGUE_COUNTS``) or a word dateparser's English reads as a number
    ("a", "an", "one" to "twelve": the words its simplifications turn into digits)."""
    from dateparser.languages.loader import default_loader

    rules = default_loader.get_locale("en").info["simplifications"]
    numbers = [word for rule in rules for word, value in rule.items() if word.isalpha() and value.isdigit()]
    counts = "|".join([*numbers, *_VAGUE_COUNTS, r"\d+"])
    return re.compile(rf"^(?:for\s+)?(?:{counts})\s+(?:day|week|month|year|decade)s?\s+(?=(?:in|of|during)\b)",
                      re.IGNORECASE)


@lru_cache(maxsize=8)
def _parser(prefer: str, base: Date | None):
    from dateparser.date import DateDataParser

    settings: dict = {"PREFER_DATES_FROM": prefer, "RETURN_TIME_AS_PERIOD": True}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    return DateDataParser(languages=["en"], settings=settings)


def _period_bounds(day: Date, period: str) -> tuple[Date, Date]:
    """The week (Monday..Sunday), month or year around ``day``; the day itself for a day."""
    if period == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    if period == "month":
        following = Date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return day.replace(day=1), following - timedelta(days=1)
    if period == "year":
        return Date(day.year, 1, 1), Date(day.year, 12, 31)
    return day, day


def _weekday(lower: str) -> int | None:
    return next((i for i, name in enumerate(WEEKDAYS) if re.search(rf"\b{name}\b", lower)), None)


def _special(lower: str, base: Date | None, prefer_future: bool) -> tuple[Date, Date] | None:
    """What dateparser reads otherwise or not at all: decades, weekends, last night, and news convention's
    weekday of the article's own date (a bare "Tuesday" in Tuesday's paper is that day)."""
    decade = _DECADE.search(lower)
    if decade:
        first = int(decade.group(1) + decade.group(2) + "0")
        return Date(first, 1, 1), Date(first + 9, 12, 31)
    season = _SEASON.search(lower)
    if season:
        return _season(lower, season, base, prefer_future)
    if base is None:
        return None
    weekday = _weekday(lower)
    if weekday is not None and base.weekday() == weekday and not re.search(r"\d|next|last", lower):
        return base, base
    night = _night_of(lower, base)
    if night is not None:
        return night
    weekend = _WEEKEND.search(lower)
    if weekend:
        return _weekend(base, weekend.group(1).lower(), prefer_future)
    return None


def _night_of(lower: str, base: Date) -> tuple[Date, Date] | None:
    """Last night (the day before the article's), tonight (its day), overnight (the night before it, into it)."""
    if "last night" in lower:
        return (base - timedelta(days=1),) * 2
    if lower == "overnight":
        return base - timedelta(days=1), base
    return (base, base) if "tonight" in lower else None


def _season_of(year: int, name: str) -> tuple[Date, Date]:
    first, last = _SEASONS[name]
    end_year = year + 1 if last < first else year
    following = Date(end_year + last // 12, last % 12 + 1, 1)
    return Date(year, first, 1), following - timedelta(days=1)


def _season(lower: str, found: re.Match, base: Date | None, prefer_future: bool) -> tuple[Date, Date] | None:
    """"the summer of 2014", "last summer", "this winter": the season of that year, or the one nearest the
    article's date on the side the statement is on."""
    name = found.group(1).lower()
    if found.group(2):
        return _season_of(int(found.group(2)), name)
    if base is None:
        return None
    if "last" in lower:
        side = "over"
    elif "next" in lower or (prefer_future and "this" not in lower):
        side = "coming"
    else:
        side = "begun"
    return _nearest_season(name, side, base)


def _nearest_season(name: str, side: str, base: Date) -> tuple[Date, Date]:
    """The last season of that name over by ``base``, the next one not over, or the last one begun."""
    seasons = [_season_of(year, name) for year in (base.year - 2, base.year - 1, base.year, base.year + 1)]
    if side == "over":
        return [s for s in seasons if s[1] < base][-1]
    if side == "coming":
        return next(s for s in seasons if s[1] >= base)
    return [s for s in seasons if s[0] <= base][-1]


def _weekend(base: Date, which: str, prefer_future: bool) -> tuple[Date, Date]:
    saturday = base - timedelta(days=(base.weekday() - 5) % 7)  # the last Saturday not after the base
    if which == "next" or (which != "last" and prefer_future and saturday < base - timedelta(days=1)):
        saturday += timedelta(days=7)
    if which == "last" and base - saturday < timedelta(days=2):
        saturday -= timedelta(days=7)
    return saturday, saturday + timedelta(days=1)


def _point(text: str, base: Date | None, prefer_future: bool) -> tuple[Date, Date] | None:
    """The first and last day of one time expression (no interval words), or None."""
    lower = _LEADING_PREPOSITION.sub("", _duration().sub("", _QUALIFIER.sub("", text.strip().lower()))).strip()
    special = _special(lower, base, prefer_future)
    if special is not None:
        return special
    if not _RESOLVABLE.search(lower) or _NOT_A_TIME.search(lower):
        return None
    if base is None and not re.search(r"\b\d{4}\b", lower):
        return None  # "last week" with no article date to count from
    found = _parsed(lower, base, prefer_future)
    return _period_bounds(*found) if found else None


def _parsed(lower: str, base: Date | None, prefer_future: bool) -> tuple[Date, str] | None:
    """(a day of the period, the period) by dateparser. A day of a month with no year ("29 August") is of the
    article's year unless that puts a past statement over a month after the article (or a future one over a
    month before it); a month alone or a weekday is the latest not after the article (or the next one)."""
    if base is not None and _DAY_OF_MONTH.search(lower) and _weekday(lower) is None:
        found = _read("current_period", base, lower)
        if found is not None and found[1] == "day" and _near_side(found[0], base, prefer_future):
            return found
    return _read("future" if prefer_future else "past", base, lower)


def _near_side(day: Date, base: Date, prefer_future: bool) -> bool:
    """Not over a month after the article for a past statement, nor over a month before it for a future one."""
    shift = (day - base).days
    return shift >= -31 if prefer_future else shift <= 31


def _read(prefer: str, base: Date | None, lower: str) -> tuple[Date, str] | None:
    data = _parser(prefer, base).get_date_data(lower)
    if data is None or data.date_obj is None or data.period not in ("day", "week", "month", "year"):
        return None
    return data.date_obj.date(), data.period


def _interval(lower: str, base: Date | None, prefer_future: bool) -> tuple[Date | None, Date | None] | None:
    for pattern, keep in ((_OPEN_END, "start"), (_OPEN_START, "end")):
        if pattern.search(lower):
            found = _point(pattern.sub("", lower), base, prefer_future)
            if found is None:
                return None
            return (found[0], None) if keep == "start" else (None, found[1])
    days = _DAY_RANGE.search(lower)
    ranged = _RANGE.search(lower)
    if days or ranged:
        if days:
            ends = (f"{days.group(1)} {days.group(3)}", f"{days.group(2)} {days.group(3)}")  # "5-6 April 2016"
        else:
            ends = (ranged.group(1), ranged.group(2)) if ranged.group(1) else _years(ranged.group(3), ranged.group(4))
        found = _range(*ends, base, prefer_future)
        if found is not None:
            return found
    return _point(lower, base, prefer_future)


def _years(first: str, last: str) -> tuple[str, str]:
    """The two years of "2003-2004", and of a financial or academic year written short ("2003-4", "1998/99": the
    next year's last digits); a month after a year ("2003-11") is left as one point."""
    if len(last) == 4:
        return first, last
    following = str(int(first) + 1)
    return (first, following) if following.endswith(last) and len(last) <= 2 else (f"{first}-{last}", f"{first}-{last}")


def _range(first: str, last: str, base: Date | None, prefer_future: bool) -> tuple[Date, Date] | None:
    """"from Wednesday to Thursday", "between 2014 and 2016": the first day of one to the last of the other."""
    begun, ended = _point(first, base, prefer_future), _point(last, base, prefer_future)
    if not begun or not ended:
        return None
    start = begun[0]
    if ended[1] < start and _weekday(first) is not None:
        start -= timedelta(days=7)  # "from Saturday to Monday"
    return (start, ended[1]) if start <= ended[1] else None


@lru_cache(maxsize=4096)
def resolve(expression: str, base: str | None, prefer_future: bool = False) -> When:
    """The day or interval a time expression names, counted from the article's date ``base`` (ISO) where it is
    relative: "2018" is 2018-01-01..2018-12-31, "last week" the Monday..Sunday before the article's week, "in
    March" the latest March not after the article's date (the next one for ``prefer_future``), "from Wednesday
    to Thursday" those two days, "since 2011" a start only. Expressions with no time point give NO_TIME."""
    base_date = Date.fromisoformat(base[:10]) if base else None
    lower = " ".join(expression.lower().split())
    found = _interval(lower, base_date, prefer_future)
    if not found:
        return NO_TIME
    start, end = found
    day = start.isoformat() if start is not None and start == end else None
    return When(day=day, start=start.isoformat() if start else None, end=end.isoformat() if end else None)


def resolve_date(expression: str, base: str | None, prefer_future: bool = False) -> str | None:
    """An ISO date when the expression names one day."""
    return resolve(expression, base, prefer_future).day


# ---------------------------------------------------------------- finding the expression of a predicate


def _entity_around(token: Token) -> Span:
    """The entity the token is part of, found from its IOB tags (a search of ``doc.ents`` would take time
    in proportion to the document, for every token asked about)."""
    doc = token.doc
    start = token.i
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    return Span(doc, start, entity_end(doc, token.i), label=token.ent_type_)


def _phrase(token: Token) -> Span:
    """The time phrase of a DATE token: its entity, the preposition before it ("since", "from") and the other end
    of an interval after it ("from Wednesday to Thursday", "2014-2016")."""
    doc = token.doc
    span = _entity_around(token)
    start, end = span.start, span.end
    while start > 0 and span.start - start < 3 and _day_number_or_dash(doc[start - 1]):
        start -= 1  # "5-6 April 2016", where the model leaves the days out of the date
    if start > 0 and doc[start - 1].lower_ in _TIME_PREPOSITIONS:
        start -= 1
    while end + 1 < len(doc) and doc[end].lower_ in _INTERVAL_LINKS and _interval_end(doc[end + 1]):
        end = entity_end(doc, end + 1)
    return Span(doc, start, end)


def _interval_end(token: Token) -> bool:
    """Whether a token after "to" or "and" opens the other end of an interval: a date of its own, or a year the
    model left out of any entity ("from 2009 to 2013", where it tagged only "2009"; not a count of the noun after
    it, "in 2009 and 1500 troops")."""
    if token.ent_type_:
        return token.ent_type_ == "DATE" and token.ent_iob_ == "B"
    counted = token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ in ("NOUN", "PROPN")
    return token.shape_ == "dddd" and 1000 <= int(token.text) <= 2100 and not counted


def _day_number_or_dash(token: Token) -> bool:
    return token.text in ("-", "–") or (token.text.isdigit() and 1 <= int(token.text) <= 31)


def _time_nodes(head: Token, *, nominal: bool) -> Iterator[Token]:
    """Tokens under ``head`` that may hold its date: its modifiers, its preposition phrases (and theirs: "in
    Singapore in 2018"), not clauses of their own nor its arguments; a noun's own date modifiers too ("Monday's
    talks", "the 2003 invasion")."""
    skipped = _OWN_CLAUSES if nominal else (*_OWN_CLAUSES, "poss", "compound", "nummod", "amod")
    for child in dependents(head):
        if child.dep_ not in skipped:
            yield child
            if child.dep_ in ("prep", "advmod"):
                yield from _phrase_nodes(child, 3)
            if child.dep_ == "prep" and child.lower_ in _DURING:
                yield from _occasion_dates(child)


def _occasion_dates(preposition: Token) -> Iterator[Token]:
    """The date an occasion the act took place in names before it ("during the 2001 campaign", "at last year's
    summit", "in the 2003 budget debate") or in a participle of its own ("at a dinner held in May 2003"); a date of
    the noun after "over" or "on" is the topic's, not the act's ("quarrelled over the 2004 plan"); a time zone is no
    occasion ("at 1430 GMT" is a clock time)."""
    for occasion in (o for o in children(preposition, "pobj") if not o.is_upper):
        for modifier in children(occasion, "nummod", "compound", "amod", "poss"):
            yield modifier
            yield from children(modifier, "nummod", "amod")
        for held in children(occasion, "acl"):  # "at a dinner hosted by X in November 2003"
            yield from _nested_places(held, _TIME_PREPOSITIONS)


def _phrase_nodes(token: Token, depth: int) -> Iterator[Token]:
    """The preposition phrases inside a phrase, a few levels down ("overnight from Wednesday to Thursday")."""
    for below in children(token, "pobj", "prep", "npadvmod"):
        yield below
        if depth > 1:
            yield from _phrase_nodes(below, depth - 1)


def _night(token: Token) -> bool:
    """Whether a token is a night counted from the article's date ("overnight", "last night", "tonight"), which the
    model tags a time of day, not a date."""
    if token.ent_type_ not in ("TIME", ""):
        return False
    text = _entity_around(token).text if token.ent_type_ else token.text
    return bool(_NIGHT.match(text))


def _phrases(head: Token, *, nominal: bool = False) -> list[Span]:
    """The time phrases under ``head``, in text order: its dates, else a night counted from the article's date
    ("overnight": a date beside it says which night, "overnight on Sunday")."""
    nodes = list(_time_nodes(head, nominal=nominal))
    spans: list[Span] = []
    for token in [t for t in nodes if t.ent_type_ == "DATE"] or [t for t in nodes if _night(t)]:
        span = _phrase(token)
        if all(span.start != s.start for s in spans) and not _counted_window(span):
            spans.append(span)
    return sorted(spans, key=lambda s: s.start)


def _counted_window(span: Span) -> bool:
    """Whether a "since" phrase is the window a rank counts in, no start of the event: it hangs on a noun an ordinal
    or a superlative ranks, or on a clause of one ("their first win since 1993", "the second MP to defect since
    2001", "the biggest rise since 1990"); the event happened once, some time after the date, which starts nothing."""
    if span[0].lower_ != "since":
        return False
    # a rank in the complement of a copula the date hangs on is no window ("has been the biggest donor since 1997");
    # in that of a copula above a clause it hangs on, it is ("is the second MP to defect since 2001")
    heads = _heads_in_clause(span[0])
    nouns = [*heads, *(attr for below, head in pairwise(heads) if below.dep_ not in _SUBJECTS
                       for attr in children(head, "attr"))]
    return any(_ranks(word) for noun in nouns if noun.pos_ in ("NOUN", "PROPN")
               for left in noun.lefts for word in left.subtree) or _ordinal_between(span[0])


_SUBJECTS = ("nsubj", "nsubjpass")


def _heads_in_clause(since: Token) -> list[Token]:
    """The words "since" hangs on, up to the noun a relative clause it stands in describes: "X, who has chaired
    Velcorp since 2001, is the longest-serving director" counts nothing in the clause above."""
    heads: list[Token] = []
    for head in since.ancestors:
        heads.append(head)
        if head.dep_ == "relcl":
            break
    return heads


def _ordinal_between(since: Token) -> bool:
    """Whether an ordinal ranks the object of the verb "since" hangs on, or a noun a preposition hangs on it or on
    the verb, before "since", where the parse hung the phrase on the verb, not on the ranked noun ("hail X's part in
    their first win over Y since 1993"); not a word in an apposition or a clause on the object ("chaired Velcorp,
    the second-largest bank, since 2001"), nor after a copula, whose complement is a state held since then ("has
    been first minister since 2001")."""
    head = since.head
    if head.pos_ not in ("VERB", "AUX") or head.lemma_ == "be" or head.i > since.i:
        return False
    return any(word.ent_type_ == "ORDINAL" for noun in _objects(head) if noun.i < since.i
               for left in noun.lefts for word in left.subtree)


def _objects(verb: Token) -> list[Token]:
    """The verb's objects and the nouns prepositions hang on them or on the verb, down the chain ("hail X's part in
    their first win": "part", "win"), through no apposition nor clause."""
    todo, found = [*children(verb, "dobj", "dative"), *_prepositional(verb)], []
    while todo:
        found.append(todo.pop())
        todo += _prepositional(found[-1])
    return found


def _prepositional(word: Token) -> list[Token]:
    """The nouns the prepositions on a word take ("part in the win": "win")."""
    return [noun for prep in children(word, "prep") for noun in children(prep, "pobj")]


def _ranks(word: Token) -> bool:
    """Whether a word before a noun ranks it: an ordinal ("first", "second") or a superlative ("biggest", "most
    successful")."""
    return word.ent_type_ == "ORDINAL" or word.tag_ in ("JJS", "RBS")


def _first(spans: list[Span], entities: DocEntities, modality: str) -> When:
    """The first span that resolves. What is still to come did not happen before the article: a date all past
    is that of the intention ("Trump's offer to meet Kim last week"), not of the event."""
    prefer_future = modality in ("future", "intended")
    base = entities.document.date
    for span in spans:
        found = resolve(span.text if base else _with_year(span, entities), base, prefer_future)
        if found and not (prefer_future and base and found.end and found.end < base[:10]):
            return found
    return NO_TIME


def _with_year(span: Span, entities: DocEntities) -> str:
    """With no article date, a day with no year takes the one year the sentence's dates name ("visited Turkey
    on 4 April and Uzbekistan on 6 April 2016")."""
    if _YEAR.search(span.text) or not _DAY_OF_MONTH.search(span.text):
        return span.text
    dates = " ".join(t.text for t in entities.sentence(span[0]) if t.ent_type_ == "DATE")
    years = set(_YEAR.findall(dates))
    return f"{span.text} {years.pop()}" if len(years) == 1 else span.text


def when_of(predicate: Token, entities: DocEntities, *, modality: str) -> When:
    """The first date under a verb predicate, resolved against the document's date. A verb after "to" takes a date
    its governing verb puts after it ("want to meet X next week"); else the date of a clause that frames it
    (``_framing``: "Speaking on Monday, X said"), or one the parse hung on a named object ("met Y in 1997": a
    name has no date of its own)."""
    spans = _phrases(predicate)
    if not spans and predicate.dep_ == "xcomp":
        spans = [s for s in _phrases(predicate.head) if s.start > predicate.i]
    return _first(spans or _framing_times(predicate, entities) or _clause_times(predicate), entities, modality)


def _framing_times(predicate: Token, entities: DocEntities) -> list[Span]:
    """The dates of the clauses that frame the predicate (``_framing``) and of its named objects."""
    named = [o for o in children(predicate, "dobj", "dative") if entities.at(o) is not None]
    return [s for head in (*_framing(predicate), *named) for s in _phrases(head)]


def _clause_times(predicate: Token) -> list[Span]:
    """The dates of the occasion a clause is set in: a "when" clause under it ("When Britain went to the polls in
    1979, Callaghan resigned"), or the noun a "where" or "when" relative clause hangs on ("a dinner in November 2003
    where the prime minister told Brown", "hosted a dinner in 2003, where ...")."""
    spans = [s for clause in children(predicate, "advcl") if _opened_by(clause, _WHEN) for s in _phrases(clause)]
    if spans or predicate.dep_ != "relcl" or not _opened_by(predicate, _WHERE_OR_WHEN):
        return spans
    occasion = predicate.head
    verb = _governing_verb(occasion)
    return _phrases(occasion, nominal=True) or (_phrases(verb) if verb is not None else [])


def _opened_by(clause: Token, words: frozenset[str]) -> bool:
    return any(word.lower_ in words for word in children(clause, "advmod", "mark"))


def time_of(predicate: Token, entities: DocEntities, *, modality: str) -> str | None:
    """The day a predicate's date names, when it names one."""
    return when_of(predicate, entities, modality=modality).day


def _governing_verb(noun: Token) -> Token | None:
    """The verb a nominal event is the object of ("held talks", "took part in talks"), not one it only follows
    in time ("called after the attack")."""
    while noun.dep_ == "conj":
        noun = noun.head
    head = noun.head
    if noun.dep_ in ("dobj", "attr", "oprd", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        return head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ not in _SEQUENCE_PREPOSITIONS \
            and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def _following(noun: Token) -> list[Span]:
    """Time phrases of the clause that start right after the noun's phrase ("an attack on Kyiv overnight from
    Wednesday to Thursday"): a reader gives them to the event just named."""
    after = noun.right_edge.i + 1
    doc = noun.doc
    while after < len(doc) and doc[after].dep_ == "advmod" and not doc[after].ent_type_:
        after += 1
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return []
    return [s for s in _phrases(verb) if s.start == after]


def event_when(noun: Token, entities: DocEntities, *, modality: str) -> When:
    """The date of a nominal event: its own, else that of the verb it is the object of, else one right after it."""
    found = _first(_phrases(noun, nominal=True), entities, modality)
    if found:
        return found
    verb = _governing_verb(noun)
    if verb is not None:
        found = when_of(verb, entities, modality=modality)
        if found:
            return found
    return _first(_following(noun), entities, modality)


# ---------------------------------------------------------------- place


@dataclass(frozen=True)
class _PlaceWords:
    """The nouns that say where a phrase's place is: kinds of place (kg:PlaceNoun) and occasions (kg:OccasionNoun)."""

    places: frozenset[str]
    occasions: frozenset[str]


def _place_candidates(heads: list[Token], words: _PlaceWords) -> Iterator[Token]:
    """Objects of "in", "at", "near" ... under the predicate; the place may sit one phrase further down ("at the
    border in X", "at a parade in Beijing", "in the city of Geneva"), under a date ("on 12 May in Beijing"), in
    apposition ("in the capital, Riga") or in the phrases of an occasion ("in a speech to the conference in X");
    the parse may hang it on an argument ("met X in Singapore", "talks with X in Astana")."""
    for head in heads:
        for prep in children(head, "prep"):
            for pobj in children(prep, "pobj"):
                yield from _prep_places(prep.lower_, pobj, words)


def _prep_places(preposition: str, pobj: Token, words: _PlaceWords) -> Iterator[Token]:
    if preposition in _PLACE_PREPOSITIONS:
        yield pobj
        yield from children(pobj, "appos")
        yield from _nested_places(pobj, ("in", "of") if pobj.lemma_.lower() in words.places else ("in",))
    elif preposition in _TIME_PREPOSITIONS and pobj.ent_type_ == "DATE":
        yield from _nested_places(pobj, ("in",))
    if preposition in _OCCASION_PREPOSITIONS and pobj.lemma_.lower() in words.occasions:
        yield from _occasion_places(pobj, 2)


def _occasion_places(noun: Token, depth: int) -> Iterator[Token]:
    """The objects of an occasion's phrases, and of theirs ("a speech to the party's conference in Porto"), and
    the place a participle of its own names ("a summit held in Lima")."""
    for below in _nested_places(noun, _OCCASION_LINKS):
        yield below
        if depth > 1:
            yield from _occasion_places(below, depth - 1)
    for held in children(noun, "acl"):
        yield from _nested_places(held, ("in",))


def _nested_places(pobj: Token, prepositions: tuple[str, ...]) -> Iterator[Token]:
    """Objects of those prepositions under a phrase's object or a participle: "a parade in Beijing", "the city of
    Geneva", "held in May 2003" (places and dates alike)."""
    return (g for p in children(pobj, "prep") if p.lower_ in prepositions for g in children(p, "pobj"))


def _setting(predicate: Token) -> list[Token]:
    """Participle clauses that set the scene of the predicate's clause and share its subject ("Speaking in Paris,
    Macron criticised Russia")."""
    return [c for c in dependents(predicate)
            if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < predicate.i and not children(c, "nsubj", "mark")]


def _framing(predicate: Token) -> list[Token]:
    """The clauses that frame the predicate's act: a participle clause setting its scene (``_setting``), and the
    verb a to-infinitive of purpose hangs on ("broke off, at a rally in X, to rebuke Y": the rebuke was there)."""
    purpose = predicate.dep_ == "advcl" and any(a.lower_ == "to" for a in children(predicate, "aux"))
    return [*_setting(predicate), *([predicate.head] if purpose and predicate.head.pos_ == "VERB" else [])]


def _present_at(predicate: Token, entities: DocEntities) -> list[Token]:
    """A "when" or "while" clause of being somewhere whose subject is the predicate's ("When he was in Tokyo, X told
    Y": X told Y there): the same actor, or a pronoun before the predicate's subject ("he" of a clause that opens the
    sentence). Not another's being there ("When troops were in X, Y criticised Z")."""
    subjects = children(predicate, "nsubj")
    actors = {m.entity.id for s in subjects if (m := entities.at(s)) is not None}
    return [c for c in children(predicate, "advcl")
            if _opened_by(c, _WHILE_THERE) and c.lemma_ == "be" and any(_same_subject(s, subjects, actors, entities)
                                                                 for s in children(c, "nsubj"))]


def _same_subject(subject: Token, subjects: list[Token], actors: set[str], entities: DocEntities) -> bool:
    mention = entities.at(subject)
    if mention is not None and mention.entity.id in actors:
        return True
    return subject.pos_ == "PRON" and bool(subjects) and subject.i < subjects[0].i and subject.lower_ != "it"


def _where_places(predicate: Token, words: _PlaceWords) -> Iterator[Token]:
    """The place a "where" clause hangs on ("visited Norland, where she met Y"; "Porto, a city where ..."), or the
    place of the occasion it hangs on ("a dinner in Porto where X told Y"); a clause the parse hung on a date or on
    the verb ("visited Norland on Monday, where ...", "flew to Porto last week, where ...") is of the words before
    it, the nearest first."""
    if predicate.dep_ not in ("relcl", "advcl") or not _opened_by(predicate, WHERE):
        return
    occasion = predicate.head
    if predicate.dep_ == "relcl":
        yield occasion
        yield from children(occasion, "appos") if occasion.dep_ != "appos" else [occasion.head]
        yield from _place_candidates([occasion], words)
    if predicate.dep_ == "advcl" or occasion.ent_type_ == "DATE":
        yield from reversed(predicate.doc[predicate.sent.start:predicate.left_edge.i])


def place_of(predicate: Token, entities: DocEntities, lexicon: Lexicon, *, exclude: set[int],
             within: Iterable[Token] = ()) -> Entity | None:
    """Where it happened: a place or country named under the predicate or the other words of its pattern
    (``within``: "held talks in Bogota"), or in a clause or occasion that frames it, or the place a "where" clause
    it stands in hangs on; not one of the relation's own ends (``exclude``: their token indices)."""
    heads = [predicate, *within, *(predicate.doc[i] for i in sorted(exclude)), *_framing(predicate),
             *_present_at(predicate, entities)]
    listed = [predicate.doc[i] for i in sorted(exclude) if _place_item(predicate.doc[i])]
    words = _PlaceWords(places=lexicon.cues.get("PlaceNoun", frozenset()), occasions=lexicon.cues["OccasionNoun"])
    for candidate in chain(_place_candidates(heads, words), _qualifying_places(exclude, predicate.doc, entities),
                           _where_places(predicate, words)):
        mention = entities.at(candidate)
        if mention is None or candidate.i in exclude or _another_item(candidate, mention, listed, entities):
            continue
        if mention.place is not None:
            return mention.place
        if mention.entity.type in ("Place", "Country"):
            return mention.entity
    return None


def _qualifying_places(ends: set[int], doc: Doc, entities: DocEntities) -> Iterator[Token]:
    """The place written after a comma to say which town an end that is a town is ("visited Birmingham, Alabama",
    "Toledo, Spain"): the event happened there, whatever the country the town's name alone is read as."""
    for i in sorted(ends):
        mention = entities.at(doc[i])
        if mention is not None and mention.entity.type == "Place":
            yield from (appos for appos in children(doc[i], "appos") if appos.i == i + 2 and doc[i + 1].text == ","
                        and not children(appos, "conj"))


def governing_place(noun: Token, entities: DocEntities, lexicon: Lexicon, *, exclude: set[int]) -> Entity | None:
    """The place of a clause that frames the verb a nominal event is the object of (``_framing``: "broke off, at a
    rally in X, to deliver a rebuke to Y": the rebuke was delivered there). Not a place the parse hung on that verb
    itself, which may belong to any phrase after the noun ("faces an inquiry into claims about a match at X")."""
    verb = _governing_verb(noun)
    frames = _framing(verb) if verb is not None else []
    return next((found for head in frames if (found := place_of(head, entities, lexicon, exclude=exclude))), None)


def spoken_setting(verb: Token, entities: DocEntities, lexicon: Lexicon, *, modality: str) -> dict:
    """The time and place fields of what a verb of saying states: its own, those of a clause or occasion framing it
    ("Speaking in Porto on Monday, X said"), or a place the parse hung on the one told ("told Y in Porto that").
    Never one of what is said ("said the government in Norland would fall" was not said in Norland)."""
    place = place_of(verb, entities, lexicon, exclude=set(), within=children(verb, "dobj", "dative"))
    return {**when_of(verb, entities, modality=modality).fields(), "place": place}


def _place_item(token: Token) -> bool:
    """Whether a token is the object of a place preposition, or a conjunct of one ("in Lima and Cusco"): an item
    of a list of places, which each may have an "in" of its own ("in Lima in Peru and Quito in Ecuador")."""
    while token.dep_ == "conj":
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in _PLACE_PREPOSITIONS


def _another_item(candidate: Token, mention: Mention, listed: list[Token], entities: DocEntities) -> bool:
    """Whether a place is another item of the list of places the relation's own ends are items of ("opened
    offices in Lima in Peru and Quito in Ecuador": Peru is no place of the offices in Ecuador), unless it is or is
    in the one country every end is or is in ("in Quito, in Ecuador"). One place is read for all the ends of a
    clause, so a place under one of several ends ("missions in Iraq, Kabul in Afghanistan") is another item too."""
    if not listed or not _place_item(candidate):
        return False
    end_actors = {_actor_id(entities.at(end)) for end in listed}
    return end_actors != {_actor_id(mention)}


def _actor_id(mention: Mention | None) -> str | None:
    """The id of the actor a mention stands for, of any type: a capital's stands for its country ("Quito":
    Ecuador, its place is Quito), any other name for its own actor."""
    return None if mention is None else mention.entity.id
