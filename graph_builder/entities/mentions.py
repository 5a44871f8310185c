"""Mentions: find the stretches of text that name an actor and clean them to the name itself.

The model's NER spans are trimmed of articles, titles, possessive endings and headline words that ran
into them, and widened to a first name or a name particle the model left out; runs of proper nouns the
NER missed ("Xi Jinping"), office holders named by title ("the pope") are found as well.

A title is never a part of a name: honorifics, designations and ranks ("Sir", "Speaker", "MP", "Col."),
letters after a name ("QC") and role titles are cut off; a party or a portfolio before a title ("Lib Dem
Home Affairs spokesman", "Conservative MP", "Home Secretary") names the party or nobody; a place word that
opens an organisation's name stays in it ("London Stock Exchange"), and so does a nationality word ("British
Dental Association"); an acronym in a list of kinds of people is a kind too ("every teacher, GP and nurse").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from graph_builder.entities.tokens import Tokens, dependents, entity_end, span_text
from graph_builder.gazetteer import Gazetteer
from graph_builder.nlp import CITY_ID, after_name_particle
from graph_builder.words import WEEKDAYS, is_acronym, unit_word

_ARTICLES = frozenset(["the", "a", "an"])
_POSSESSIVE_TAIL = frozenset(["'s", "’s", "'", "’"])
_TAIL_POS = frozenset(["ADP", "DET", "CCONJ"])  # never the last word of a name
_PERSON_TAIL_POS = frozenset(["PROPN", "NOUN", "ADJ"])  # the only last words of a person's name
_NAME_LABELS = frozenset(["", "NORP", "PERSON", "GPE"])  # what the NER may have made of a name's next word
_FIRST_NAME_LABELS = frozenset(["", "PERSON", "GPE"])  # ... and of a first name it left out
_ARGUMENT_DEPS = frozenset(["nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos", "conj", "poss"])
_CORE_DEPS = frozenset(["nsubj", "nsubjpass", "dobj", "dative"])
_SEPARATORS = frozenset(["-", "–", "—", ",", ";", ":", "|"])  # between two names, never inside one (spaced)
_PLURAL_TAGS = frozenset(["NNS", "NNPS"])
_SENTENCE_ENDS = frozenset([".", "!", "?"])
_NAME_LINKS = frozenset(["for", "of"])  # inside an organisation's name after its organisation word
_POSSESSIVE_MARKS = frozenset(["'s", "’s"])
_MODIFIER_DEPS = frozenset(["compound", "nmod", "amod"])
_DAY_OPENERS = frozenset(["on", "last", "next", "this", "that", "every", "each", "since", "until", "till", "from",
                          "before", "after"])  # words that make the weekday after them a date
_PLACE_LABELS = frozenset(["GPE", "LOC", "FAC"])
_ROMAN = frozenset("IVXLCDM")
_NUMBER_LABELS = frozenset(["CARDINAL", "ORDINAL", "QUANTITY"])  # what the NER may make of an acronym ("UFAL")
_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")  # a name has two letters in a row
_AMPERSAND_ACRONYM = re.compile(r"[A-Z]{1,3}&[A-Z]{1,3}")  # a firm's initials joined by "&" ("H&P", "AT&T")


def title_start(words: list[str], titles: frozenset[str]) -> int | None:
    """Where the longest role title the lowercase ``words`` end in starts ("home secretary"), or None. A title
    ends in the last word, so words whose last word ends no title (most words before a name) are not joined."""
    if words and not _may_be_word(words[-1], _title_closings(titles)):
        return None
    joined, at = " ".join(words), 0  # the words from the i-th on are the joined text from its i-th word on
    for i, word in enumerate(words):
        if joined[at:] in titles:
            return i
        at += len(word) + 1
    return None


def ends_in_title(words: list[str], titles: frozenset[str]) -> bool:
    """Whether the lowercase ``words`` end in a role title ("home secretary")."""
    return title_start(words, titles) is not None


def after_honorific(doc: Tokens, i: int, gazetteer: Gazetteer) -> bool:
    """Whether a courtesy title or rank ("Mr", "Gen", "Col." written as two tokens) stands just before token
    ``i``: a person follows. A full stop counts only after a capitalised title ("Col. Brent Harlow"), never
    after a word that ends a sentence ("... rather than a judge. Tory MP X")."""
    if i > 1 and doc.lower[i - 1] == "." and not doc[i - 2].whitespace_ and doc.words[i - 2][:1].isupper():
        i -= 1
    return i > 0 and doc.lower[i - 1] in gazetteer.honorifics


def after_peerage_style(doc: Tokens, i: int, gazetteer: Gazetteer) -> bool:
    """Whether a peer's style, capitalised ("Lord", "Baroness": ``gazetteer.peerage_styles``), stands just before
    token ``i``: a peer's name follows, whatever the model took it for, and the style is a part of it."""
    return i > 0 and doc.lower[i - 1] in gazetteer.peerage_styles and doc.words[i - 1][:1].isupper()


def title_word(token: Token, titles: frozenset[str], gazetteer: Gazetteer) -> bool:
    """Whether ``token`` is a title: a role ("secretary"), an honorific or designation ("Sir", "MP"), a royal or
    noble title ("Lord") or letters written after a name ("QC")."""
    return _titled(token.lower_, token.text, titles, gazetteer)


def _title_at(doc: Tokens, i: int, titles: frozenset[str], gazetteer: Gazetteer) -> bool:
    """``title_word`` of token ``i``, its words read from the document's Tokens (no spaCy attribute decoded)."""
    return _titled(doc.lower[i], doc.words[i], titles, gazetteer)


def _titled(lower: str, text: str, titles: frozenset[str], gazetteer: Gazetteer) -> bool:
    """``title_word`` of a word written ``text``, ``lower`` in lowercase."""
    return (lower in titles or lower in gazetteer.honorifics or lower in gazetteer.gender_titles
            or text in gazetteer.post_nominals)


def not_a_name_word(token: Token, gazetteer: Gazetteer) -> bool:
    """Words the model sometimes takes into a person's name: "Mr", "Gen", "Tory" (Liam Tarrant), "Tories", "French",
    a portfolio ("Families" of a minister's title)."""
    return _not_a_name(token.lower_, token.text, gazetteer)


def _not_a_name(lower: str, text: str, gazetteer: Gazetteer) -> bool:
    """``not_a_name_word`` of a word written ``text``, ``lower`` in lowercase (the rules that read the document's
    Tokens pass its words, no Token)."""
    return (lower in gazetteer.honorifics or text in gazetteer.demonym_organizations
            or bool(gazetteer.demonym(text)) or bool(gazetteer.organization(text)) or lower in gazetteer.portfolios)


def clean_span(span: Span, doc: Tokens, titles: frozenset[str], gazetteer: Gazetteer,
               surnames: frozenset[str] = frozenset(), holder_words: frozenset[str] = frozenset()) -> Span | None:
    """The name inside an NER span, or None when what is left is no name (see the module docstring).
    A name after a courtesy title is a person's, whatever the NER said, and so is one after a peer's style, which it
    takes in ("Lord Ashby"). ``surnames`` (see ``surnames_of``) tell
    a headline word that ran into the first sentence's name; ``holder_words`` ("new", "veteran", "ex") that
    open an organisation's span before a title or a known organisation are cut off. ``doc``: the span's document's
    tokens."""
    start, end = _trimmed(span, doc, titles, gazetteer)
    end = _before_date(doc, start, _before_dashed_word(doc, start, end))
    start = _after_holder_words(span, doc, start, end, holder_words, titles, gazetteer)
    start += _opening_descriptor(doc, start, gazetteer)
    start, listed = _after_plural_title(doc, start, end, titles, gazetteer)
    if start >= end:
        return None
    qualifier = _title_qualifier(doc, start, end, titles, gazetteer)
    if qualifier is not None:
        return qualifier or None
    end = _before_lowercase_tail(span, doc, start, _before_closing_title(span, doc, start, end, titles, gazetteer),
                                 gazetteer)
    place_party = _party_in_place(span, doc, start, end, gazetteer)
    if place_party is not None:
        return place_party
    start, end, person = _person_read(span, doc, (start, end), surnames, titles, gazetteer)
    start, end = _known_name(doc, start, end, gazetteer)
    if start >= end or _no_actor_name(doc, start, end, span.label_, titles, gazetteer, holder_words):
        return None
    if _titled_or_headline(doc, start, person or listed, gazetteer):
        return Span(span.doc, start, end, label="PERSON")
    return Span(span.doc, start, _acronym_tail(doc, end, span.label_), label=span.label_)


def swallowed_party(ent: Span, name: Span, doc: Tokens, gazetteer: Gazetteer) -> Span | None:
    """The party or organisation the gazetteer knows that the model took into a person's span before the name it
    was cut to ("Lib Dem" of "Lib Dem MP Ann Hale", "Tory" of "Tory Ann Hale"), as a span of its own; None when the
    words cut off name none (a country word there is where the person is from) or the party owns what follows ("the
    Lib Dem's Citizen's Pension")."""
    if ent.label_ != "PERSON" or name.label_ != "PERSON":
        return None
    for i in range(ent.start, name.start):
        stop = _party_end(doc, i, name.start, gazetteer, countries=False)
        if stop > i:
            return Span(doc.doc, i, stop, label="NORP") if doc.words[stop] not in _POSSESSIVE_TAIL else None
    return None


def coordinated_persons(span: Span, surnames: frozenset[str], gazetteer: Gazetteer) -> list[Span]:
    """A span the model drew over two persons' surnames and the "and" or slash between them ("Hadley and Rusk",
    "the Hadley/Rusk feud", where the document names both in full: ``surnames``), as the two; any other span as
    it is ("Marks and Spencer")."""
    if len(span) < 3:
        return [span]  # no room for a word between two names (most spans): no part made
    parts = _joined_parts(span)
    persons = len(parts) > 1 and all(span_text(part) in surnames for part in parts)  # one word each: no space in it
    return parts if persons and not _known_organization(span_text(span), gazetteer) else [span]


def coordinated_club(span: Span, gazetteer: Gazetteer) -> list[Span] | None:
    """An organisation's span the model drew over a name, "and" and a club's name that a club's word opens ("Arno
    and Real Kelby", or "Arno and Real" with the city left out: ``gazetteer.club_words``), as the two: the name,
    and the club with its city; None for any other span."""
    doc = span.doc
    join = _club_join(span, gazetteer) if span.label_ == "ORG" else None
    if join is None:
        return None
    end = span.end + 1 if join + 2 == span.end else span.end  # the city the model left out
    if end > len(doc) or not (doc[end - 1].pos_ == "PROPN" and doc[end - 1].text[:1].isupper()):
        return None
    return [Span(doc, span.start, join, label="ORG"), Span(doc, join + 1, end, label="ORG")]


def _club_join(span: Span, gazetteer: Gazetteer) -> int | None:
    """The index of the "and" inside ``span`` right before a capitalised club's word, if any."""
    if len(span) < 3:
        return None  # no word between two others (most names): no slice made
    doc = span.doc
    return next((t.i for t in span[1:-1] if t.pos_ == "CCONJ" and doc[t.i + 1].lower_ in gazetteer.club_words
                 and doc[t.i + 1].text[:1].isupper()), None)


def _joined_parts(span: Span) -> list[Span]:
    """The parts of ``span`` (past an opening determiner) between its "and"s and slashes."""
    doc = span.doc
    start = span.start + (len(span) > 1 and doc[span.start].pos_ == "DET")
    joins = [i for i in range(start + 1, span.end - 1) if doc[i].pos_ == "CCONJ" or doc[i].text == "/"]
    bounds = [start, *(i for join in joins for i in (join, join + 1)), span.end]
    return [Span(span.doc, bounds[k], bounds[k + 1], label="PERSON") for k in range(0, len(bounds), 2)]


def _after_holder_words(span: Span, doc: Tokens, start: int, end: int, holder_words: frozenset[str],
                        titles: frozenset[str], gazetteer: Gazetteer) -> int:
    """Where an organisation's name starts after capitalised words that describe a role holder ("New" of "New
    Home Secretary", "Veteran" of "Veteran Labour MP", "Ex-" of "Ex-BBC host"): only when a title follows what
    is left or it is an organisation the gazetteer knows, and the whole span is none ("New Labour" stays)."""
    if span.label_ == "PERSON" or _known_organization(doc.text(start, end), gazetteer):
        return start
    cut = _holder_words_end(doc, start, end, holder_words)
    kept = cut > start and not doc[cut].is_punct
    return cut if kept and (_title_follows(doc, end, titles, gazetteer)
                            or _known_organization(doc.text(cut, end), gazetteer)) else start


def _opening_descriptor(doc: Tokens, start: int, gazetteer: Gazetteer) -> bool:
    """Whether the word at ``start`` is a common noun capitalised only because it opens a sentence or a headline
    ("Winemaker" of "Winemaker rejects bid", "Miner" of "Miner Ridge Gold said"): the document writes it in lowercase
    before a name elsewhere ("the winemaker Tarnvale") or it is an occupation's noun before a first name (see
    _occupation_before_first_name), and it is no organisation word ("Network Rail")."""
    lower = doc.lower[start]
    return ((lower in doc.descriptors or _occupation_before_first_name(doc, start, gazetteer))
            and not doc[start].is_lower and lower not in gazetteer.organization_words and start in doc.sentence_starts)


