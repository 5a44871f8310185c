"""Mentions: find the stretches of text that name an actor and clean them to the name itself.

The model's NER spans are trimmed of articles, titles, possessive endings and headline words that ran
into them, and widened to a first name or a name particle the model left out; runs of proper nouns the
NER missed ("Xi Jinping"), office holders named by title ("the pope") are found as well.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from graph_builder.gazetteer import Gazetteer

_ARTICLES = frozenset(["the", "a", "an"])
_POSSESSIVE_TAIL = frozenset(["'s", "’s", "'", "’"])
_TAIL_POS = frozenset(["ADP", "DET", "CCONJ"])  # never the last word of a name
_PERSON_TAIL_POS = frozenset(["PROPN", "NOUN", "ADJ"])  # the only last words of a person's name
_NAME_LABELS = frozenset(["", "NORP", "PERSON", "GPE"])  # what the NER may have made of a name's next word
_FIRST_NAME_LABELS = frozenset(["", "PERSON", "GPE"])  # ... and of a first name it left out
_ARGUMENT_DEPS = frozenset(["nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos", "conj", "poss"])
_CORE_DEPS = frozenset(["nsubj", "nsubjpass", "dobj", "dative"])


def ends_in_title(words: list[str], titles: frozenset[str]) -> bool:
    """Whether the lowercase ``words`` end in a role title ("home secretary")."""
    return any(" ".join(words[i:]) in titles for i in range(len(words)))


def after_honorific(doc: Doc, i: int, gazetteer: Gazetteer) -> bool:
    """Whether a courtesy title or rank ("Mr", "Gen") stands just before token ``i``: a person follows."""
    return i > 0 and doc[i - 1].lower_ in gazetteer.honorifics


def not_a_name_word(token: Token, gazetteer: Gazetteer) -> bool:
    """Words the model sometimes takes into a person's name: "Mr", "Gen", "Tory" (Liam Fox), "French"."""
    return (token.lower_ in gazetteer.honorifics or token.text in gazetteer.demonym_organizations
            or bool(gazetteer.demonym(token.text)))


def clean_span(span: Span, titles: frozenset[str], gazetteer: Gazetteer) -> Span | None:
    """The name inside an NER span, or None when what is left is no name (see the module docstring).
    A name after a courtesy title is a person's, whatever the NER said."""
    doc = span.doc
    person = span.label_ == "PERSON"
    start = _skip_opening_words(doc, span.start, span.end, person, gazetteer)
    end = _skip_closing_words(doc, start, span.end, person)
    if person:
        start, end = _whole_person_name(doc, start, end, titles, gazetteer)
    if start >= end:
        return None
    if start > 0 and f"{doc[start - 1].text} {doc[start:end].text}" in gazetteer.longer_names:
        start -= 1  # the model left out a word of a known name: "Liberal" of "Liberal Democrat"
    if not _reads_as_name(doc, start, end, span.label_, titles):
        return None
    return Span(doc, start, end, label="PERSON" if after_honorific(doc, start, gazetteer) else span.label_)


def _skip_opening_words(doc: Doc, start: int, end: int, person: bool, gazetteer: Gazetteer) -> int:
    """Where the name starts after articles and punctuation, and after lowercase words: a name does not open
    with one ("mongrel jibe Michael Howard" when a headline runs into the text) unless it is a particle
    ("van", "al"); a person's name leaves out "Mr" or "Gen"."""
    while start < end and (doc[start].lower_ in _ARTICLES or doc[start].is_punct or doc[start].is_space):
        start += 1
    while start + 1 < end and ((doc[start].is_lower and doc[start].lower_ not in gazetteer.name_particles)
                               or (person and not_a_name_word(doc[start], gazetteer))):
        start += 1
    return start


def _skip_closing_words(doc: Doc, start: int, end: int, person: bool) -> int:
    """Where the name ends before a possessive ending, punctuation or a function word (for a person, before
    any word but a noun or adjective)."""
    while end > start and _closing_word(doc[end - 1], person):
        end -= 1
    return end


def _closing_word(token: Token, person: bool) -> bool:
    return (token.text in _POSSESSIVE_TAIL or token.is_punct or token.is_space or token.pos_ in _TAIL_POS
            or (person and token.pos_ not in _PERSON_TAIL_POS))


def _whole_person_name(doc: Doc, start: int, end: int, titles: frozenset[str],
                       gazetteer: Gazetteer) -> tuple[int, int]:
    """A person's name widened to a first name the model left out, even one the gazetteer read as a city
    ("Vladimir"), and to the rest of the name ("Choe Son" + "Hui"); then stripped of a headline's repeated
    surname and of a role title the model kept inside it."""
    while _first_name_before(doc, start, end, titles, gazetteer):
        start -= 1
    while end < len(doc) and _continues_name(doc, start, end, gazetteer):
        while doc[end].lower_ in gazetteer.name_particles:
            end += 1
        end += 1
    return skip_leading_title(doc, skip_repeated_surname(doc, start, end), end, titles, gazetteer), end


