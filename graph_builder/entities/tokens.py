"""The tokens of one parsed document and their words, read from spaCy once and then looked up by token index.

spaCy makes a new Token object for every ``doc[i]`` and a new Span for every ``doc[i:j]`` (a slice costs more
than the rule that reads it), and reads a token's words from its string store each time; the entity stage reads
the same words of the same names many times over, and every extractor scans the document for its own words, so
they read them through one ``Tokens`` per document (made by ``resolve``, kept as ``DocEntities.tokens``):
``tokens[i]`` is the token, ``tokens.text(i, j)`` is ``doc[i:j].text``, ``tokens.words[i]`` is ``doc[i].text`` (a
read from a tuple: a call of ``text`` for one word costs more than the word's ``Token.text``) and
``tokens.lower[i:j]`` the lowercase words of ``doc[i:j]`` (``tokens.lemma``, ``tokens.pos``, ``tokens.tag``,
``tokens.dep`` their lemmas, parts of speech, tags and dependency labels, read in one call of ``Doc.to_array``
each), without a Span; ``with_pos``, ``with_lemma``, ``with_word`` and ``with_text`` are the tokens a scan looks
for, in text order, and ``comma_before`` the last comma before a token.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable
from functools import cached_property
from itertools import chain, repeat
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, LEMMA, LENGTH, LOWER, ORTH, POS, SENT_START, TAG
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

if TYPE_CHECKING:
    from graph_builder.vocab import Lexicon

TitleReading = tuple[str, list[Token]] | None
"""A role title read in a phrase, as the lexicon writes it, and its tokens; None where the phrase has none."""

_last_doc: list = [None, ()]
"""The document whose tokens were last asked for, and its tokens: the entity stage and the extractors' tree
(extract/syntax.py) read the same document one after the other."""


def doc_tokens(doc: Doc) -> tuple[Token, ...]:
    """Every token of ``doc`` (``tuple(doc)``), made once for the document last asked about."""
    if _last_doc[0] is not doc:
        _last_doc[:] = [doc, tuple(doc)]
    return _last_doc[1]


_last_tokens: list = [None, None]
"""The document whose ``Tokens`` were made last, and those: ``span_text`` cuts from the text they read, and the
dependency table reads their heads and labels, which the stages read anyway, rather than reading them from spaCy a
second time. Like the other last-document caches here, it serves one thread: a build's workers are processes, each
reading one document at a time; code that reads documents in threads must not share this module's caches."""


def last_tokens(doc: Doc) -> Tokens | None:
    """The ``Tokens`` of ``doc`` when they are the ones made last (``_last_tokens``), else None."""
    return _last_tokens[1] if _last_tokens[0] is doc else None


def span_text(span: Span) -> str:
    """``span.text``, cut from the text the document's ``Tokens`` read when the span is of the document whose
    ``Tokens`` were made last (the entity stage's and the extractors'); spaCy makes every token of the span anew."""
    if _last_tokens[0] is span.doc:
        return _last_tokens[1]._text[span.start_char:span.end_char]
    return span.text


_last_tree: list = [None, {}]
"""The document last asked about and its dependents by head, (dep, token) each: the entity stage and the extractors
ask about one document at a time, hundreds of thousands of times, and spaCy's ``Token.children`` builds a new Token
object for every child each time."""


def dependency_table(doc: Doc) -> dict[int, list[tuple[str, Token]]]:
    """The dependents of each token of ``doc`` that has any, read into ``_last_tree`` unless it holds them
    already (only the heads get a list: most tokens head none)."""
    if _last_tree[0] is not doc:
        table: dict[int, list[tuple[str, Token]]] = {}
        made = _last_tokens[1] if _last_tokens[0] is doc else None
        heads, deps = (made.head, made.dep) if made is not None else _heads_and_labels(doc)
        for i, head, dep, token in zip(range(len(heads)), heads, deps, doc_tokens(doc), strict=True):
            if head != i:
                found = table.get(head)
                if found is None:
                    table[head] = [(dep, token)]
                else:
                    found.append((dep, token))
        _last_tree[:] = [doc, table]
    return _last_tree[1]