def _occupation_before_first_name(doc: Tokens, start: int, gazetteer: Gazetteer) -> bool:
    """Whether the word at ``start`` is an occupation's noun (``gazetteer.occupation_nouns``) before a first name
    ("Actress" of "Actress Ilse Varga, known to millions for ..."): a person described, not part of her name; a
    first name hyphened to what follows ("Rapper Jay-Z") is a stage name, left whole."""
    return doc.lower[start] in gazetteer.occupation_nouns and start + 2 < len(doc) \
        and gazetteer.is_first_name(doc.words[start + 1]) and doc.words[start + 2] != "-"


def _title_follows(doc: Tokens, end: int, titles: frozenset[str], gazetteer: Gazetteer) -> bool:
    """Whether a title follows token ``end``, right after it or after one lowercase word ("chief" of "media
    chief")."""
    after = [j for j in (end, end + 1) if j < len(doc) and (j == end or doc[end].is_lower)]
    return any(_title_at(doc, j, titles, gazetteer) for j in after)


def _holder_words_end(doc: Tokens, start: int, end: int, holder_words: frozenset[str]) -> int:
    """Where the holder words (and the hyphen of "Ex-") that open doc[start:end] end, the last word kept."""
    cut = start
    while cut < end - 1 and (doc.lower[cut] in holder_words or (doc.words[cut] == "-" and cut > start)):
        cut += 1
    return cut


def _acronym_tail(doc: Tokens, end: int, label: str) -> int:
    """Where an organisation's name ends with the acronyms hyphenated to it that the model left out ("CJTF" of
    "CJTF-OIR")."""
    while (label != "PERSON" and end + 1 < len(doc) and doc.words[end] == "-" and not doc[end - 1].whitespace_
           and not doc[end].whitespace_ and is_acronym(doc.words[end + 1])):
        end += 2
    return end


def _before_closing_title(span: Span, doc: Tokens, start: int, end: int, titles: frozenset[str],
                          gazetteer: Gazetteer) -> int:
    """Where an organisation's name ends before a role title the model took into it ("Fifth Fleet Commander",
    "Federal Reserve Chairman"), or before the first word of one that goes on after it, when a known
    organisation is left ("Pentagon Press" + "Secretary"; not "Pakistan Army" + "chief"); a title inside the name
    stays ("Office of the Prime Minister"). A person's name ends only before a title that goes on after it ("Hadley
    Prime" + "Minister" when a headline ran into the text); the rest is left to the person rules."""
    if span.label_ == "PERSON":
        return _before_continued_title(doc, start, end, titles)
    for i in range(start + 1, end):
        if any(t.pos_ in ("ADP", "DET", "CCONJ") for t in doc.all[start:i]):
            return end
        on = doc.lower[end - 1] not in gazetteer.organization_words or gazetteer.organization(doc.text(start, i))
        if _title_between(doc, i, range(end, min(end + 2, len(doc)) + 1) if on else [end], titles):
            return i
    return end


def _before_lowercase_tail(span: Span, doc: Tokens, start: int, end: int, gazetteer: Gazetteer) -> int:
    """Where an organisation's name ends before the lowercase words the model ran on into (the "tax and spending
    proposals" of "the Conservative tax and spending proposals"): after its capitalised words, when the span ends
    in a lowercase word that is no organisation's word ("the Commons home affairs committee" stays whole) and the
    cut falls between words (not inside "Ex-chat")."""
    last = doc[end - 1]
    if span.label_ == "PERSON" or not last.is_lower or last.lower_ in gazetteer.organization_words \
            or last.lower_ in gazetteer.generic_words:
        return end
    cut = start
    while cut < end and not doc[cut].is_lower:
        cut += 1
    return cut if cut > start and doc[cut - 1].whitespace_ else end  # not inside a word: "Ex-chat"


def _before_continued_title(doc: Tokens, start: int, end: int, titles: frozenset[str]) -> int:
    """Where a name ends before its last words when they open a role title the next words finish."""
    return next((i for i in range(start + 1, end) if _opens_title(doc, i, titles, past=end)), end)


def _opens_title(doc: Tokens, i: int, titles: frozenset[str], past: int | None = None) -> bool:
    """Whether a role title of more than one word starts at token ``i`` (and goes on beyond token ``past``):
    "Prime" of "Prime Minister"."""
    past = i + 1 if past is None else past
    return doc.lower[i] in _title_openings(titles) and _title_between(
        doc, i, range(past + 1, min(past + 2, len(doc)) + 1), titles)


def _title_between(doc: Tokens, i: int, stops: Iterable[int], titles: frozenset[str]) -> bool:
    """Whether the words from token ``i`` to one of the ``stops`` are a role title."""
    return any(doc.lower_text(i, stop) in titles for stop in stops)


def _person_read(span: Span, doc: Tokens, bounds: tuple[int, int], surnames: frozenset[str], titles: frozenset[str],
                 gazetteer: Gazetteer) -> tuple[int, int, bool]:
    """(start, end, whether a person's whatever the model said) of the name at ``bounds`` of ``span``: a person's
    name (see _person_like) cut to the name (see _person_name), a headline surname that ran into it cut off and a
    peer's style before it taken in: before a surname alone ("Lord Ashby", "Lord Hale-Dunn"; not before what a peer
    owns, "Lord Ashby's Reform Bill", nor a first name and surname, "First Lady Ann Hale")."""
    start, end = bounds
    headline = _headline_surname(doc, start, end, surnames, gazetteer)
    peer = after_peerage_style(doc, start, gazetteer) and " " not in doc.text(start, end) \
        and _POSSESSIVE_TAIL.isdisjoint(doc.words[start:end])
    if _person_like(span, doc, start, end, headline or peer, gazetteer):
        start, end = _person_name(doc, start + headline, end, titles, gazetteer)
        start += _headline_surname(doc, start, end, surnames, gazetteer)  # a first name taken in ran in too
        start -= after_peerage_style(doc, start, gazetteer)  # the style is a part of a peer's name
    return start, end, bool(headline) or peer


def _person_like(span: Span, doc: Tokens, start: int, end: int, person: bool, gazetteer: Gazetteer) -> bool:
    """Whether doc[start:end] of ``span`` is read as a person's name: the model said so, a headline surname ran
    into it or a peer's style stands before it (``person``), or an honorific does; never a party or organisation
    the gazetteer knows."""
    return ((span.label_ == "PERSON" or person or after_honorific(doc, start, gazetteer))
            and not _known_organization(doc.text(start, end), gazetteer))


def _trimmed(span: Span, doc: Tokens, titles: frozenset[str], gazetteer: Gazetteer) -> tuple[int, int]:
    """(start, end) of ``span`` without opening and closing words (for a person, without what a spaced dash
    separates from the name); empty when only titles are left."""
    start = _skip_opening_words(doc, span.start, span.end, gazetteer)
    if span.label_ == "PERSON":
        start = _person_opening(doc, _after_separator(doc, start, span.end), span.end, gazetteer)
    end = _skip_closing_words(doc, start, span.end, None)
    if start >= end or all(_title_at(doc, i, titles, gazetteer) for i in range(start, end)):
        return start, start
    return _known_name(doc, start, end, gazetteer)


def _person_name(doc: Tokens, start: int, end: int, titles: frozenset[str], gazetteer: Gazetteer) -> tuple[int, int]:
    """(start, end) of a person's name in doc[start:end]: party and portfolio words before or after it, a contest's
    name a headline ran into it and letters after it cut off, a first name or the rest of the name the model left
    out taken in."""
    start = _skip_person_opening_words(doc, start, end, gazetteer)
    end = _skip_closing_words(doc, start, end, gazetteer.post_nominals)
    # a party word that ran in after the name ("Hadley Labour's ..."), not one joined to a name particle, which ends
    # the name whatever country it names elsewhere ("al-Kuwaiti" of "Abu Omar al-Kuwaiti")
    while end - 1 > start and _not_a_name(doc.lower[end - 1], doc.words[end - 1], gazetteer) \
            and not after_name_particle(doc.doc, end - 1, gazetteer.name_particles) \
            and not _surname_after_first_name(doc, start, end, gazetteer):
        end -= 1
    start, end = _whole_person_name(doc, start, end, titles, gazetteer)
    return _after_contest_name(doc, start, end, gazetteer), end