def _first_name_before(doc: Doc, start: int, end: int, titles: frozenset[str], gazetteer: Gazetteer) -> bool:
    """Whether the word before doc[start:end] is a first name of it: a capitalised compound proper noun
    that depends on the name and is no title, honorific or country word."""
    if start == 0:
        return False
    token = doc[start - 1]
    return (token.pos_ == "PROPN" and token.dep_ == "compound" and token.ent_type_ in _FIRST_NAME_LABELS
            and token.head.i in range(start, end) and token.lower_ not in titles
            and not not_a_name_word(token, gazetteer) and not token.is_lower
            and not gazetteer.is_country_word(token.text))


def _continues_name(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether the token at ``end`` (after any name particles) carries on the person name doc[start:end]
    ("Choe Son" + "Hui", "Mohammed bin Abdulrahman" + "Al Thani")."""
    i = end
    while i < len(doc) - 1 and doc[i].lower_ in gazetteer.name_particles:
        i += 1
    token = doc[i]
    if token.pos_ != "PROPN" or token.ent_type_ not in _NAME_LABELS or not token.text[:1].isupper() \
            or gazetteer.is_country_word(token.text):
        return False
    near = range(start, token.i + 3)
    return token.head.i in near or any(doc[i].head.i in range(end, token.i + 3) for i in range(start, end))


def _reads_as_name(doc: Doc, start: int, end: int, label: str, titles: frozenset[str]) -> bool:
    """Whether doc[start:end] can be a name: it has two letters in a row, is not all lowercase (but for a
    nationality word) and does not open a role title that goes on after it."""
    text = doc[start:end].text
    if not re.search(r"[^\W\d_]{2}", text) or (text.islower() and label != "NORP"):
        return False
    following = " ".join(t.lower_ for t in doc[end:end + 2])
    return not any(f"{text.lower()} {following}".startswith(title) and title != text.lower() for title in titles
                   if " " in title)


def skip_leading_title(doc: Doc, start: int, end: int, titles: frozenset[str], gazetteer: Gazetteer) -> int:
    """Where a person's name starts after a role the model kept inside it ("Home Secretary Charles Clarke");
    a royal title stays ("King Abdullah")."""
    for size in range(min(4, end - start - 1), 0, -1):
        words = [t.lower_ for t in doc[start:start + size]]
        if words[-1] in gazetteer.gender_titles or not doc[start + size].text[:1].isupper():
            continue
        if ends_in_title(words, titles):
            return start + size
    return start


def skip_repeated_surname(doc: Doc, start: int, end: int) -> int:
    """Where a name starts when a headline's last word ran into it ("Straw Jack Straw" -> "Jack Straw")."""
    return start + 1 if end - start >= 3 and doc[start].text == doc[end - 1].text else start


def first_name_as_city(span: Span, gazetteer: Gazetteer) -> Span:
    """A city name that opens a person's name ("Vladimir" + "Putin") becomes that person's name.

    The gazetteer's city patterns claim such first names before the model's NER sees them.
    """
    head = span.root.head
    if span.label_ != "GPE" or span.root.dep_ != "compound" or head.pos_ != "PROPN" or head.i != span.end \
            or head.ent_type_ not in ("", "PERSON") or gazetteer.is_country_word(span.text):
        return span
    return Span(span.doc, span.start, head.i + 1, label="PERSON")


def unlabelled_names(doc: Doc, taken: set[int], titles: frozenset[str], gazetteer: Gazetteer) -> list[Span]:
    """Runs of capitalised proper nouns in argument positions that the model's NER missed ("Xi Jinping").

    Two or three words read as a person's name, and so does a single singular proper noun that is a
    subject or object ("Trump urged Putin"); the type vote over the document and the corpus can still
    change that.
    """
    found = []
    i = 0
    while i < len(doc):
        if not _free_proper_noun(doc[i], taken) or doc[i].lower_ in titles:
            i += 1
            continue
        end = i + 1
        while end < len(doc) and _free_proper_noun(doc[end], taken):
            end += 1
        span = _unlabelled_name(doc, i, end, titles, gazetteer)
        if span is not None:
            found.append(span)
        i = end
    return found


def _free_proper_noun(token: Token, taken: set[int]) -> bool:
    """A capitalised proper noun that no entity has claimed."""
    return token.pos_ == "PROPN" and token.i not in taken and not token.ent_type_ and token.text[:1].isupper()


def _unlabelled_name(doc: Doc, start: int, end: int, titles: frozenset[str], gazetteer: Gazetteer) -> Span | None:
    """The person's name in the proper-noun run doc[start:end], if it reads as one (see unlabelled_names)."""
    first = skip_leading_title(doc, skip_repeated_surname(doc, start, end), end, titles, gazetteer)
    span = doc[first:end]
    if ends_in_title(span.text.lower().split(), titles):
        return None
    if span.root.dep_ not in _ARGUMENT_DEPS or not all(t.is_alpha for t in span):
        return None
    single_name = len(span) == 1 and span[0].tag_ == "NNP" and span.root.dep_ in _CORE_DEPS
    return Span(doc, span.start, span.end, label="PERSON") if 2 <= len(span) <= 3 or single_name else None


def titled_persons(doc: Doc, taken: set[int], gazetteer: Gazetteer) -> list[Span]:
    """Office holders named by title alone, "the pope"."""
    return [Span(doc, token.i, token.i + 1, label="TITLE") for token in doc
            if token.i not in taken and token.lower_ in gazetteer.titled_persons and token.pos_ in ("NOUN", "PROPN")]