def _heads_and_labels(doc: Doc) -> tuple[list[int], list[str]]:
    """Each token's head (from its offset) and dependency label, read in one call each (no Token made)."""
    heads = (numpy.arange(len(doc)) + doc.to_array(HEAD).view("int64")).tolist()
    return heads, list(map(_names(doc.vocab.strings).__getitem__, doc.to_array(DEP).tolist()))


def dependents(token: Token) -> list[Token]:
    """All the token's dependents, in text order (``Token.children``, without making a Token for each)."""
    doc = token.doc
    table = _last_tree[1] if _last_tree[0] is doc else dependency_table(doc)  # no call for the document at hand
    found = table.get(token.i)
    return [pair[1] for pair in found] if found else []  # one that heads none (most tokens): no comprehension


def verb_above(word: Token) -> Token:
    """The verb (or auxiliary) whose clause a word stands in: the word itself, or the nearest head above it that is
    one; the sentence's root when none is (a headline with no verb). Heads are compared by index: spaCy makes a new
    Token object on every access, so ``word.head is word`` is never true."""
    while word.pos_ not in ("VERB", "AUX") and word.head.i != word.i:
        word = word.head
    return word


def children(token: Token, *deps: str) -> list[Token]:
    """The token's dependents with one of the ``deps`` relations, in text order."""
    doc = token.doc
    table = _last_tree[1] if _last_tree[0] is doc else dependency_table(doc)
    found = table.get(token.i)
    if not found:  # one that heads none: no scan
        return []
    kept: list[Token] = []
    for dep, child in found:  # a loop, no comprehension: Python 3.11 makes a function for each (called 100,000s
        if dep in deps:  # of times, on a token's few dependents)
            kept.append(child)
    return kept


def whose_antecedent(owner: Token) -> Token:
    """The noun a possessive "whose" stands for: the one its relative clause describes ("the Red Hand Brigade, whose
    acts of terror in Chile ...": the brigade's acts); any other owner itself."""
    if owner.lower_ != "whose":
        return owner
    clause = next((word for word in owner.ancestors if word.dep_ == "relcl"), None)
    return clause.head if clause is not None else owner


def reflexive(token: Token) -> bool:
    """Whether a word is a reflexive pronoun's form ("himself", "themselves")."""
    return token.lower_.endswith(("self", "selves"))


def _places(values: tuple[str, ...]) -> dict[str, list[int]]:
    """The tokens that have each value, in text order (the values in no order)."""
    found: dict[str, list[int]] = {}
    place = found.setdefault  # one call a token, in C: cheaper than a look-up and a branch in Python
    for i, value in enumerate(values):
        place(value, []).append(i)
    return found


class _Names(dict):
    """The strings of one string store by their ids, in one ``form`` (``str.lower``) if given, each read from the
    store once: spaCy decodes a new string at every lookup, and the documents of a build share most of their words."""

    __slots__ = ("strings", "form")

    def __init__(self, strings: StringStore, form: Callable[[str], str] | None) -> None:
        super().__init__()
        self.strings, self.form = strings, form

    def __missing__(self, key: int) -> str:
        name = self.strings[key] if self.form is None else self.form(self.strings[key])
        self[key] = name
        return name


_read_names: dict[tuple[int, Callable[[str], str] | None], _Names] = {}
"""The strings read so far, by string store (which each table keeps, so its id is not reused) and form."""


def _names(strings: StringStore, form: Callable[[str], str] | None = None) -> _Names:
    """The strings of ``strings`` by id, in the ``form`` given, if any (see ``_Names``)."""
    table = _read_names.get((id(strings), form))
    if table is None:
        table = _read_names[(id(strings), form)] = _Names(strings, form)
    return table


def _strings(doc: Doc, values: list[int], form: Callable[[str], str] | None = None) -> tuple[str, ...]:
    """The strings of ``doc``'s string store that ``values`` (ids) stand for, in the ``form`` given, if any."""
    return tuple(map(_names(doc.vocab.strings, form).__getitem__, values))