def _surname_after_first_name(doc: Tokens, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether doc[start:end] is a first name and a nationality word, which is the surname ("Ann Danish")."""
    return end - start == 2 and bool(gazetteer.demonym(doc.words[start + 1])) \
        and doc.words[start + 1] not in gazetteer.demonym_organizations and gazetteer.is_first_name(doc.words[start])


def _known_name(doc: Tokens, start: int, end: int, gazetteer: Gazetteer) -> tuple[int, int]:
    """Where a known name starts and ends when the model left out its first or last word ("Liberal" or
    "Democrat" of "Liberal Democrat")."""
    firsts, lasts = gazetteer.longer_name_ends  # a word that opens (or closes) no such name: no text joined
    before = doc.words[start - 1] if start > 0 else None
    if before is not None and _may_be_word(before, firsts) \
            and f"{before} {doc.text(start, end)}" in gazetteer.longer_names:
        return start - 1, end
    after = doc.words[end] if end < len(doc) else None
    if after is not None and _may_be_word(after, lasts) \
            and f"{doc.text(start, end)} {after}" in gazetteer.longer_names:
        return start, end + 1
    return start, end


def _may_be_word(word: str, words: frozenset[str]) -> bool:
    """Whether ``word`` may be a word of a name whose words (split at spaces) ``words`` are: one of them, or written
    with a space itself."""
    return word in words or " " in word


def _known_organization(text: str, gazetteer: Gazetteer) -> bool:
    """Whether ``text`` is an organisation or party the gazetteer knows ("Lib Dems", "Conservative")."""
    return bool(gazetteer.organization(text)) or text in gazetteer.demonym_organizations


def _party_end(doc: Tokens, start: int, end: int, gazetteer: Gazetteer, *, countries: bool = True) -> int:
    """The end of the longest party or organisation name (or with ``countries``, country name) the gazetteer
    knows that opens doc[start:end] ("Lib Dem" of "Lib Dem Home Affairs"), else ``start``."""
    for stop in range(min(end, start + 3), start, -1):
        text = doc.text(start, stop)
        if _known_organization(text, gazetteer) or (countries and gazetteer.is_country_word(text)):
            return stop
    return start


def _title_qualifier(doc: Tokens, start: int, end: int, titles: frozenset[str],
                     gazetteer: Gazetteer) -> Span | bool | None:
    """What doc[start:end] names when it qualifies a title in it or right after it ("Conservative MP", "Lib Dem
    Home Affairs spokesman", "Home Secretary"): the party or country that opens it (a nationality-like span), or
    False when the rest is a portfolio and nothing opens it; None when it qualifies no title or names someone
    ("Ruth Calder MP")."""
    last = _before_title(doc, start, end, titles, gazetteer)
    if last is None:
        return None
    party_end = _party_end(doc, start, last, gazetteer)
    rest = doc.lower_text(party_end, last)
    if party_end == end or (rest and not gazetteer.is_portfolio(rest)):
        return None  # nothing to cut ("London" of "London mayor"), or a name ("Ruth Calder" of "Ruth Calder MP")
    return Span(doc.doc, start, party_end, label="NORP") if party_end > start else False


def _before_title(doc: Tokens, start: int, end: int, titles: frozenset[str], gazetteer: Gazetteer) -> int | None:
    """Where the titles that close doc[start:end] begin ("MP" of "Conservative MP"), or ``end`` when a title
    follows the span ("Home" + "Secretary", "Children" + "'s Minister"); None when no title does either."""
    last = end
    while last > start and _title_at(doc, last - 1, titles, gazetteer):
        last -= 1
    after = end + (end < len(doc) and doc.words[end] in _POSSESSIVE_TAIL)
    if last == end and (after == len(doc) or not _title_at(doc, after, titles, gazetteer)):
        return None
    return last


def _skip_opening_words(doc: Tokens, start: int, end: int, gazetteer: Gazetteer) -> int:
    """Where the name starts after articles and punctuation, after lowercase words (a name does not open with
    one, "pension jibe Alan Penhale" when a headline runs into the text, unless it is a particle such as
    "van" or "al") and after honorifics ("Mr", "Sir", "Col.": the name after them is a person's)."""
    start = _after_inner_opening(doc, start, end, gazetteer)
    while start < end and _opening_word(doc, start, start + 1 < end, gazetteer):
        start += 1
    return start


def _after_inner_opening(doc: Tokens, start: int, end: int, gazetteer: Gazetteer) -> int:
    """Where a name starts when a headline's words ran into it: at the last "The" or honorific inside the span
    ("Marlow The Conservative Party", "Analysing Mr Rusk"), which only opens a name."""
    for i in range(end - 2, start, -1):
        honorific = doc.lower[i] in gazetteer.honorifics and doc.words[i][:1].isupper()
        if doc.words[i] == "The" or (honorific and doc.lower[i - 1] not in gazetteer.honorifics):
            return i
    return start


def _opening_word(doc: Tokens, i: int, more: bool, gazetteer: Gazetteer) -> bool:
    """Whether token ``i`` opens no name (see _skip_opening_words), its words and labels read from ``doc``."""
    token, lower = doc[i], doc.lower[i]
    if lower in _ARTICLES or token.is_punct or token.is_space:
        return True
    # a number opens a unit's name ("3rd Battalion", "10 Downing Street"): it is no lowercase word
    return more and ((token.is_lower and lower not in gazetteer.name_particles and not doc.words[i][0].isdigit())
                     or lower in gazetteer.honorifics or _gerund_or_preposition(doc, i))


def _gerund_or_preposition(doc: Tokens, i: int) -> bool:
    """Whether token ``i`` is a gerund that takes the name as its object or a preposition that opens the sentence
    (see _verb_of_the_name, opening_preposition), its tag and part of speech read first from ``doc``: most words
    are neither, and no Token's label is decoded for them."""
    return (doc.tag[i] == "VBG" and _verb_of_the_name(doc[i])) or (doc.pos[i] == "ADP" and opening_preposition(doc[i]))


def opening_preposition(token: Token) -> bool:
    """A preposition capitalised only because it opens the sentence ("Across Carrow, pickets were held")."""
    return token.pos_ == "ADP" and token.dep_ == "prep" and token.is_sent_start


def _verb_of_the_name(token: Token) -> bool:
    """Whether a capitalised gerund opening a sentence takes the name after it as its object ("Thanking Velmark
    Rovers for ..."): the verb is no word of the name."""
    return token.tag_ == "VBG" and any(c.dep_ == "dobj" and c.i == token.i + 1 for c in dependents(token))


def _skip_person_opening_words(doc: Tokens, start: int, end: int, gazetteer: Gazetteer) -> int:
    """Where a person's name starts after party, nationality and portfolio words ("Tory", "Tories") and after
    a party's name in its first words ("Fellow Lib Dem")."""
    while start + 1 < end and (_not_a_name(doc.lower[start], doc.words[start], gazetteer) or doc[start].is_punct):
        start += 1
    for i in range(start, min(start + 3, end - 1)):
        party_end = _party_end(doc, i, end - 1, gazetteer, countries=False)
        if party_end > i:
            return party_end
    return start


def _after_contest_name(doc: Tokens, start: int, end: int, gazetteer: Gazetteer) -> int:
    """Where a person's name starts after the last word of a contest's name inside doc[start:end] (``contest_words``:
    "Cup" of "Davis Cup Tom Reed"), a name of its own before it and two words of the person's after it."""
    for i in range(end - 3, start, -1):
        if doc.lower[i] in gazetteer.contest_words or f"{doc.lower[i - 1]} {doc.lower[i]}" in gazetteer.contest_words:
            return i + 1
    return start


def _person_opening(doc: Tokens, start: int, end: int, gazetteer: Gazetteer) -> int:
    """Where a person's name starts past a possessive the model took in, at a first name after it ("Blair's Tom
    Hadley"; nowhere when none follows: "the Lib Dem's Citizen's Pension" names no person), and past words that
    open in lowercase and are no name particle ("ofNew", two words run together)."""
    for i in range(end - 2, start - 1, -1):
        if doc.words[i] in _POSSESSIVE_MARKS:
            return i + 1 if gazetteer.is_first_name(doc.words[i + 1]) else end
    while start < end and doc.words[start][:1].islower() and doc.lower[start] not in gazetteer.name_particles:
        start += 1
    return start


def _after_separator(doc: Tokens, start: int, end: int) -> int:
    """Where a person's name starts after the last spaced dash, comma or colon inside doc[start:end] ("Row -
    Keith Vaz" when a headline runs into the text): two names, the later one kept. (An organisation's name may
    hold a dash: "Task Force - Operation Inherent Resolve".) Not a dash before one lower-case word the model ran in
    ("Ann Hale - a close ally of", which ``_before_dashed_word`` cuts off)."""
    last = end - 3 if doc[end - 1].is_lower else end - 2
    for i in range(last, start, -1):
        token = doc[i]
        if token.text in _SEPARATORS and (token.text not in "-–—" or doc[i - 1].whitespace_):
            return i + 1
    return start


def titled_surname(span: Span, doc: Tokens, titles: frozenset[str], gazetteer: Gazetteer) -> bool:
    """Whether ``span`` is one word that a plural title opens a list of names with (see _after_plural_title)."""
    return len(span) == 1 and _after_plural_title(doc, span.start, span.end, titles, gazetteer)[1]


def _titled_or_headline(doc: Tokens, start: int, person: bool, gazetteer: Gazetteer) -> bool:
    """Whether the name at ``start`` is a person's: ``person`` says so, or an honorific stands before it."""
    return person or after_honorific(doc, start, gazetteer)


def _after_plural_title(doc: Tokens, start: int, end: int, titles: frozenset[str],
                        gazetteer: Gazetteer) -> tuple[int, bool]:
    """(where a name in doc[start:end] starts, whether a person's) when a plural title opens the list of names it is
    in ("Lord Justices Hale and Rusk", "Senators Kell, Marsh and Rusk", "Lords Justice Hale and Rusk": each name is
    one holder of the title, after the title); (start, False) when no plural title does, the list names one name
    only or an organisation's word is in it ("the Lords Select Committee and ...")."""
    if _in_no_list(doc, start, end, titles, gazetteer):
        return start, False  # no list walked (most names)
    first = end
    while first > 0 and _listed_name_word(doc, first - 1, titles, gazetteer):
        first -= 1
    names = doc.lower[first:end + 2]
    if "and" not in names[1:] or not gazetteer.organization_words.isdisjoint(names):
        return start, False  # no list of names (most spans): no title looked for before it
    last = first
    while last > 0 and _title_or_plural(doc, last - 1, titles, gazetteer):
        last -= 1
    if not any(_plural_title(doc, i, titles, gazetteer) for i in range(last, first)):
        return start, False
    return max(start, first), True


def _in_no_list(doc: Tokens, start: int, end: int, titles: frozenset[str], gazetteer: Gazetteer) -> bool:
    """Whether the name at doc[start:end] is in no list of names (see _after_plural_title), told without walking the
    words before it: no word of a list stands right before it, and no "and" in it or in the two words after it."""
    return start <= end and not (start > 0 and _listed_name_word(doc, start - 1, titles, gazetteer)) \
        and "and" not in doc.lower[start + 1:end + 2]


def _plural_title(doc: Tokens, i: int, titles: frozenset[str], gazetteer: Gazetteer) -> bool:
    """A capitalised plural of a title before names ("Justices", "Senators", "Lords"): token ``i``."""
    return _plural_title_word(doc.lower[i], doc.words[i], titles, gazetteer)


def _plural_title_word(lower: str, text: str, titles: frozenset[str], gazetteer: Gazetteer) -> bool:
    """``_plural_title`` of a word written ``text``, ``lower`` in lowercase."""
    singular = lower[:-1]
    return text[:1].isupper() and lower.endswith("s") and (
        singular in titles or singular in gazetteer.honorifics or singular in gazetteer.gender_titles)


def _title_or_plural(doc: Tokens, i: int, titles: frozenset[str], gazetteer: Gazetteer) -> bool:
    return _title_or_plural_word(doc.lower[i], doc.words[i], titles, gazetteer)


def _title_or_plural_word(lower: str, text: str, titles: frozenset[str], gazetteer: Gazetteer) -> bool:
    """``_title_at`` or ``_plural_title`` of a word written ``text``, ``lower`` in lowercase: the word is read once
    (the walks over lists of names ask it of every word)."""
    return _titled(lower, text, titles, gazetteer) or _plural_title_word(lower, text, titles, gazetteer)


def _listed_name_word(doc: Tokens, i: int, titles: frozenset[str], gazetteer: Gazetteer) -> bool:
    """A word of a list of capitalised names, token ``i``: a name word, a comma or "and" (``Token.is_alpha`` is
    ``str.isalpha`` of its text)."""
    lower = doc.lower[i]
    if lower in (",", "and"):
        return True
    text = doc.words[i]
    return text[:1].isupper() and text.isalpha() and not _title_or_plural_word(lower, text, titles, gazetteer)


def _before_date(doc: Tokens, start: int, end: int) -> int:
    """Where a name ends before the day the model ran into the span ("the Commons on Thursday"); not before
    "on Sunday", which ends names of Sunday papers ("the Mail on Sunday", "Scotland on Sunday")."""
    return next((i for i in range(start + 1, end - 1) if doc.lower[i] in ("on", "last", "next", "this")
                 and doc.lower[i + 1] in WEEKDAYS and doc.lower[i + 1] != "sunday"), end)


def _before_dashed_word(doc: Tokens, start: int, end: int) -> int:
    """Where a name ends before a spaced dash and the one word after it that the model ran into the span
    ("Veritas - Latin for truth", "HMS Calder - have"): a word set off by a dash glosses or continues the sentence.
    A name of several words after the dash stays ("Task Force - Operation Inherent Resolve")."""
    dash = end - 2
    if dash > start and doc.words[dash] in "-–—" and doc[dash - 1].whitespace_ and doc[dash].whitespace_:
        return dash
    return end


def _plural(token: Token) -> bool:
    """A plural noun the model did not take for a person's name ("Voters"; a surname such as "Guterres" may be
    tagged a plural too)."""
    return _plural_tagged(token.tag_, token.ent_type_)


def _plural_tagged(tag: str, ent_type: str) -> bool:
    """``_plural`` of a word with this tag and entity type (the rules that read the document's Tokens pass them)."""
    return tag in _PLURAL_TAGS and ent_type != "PERSON"


def _skip_closing_words(doc: Tokens, start: int, end: int, post_nominals: frozenset[str] | None) -> int:
    """Where the name ends before a possessive ending, punctuation or a function word; for a person (given the
    ``post_nominals``), before any word but a noun or adjective, a plural ("Voters") and letters such as "QC"."""
    while end > start and _closing_word(doc, end - 1, post_nominals):
        end -= 1
    return end


def _closing_word(doc: Tokens, i: int, post_nominals: frozenset[str] | None) -> bool:
    """Whether token ``i`` closes no name (see _skip_closing_words), its words and labels read from ``doc``."""
    text, pos = doc.words[i], doc.pos[i]
    if text in _POSSESSIVE_TAIL or doc[i].is_punct or doc[i].is_space or pos in _TAIL_POS:
        return True
    return post_nominals is not None and (pos not in _PERSON_TAIL_POS or _plural_tagged(doc.tag[i], doc.ent_type[i])
                                          or text in post_nominals)


def _whole_person_name(doc: Tokens, start: int, end: int, titles: frozenset[str],
                       gazetteer: Gazetteer) -> tuple[int, int]:
    """A person's name widened to a first name the model left out, even one the gazetteer read as a city
    ("Vladimir"), and to the rest of the name ("Choe Son" + "Hui"); then stripped of a headline's repeated
    surname and of a role title the model kept inside it."""
    while _first_name_before(doc, start, end, titles, gazetteer):
        start -= 1
    while end < len(doc) and _continues_name(doc, start, end, titles, gazetteer):
        while doc.lower[end] in gazetteer.name_particles:
            end += 1
        end += 1
    return skip_leading_title(doc, skip_repeated_surname(doc, start, end), end, titles, gazetteer), end


def honorific_names(doc: Tokens, gazetteer: Gazetteer) -> frozenset[str]:
    """Proper nouns written after a courtesy title or rank ("Rusk" of "Mr Rusk"): looked for right after each
    courtesy title the document writes, or after its full stop ("Col. Rusk"), not at every proper noun."""
    after = {title.i + step for title in doc.with_word(*gazetteer.honorifics) for step in (1, 2)}
    return frozenset(doc.words[i] for i in after
                     if i < len(doc) and doc.pos[i] == "PROPN" and after_honorific(doc, i, gazetteer))


def surnames_of(ents: tuple[Span, ...], after_honorifics: frozenset[str]) -> frozenset[str]:
    """Last words of the document's person names (of the NER's ``ents``) of two words or more, and proper nouns
    after an honorific (``after_honorifics``, see ``honorific_names``)."""
    words = {[t for t in ent if t.is_alpha][-1].text for ent in ents
             if ent.label_ == "PERSON" and sum(t.is_alpha for t in ent) > 1}
    return frozenset(words | after_honorifics)


def _headline_surname(doc: Tokens, start: int, end: int, surnames: frozenset[str], gazetteer: Gazetteer) -> bool:
    """Whether doc[start:end], three words or more before the document's first full stop, opens with another
    person's surname followed by a first name: a headline's last word ran into the text ("... attacks Hatton |
    Jane Roe said")."""
    return (end - start >= 3 and doc.words[start] in surnames and gazetteer.is_first_name(doc.words[start + 1])
            and not any(t.text in _SENTENCE_ENDS for t in doc.all[:start]))


def _party_in_place(span: Span, doc: Tokens, start: int, end: int, gazetteer: Gazetteer) -> Span | None:
    """The party or organisation the gazetteer knows inside a name the model took for a place ("Labour" of
    "New Labour"), as an organisation's span; None for a place the gazetteer knows or one with no such name."""
    if span.label_ not in _PLACE_LABELS or gazetteer.is_country_word(doc.text(start, end)):
        return None
    for size in range(end - start, 0, -1):
        for i in range(start, end - size + 1):
            if gazetteer.organization(doc.text(i, i + size)):
                return Span(span.doc, i, i + size, label="ORG")
    return None


def _first_name_before(doc: Tokens, start: int, end: int, titles: frozenset[str], gazetteer: Gazetteer) -> bool:
    """Whether the word before doc[start:end] is a first name of it: a capitalised compound proper noun that
    depends on the name, is no title, honorific or country word and is a first name (the model's or the
    first-name list's), or a royal or noble title ("Lord"); a country's name that is a first name only right
    after a title ("defence minister Israel Katz")."""
    if start == 0 or not _compound_word_of(doc[start - 1], start, end) or _after_known_name(doc, start, gazetteer):
        return False
    token = doc[start - 1]
    if token.lower_ in gazetteer.gender_titles and token.lower_ not in gazetteer.honorifics:
        return True  # a royal or noble title is part of the name: "Lord Ashby"
    if _occupation_before_first_name(doc, start - 1, gazetteer):
        return False  # "Keeper" of "Keeper Tomas Rell": a person described
    if gazetteer.is_country_word(token.text):
        return _country_first_name(doc, start - 1, titles, gazetteer)
    return _name_word(token, titles, gazetteer) and (token.ent_type_ == "PERSON"
                                                     or gazetteer.is_first_name(token.text))


def _country_first_name(doc: Tokens, i: int, titles: frozenset[str], gazetteer: Gazetteer) -> bool:
    """Whether the country's name at token ``i`` is a first name: one right after a title ("defence minister
    Jordan Pellow")."""
    return i > 0 and _title_at(doc, i - 1, titles, gazetteer) and gazetteer.is_first_name(doc.words[i])


def _after_known_name(doc: Tokens, start: int, gazetteer: Gazetteer) -> bool:
    """Whether a party or organisation the gazetteer knows ends just before token ``start`` ("Lib Dem" of "Lib
    Dem Colin Pryor")."""
    return any(_known_organization(doc.text(i, start), gazetteer) for i in range(max(0, start - 3), start))


def _compound_word_of(token: Token, start: int, end: int) -> bool:
    """Whether ``token`` is a capitalised proper noun that the name at doc[start:end] has as a compound."""
    return (token.pos_ == "PROPN" and token.dep_ == "compound" and token.ent_type_ in _FIRST_NAME_LABELS
            and token.head.i in range(start, end) and token.is_alpha and not token.is_lower)


def _name_word(token: Token, titles: frozenset[str], gazetteer: Gazetteer) -> bool:
    """Whether ``token`` can be a word of a person's name: no title, party, nationality, country or plural."""
    return not (title_word(token, titles, gazetteer) or not_a_name_word(token, gazetteer)
                or gazetteer.is_country_word(token.text) or _plural(token))


def _continues_name(doc: Tokens, start: int, end: int, titles: frozenset[str], gazetteer: Gazetteer) -> bool:
    """Whether the token at ``end`` (after any name particles) carries on the person name doc[start:end]
    ("Choe Son" + "Hui", "Mohammed bin Abdulrahman" + "Al Thani"); a title ("MP") or a plural does not."""
    i = end
    while i < len(doc) - 1 and doc.lower[i] in gazetteer.name_particles:
        i += 1
    token = doc[i]
    if doc.pos[i] != "PROPN" or token.ent_type_ not in _NAME_LABELS or not token.text[:1].isupper() \
            or not _name_word(token, titles, gazetteer) or _opens_title(doc, i, titles):
        return False
    near = range(start, token.i + 3)
    return token.head.i in near or any(doc.head[i] in range(end, token.i + 3) for i in range(start, end))


def _lettered(text: str, doc: Tokens, gazetteer: Gazetteer) -> bool:
    """Whether a name's text has two letters in a row, is spelt out in the text, or is an organisation or a country
    the gazetteer knows ("G8", "U.S.")."""
    return bool(_TWO_LETTERS.search(text) or _spelt_out(text, doc.whole_text) or _known_organization(text, gazetteer)
                or gazetteer.country(text))


def _reads_as_name(doc: Tokens, start: int, end: int, label: str, titles: frozenset[str], gazetteer: Gazetteer) -> bool:
    """Whether doc[start:end] can be a name: it has two letters in a row (or is an organisation or a country the
    gazetteer knows: "G8", "U.S."), is not all lowercase (but for a nationality word) and does not open a role title
    that goes on after it."""
    text = doc.text(start, end)
    if not _lettered(text, doc, gazetteer) or (text.islower() and label != "NORP"):
        return False
    lower = text.lower()
    if lower.partition(" ")[0] not in _title_openings(titles):
        return True  # no title of two words or more starts with its first word
    opening = f"{lower} {doc.lower_text(end, end + 2)}"
    # the titles of two words or more it starts with: only a start that takes in a space can be one
    opened = titles.intersection(opening[:stop] for stop in range(opening.index(" ") + 1, len(opening) + 1))
    return not any(" " in title and title != lower for title in opened)


@lru_cache(maxsize=4)
def _title_closings(titles: frozenset[str]) -> frozenset[str]:
    """The last words of the titles (see title_start)."""
    return frozenset(title.rpartition(" ")[2] for title in titles)


@lru_cache(maxsize=4)
def _title_openings(titles: frozenset[str]) -> frozenset[str]:
    """The first words of the titles of two words or more."""
    return frozenset(title.partition(" ")[0] for title in titles if " " in title)


def _spelt_out(acronym: str, text: str) -> bool:
    """Whether ``acronym`` is a firm's initials joined by "&" ("H&P") that the document spells out in a name
    ("Harrow & Pike"); other such letters name no actor ("a Q&A session")."""
    if not _AMPERSAND_ACRONYM.fullmatch(acronym):
        return False
    left, right = (r"\s+".join(f"{letter}[a-z]+" for letter in part) for part in acronym.split("&"))
    return re.search(rf"\b{left}\s+&\s+{right}\b", text) is not None


def skip_leading_title(doc: Tokens, start: int, end: int, titles: frozenset[str], gazetteer: Gazetteer) -> int:
    """Where a person's name starts after a role or honorific the model kept inside it ("Home Secretary Simon
    Hale", "Commissioner Sir Ian Tolland"); a royal or noble title stays ("King Abdullah", "Lord Ashby")."""
    for size in range(min(4, end - start - 1), 0, -1):
        words = list(doc.lower[start:start + size])
        last = words[-1]
        if (last in gazetteer.gender_titles and last not in gazetteer.honorifics) \
                or not doc.words[start + size][:1].isupper():
            continue
        if ends_in_title(words, titles) or last in gazetteer.honorifics:
            return start + size
    return start


def skip_repeated_surname(doc: Tokens, start: int, end: int) -> int:
    """Where a name starts when a headline's last word or whole name ran into it ("Fenwick Jack Fenwick",
    "Jack Fenwick Jack Fenwick" -> "Jack Fenwick")."""
    half = (end - start) // 2
    if half >= 2 and doc.text(start, start + half) == doc.text(end - half, end):
        return end - half
    return start + 1 if end - start >= 3 and doc.words[start] == doc.words[end - 1] else start


def place_in_organization(span: Span, gazetteer: Gazetteer, collectives: Collection[tuple[str, ...]] = (),
                          titles: frozenset[str] = frozenset()) -> Span:
    """A city that opens an organisation's name ("London" of "London Stock Exchange", which the model cut in
    two) becomes that organisation's name; so does a country before one proper noun of a company's name (see
    ``_country_in_company``) and a city after a club's word ("Real Madrid": ``club_words``); a nationality word
    stays what it is."""
    doc = span.doc
    if span.label_ not in ("GPE", "LOC") or gazetteer.demonym(span_text(span)):
        return span
    if club_opening(doc, span.start, gazetteer):
        return Span(doc, span.start - 1, span.end, label="ORG")
    if gazetteer.country(span_text(span)):
        return _country_in_company(span, gazetteer, collectives, titles)
    end = span.end
    while end < len(doc) and _organization_name_word(doc[end]):
        end += 1
    if end > span.end and doc[end - 1].lower_ in gazetteer.organization_words \
            and span.root.head.i in range(span.end, end):
        return Span(doc, span.start, end, label="ORG")
    return span


def club_opening(doc: Doc, start: int, gazetteer: Gazetteer) -> bool:
    """Whether a club's word the model left out of a name opens it right before token ``start`` ("Real" of "Real
    Madrid", "Dynamo" of "Dynamo Kiev": ``gazetteer.club_words``), capitalised."""
    word = doc[start - 1] if start > 0 else None
    return word is not None and word.lower_ in gazetteer.club_words and word.text[:1].isupper() and not word.ent_type_


def _country_in_company(span: Span, gazetteer: Gazetteer, collectives: Collection[tuple[str, ...]],
                        titles: frozenset[str]) -> Span:
    """A country's name that opens a company's name of one more proper noun ("Chile" of "Chile Telecom", "Peru"
    of "Peru Hats"), the word it qualifies, becomes that company's name: the word is no title, name word, first
    name, place, body a country has ("Kuwait Ministries", "Chile Army"), thing that happens ("Chile Summit") or
    day, and no capitalised word or possessive goes on after it."""
    doc, end = span.doc, span.end
    if end >= len(doc) or span.root.head.i != end or doc[end].ent_type_ not in ("", "ORG"):
        return span
    if end + 1 < len(doc) and (doc[end + 1].text[:1].isupper() or doc[end + 1].text in _POSSESSIVE_TAIL):
        return span
    word = doc[end]
    forms = {word.lower_, word.lemma_.lower()}
    if forms & (gazetteer.generic_words | gazetteer.event_words | set(WEEKDAYS)) or _ends_collective(word, collectives):
        return span
    named = _one_name_word(doc[end:end + 1], titles, gazetteer, tags=_COMPANY_TAGS)
    start = _company_opening(span, end, titles, gazetteer)
    return Span(doc, start, end + 1, label="ORG") if named else span


def _company_opening(span: Span, end: int, titles: frozenset[str], gazetteer: Gazetteer) -> int:
    """Where a company's name a country's name is inside starts: at the proper nouns right before the country that
    the model named nothing and that qualify the same word ("Agence" of "Agence Velmont Presse"), no title,
    honorific or nationality; else at the country."""
    doc, start = span.doc, span.start
    while start > 0 and _opens_company(doc[start - 1], end, titles, gazetteer):
        start -= 1
    return start


def _opens_company(token: Token, end: int, titles: frozenset[str], gazetteer: Gazetteer) -> bool:
    return (token.tag_ == "NNP" and token.text[:1].isupper() and not token.ent_type_ and token.dep_ == "compound"
            and token.head.i == end and not title_word(token, titles, gazetteer)
            and not not_a_name_word(token, gazetteer))


_COMPANY_TAGS = frozenset(["NNP", "NNPS"])
_DASHES = frozenset(["-", "\u2013", "\u2014"])


def named_in_full(span: Span, ents: tuple[Span, ...] | None = None) -> Span:
    """An organisation's span the model cut after proper nouns that open it, the document naming the whole as an
    organisation elsewhere ("Group" of "Velcorp Group's director X", "Velcorp Group" named before): that name.
    ``ents``: the document's entities, if the caller has them (``Doc.ents`` makes every span anew)."""
    doc = span.doc
    start = _untagged_names_before(span) if span.label_ == "ORG" else span.start
    if start == span.start:
        return span  # no organisation, or no untagged proper noun before it: nothing to widen to (most names)
    ents = doc.ents if ents is None else ents
    names = {e.text.removeprefix("the ") for e in ents if e.label_ == "ORG" and len(e) > len(span)}
    first = next((i for i in range(start, span.start) if doc[i:span.end].text in names), span.start)
    return Span(doc, first, span.end, label="ORG")


def chamber_committee(span: Span, sub_bodies: frozenset[str], chambers: frozenset[str]) -> Span:
    """The committee a chamber's name opens ("the Commons transport committee", "the Senate finance panel", "the
    Commons standards and privileges committee"): its span, an organisation of its own and no chamber, when the
    span's last word names a chamber (``chambers``: kg:ChamberWord) and the noun it modifies, through lowercase
    words or capitalised ones of no other name of the model's (``_committee_words``), is a body inside it
    (``sub_bodies``: kg:SubBody); else ``span``."""
    last = span[-1]
    if last.lower_ not in chambers:
        return span  # most names end in no chamber's word: no head read
    doc, head = span.doc, last.head  # "the House of Commons Treasury Committee": "Commons" modifies it
    while head.i >= span.end and head.lemma_.lower() not in sub_bodies and head.dep_ in _MODIFIER_DEPS:
        head = head.head  # "the Commons public accounts committee": "accounts" modifies the committee
    if head.i <= span.end or head.lemma_.lower() not in sub_bodies or not _committee_words(doc[span.end:head.i + 1]):
        return span  # no committee, or one the text does not name ("a Commons committee")
    start = span.start + (span[0].lower_ in _ARTICLES)  # "the Commons" as a known name writes its article
    return Span(doc, start, head.i + 1, label="ORG")


def _committee_words(words: Span) -> bool:
    """Whether the words after a chamber's name up to a body's noun name a committee of it: in lower case, or
    capitalised in no name of the model's or in one name of their own (the chamber's known name kept the model from
    taking the committee's into its span: "the House of Commons Treasury Select Committee")."""
    if all(t.is_lower for t in words):
        return True
    return all(t.is_lower or t.is_title for t in words) and (_one_name(words) or not any(t.ent_type_ for t in words))


def _one_name(words: Span) -> bool:
    """Whether ``words`` are one name of the model's, whole."""
    doc = words.doc
    return words[0].ent_iob_ == "B" and all(t.ent_iob_ == "I" for t in words[1:]) and (
        words.end == len(doc) or doc[words.end].ent_iob_ != "I")


def weekday_in_name(span: Span) -> Span:
    """An organisation's name the model cut after a weekday that opens it, taking the day for a date ("Sunday" of
    "the Sunday Courier", "by Sunday Courier journalist X"; the name it took for a person's too: "a Sunday Gazette
    journalist"): the whole name, an organisation's (no person's name opens with a weekday). A day that a word of time
    opens ("on Sunday", "last Sunday") is a date."""
    doc = span.doc
    if span.start == 0 or span.label_ not in ("ORG", "PERSON") or not _weekday(doc[span.start - 1]):
        return span
    if span.start > 1 and doc[span.start - 2].lower_ in _DAY_OPENERS:
        return span
    return Span(doc, span.start - 1, span.end, label="ORG")


def _weekday(token: Token) -> bool:
    """A capitalised weekday the model took for a date of its own, compounded with the name after it."""
    return token.lower_ in WEEKDAYS and token.text[:1].isupper() and token.ent_type_ == "DATE" \
        and token.ent_iob_ == "B" and token.dep_ == "compound"


def _untagged_names_before(span: Span) -> int:
    """Where the run of proper nouns the model named nothing right before a span starts (the span's start if none)."""
    doc, start = span.doc, span.start
    while start > 0 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_:
        start -= 1
    return start


def operation_after_dash(span: Span, titles: frozenset[str], gazetteer: Gazetteer) -> Span:
    """A unit's name the model cut at the dash before its operation's name ("Combined Joint Task Force" +
    "\u2013 Inherent Resolve") is whole: the proper nouns after a spaced dash, up to a title ("Resolve Commander")."""
    doc, end = span.doc, span.end
    if span.label_ != "ORG" or end + 1 >= len(doc) or not _unit_word(span[-1], gazetteer):
        return span
    dash = doc[end]
    if dash.text not in _DASHES or not dash.whitespace_ or not doc[end - 1].whitespace_:
        return span
    last = end
    while last + 1 < len(doc) and _operation_word(doc[last + 1], titles, gazetteer):
        last += 1
    return Span(doc, span.start, last + 1, label="ORG") if last > end else span


def _unit_word(token: Token, gazetteer: Gazetteer) -> bool:
    return unit_word(token.text, gazetteer.numbered_units)


def _operation_word(token: Token, titles: frozenset[str], gazetteer: Gazetteer) -> bool:
    return (token.pos_ == "PROPN" and token.text[:1].isupper() and token.ent_type_ in ("", "ORG")
            and not title_word(token, titles, gazetteer))


def works_named(ents: Iterable[Span], doc: Tokens, gazetteer: Gazetteer) -> frozenset[str]:
    """The names a document gives to works (a game, a film, a book: ``gazetteer.work_nouns``): a name right after
    such a noun with its article ("the game Deathrun", "the new film Harbour Nights") or in apposition to one
    ("Deathrun, a violent video game"), or after "like" or "such as" one governs ("software like Tarrix"). Such a
    name is no actor anywhere in the document, whatever the model took it for. ``doc``: the document's tokens."""
    sentences = _work_noun_sentences(doc, gazetteer)
    if not sentences:
        return frozenset()  # no work noun (most documents): no name is read
    # a noun introduces a name of its own sentence only (_introduced_as_work reads the others not); the sentences
    # are read once for all the names
    return frozenset(ent.text for ent in ents
                     if _in_sentences(ent, doc, sentences) and _introduced_by_work_noun(ent, gazetteer))


def work_words(doc: Tokens, gazetteer: Gazetteer) -> tuple[Token, ...]:
    """The document's tokens written as a work noun or with one as their lemma (``gazetteer.work_nouns``): without
    any, the document names no work (see works_named and compound_works). Read once a document: the NER's names
    and the names it missed are both searched for works."""
    return doc.read_once("work_words", gazetteer,
                         lambda: doc.with_any(words=gazetteer.work_nouns, lemmas=gazetteer.work_nouns))


def _introduced_as_work(ent: Span, doc: Tokens, gazetteer: Gazetteer) -> bool:
    """Whether a work noun introduces the name (see works_named), read only where one stands near it (most names:
    see _work_noun_near); ``doc``: the document's tokens."""
    return _work_noun_near(ent, doc, gazetteer) and _introduced_by_work_noun(ent, gazetteer)


def _introduced_by_work_noun(ent: Span, gazetteer: Gazetteer) -> bool:
    """Whether a work noun introduces the name (see works_named); never a name after a courtesy title."""
    if ent[0].lower_ in gazetteer.honorifics:
        return False
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and _work_noun(before, gazetteer):
        return (any(c.dep_ in ("det", "poss") for c in (*dependents(before), *dependents(ent.root)))
                or _described_work_noun(before))
    root = ent.root  # spaCy finds a span's root anew at each read
    return (_work_in_apposition(root, gazetteer) or _work_like(root, gazetteer) or _work_predicated(root, gazetteer)
            or _listed_with_works(root, gazetteer))


def _work_noun_near(ent: Span, doc: Tokens, gazetteer: Gazetteer) -> bool:
    """Whether a work word the tagger read as a noun stands in the sentence of the word before the name or of one of
    its words: each way a work noun introduces a name (see _introduced_as_work) reads a noun of the name's
    sentence (the parse links no words of two sentences) or the word before it."""
    return _in_sentences(ent, doc, _work_noun_sentences(doc, gazetteer))


def _work_noun_sentences(doc: Tokens, gazetteer: Gazetteer) -> frozenset[int]:
    """The sentences (their numbers) where a work word the tagger read as a noun stands, read once a document."""
    return doc.read_once_of("work noun sentences", gazetteer, 0, len(doc), lambda: frozenset(
        doc.sentence_of[word.i] for word in work_words(doc, gazetteer) if doc.pos[word.i] == "NOUN"))


def _in_sentences(ent: Span, doc: Tokens, sentences: frozenset[int]) -> bool:
    """Whether the word before the name or one of its words stands in one of the ``sentences``."""
    sentence_of = doc.sentence_of
    return bool(sentences) and any(sentence_of[i] in sentences for i in range(max(ent.start - 1, 0), ent.end))


def _described_work_noun(noun: Token) -> bool:
    """Whether a word in lower case describes the work noun, as an adjective or a noun before it ("hit film X",
    "Spanish drama X", "US television series X"): the noun is a common noun there, no word of a name."""
    return noun.is_lower and any(c.dep_ in ("amod", "compound") and c.i < noun.i and (c.is_lower or c.pos_ == "ADJ")
                                 for c in dependents(noun))


def _listed_with_works(root: Token, gazetteer: Gazetteer) -> bool:
    """Whether the name is listed with a plural work noun that a name opens, each with an owner of its own, so names
    it too: "Harlow's Vemo and Dunmore's Brix robots" (not "Ann Vale and her films": an author and her works; nor
    "Sony and Nintendo consoles": makers listed with what they make)."""
    listed = [c for c in dependents(root) if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else [])
    return _owned(root) and any(_owned_named_works(t, gazetteer) for t in listed)


def _owned_named_works(token: Token, gazetteer: Gazetteer) -> bool:
    """Whether the token is a plural work noun that a name opens and an owner holds: "Dunmore's Brix robots"."""
    return (token.pos_ == "NOUN" and token.tag_ == "NNS" and token.lemma_.lower() in gazetteer.work_nouns
            and _owned(token) and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in dependents(token)))


def _owned(token: Token) -> bool:
    """Whether a name's owner stands before the token: "Harlow's Vemo", "Dunmore's Brix robots"."""
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in dependents(token))


def _work_in_apposition(root: Token, gazetteer: Gazetteer) -> bool:
    """Whether a work noun stands in apposition to the name: "Deathrun, a violent video game"."""
    return any(_work_noun(c, gazetteer) for c in dependents(root) if c.dep_ == "appos") or (
        root.dep_ == "appos" and _work_noun(root.head, gazetteer))


def _work_predicated(root: Token, gazetteer: Gazetteer) -> bool:
    """Whether the name is the subject of "be" whose complement is a work noun: "Deathrun is a violent video game",
    "Harbour Nights was her first film" (not "Deathrun's maker is a company")."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_ != "be":
        return False
    return any(c.dep_ == "attr" and _work_noun(c, gazetteer) for c in dependents(verb))


def compound_works(ents: Iterable[Span], doc: Tokens, gazetteer: Gazetteer) -> list[Span]:
    """The names that open a work noun an article or a possessive pronoun determines: "its new Kasmo console", "the
    Zentara disc format", "the ClipShield technology". A maker or an author is mostly written as the noun's owner
    instead ("Veltron's console", "Tom Avery's film"); a company or a person named so ("the Veltron phone", "the new
    Tom Avery film") is told by the cues the caller reads; a country, a place or a body the gazetteer knows ("my
    first Wales game") names none. ``doc``: the document's tokens (most documents have no such noun at all); the
    determined nouns are read once a document, whose NER's names and missed names are both searched."""
    nouns = frozenset(doc.read_once("determined work nouns", gazetteer, lambda: (
        noun.i for noun in doc.with_word(*gazetteer.work_nouns) if _determined_work_noun(noun, gazetteer))))
    return _opening_works([ent for ent in ents if _before_or_ending(ent, doc, nouns)], gazetteer) if nouns else []


def _opening_works(ents: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """The names of ``ents`` that open a work noun (see compound_works)."""
    found = [ent for ent in ents if _opens_work_noun(ent, gazetteer)]
    found += [ent[:-1] for ent in ents if len(ent) > 1 and _determined_work_noun(ent[-1], gazetteer)
              and ent[-2].dep_ == "compound"]  # the model took the noun in: "a Zentara disc"
    return [span for span in found if not _known_body(span_text(span), gazetteer)]  # "my first Wales game"


def _before_or_ending(ent: Span, doc: Tokens, nouns: Collection[int]) -> bool:
    """Whether one of the ``nouns`` ends the name or stands right after it, or a compound does (which may
    lead to one: "the Zentara disc format")."""
    return ent.end - 1 in nouns or ent.end in nouns or (ent.end < len(doc) and doc.dep[ent.end] == "compound")


def _opens_work_noun(ent: Span, gazetteer: Gazetteer) -> bool:
    noun = ent.root.head
    if ent.root.dep_ != "compound" or noun.i < ent.end:
        return False
    return all(t.dep_ == "compound" for t in ent.doc[ent.end:noun.i]) and _determined_work_noun(noun, gazetteer)


def _determined_work_noun(noun: Token, gazetteer: Gazetteer) -> bool:
    """Whether the token is a work noun with an article or a possessive pronoun: "its new console", "a disc"."""
    return _work_noun(noun, gazetteer) and any(c.dep_ == "det" or (c.dep_ == "poss" and c.pos_ == "PRON")
                                               for c in dependents(noun))


def common_noun_names(ents: Iterable[Span], doc: Tokens, gazetteer: Gazetteer) -> frozenset[str]:
    """The one-word names, no acronyms, that the document writes capitalised only where any word is (opening a
    sentence or a quote, or inside a title: "Broadband Britain") and also in lower case as a common noun
    ("Broadband is changing homes" beside "homes with broadband", "Spam must stop" beside "illegal spam"): a
    common noun, no name ("Yahoo" written mid-sentence beside "a yahoo" is one). Never a word the gazetteer knows
    as a place's, a country's or a body's ("Parliament" beside "parliament"), whose common noun names actors too."""
    single = {text for text in (span_text(ent) for ent in ents if len(ent) == 1) if text[1:].islower()}
    lower = _lower_nouns(doc, single)  # most words are written in no other case: the gazetteer is asked of few
    return frozenset(word for word in single if word.lower() in lower and not _known_body(word, gazetteer)
                     and _capitalised_only_anyway(word, doc))


def count_noun_names(ents: Iterable[Span], tokens: Tokens, gazetteer: Gazetteer) -> frozenset[str]:
    """The names the document writes as a count noun, an indefinite article right before them and determining
    them ("buyers who own an Orvo", "it is just a Zentara"): one of many things of a kind, a product's name, no
    actor's. Never a capital "A" (an initial: "A Reed (Carrow)"), nor a name with an adjective between ("a
    resurgent Carrow": a side described), nor one the gazetteer knows as a place's, a country's or a body's, nor
    one with an organisation's word ("a Carrow Party taking power"). ``tokens``: the document's."""
    return frozenset(ent.text for ent in ents if _indefinite_before(ent, tokens)
                     and not _known_body(ent.text, gazetteer)
                     and not any(t.lower_ in gazetteer.organization_words for t in ent))


def _indefinite_before(ent: Span, tokens: Tokens) -> bool:
    """Whether a lower-case indefinite article stands right before the name and determines its head (``tokens``:
    the document's, whose labels say whether a determiner stands there)."""
    if not ent.start or tokens.dep[ent.start - 1] != "det":
        return False  # most names: no determiner before them, no Token made nor root read
    article, root = tokens[ent.start - 1], ent.root
    return (root.dep_ != "compound" and article.head.i == root.i and not article.text.isupper()
            and "Ind" in article.morph.get("Definite"))


def _lower_nouns(doc: Tokens, words: Collection[str]) -> set[str]:
    """The ``words`` the document writes in lower case as common nouns, in lower case."""
    return {t.text for t in doc.with_word(*(word.lower() for word in words)) if doc.pos[t.i] == "NOUN" and t.is_lower}


def _capitalised_only_anyway(word: str, doc: Tokens) -> bool:
    return all(_capitalised_anyway(t) for t in doc.with_text((word,)))


def _capitalised_anyway(token: Token) -> bool:
    """Whether any word would be capitalised where the token stands: opening a sentence or a quote, or beside
    another capitalised word (a title's)."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (token.is_sent_start or before is None or before.is_quote or before.is_left_punct
            or any(t is not None and t.is_title and t.pos_ == "PROPN" for t in (before, after)))


def _known_body(word: str, gazetteer: Gazetteer) -> bool:
    lower = word.lower()
    return (gazetteer.is_place_word(word) or bool(gazetteer.organization(word)) or lower in gazetteer.generic_words
            or lower in gazetteer.organization_words or word in gazetteer.demonym_organizations)


def _work_like(root: Token, gazetteer: Gazetteer) -> bool:
    """Whether the name is an instance a work noun governs: "software like Tarrix", "drugs such as Velmor", or
    listed after one ("phones such as the Kestra and the Zenbox", "films including X", "whose films include X":
    ``gazetteer.work_listing_words``)."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return _work_listed(root, gazetteer) or _work_exemplified(root, gazetteer)


def _work_exemplified(root: Token, gazetteer: Gazetteer) -> bool:
    """Whether the name is the object of "like" or "such as" on a work noun."""
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or not (
            prep.lower_ == "like" or (prep.lower_ == "as" and any(c.lower_ == "such" for c in dependents(prep)))):
        return False
    noun = prep.head
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in gazetteer.work_nouns


def _work_listed(root: Token, gazetteer: Gazetteer) -> bool:
    """Whether the name is listed by a work noun: the object of "including" on one, or of "include" with one as
    its subject."""
    head = root.head
    if head.lemma_.lower() not in gazetteer.work_listing_words and head.lower_ not in gazetteer.work_listing_words:
        return False
    if root.dep_ == "pobj":
        nouns = [head.head]
    else:
        nouns = [c for c in dependents(head) if c.dep_ == "nsubj"] if root.dep_ == "dobj" else []
    return any(n.pos_ == "NOUN" and n.lemma_.lower() in gazetteer.work_nouns for n in nouns)


def _work_noun(token: Token, gazetteer: Gazetteer) -> bool:
    return token.pos_ == "NOUN" and token.lower_ in gazetteer.work_nouns


def place_closing_organization(span: Span, gazetteer: Gazetteer) -> Span:
    """An organisation's name the model cut before the place that ends it ("BBC Radio" + "Scotland", where the
    organisation's words are the place's compounds) is whole: the station is no country."""
    if span.label_ != "ORG":
        return span  # no root read
    root = span.root
    if root.dep_ != "compound" or not _closing_place(root.head, span.end, gazetteer):
        return span
    return Span(span.doc, span.start, root.head.i + 1, label="ORG")


def _closing_place(head: Token, end: int, gazetteer: Gazetteer) -> bool:
    """Whether the word right after an organisation's span is a place's name it qualifies, no other name."""
    place = head.ent_type_ in ("GPE", "LOC") or gazetteer.is_place_word(head.text)
    return head.i == end and head.pos_ == "PROPN" and place and head.ent_type_ in ("", "GPE", "LOC")


def portfolio_list_closing(span: Span, gazetteer: Gazetteer) -> Span:
    """An organisation's name the model cut inside the list of subjects it is "for" or "of" ("the Department for
    Education" + "and Skills", "the Department for Culture" + ", Media and Sport") is whole: the subjects after it
    are no organisations of their own. The name opens with an organisation word and the list ends after "and"."""
    if span.label_ != "ORG":
        return span
    words = [t for t in span if t.pos_ != "DET"]
    if len(words) < 3 or words[0].lower_ not in gazetteer.organization_words \
            or words[1].lower_ not in ("for", "of") or not span[-1].is_title:
        return span
    end = _subject_list_end(span.doc, span.end)
    return Span(span.doc, span.start, end, label="ORG") if end > span.end else span


def _subject_list_end(doc: Doc, i: int) -> int:
    """Where a list of capitalised subjects written from ``i`` (", Media and Sport", "and Skills") ends after its
    "and"; 0 when none is written there."""
    while i + 1 < len(doc) and doc[i].text in (",", "and", "&") and _subject_word(doc[i + 1]):
        last = doc[i].text != ","
        i += 1
        while i < len(doc) and _subject_word(doc[i]):
            i += 1
        if last:
            return i
    return 0


def _subject_word(token: Token) -> bool:
    """A capitalised word of a subject list; not an organisation's own name the model tagged with several words,
    nor an acronym ("the Department of Health and the NHS")."""
    return token.is_title and token.pos_ in ("PROPN", "NOUN", "ADJ") and token.ent_type_ in ("", "ORG") \
        and not (token.ent_type_ == "ORG" and token.ent_iob_ == "B" and token.i + 1 < len(token.doc)
                 and token.doc[token.i + 1].ent_iob_ == "I")


def organization_of_place(span: Span, collectives: Collection[tuple[str, ...]]) -> Span:
    """An organisation's name the model cut at "of" before the country or place that ends it ("the Federal
    Government of" + "Chile", "the Transitional Council of" + "Velor") is whole; a collective noun's ("the Government
    of" + "Chile") is left to the collective reading ("government of Chile")."""
    doc = span.doc
    if span.label_ != "ORG" or len(span) < 2 or span[-1].lower_ != "of" or span.end >= len(doc):
        return span
    place = doc[span.end]
    if not _opens_place(place):
        return span
    if tuple(t.lemma_.lower() for t in span[:-1] if t.pos_ != "DET") in collectives:
        return span
    return Span(doc, span.start, _second_place_end(doc, entity_end(doc, place.i)), label="ORG")


def _opens_place(token: Token) -> bool:
    return token.ent_iob_ == "B" and token.ent_type_ in ("GPE", "LOC")


def _second_place_end(doc: Doc, end: int) -> int:
    """Where a name of an organisation "of" two places ends ("the Emirate of Velor and the Levant"): after the second
    place when "and" joins one that ends the noun phrase (not "of Chile and Peru's navy"), else at ``end``."""
    words = [t for t in doc[end:end + 3] if t.lower_ != "the"]
    if len(words) < 2 or words[0].lower_ != "and" or not _opens_place(words[1]):
        return end
    after = entity_end(doc, words[1].i)
    closes = after >= len(doc) or (doc[after].pos_ not in ("NOUN", "PROPN", "PART") and doc[after].text[:1] != "'")
    return after if closes else end


def demonym_in_organization(span: Span, gazetteer: Gazetteer, collectives: Collection[tuple[str, ...]],
                            titles: frozenset[str] = frozenset()) -> Span:
    """A nationality word that opens an organisation's name the model missed ("British" of "British Dental
    Association", "Scottish" of "Scottish Water") becomes that organisation's name, not the country: the proper
    nouns after it end in an organisation word that ends no collective noun (``collectives``, lemmas: "Iraqi Army",
    "Syrian Security Forces" stay the country's), or are one singular proper noun that is no title, first name or
    place ("British Gas"; not "Welsh Secretary"). So too a person's name the model drew over both ("Welsh Water")."""
    doc = span.doc
    if span.label_ == "PERSON":
        return _company_drawn_as_person(span, gazetteer, titles)
    if span.label_ != "NORP" or not _nationality_word(span, gazetteer):
        return span
    end = span.end
    while end < len(doc) and _organization_name_word(doc[end]) and not doc[end].ent_type_:
        end += 1
    if _opens_organization_name(span, end, gazetteer, collectives, titles):
        return Span(doc, span.start, end, label="ORG")
    linked = _linked_name_end(span, end, gazetteer)
    return span if linked is None else Span(doc, span.start, linked, label="ORG")


def _linked_name_end(span: Span, end: int, gazetteer: Gazetteer) -> int | None:
    """Where the name a nationality word opens ends when "of" or "for" and capitalised words go on from its
    proper nouns ("British Chambers of Commerce", "American Society for Microbiology"); None when nothing goes
    on, or the words before the link name a kind of body a country has ("Iraqi Ministry of Culture", "the British
    Department of Health": the country's ministry, ``gazetteer.generic_words``)."""
    doc = span.doc
    if end == span.end or span.root.head.i not in range(span.end, end) or not _name_goes_on(doc, end):
        return None
    if doc.text[doc[span.end].idx:doc[end - 1].idx + len(doc[end - 1])].lower() in gazetteer.generic_words:
        return None
    linked = end + 1
    while linked < len(doc) and _organization_name_word(doc[linked]):
        linked += 1
    return _and_one_word(doc, linked)


def _and_one_word(doc: Doc, end: int) -> int:
    """The end of a name past one capitalised word that "and" adds to the words after its "for" or "of" ("Chilean
    Institute for Mining and Energy"); two words or more after "and" name another body."""
    added = end + 1 < len(doc) and doc[end].lower_ == "and" and _organization_name_word(doc[end + 1]) \
        and not doc[end + 1].ent_type_  # "and Oxfam", a name the model tagged, is another body
    more = end + 2 < len(doc) and _organization_name_word(doc[end + 2])
    return end + 2 if added and not more else end


def _opens_organization_name(span: Span, end: int, gazetteer: Gazetteer, collectives: Collection[tuple[str, ...]],
                             titles: frozenset[str]) -> bool:
    """Whether the nationality word ``span`` opens the organisation's name that ends at ``end``."""
    doc = span.doc
    return end > span.end and span.root.head.i in range(span.end, end) and not _name_goes_on(doc, end) \
        and _ends_name_after_nationality(doc[span.end:end], gazetteer, collectives, titles)


def _name_goes_on(doc: Doc, end: int) -> bool:
    """Whether a name link and a capitalised word follow ``end`` ("Ministry" of "the Iraqi Ministry of Culture",
    whose name the nationality word does not open)."""
    return end + 1 < len(doc) and doc[end].lower_ in _NAME_LINKS and doc[end + 1].text[:1].isupper()


def _company_drawn_as_person(span: Span, gazetteer: Gazetteer, titles: frozenset[str]) -> Span:
    """A person's span the model drew over a nationality word and one name word ("Welsh Water"): the name of an
    organisation."""
    if len(span) == 2 and _nationality_word(span[:1], gazetteer) and _one_name_word(span[1:], titles, gazetteer):
        return Span(span.doc, span.start, span.end, label="ORG")
    return span


def _ends_name_after_nationality(words: Span, gazetteer: Gazetteer, collectives: Collection[tuple[str, ...]],
                                 titles: frozenset[str]) -> bool:
    return _ends_organization_name(words[-1], gazetteer, collectives) \
        or _one_name_word(words, titles, gazetteer) and not _ends_collective(words[-1], collectives)


def _nationality_word(span: Span, gazetteer: Gazetteer) -> bool:
    """Whether ``span`` is one nationality word written out ("British", "Scottish", not "U.S."), no party's ("Tory")
    nor a plural ("Lords")."""
    word = span_text(span)
    if len(span) != 1 or not word.isalpha() or word in gazetteer.demonym_organizations:
        return False
    return bool(gazetteer.demonym(word)) or not word.endswith("s") and (
        span.label_ == "NORP" or word.lower() in gazetteer.portfolios)


def _common_or_joined(i: int, doc: Doc) -> bool:
    """Whether the word at ``i`` follows "a" or "an", or a hyphen written against it."""
    before = doc[i - 1] if i > 0 else None
    return before is not None and (before.lower_ in ("a", "an") or before.text == "-" and not before.whitespace_)


def _one_name_word(words: Span, titles: frozenset[str], gazetteer: Gazetteer,
                   tags: Collection[str] = ("NNP",)) -> bool:
    """Whether ``words`` are one singular proper noun that can end an organisation's name after a nationality word:
    no title ("Secretary", "Ministers"), party, portfolio, acronym ("American IT giant"), first name or place; not
    after an indefinite article ("an Islamic Fundamentalist") or a word hyphened to the nationality ("the
    Anglo-Irish Agreement")."""
    if len(words) != 1 or words[0].tag_ not in tags or words[0].text.isupper():
        return False
    if _common_or_joined(words.start - 1, words.doc):
        return False
    word = words[0]
    return not (title_word(word, titles, gazetteer) or word.lower_.removesuffix("s") in titles
                or not_a_name_word(word, gazetteer)
                or gazetteer.is_first_name(word.text) or gazetteer.is_place_word(word.text))


def _ends_organization_name(last: Token, gazetteer: Gazetteer, collectives: Collection[tuple[str, ...]]) -> bool:
    """Whether ``last`` is an organisation word ("Association") that ends no collective noun ("Army", "Forces")."""
    return last.lower_ in gazetteer.organization_words and not _ends_collective(last, collectives)


def describing_group_word(span: Span, gazetteer: Gazetteer, collectives: Collection[tuple[str, ...]],
                          titles: frozenset[str] = frozenset()) -> bool:
    """Whether ``span`` is a group's word (no country's nor party's) that only describes a thing: before a noun that
    is no community noun of the gazetteer, collective actor's noun or title ("the Asian tsunami", "Muslim, Jewish
    and Christian schools", "a Nazi uniform"), or said of someone ("she is Catholic"). "the Jewish community",
    "Muslim leaders", "Kurdish fighters" stand for the group; "Kurdish commander X" is its member, but "a Jewish
    reporter" is one person described, "Scottish ministers" are a nation's (``gazetteer.nation_words``: no group),
    and a word hyphened to the one before it is part of another word ("anti-Semitism")."""
    if len(span) != 1 or span.label_ != "NORP" or not _group_word(span[0], gazetteer):
        return False
    word = min((span[0], *span[0].conjuncts), key=lambda t: t.i)  # the first of "Muslim, Jewish and Christian"
    if _hyphened(span.start, span.doc) or _said_of_someone(word):
        return True
    return word.dep_ in ("amod", "compound", "nmod") and word.head.pos_ in ("NOUN", "PROPN") \
        and not _group_noun(word, gazetteer, collectives, titles)


def group_with_its_noun(span: Span, gazetteer: Gazetteer, titles: frozenset[str]) -> Span:
    """A group's word before the community noun that makes it the whole group ("the Jewish community", "the Hindu
    population", "Britain's Sikh diaspora"): the word and the noun, the group's name (the adjective alone was the
    actor's label); ``span`` itself before any other noun, a plural, or a person's noun ("a Muslim cleric"), and
    for a nationality's or a party's word (see classification._group)."""
    if len(span) != 1 or span.label_ != "NORP":
        return span  # most names: no token made
    word = span[0]
    noun = word.head
    if noun.i != span.end or noun.tag_ != "NN" \
            or gazetteer.demonym(word.text) or word.text in gazetteer.demonym_organizations \
            or noun.lemma_.lower() not in gazetteer.community_nouns or noun.lemma_.lower() in titles \
            or noun.lemma_.lower() in gazetteer.kin_nouns:  # a named clan or tribe is its name alone
        return span
    return Span(span.doc, span.start, span.end + 1, label="NORP")


def _said_of_someone(word: Token) -> bool:
    """ "she is Catholic" (not "she is a Catholic")."""
    return word.dep_ == "acomp" or word.dep_ == "attr" and not any(c.dep_ == "det" for c in dependents(word))


def _group_noun(word: Token, gazetteer: Gazetteer, collectives: Collection[tuple[str, ...]],
                titles: frozenset[str]) -> bool:
    """Whether a group's ``word`` stands for the group before its noun: a community noun, a collective's or a title
    (not one with an indefinite article, nor after a nation's word)."""
    noun = word.head
    forms = {noun.lemma_.lower(), noun.lower_}
    titled = bool(forms & titles) and word.text not in gazetteer.nation_words \
        and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in dependents(noun))
    return titled or bool(forms & gazetteer.community_nouns) or _ends_collective(noun, collectives)


def _hyphened(i: int, doc: Doc) -> bool:
    """Whether the word at ``i`` is written against a hyphen before it."""
    return i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_


def _group_word(token: Token, gazetteer: Gazetteer) -> bool:
    """Whether a word is a group's in the singular: no nationality word of a country, no party's or known
    organisation's name or acronym ("SNP"), no plural noun."""
    text = token.text
    return text.isalpha() and not text.isupper() and token.tag_ not in ("NNS", "NNPS") \
        and not gazetteer.demonym(text) and text not in gazetteer.demonym_organizations \
        and not gazetteer.organization(text)


def _ends_collective(last: Token, collectives: Collection[tuple[str, ...]]) -> bool:
    """Whether ``last`` ends a collective noun written out before it: all its words ("Army"; "Council" only after
    "local": the "British Council" is no country's council)."""
    forms = {last.lower_, last.lemma_.lower(), last.lower_[:-1]}
    return any(words[-1] in forms and _written_before(last, words[:-1]) for words in collectives)


def _written_before(last: Token, words: tuple[str, ...]) -> bool:
    """Whether ``words`` stand right before ``last``, in lower case as written."""
    start = last.i - len(words)
    return start >= 0 and tuple(t.lower_ for t in last.doc[start:last.i]) == words


def _organization_name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.ent_type_ in ("", "ORG")


def first_name_as_city(span: Span, gazetteer: Gazetteer) -> Span:
    """A city name that opens a person's name ("Vladimir" + "Putin") or ends one ("Robert" + "Preston")
    becomes that person's name.

    The gazetteer's city patterns claim such first names before the model's NER sees them.
    """
    if span.label_ != "GPE" or gazetteer.is_country_word(span_text(span)):
        return span
    head = span.root.head
    if span.root.dep_ != "compound" or head.pos_ != "PROPN" or head.i != span.end \
            or head.ent_type_ not in ("", "PERSON"):
        return _surname_as_city(span, gazetteer)
    return Span(span.doc, span.start, head.i + 1, label="PERSON")


def titled_place_as_person(span: Span, doc: Tokens, titles: frozenset[str], gazetteer: Gazetteer) -> Span:
    """A name the model took for a place that a role or courtesy title introduces is a person's ("South African
    president Thabo Mbeki", "Mr Mbeki"), unless the gazetteer knows the place ("Mayor London" is no name)."""
    if span.label_ not in ("GPE", "LOC") or span.ent_id_ == CITY_ID or gazetteer.is_country_word(span_text(span)):
        return span
    if introduced_by_title(span, doc, titles, gazetteer):
        return Span(span.doc, span.start, span.end, label="PERSON")
    return span


def introduced_by_title(span: Span, doc: Tokens, titles: frozenset[str], gazetteer: Gazetteer) -> bool:
    """Whether a role title ("president") or a courtesy title ("Mr") stands right before the name: a person
    follows."""
    return ends_in_title(list(doc.lower[max(0, span.start - 3):span.start]), titles) \
        or after_honorific(doc, span.start, gazetteer)


def _surname_as_city(span: Span, gazetteer: Gazetteer) -> Span:
    """A city name after a first name ("Robert" + "Preston") becomes that person's name."""
    doc = span.doc
    first = doc[span.start - 1] if span.start > 0 else None
    if first is None or not _compound_word_of(first, span.start, span.end) or first.ent_type_ \
            or not gazetteer.is_first_name(first.text):
        return span
    return Span(doc, first.i, span.end, label="PERSON")


def unlabelled_names(doc: Tokens, taken: set[int], titles: frozenset[str], gazetteer: Gazetteer) -> list[Span]:
    """Runs of capitalised proper nouns in argument positions that the model's NER missed ("Xi Jinping"), and
    parties or organisations the gazetteer knows ("Plaid Cymru": an organisation's span, to classify).

    Two or three words read as a person's name, and so does a single singular proper noun that is a
    subject or object ("Trump urged Putin"); the type vote over the document and the corpus can still
    change that.
    """
    found = organization_names(doc, taken, gazetteer)
    taken = taken | {i for span in found for i in range(span.start, span.end)}
    end = 0
    for i in _proper_nouns(doc):  # a run opens with one (see _free_proper_noun)
        if i < end or not _free_proper_noun(doc, i, taken) or doc.lower[i] in titles:
            continue  # in the run before, or no run opens here
        end = _free_run_end(doc, i, taken)
        start = _hyphened_start(doc, i, taken)
        span = _unlabelled_name(doc, start, end, titles, gazetteer) or _organization_before_title(doc, i, end, titles)
        if span is not None:
            found.append(span)
    return found + _known_read_as_numbers(doc, taken, gazetteer) + _known_read_as_plurals(doc, taken, gazetteer)


def _hyphened_start(doc: Tokens, i: int, taken: set[int]) -> int:
    """Where a name that opens at ``i`` starts when a capitalised word is hyphened to it with no space on either
    side ("T-Mobile", "Arno-Vale"): the whole name, not its last part ("Mobile", a city's name)."""
    if i < 2 or doc.words[i - 1] != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return i
    return i - 2 if i - 2 not in taken and doc[i - 2].is_alpha and doc.words[i - 2][:1].isupper() else i


def _organization_before_title(doc: Tokens, start: int, end: int, titles: frozenset[str]) -> Span | None:
    """A run of capitalised words right before a title that the model tagged as nothing here but as an
    organisation elsewhere in the document ("Velcorp lost money ... ex-Velcorp editor Tom Varga"): its span."""
    if end >= len(doc) or doc.lower[end] not in titles:
        return None
    text = doc.text(start, end)
    named = any(e.label_ == "ORG" and e.text.removeprefix("the ") == text for e in doc.ents)
    return Span(doc.doc, start, end, label="ORG") if named else None


def organization_names(doc: Tokens, taken: set[int], gazetteer: Gazetteer) -> list[Span]:
    """Names of two capitalised words or more that end in an organisation word (gazetteer organization_words) and
    that the model tagged as nothing or as a work ("the Harbour Green Party's spokesman"), with a "for" or "of" and
    the capitalised words after it that the model cut off ("Commission for Rural Fairness chairman"), and the words
    before an "and" after "the" ("the Fishing and Rural Authority"): organisations' spans."""
    found = []
    end = 0
    for i in _proper_nouns(doc):  # a run opens with one (see _free_proper_noun), and most words are none
        if i < end:
            continue  # in the run before
        head = _possessive_run_end(doc, i, taken, gazetteer)
        organization = head > i and doc.lower[head - 1] in gazetteer.organization_words
        end = _linked_end(doc, head, taken) if organization else head
        span = _organization_span(doc, i, end, taken) if organization else None
        if span is not None:
            found.append(span)
    return found


def _free_run_end(doc: Tokens, start: int, taken: set[int]) -> int:
    """The end of the run of free proper nouns (see _free_proper_noun) that opens at token ``start``, in its
    sentence ("Kelby 2-0 Arno | Arno beat ...": a run-in headline's last name and the lead's first are two)."""
    end = start + 1
    while end < len(doc) and _free_proper_noun(doc, end, taken) and not doc[end].is_sent_start:
        end += 1
    return end


def _proper_nouns(doc: Tokens) -> list[int]:
    """The places of the document's proper nouns, in text order: the only words a run of a name opens with."""
    return doc.places_with_pos("PROPN")


def _linked_end(doc: Tokens, head: int, taken: set[int]) -> int:
    """The end of an organisation's name whose organisation word ends at ``head``, read on across "for" or "of" and
    the capitalised words after it ("Commission for Rural Fairness"), and one word "and" adds to them."""
    end = head
    while end < len(doc) - 1 and doc.lower[end] in _NAME_LINKS and _run_end(doc, end + 1, taken) > end + 1:
        end = _run_end(doc, end + 1, taken)
    return _and_word(doc, end, taken) if end > head else end


def _and_word(doc: Tokens, end: int, taken: set[int]) -> int:
    """The end of an organisation's name past one capitalised word that "and" adds to the words after its "for" or
    "of" ("Department for Work and Pensions spokeswoman", "Department of Trade and Industry"); two words or more
    after "and" name another body ("the Department for Education and Downing Street"), and so does a name the model
    tagged ("and Britain")."""
    if end + 1 < len(doc) and doc.lower[end] == "and" and _run_end(doc, end + 1, taken) == end + 2:
        return end + 2
    return end


def _organization_span(doc: Tokens, start: int, end: int, taken: set[int]) -> Span | None:
    """The organisation's span of the run doc[start:end] with the words "and" joins to it (see _and_start), when it
    has two words or more."""
    first = _and_start(doc, start, taken)
    return Span(doc.doc, first, end, label="ORG") if end - first >= 2 else None


def _possessive_run_end(doc: Tokens, start: int, taken: set[int], gazetteer: Gazetteer) -> int:
    """The end of the run of capitalised proper nouns from ``start`` (see _run_end), read on across a possessive
    "'s" when the words after it end in an organisation word ("Varga's Disease Society", which the model cuts to
    "Disease Society")."""
    end = _run_end(doc, start, taken)
    if end == start or end + 1 >= len(doc) or doc.lower[end] not in _POSSESSIVE_MARKS:
        return end
    after = _run_end(doc, end + 1, taken)
    return after if after > end + 1 and doc.lower[after - 1] in gazetteer.organization_words else end


def _run_end(doc: Tokens, start: int, taken: set[int]) -> int:
    """The end of the run of capitalised proper nouns from ``start`` that the model tagged as nothing or a work."""
    end = start
    while end < len(doc) and _loose_proper_noun(doc, end, taken):
        end += 1
    return end


def _and_start(doc: Tokens, start: int, taken: set[int]) -> int:
    """The start of the words joined by "and" to a run of capitalised words at ``start`` when "the" opens them ("the
    Fishing and Rural Authority"), else ``start``."""
    first = start - 1
    while first > 0 and _loose_proper_noun(doc, first - 1, taken):
        first -= 1
    joined = start >= 3 and doc.lower[start - 1] == "and" and first < start - 1 and doc.lower[first - 1] == "the"
    return first if joined else start


def _loose_proper_noun(doc: Tokens, i: int, taken: set[int]) -> bool:
    """A capitalised proper noun no entity has claimed that the model tagged as nothing or as a work."""
    return _free_proper_noun(doc, i, taken, True) and doc.ent_type[i] in ("", "WORK_OF_ART")


def _known_read_as_numbers(doc: Tokens, taken: set[int], gazetteer: Gazetteer) -> list[Span]:
    """Names of one word that the model took for a number ("a CLIS gang leader": CLIS tagged CARDINAL as if a
    Roman numeral), as organisations' spans: an acronym with a letter no Roman numeral has, or an organisation
    the gazetteer knows."""
    numbers = (t for e in doc.ents if e.label_ in _NUMBER_LABELS for t in e)
    return [Span(doc.doc, t.i, t.i + 1, label="ORG") for t in numbers
            if t.i not in taken and t.is_alpha and t.pos_ == "PROPN"
            and (_non_roman_acronym(t.text) or _known_organization(t.text, gazetteer))]


def _known_read_as_plurals(doc: Tokens, taken: set[int], gazetteer: Gazetteer) -> list[Span]:
    """Parties the gazetteer knows by a capitalised plural that the model took for a common noun and tagged as
    nothing ("Tories and Greens welcomed the report" opening a sentence), as organisations' spans; not a document's
    first word, where a headline's capitals say nothing."""
    return [Span(doc.doc, i, i + 1, label="ORG") for i in doc.places_with_pos("NOUN")
            if i >= 1 and doc.tag[i] == "NNS" and i not in taken and not doc.ent_type[i]
            and doc.words[i][:1].isupper() and _known_organization(doc.words[i], gazetteer)]


def _non_roman_acronym(text: str) -> bool:
    """An acronym of three letters or more that is no Roman numeral ("UFAL", not "XIV")."""
    return len(text) >= 3 and is_acronym(text) and bool(set(text) - _ROMAN)


def _free_proper_noun(doc: Tokens, i: int, taken: set[int], tagged: bool = False) -> bool:
    """Whether token ``i`` is a capitalised proper noun that no entity has claimed (nor the model's NER, unless
    ``tagged``)."""
    return (doc.pos[i] == "PROPN" and i not in taken and (tagged or not doc.ent_type[i])
            and doc.words[i][:1].isupper())


def _unlabelled_name(doc: Tokens, start: int, end: int, titles: frozenset[str], gazetteer: Gazetteer) -> Span | None:
    """The person's name in the proper-noun run doc[start:end], if it reads as one (see unlabelled_names)."""
    known = _known_organization_in(doc, start, end, gazetteer)
    if known is not None:
        return known
    first = _run_name_start(doc, start, end, titles, gazetteer)
    span = doc.doc[first:end]
    if first >= end or not _run_reads_as_name(span, doc, titles, gazetteer):
        return None
    body = _names_a_body(span, gazetteer) or _hyphened_organization(span, doc)
    return Span(doc.doc, span.start, span.end, label="ORG" if body else "PERSON")


def _hyphened_organization(span: Span, doc: Tokens) -> bool:
    """Whether a hyphened name ("T-Mobile") is one the model tagged as an organisation elsewhere in the document."""
    if not any(_joining_hyphen(t) for t in span):
        return False
    words = [t.text for t in span]
    return any(e.label_ == "ORG" and [t.text for t in e if t.tag_ != "POS" and t.lower_ != "the"] == words
               for e in doc.ents)


def _run_reads_as_name(span: Span, doc: Tokens, titles: frozenset[str], gazetteer: Gazetteer) -> bool:
    """Whether a proper-noun run of words stands as an argument and reads as a name: two or three words, or a single
    singular proper noun that is a subject or object; never one a work noun introduces (see works_named)."""
    if _ends_in_no_name(span, doc, titles, gazetteer) or not _argument_words(span) \
            or _indefinite_name(doc, span.start, span.end) or _introduced_as_work(span, doc, gazetteer):
        return False
    single_name = len(span) == 1 and span[0].tag_ == "NNP" and span.root.dep_ in _CORE_DEPS
    return 2 <= len(span) <= 3 or single_name and not _hyphened_prefix(span)


def _hyphened_prefix(span: Span) -> bool:
    """Whether one word is a prefix that a hyphen right after it joins to the next word ("Ex" of "Ex-No 10 media
    chief", whose name the entity ruler took apart from it): no name of its own."""
    doc = span.doc
    return (span.end + 1 < len(doc) and doc[span.end].text == "-" and not span[-1].whitespace_
            and not doc[span.end].whitespace_)


def _run_name_start(doc: Tokens, start: int, end: int, titles: frozenset[str], gazetteer: Gazetteer) -> int:
    """Where a name starts in the proper-noun run doc[start:end]: after a headline's repeated surname, a leading
    title (a plural one before a list of names too: see _after_plural_title) and a common noun capitalised to open
    the sentence."""
    first = skip_leading_title(doc, skip_repeated_surname(doc, start, end), end, titles, gazetteer)
    first = _after_plural_title(doc, first, end, titles, gazetteer)[0]
    return first + _opening_descriptor(doc, first, gazetteer)


def _argument_words(span: Span) -> bool:
    """Whether a run of words stands as an argument and is all letters or hyphens with no space ("T-Mobile")."""
    return span.root.dep_ in _ARGUMENT_DEPS and all(t.is_alpha or _joining_hyphen(t) for t in span)


def _joining_hyphen(token: Token) -> bool:
    """Whether the token is a hyphen written against the words on both sides of it."""
    return token.text == "-" and token.i > 0 and not token.whitespace_ and not token.doc[token.i - 1].whitespace_


def _names_a_body(span: Span, gazetteer: Gazetteer) -> bool:
    """Whether the run names a body: it takes "the" (see _with_the) or is one word that names a kind of body
    (gazetteer generic_words: "Police are investigating ...", capitalised at the start of a sentence)."""
    return _with_the(span) or len(span) == 1 and span[0].lower_ in gazetteer.generic_words


def _with_the(span: Span) -> bool:
    """Whether the run takes the article "the" ("the Scottish Executive", "the Welsh Assembly"): the name of a
    body, no person's (the NER's persons and known titled persons, "the Pope", are read elsewhere)."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in dependents(span.root))


def _ends_in_no_name(span: Span, doc: Tokens, titles: frozenset[str], gazetteer: Gazetteer) -> bool:
    """Whether a proper-noun run ends in a title ("Foreign Secretary", "MP") or a plural ("Voters")."""
    return (ends_in_title(span_text(span).lower().split(), titles) or title_word(span[-1], titles, gazetteer)
            or _plural(span[-1]) or _names_an_event(doc, span.end, gazetteer))


def _no_actor_name(doc: Tokens, start: int, end: int, label: str, titles: frozenset[str], gazetteer: Gazetteer,
                   holder_words: frozenset[str]) -> bool:
    """Whether doc[start:end] reads as no name, as a part of a title, as the name of an event ("the Budget") or
    is a word the gazetteer says names no actor ("MP", "VAT": ``gazetteer.non_actor_names``), or a body's name
    that a lowercase word before it makes another body ("the shadow Cabinet": ``gazetteer.other_body_words``)."""
    return (not _reads_as_name(doc, start, end, label, titles, gazetteer) or _names_an_event(doc, end, gazetteer)
            or _no_actor_word(doc, start, end, label, gazetteer)
            or (start > 0 and doc.lower[start - 1] in gazetteer.other_body_words and doc[start - 1].is_lower)
            or _part_of_title(doc, start, end, titles, holder_words, gazetteer)
            or _in_list_of_kinds(doc, start, end, titles) or _kind_opening_title(doc, start, end, titles, gazetteer)
            or _indefinite_name(doc, start, end))


_PHRASE_HEAD_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "attr", "appos", "dative", "conj"})


def _no_actor_word(doc: Tokens, start: int, end: int, label: str, gazetteer: Gazetteer) -> bool:
    """Whether doc[start:end] is a word the gazetteer says names no actor, a product's or an award's name read as no
    person's, or names one person of a nation."""
    return (doc.text(start, end) in gazetteer.non_actor_names or _product_name(doc, start, end, label, gazetteer)
            or _one_of_a_nation(doc, start, end, gazetteer))


_DETERMINING_DEPS = frozenset({"det", "poss"})


def _product_name(doc: Tokens, start: int, end: int, label: str, gazetteer: Gazetteer) -> bool:
    """Whether doc[start:end] is the name of a product or an award (``gazetteer.product_names``) that the model took
    for no person, or that a determiner or a possessive determines ("the Xbox", "her best actress Oscar"): a name the
    model read as a person's with nothing before it ("Oscar criticised Tom Hale") is the person's. The parser may
    hang the name on a noun before it that the determiner opens ("her best actress Oscar": appositive of "actress")."""
    if doc.text(start, end) not in gazetteer.product_names:
        return False
    token = doc.all[end - 1]
    heads = (token, token.head) if token.dep_ in ("appos", "compound") else (token,)
    return label != "PERSON" or any(c.dep_ in _DETERMINING_DEPS for head in heads for c in head.children)


def _one_of_a_nation(doc: Tokens, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether doc[start:end] is a nationality word alone after "the", heading its phrase, that names one person
    of the nation, someone named elsewhere ("the Russian hit himself", "he beat the American"): no actor, never
    the country; so is a noun for one person of a nation ("the Dane", "the Kiwi": ``gazetteer.person_demonyms``).
    The words of a whole people ("the French", "the Chinese": ``gazetteer.collective_demonyms``) and a nationality
    word before its noun ("the Russian government") are kept."""
    if end - start != 1 or start == 0 or doc.lower[start - 1] != "the" or doc.dep[start] not in _PHRASE_HEAD_DEPS:
        return False
    word = doc.text(start, end)
    return word in gazetteer.person_demonyms or (
        word in gazetteer.demonyms and word.isalpha() and not gazetteer.country(word)  # "the US", "the U.S."
        and word not in gazetteer.collective_demonyms)


def _indefinite_name(doc: Tokens, start: int, end: int) -> bool:
    """Whether a name of two words or more takes "a" or "an" right before it as its own: a thing or a figure of
    speech ("an Iron Wall has fallen"), no actor, whose name takes no indefinite article (not "a Labour
    government", "a House of Lords ruling": the article is the noun's after the name, however parsed; not "an
    enlarged EU")."""
    if end - start < 2 or start == 0 or doc.lower[start - 1] not in ("a", "an"):
        return False  # most names: no article of their own to read the root for
    root = doc.doc[start:end].root
    return doc.head[start - 1] == root.i and not (end < len(doc) and (doc.pos[end] == "NOUN"
                                                                         or doc.head[end] == root.i))


def _kind_opening_title(doc: Tokens, start: int, end: int, titles: frozenset[str], gazetteer: Gazetteer) -> bool:
    """Whether doc[start:end] is one word naming a kind of body (``gazetteer.generic_words``), capitalised only as
    it opens the sentence, before a lowercase title: "Party leader Jane Morrow" is a party's leader, of no body
    called "Party" (a capitalised title keeps its body: "Navy Senior Chief Petty Officer")."""
    return (end - start == 1 and end < len(doc) and doc.lower[start] in gazetteer.generic_words
            and doc[start].is_sent_start and doc[end].is_lower and _title_at(doc, end, titles, gazetteer))


def _in_list_of_kinds(doc: Tokens, start: int, end: int, titles: frozenset[str]) -> bool:
    """Whether an acronym stands in a list with a singular common noun that is no title, so names a kind as it
    does ("every teacher, GP and nurse"; not "the unions and Unison", "the minister and the BBC")."""
    if end - start != 1 or not is_acronym(doc.words[start]):
        return False  # most names: no acronym of one word, no Token read
    token = doc[start]
    if any(c.dep_ == "det" for c in dependents(token)):
        return False
    return any(_kind_noun(t, titles) for t in _listed_with(token))


def _listed_with(token: Token) -> list[Token]:
    """The other words of the list ``token`` is in: its first word and that word's conjuncts."""
    head = token.head if token.dep_ == "conj" else token
    return [t for t in (head, *(c for c in dependents(head) if c.dep_ == "conj")) if t.i != token.i]


def _kind_noun(token: Token, titles: frozenset[str]) -> bool:
    """A singular common noun written in lower case that is no title ("teacher", not "minister")."""
    return token.tag_ == "NN" and token.text.islower() and token.lower_ not in titles


def _part_of_title(doc: Tokens, start: int, end: int, titles: frozenset[str], holder_words: frozenset[str],
                   gazetteer: Gazetteer) -> bool:
    """Whether doc[start:end] only qualifies the title after it ("Shadow" of "the Shadow Secretary of State") or
    opens by finishing a title begun before it ("State for Transport" of "Secretary of State for Transport")."""
    words = doc.lower[start:end]
    if holder_words.issuperset(words) and end < len(doc) and _title_at(doc, end, titles, gazetteer):
        return True  # it qualifies the title
    openings = _title_openings(titles)  # a title begun before it has two words or more
    for i in range(max(0, start - 3), start):  # a loop, no generator: asked of every name
        if doc.lower[i] in openings and _title_between(doc, i, range(start + 1, end + 1), titles):
            return True  # it finishes the title
    return _in_portfolio_list(doc, start, words, titles, gazetteer)


def _in_portfolio_list(doc: Tokens, start: int, words: tuple[str, ...], titles: frozenset[str],
                       gazetteer: Gazetteer) -> bool:
    """Whether ``words`` (at ``start``) are a portfolio in the list a title's "for" or "of" opens ("Media" of
    "Secretary of State for Culture, Media and Sport", "Defense" of "Secretary of Defense")."""
    if start == 0 or " ".join(words) not in gazetteer.portfolios:
        return False  # most names: no portfolio, no list walked
    i = start - 1
    while i > 0 and (doc.lower[i] in gazetteer.portfolios or doc.lower[i] in (",", "and")):
        i -= 1
    return doc.lower[i] in ("for", "of") and ends_in_title(list(doc.lower[max(0, i - 3):i]), titles)


def _names_an_event(doc: Tokens, end: int, gazetteer: Gazetteer) -> bool:
    """Whether a name ending before token ``end`` names a thing that happens or is written ("the Budget", "the
    Mental Capacity Bill"), no actor (``gazetteer.event_words``)."""
    words = doc.lower[max(0, end - 2):end]
    return words[-1] in gazetteer.event_words or " ".join(words) in gazetteer.event_words


def _known_organization_in(doc: Tokens, start: int, end: int, gazetteer: Gazetteer) -> Span | None:
    """The party or organisation the gazetteer knows inside a proper-noun run ("Plaid Cymru", "Labour" of
    "New Labour"), as an organisation's span; None when there is none."""
    for size in range(end - start, 0, -1):
        for i in range(start, end - size + 1):
            if _known_organization(doc.text(i, i + size), gazetteer):
                return Span(doc.doc, i, i + size, label="ORG")
    return None


def titled_persons(doc: Tokens, taken: set[int], gazetteer: Gazetteer) -> list[Span]:
    """Office holders named by title alone, "the pope"."""
    # looked up in the index of the document's words: no test per token
    return [Span(doc.doc, token.i, token.i + 1, label="TITLE") for token in doc.with_word(*gazetteer.titled_persons)
            if token.i not in taken and doc.pos[token.i] in ("NOUN", "PROPN")]