class Tokens(tuple):
    """One document's tokens, a tuple of them (``tokens[i]``, ``len(tokens)`` read in C, no method called),
    ``tokens.all`` the plain tuple, and their words. Equal only to itself, as one document's tokens are."""

    doc: Doc
    all: tuple[Token, ...]
    lower: tuple[str, ...]
    """Each token's lowercase form (``Token.lower_``)."""
    _text: str
    _starts: list[int]  # each token's first character
    _ends: list[int]  # the character after each token's last

    __eq__ = object.__eq__
    __ne__ = object.__ne__
    __hash__ = object.__hash__

    def __new__(cls, *, doc: Doc, all: tuple[Token, ...], lower: tuple[str, ...], _text: str,  # noqa: A002
                _starts: list[int], _ends: list[int]) -> Tokens:
        made = super().__new__(cls, all)
        made.__dict__.update(doc=doc, all=all, lower=lower, _text=_text, _starts=_starts, _ends=_ends)
        return made

    @classmethod
    def of(cls, doc: Doc, text: str | None = None) -> Tokens:
        """The tokens of ``doc``; ``text`` is the text it was parsed from, if the caller has it (``doc.text`` joins
        every token's text anew)."""
        words = doc.to_array([LOWER, IDX, LENGTH])  # one row a token; its columns read as lists in one step each
        starts, ends = words[:, 1].tolist(), (words[:, 1] + words[:, 2]).tolist()
        if text is None or (ends and len(text) != ends[-1] + len(doc[-1].whitespace_)):
            text = doc.text
        made = cls(doc=doc, all=doc_tokens(doc), lower=_strings(doc, words[:, 0].tolist()), _text=text,
                   _starts=starts, _ends=ends)
        _last_tokens[:] = [doc, made]
        return made

    @cached_property
    def at_char(self) -> dict[int, int]:
        """The index of the token that starts at each character offset."""
        return dict(zip(self._starts, range(len(self._starts)), strict=True))

    @cached_property
    def _at_end(self) -> dict[int, int]:
        """The index of the token that ends at each character offset (the offset after its last character)."""
        return dict(zip(self._ends, range(len(self._ends)), strict=True))

    def char_span(self, start: int, end: int) -> Span | None:
        """``doc.char_span(start, end, alignment_mode="expand")``, made without spaCy's search when the characters
        run from a token's first to a token's last (a mention's do)."""
        first, last = self.at_char.get(start), self._at_end.get(end)
        if first is None or last is None or last < first:
            return self.doc.char_span(start, end, alignment_mode="expand")
        return Span(self.doc, first, last + 1)

    @cached_property
    def titles(self) -> dict[tuple[int, ...], tuple[Lexicon, tuple[TitleReading, TitleReading]]]:
        """The role titles read in phrases of the document so far, by the phrase's token indices, with the lexicon they
        were read with (see ``extract.roles._titles_in``): the roles of a name are read again for the quotations'
        speakers, and phrases repeat."""
        return {}

    @cached_property
    def standing(self) -> dict[tuple[int, int], bool]:
        """Whether each name read so far stands alone, by its characters (first, after last): see ``stands_alone``."""
        return {}

    @cached_property
    def readings(self) -> dict[tuple[str, int, int], tuple[object, object]]:
        """What a rule read of the document or of a span of it, by the rule's name and the tokens read (first, after
        last), with the data (lexicon, gazetteer) it read it with (see ``read_once_of``)."""
        return {}

    def read_once_of(self, rule: str, data: object, start: int, end: int, read: Callable[[], object]) -> object:
        """What ``read`` finds of the span of tokens ``start``..``end``, read once for the ``rule`` and the ``data``
        it reads with: the stage asks some questions of the same name more than once (whether an organisation's
        words stand around it decides whether a place is voted on, and then counts in the vote)."""
        key = (rule, start, end)
        kept = self.readings.get(key)
        if kept is None or kept[0] is not data:
            kept = self.readings[key] = (data, read())
        return kept[1]

    def read_once(self, rule: str, data: object, read: Callable[[], Iterable]) -> tuple:
        """What ``read`` finds in the whole document (``read_once_of`` of all its tokens), read once for the ``rule``
        and the ``data`` it reads with: two extractors that ask the same question of the document
        (``extract.polarity.judgements``), or a stage that asks it twice (``mentions.work_words``), read it once."""
        return self.read_once_of(rule, data, 0, len(self.all), lambda: tuple(read()))

    @cached_property
    def sentence_starts(self) -> tuple[int, ...]:
        """The first token of each sentence: the first token and every other that starts one, read from the
        document's sentence starts in one call (``Doc.sents`` makes a Span of each sentence), or from ``Doc.sents``
        where a hook reads the sentences or the document has none (which it reports)."""
        doc = self.doc
        if not len(doc) or "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
            return tuple(sentence.start for sentence in doc.sents)
        return (0, *(numpy.flatnonzero(doc.to_array(SENT_START)[1:] == 1) + 1).tolist())

    @cached_property
    def sentence_of(self) -> tuple[int, ...]:
        """The number of each token's sentence (0 for the first)."""
        starts = self.sentence_starts
        sizes = map(int.__sub__, (*starts[1:], len(self.all)), starts)
        return tuple(chain.from_iterable(map(repeat, range(len(starts)), sizes)))  # each number its size times, in C

    @cached_property
    def descriptors(self) -> frozenset[str]:
        """Singular common nouns the document writes in lowercase right before a proper noun, describing a name
        ("winemaker" of "the winemaker Tarnvale", "miner" of "miner Ridge Gold")."""
        tag = self.tag  # from the proper nouns' index, which the entity stage reads anyway: no test per token
        return frozenset(self.lower[i - 1] for i in self._by_pos.get("PROPN", ()) if i > 0 and tag[i - 1] == "NN"
                         and self.all[i - 1].is_lower and self.all[i].text[:1].isupper())

    @cached_property
    def lemma(self) -> tuple[str, ...]:
        """Each token's lemma in lowercase."""
        return self._names(LEMMA, str.lower)

    @cached_property
    def ents(self) -> tuple[Span, ...]:
        """The named entities of the document (``Doc.ents``, which makes its spans anew each time)."""
        return self.doc.ents

    @cached_property
    def pos(self) -> tuple[str, ...]:
        """Each token's coarse part of speech (``Token.pos_``)."""
        return self._names(POS)

    @cached_property
    def tag(self) -> tuple[str, ...]:
        """Each token's fine-grained tag (``Token.tag_``)."""
        return self._names(TAG)

    @cached_property
    def head(self) -> tuple[int, ...]:
        """Each token's head's index (``Token.head.i``; a root's is its own), from the offsets of one ``Doc.to_array``
        call: a walk up the tree by index makes no Token."""
        return tuple((numpy.arange(len(self.all)) + self.doc.to_array(HEAD).view("int64")).tolist())

    @cached_property
    def ent_type(self) -> tuple[str, ...]:
        """Each token's entity type (``Token.ent_type_``; "" outside the model's entities)."""
        return self._names(ENT_TYPE)

    @cached_property
    def dep(self) -> tuple[str, ...]:
        """Each token's dependency label (``Token.dep_``)."""
        return self._names(DEP)

    def _names(self, attribute: int, form: Callable[[str], str] | None = None) -> tuple[str, ...]:
        """Each token's value of a spaCy ``attribute`` (an id of spacy.attrs) as its string, in the ``form`` given
        (``str.lower``), if any."""
        return _strings(self.doc, self.doc.to_array(attribute).tolist(), form)

    def with_pos(self, *tags: str) -> list[Token]:
        """The tokens whose part of speech is one of ``tags`` ("NOUN", "PROPN"), in text order."""
        return self._having(self._by_pos, tags)

    def places_with_pos(self, *tags: str) -> list[int]:
        """The places (indices) of the tokens ``with_pos`` finds, in text order: for a rule that reads no Token."""
        found = self._indices(self._by_pos, tags)
        found.sort()
        return found

    def with_text(self, texts: Collection[str]) -> list[Token]:
        """The tokens written as one of ``texts`` (``Token.text``), in text order: looked up by their lowercase form
        (an index the document's readers make anyway), then by their text."""
        return [token for token in self.with_word(*{text.lower() for text in texts}) if token.text in texts]

    def with_word(self, *words: str) -> list[Token]:
        """The tokens whose lowercase form is one of ``words``, in text order."""
        return self._having(self._by_lower, words)

    def writes(self, word: str) -> bool:
        """Whether some token's lowercase form or lemma is ``word``."""
        return word in self._by_lower or word in self._by_lemma

    def with_lemma(self, lemmas: Collection[str]) -> list[Token]:
        """The tokens whose lowercase lemma is one of ``lemmas``, in text order."""
        return self._having(self._by_lemma, lemmas)

    def with_any(self, *, words: Collection[str] = (), lemmas: Collection[str] = (),
                 lemma_openings: Collection[str] = (), compounds: Collection[str] = ()) -> list[Token]:
        """The tokens whose lowercase form is one of ``words``, whose lemma is one of ``lemmas`` or whose lemma's
        first word is one of ``lemma_openings``, or that end a word written with a hyphen one of whose forms
        (``hyphened``) is one of ``compounds``, in text order, each once: what a scan for a cue may read, instead
        of every token of the document."""
        found = {*(self._indices(self._by_lower, words) if words else ()),
                 *(self._indices(self._by_lemma, lemmas) if lemmas else ()),
                 *(self._indices(self._by_lemma_opening, lemma_openings) if lemma_openings else ()),
                 *(self._indices(self._by_hyphened, compounds) if compounds and self.hyphened else ())}  # no index
        return [self.all[i] for i in sorted(found)]  # made for a kind of value not asked for

    @cached_property
    def hyphened(self) -> dict[int, tuple[str, ...]]:
        """The forms of each word the tokenizer split at a hyphen ("ill-judged": "ill", "-", "judged"), by the index
        of its last part, which the parser makes its head: as written and with the last part's lemma, each with the
        hyphen and without ("over-reacted": "over-reacted", "over-react", "overreacted", "overreact"), so a cue
        word written either way finds it. Only a hyphen between two words with no space on either side."""
        found = {}
        last = len(self.all) - 1
        for i in self._by_lower.get("-", ()):
            if 0 < i < last and self._ends[i - 1] == self._starts[i] and self._ends[i] == self._starts[i + 1] \
                    and self.lower[i - 1].isalpha() and self.lower[i + 1].isalpha():
                first, word, lemma = self.lower[i - 1], self.lower[i + 1], self.lemma[i + 1]
                found[i + 1] = (f"{first}-{word}", f"{first}-{lemma}", first + word, first + lemma)
        return found

    def forms(self, i: int) -> tuple[str, ...]:
        """Token ``i``'s lowercase form and lemma, and the forms of the word written with a hyphen it ends, if any
        (``hyphened``): what a cue word is looked for as."""
        return (self.lower[i], self.lemma[i], *self.hyphened.get(i, ()))

    @cached_property
    def _by_hyphened(self) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {}
        for i, forms in self.hyphened.items():
            for form in frozenset(forms):
                found.setdefault(form, []).append(i)
        return found

    def _having(self, places: dict[str, list[int]], wanted: Collection[str]) -> list[Token]:
        """The tokens whose value in ``places`` (the tokens of each value) is one of ``wanted``, in text order: a
        scan looks up each of the document's few hundred values once, not each of its tokens."""
        found = self._indices(places, wanted)
        found.sort()
        return [self.all[i] for i in found]

    @staticmethod
    def _indices(places: dict[str, list[int]], wanted: Collection[str]) -> list[int]:
        """The places of the ``wanted`` values, in no order: the values both the document and ``wanted`` have are
        found in one intersection of the document's values with them (a loop in C, no copy of ``wanted`` made)."""
        return [i for value in places.keys() & wanted for i in places[value]]

    @cached_property
    def _by_pos(self) -> dict[str, list[int]]:
        return _places(self.pos)

    @cached_property
    def _by_lower(self) -> dict[str, list[int]]:
        return _places(self.lower)

    @cached_property
    def _by_lemma(self) -> dict[str, list[int]]:
        return _places(self.lemma)

    @cached_property
    def _by_lemma_opening(self) -> dict[str, list[int]]:
        """The tokens by the first word of their lemma, read from the lemmas' index (few lemmas have a space); each
        list in no order, as ``_indices`` sorts what it finds. A lemma of one word keeps its list of the lemmas' index
        (no index is changed once made); one of more words adds its tokens to a new list of its first word."""
        found = {lemma: at for lemma, at in self._by_lemma.items() if " " not in lemma}
        for lemma, at in self._by_lemma.items():
            if " " in lemma:
                opening = lemma.partition(" ")[0]
                found[opening] = [*found.get(opening, ()), *at]
        return found

    @cached_property
    def line_breaks(self) -> set[int]:
        """The tokens with a line break in them (spaCy makes whitespace other than one space a token of its own)."""
        found = (bisect_right(self._starts, at.start()) - 1 for at in re.finditer("\n", self._text))
        return {i for i in found if i >= 0 and "\n" in self._text[self._starts[i]:self._ends[i]]}

    def comma_before(self, i: int) -> int | None:
        """The place of the last comma before token ``i``, if any."""
        found = bisect_left(self._commas, i)
        return self._commas[found - 1] if found else None

    @cached_property
    def _commas(self) -> tuple[int, ...]:
        return tuple(self._by_lower.get(",", ()))  # the lowercase forms' index, in text order: no scan of the words

    @cached_property
    def words(self) -> tuple[str, ...]:
        """Each token's text (``Token.text``, ``tokens.text(i, i + 1)``), read in one call of ``Doc.to_array``: the
        stage reads single words hundreds of thousands of times, and a call of ``text`` costs more than the word."""
        return self._names(ORTH)

    @property
    def whole_text(self) -> str:
        """The document's text, as it was parsed (``doc.text`` joins every token's text anew at each call)."""
        return self._text

    def text(self, start: int, end: int) -> str:
        """The text of tokens ``start`` to ``end`` (exclusive, clipped to the document), as ``doc[start:end].text``."""
        ends = self._ends  # one look-up of each list: the stage reads hundreds of thousands of texts
        if end > len(ends):
            end = len(ends)
        return self._text[self._starts[start]:ends[end - 1]] if start < end else ""

    def lower_text(self, start: int, end: int) -> str:
        """The lowercase words of tokens ``start`` to ``end`` joined by spaces ("home secretary")."""
        return " ".join(self.lower[start:end])


def entity_end(doc: Doc, start: int) -> int:
    """Where the model's entity that token ``start`` is in ends (the first token after it with no "I" tag)."""
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


NOUN_MODIFIERS = frozenset({"amod", "compound", "nmod"})
"""The dependencies of a word that modifies the noun after it ("Brussels police", "army positions")."""
_MODIFIER_DEPS = NOUN_MODIFIERS | {"poss"}


def stands_alone(doc: Doc | Tokens, start: int, end: int) -> bool:
    """Whether the name written at characters ``start``..``end`` of ``doc`` (or of the document of its ``Tokens``,
    which find the span without spaCy's search and keep the answer: the stage asks again of the same names) stands
    alone, no word before a noun ("the Zorvani said", not "Zorvani voters", nor the second of "Kelvish and Zorvani
    voters")."""
    if not isinstance(doc, Tokens):
        return _root_alone(doc.char_span(start, end, alignment_mode="expand"))
    found = doc.standing.get((start, end))
    if found is None:
        found = doc.standing[(start, end)] = _root_alone(doc.char_span(start, end))
    return found


def _root_alone(span: Span) -> bool:
    """Whether the root of ``span`` (or of the first conjunct it is joined to) modifies no noun (see stands_alone)."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    return root.dep_ not in _MODIFIER_DEPS
