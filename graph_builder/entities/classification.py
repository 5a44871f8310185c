"""Classification: what kind of actor a mention names.

The gazetteer settles countries, capitals standing for their country, nationality words, party words and
known organizations; other names get type votes (the NER label, organization words such as "Party", a role
title or "Mr" before the name, words only an organization takes around it: "shares in X", "X chief
executive", "X said its ...", a role title "at" X: "an analyst at X") that are summed over every mention of the
same actor; the types some of them evidence beyond the model's guess go on to the archive's vote
(``evidenced_types``). A name the model took for a place but written with such a word is voted on as well.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from spacy.tokens import Span, Token

from graph_builder.entities.mentions import after_honorific, introduced_by_title
from graph_builder.entities.naming import make_entity, name_key
from graph_builder.entities.tokens import NOUN_MODIFIERS, Tokens, children, span_text
from graph_builder.gazetteer import Gazetteer
from graph_builder.records import Entity
from graph_builder.words import is_acronym

Classified = tuple[str, Entity, Entity | None]
"""(mention kind, entity, place): a capital used for its country also names the city as a place."""

_CAPITAL_LABELS = frozenset(["GPE", "PERSON", "ORG", "LOC"])  # labels under which a capital stands for its country
_PLACE_LABELS = frozenset(["GPE", "LOC", "FAC"])


def classify(span: Span, tokens: Tokens, gazetteer: Gazetteer, *,
             titles: frozenset[str] = frozenset()) -> Classified | None:
    """(kind, entity, place) for mentions the gazetteer or the label settles; None for names to cluster
    (``tokens``: the document's; ``titles``: the role titles, after which "at" names an employer)."""
    if after_honorific(tokens, span.start, gazetteer):
        return None  # "Ms Jordan", "Mr Paris": a person, whatever else the name could be
    text = " ".join(name_key(tokens.text(span.start, span.end)))  # Span.text makes the span's tokens anew
    if _names_a_place(span, tokens, gazetteer):
        return "name", make_entity(text, "Place"), None
    for look_up, type_ in ((gazetteer.country, "Country"), (gazetteer.organization, "Organization")):
        found = look_up(text)
        if found:
            return "name", make_entity(found, type_, [text]), None
    actor = _stood_for(span, text, gazetteer) if span.label_ in _CAPITAL_LABELS else None
    if actor is not None:
        return "capital", actor, make_entity(text, "Place")
    if span.label_ == "NORP" or text in gazetteer.demonym_organizations:
        return _group(text, gazetteer)
    if _a_place(span, tokens, text, gazetteer, titles):
        return "name", make_entity(text, "Place"), None
    return None


def _stood_for(span: Span, text: str, gazetteer: Gazetteer) -> Entity | None:
    """The organisation seated in a city ("Brussels": the European Union) or else the country whose capital it is
    ("Moscow": Russia), which the city's name stands for as an actor; None for any other name. A seat that modifies
    a noun ("Brussels police") is the city's, whose owner is the country: the body seated there only when the city
    is an argument itself ("Warsaw had asked Brussels")."""
    seat_of = gazetteer.seat(text)
    if seat_of and _modifies_a_noun(span):  # the root read only for a seat (most names are none)
        seat_of = None
    capital_of = gazetteer.capital(text)
    if seat_of:
        return make_entity(seat_of, "Organization")
    return make_entity(capital_of, "Country") if capital_of else None


def _modifies_a_noun(span: Span) -> bool:
    """Whether the name is a modifier of a noun after it ("Brussels police", "the Brussels office")."""
    root = span.root
    return root.dep_ in NOUN_MODIFIERS and root.head.i >= span.end and root.head.pos_ in ("NOUN", "PROPN")


def _names_a_place(span: Span, tokens: Tokens, gazetteer: Gazetteer) -> bool:
    """Whether the name is a facility's or a part of a place ("Carrow Tower", "Carrow South")."""
    return _names_a_facility(span, tokens, gazetteer) or gazetteer.part_of_place(
        name_key(tokens.text(span.start, span.end)))


def _names_a_facility(span: Span, tokens: Tokens, gazetteer: Gazetteer) -> bool:
    """Whether the name is a place's, written before a facility noun it names ("Kingsmere Cross station", "Eastport
    airport") or ending in one that no first name opens ("Carrow Airport", not the person "Ann Bridge"): a royal
    title in it makes no person of it."""
    if len(span) > 1 and tokens.lower[span.end - 1] in gazetteer.facility_nouns:
        return not gazetteer.is_first_name(tokens.words[span.start])
    if span.end >= len(tokens) or tokens.lower[span.end] not in gazetteer.facility_nouns:
        return False  # most names: no facility noun after them, no root read
    return tokens.all[span.end].is_lower and span.root.head.i == span.end


def _a_place(span: Span, tokens: Tokens, text: str, gazetteer: Gazetteer, titles: frozenset[str]) -> bool:
    """Whether the model's place, or a place the gazetteer lists under any label ("Carrow" opening a sentence the
    model read as "Across Carrow", a person), is one: no organization cue around it and no organization word that
    ends no place's name at its end ("Party", not "Bank"); and no name the gazetteer does not know as a place that
    "at" joins to a role title ("an analyst at X": see _employer_of_a_title)."""
    organization_head = text.rsplit(" ", 1)[-1].lower() in gazetteer.organization_heads
    if text in gazetteer.places:
        return not organization_head and not organization_cue(span, tokens, gazetteer)
    return span.label_ in _PLACE_LABELS and not organization_head \
        and not organization_cue(span, tokens, gazetteer) and not _employer_of_a_title(span, titles)


def cued_places_voted(settled: list[tuple], names: list[Span], tokens: Tokens, gazetteer: Gazetteer) -> list[tuple]:
    """``settled`` (span, kind, entity, place) without the places named like a name that an organization cue
    sent to the vote ("Shares in Norvanta fell ... in Norvanta"): those spans join ``names`` and are voted on
    with it. The rest of ``settled`` is returned."""
    cued = {name_key(span_text(span)) for span in names if organization_cue(span, tokens, gazetteer)}
    if not cued:
        return settled
    kept = []
    for item in settled:
        span, kind, entity, _ = item
        if kind == "name" and entity.type == "Place" and name_key(span_text(span)) in cued:
            names.append(span)
        else:
            kept.append(item)
    return kept


def _group(text: str, gazetteer: Gazetteer) -> Classified:
    """A nationality word stands for its country ("Russian"), a party adjective for its party ("Tory");
    any other NORP name is a group."""
    demonym_of = gazetteer.demonym(text)
    if demonym_of:
        return "demonym", make_entity(demonym_of, "Country"), None
    if text in gazetteer.demonym_organizations:
        return "demonym", make_entity(gazetteer.demonym_organizations[text], "Organization"), None
    return "name", make_entity(text, "Group"), None


def votes(span: Span, tokens: Tokens, titles: frozenset[str], gazetteer: Gazetteer) -> Counter:
    """The type votes of one name mention: its NER label (a two-word person name counts twice), organization
    words in it or its being an acronym, a role title or courtesy title before it."""
    text = tokens.text(span.start, span.end)  # Span.text makes the span's tokens anew
    words = name_key(text)
    found = _label_votes(span, words, gazetteer)
    if any(w.lower() in gazetteer.organization_words for w in words):
        found["Organization"] += 3
    elif is_acronym(text):  # "UFAL has ..." read as a person's name once is still an acronym
        found["Organization"] += 2
    elif styled_person(span, words, tokens, gazetteer):
        found.update({"Person": 3, _PERSON_EVIDENCE: 1, _PERSON_MARK: 1})
    if introduced_by_title(span, tokens, titles, gazetteer):
        found.update({"Person": 3, _PERSON_EVIDENCE: 1, _PERSON_MARK: 1})
    cued = _organization_cued(span, tokens, titles, gazetteer)
    found["Organization"] += 3 * (cued == _CUED)
    found[_ORGANIZATION_EVIDENCE] += cued > 0
    found[_PLACE_EVIDENCE] += _placed(span, words, gazetteer)
    return found


def _label_votes(span: Span, words: tuple[str, ...], gazetteer: Gazetteer) -> Counter:
    """The votes of the NER's label of a name: a person's (twice for two words or more, with a known first name as
    evidence), else an organisation's."""
    found = Counter()  # filled key by key: Counter's own update runs in Python, for every mention
    if span.label_ != "PERSON":
        found["Organization"] = 1
        return found
    found["Person"] = 2 if len(words) > 1 else 1
    found[_PERSON_EVIDENCE] = int(len(words) > 1 and gazetteer.gender_of_first_name(words[0]) is not None)
    return found


def named_places(settled: list[tuple], names: list[Span], tokens: Tokens, gazetteer: Gazetteer
                 ) -> frozenset[tuple[str, ...]]:
    """The keys of the names a document names as places: ``settled`` (span, kind, entity, place) of the type Place,
    and one-word ``names`` a locative preposition governs ("grew up in Tolsey"); ``tokens``: the document's."""
    settled_places = {name_key(tokens.text(s.start, s.end)) for s, _, entity, _ in settled if entity.type == "Place"}
    keys = ((name_key(tokens.text(span.start, span.end)), span) for span in names)
    return frozenset(settled_places | {key for key, span in keys if _placed(span, key, gazetteer)})


def _placed(span: Span, words: tuple[str, ...], gazetteer: Gazetteer) -> bool:
    """Whether a one-word name is the object of a preposition that places it ("officials in Tolsey")."""
    if len(words) != 1:
        return False
    root = span.root  # spaCy finds a span's root anew at each read
    return root.dep_ == "pobj" and root.head.lower_ in gazetteer.locative_prepositions


_POSSESSIVES = frozenset(["'", "'s", "’", "’s"])


def styled_person(span: Span, words: tuple[str, ...], tokens: Tokens, gazetteer: Gazetteer) -> bool:
    """Whether a name is written as only a person's is: opened by a noble or courtesy style, in the name or
    capitalised right before it ("Lord Ashby", "Baroness Hale", "Sir Tom Reed")."""
    if not _POSSESSIVES.isdisjoint(tokens.words[span.start:span.end]):  # no Token made
        return False  # "Lord Dubs' Succession to the Crown Bill": what the person owns, no name of his
    if len(words) >= 2 and words[0].lower() in gazetteer.gender_titles:
        return True
    before = span.start - 1  # its lowercase form first: most words before a name are no title
    return before >= 0 and tokens.lower[before] in gazetteer.gender_titles \
        and tokens.text(before, span.start)[:1].isupper()


_PERSON_EVIDENCE = "person evidence"  # a known first name, title or honorific with the name, beside the NER's guess
_PERSON_MARK = "person mark"  # a title or style with the name: person evidence no first name's guess is
_ORGANIZATION_EVIDENCE = "organization evidence"  # an organization cue around the name
_PLACE_EVIDENCE = "place evidence"  # a one-word name after a preposition that places it ("in", "at")


def organization_cue(span: Span, tokens: Tokens, gazetteer: Gazetteer) -> bool:
    """Whether words only an organization takes stand around the name (``gazetteer.organization_cues``):
    before it or after it (see organization_worded), or a possessive pronoun of a thing ("its") that follows the
    name as subject with only verbs and adverbs between ("X said its ...")."""
    return bool(tokens.read_once_of("organization cue", gazetteer, span.start, span.end, lambda: (
        organization_worded(span, tokens, gazetteer)
        or _possessive_after(span, tokens, gazetteer.organization_cues["possessive"]))))


def organization_worded(span: Span, tokens: Tokens, gazetteer: Gazetteer, *, clauses: bool = True) -> bool:
    """Whether words only an organization takes stand before the name ("shares in") or after it ("chief
    executive", past a possessive "'s"; "manager" right after it); with ``clauses`` False, no cue that opens with a
    comma (", which": a product too is described so)."""
    cues = gazetteer.organization_cues
    after = span.end + (span.end < len(tokens) and tokens.words[span.end] in ("'s", "’s"))
    before = range(span.start - 1, max(0, span.start - 4) - 1, -1)  # read backwards from the name
    words_after = cues["after"] if clauses else _clauseless(cues["after"])
    return (_cue_in(tokens, before, cues["before"], reverse=True)
            or _cue_in(tokens, range(after, min(after + 4, len(tokens))), words_after, reverse=False)
            or _cue_in(tokens, range(span.end, min(span.end + 1, len(tokens))), cues["after bare"], reverse=False))


@lru_cache(maxsize=4)
def _clauseless(cues: frozenset[tuple[str, ...]]) -> frozenset[tuple[str, ...]]:
    """The ``cues`` but those that open with a comma (", which"), made once for the cues (see organization_worded)."""
    return frozenset(cue for cue in cues if cue[0] != ",")


_CUED, _LISTED = 2, 1  # strengths of an organisation's cue: one that outvotes a first name, one that does not


def _organization_cued(span: Span, tokens: Tokens, titles: frozenset[str], gazetteer: Gazetteer) -> int:
    """How strongly words around the name, a noun in apposition to it or the list it is in say it is an
    organisation's: _CUED, _LISTED (see listed_among_bodies) or 0."""
    if organization_cue(span, tokens, gazetteer) \
            or appositive_cue(span, tokens, gazetteer.organization_cues["before"], titles) \
            or _employer_of_a_title(span, titles):
        return _CUED
    return listed_among_bodies(span, tokens, gazetteer)


def _employer_of_a_title(span: Span, titles: frozenset[str]) -> bool:
    """Whether the name is what "at" joins to a role title or to a noun of the title's phrase ("an analyst at X",
    "vice president of search properties at X"): X employs the holder, an organisation (a place the model or the
    gazetteer knows was settled before any vote)."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "at":
        return False
    noun = root.head.head
    for _ in range(3):  # the title, or a noun of a phrase of it ("of search properties")
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in titles:
            return True
        if noun.dep_ != "pobj":
            return False
        noun = noun.head.head
    return False


def listed_among_bodies(span: Span, tokens: Tokens, gazetteer: Gazetteer) -> int:
    """Whether the name is one of a list of organisations: _CUED for a list a plural of bodies introduces
    ("charities such as X, Y and Z", "groups including X") or a body's verb of inclusion opens with an organisation's
    name in it ("the X Coalition, which includes Y and the Z Trust") (``gazetteer.organization_cues``: "list heads"
    and "list words"); _LISTED, which outvotes only the model's label, for one of three names or more another of
    which is an organisation's by its words, joined by "and" or "or" ("X, Y and the Z Trust"; not "Tom X, Ann Y and the
    Z Trust", nor names set side by side: "director - X; actor - Y", "X, The Times"); else 0. ``tokens``: the
    document's, whose labels and tables the list is read from (most names are in none)."""
    conjuncts = _conjuncts(span.root, tokens)
    others = [token for token in conjuncts if not span.start <= token.i < span.end]
    worded = any(_organization_worded_noun(token, gazetteer) for token in others)
    introduced = _introduced_by_a_body(conjuncts[0], tokens, gazetteer)
    if introduced == _CUED or (introduced and worded):
        return _CUED
    return _LISTED if len(conjuncts) >= 3 and worded and _coordinated(conjuncts) else 0


def _coordinated(conjuncts: tuple[Token, ...]) -> bool:
    """Whether a conjunction joins the names ("and", "or"), which names set side by side lack."""
    return any(children(token, "cc") for token in conjuncts)


def _conjuncts(token: Token, tokens: Tokens) -> tuple[Token, ...]:
    """The names of the list ``token`` heads or is in, the first first (the parse chains them by conj or appos).
    Read once a list, by its first name: every name of a list asks (a squad of twenty names, twenty times)."""
    dep, pos, head = tokens.dep, tokens.pos, tokens.head  # climbed by index: no Token made on the way
    first = token.i
    while dep[first] in ("conj", "appos") and head[first] < first and pos[head[first]] == "PROPN":
        first = head[first]
    return tokens.read_once_of("conjuncts", None, first, first + 1, lambda: _list_from(first, tokens))


def _list_from(first: int, tokens: Tokens) -> tuple[Token, ...]:
    """The names of the list whose first name is token ``first``: it and the proper nouns chained under it by conj or
    appos, in text order."""
    pos = tokens.pos
    found, stack = [], [first]
    while stack:
        found.append(stack.pop())
        stack.extend(child.i for child in children(tokens[found[-1]], "conj", "appos") if pos[child.i] == "PROPN")
    return tuple(tokens[i] for i in sorted(found))


def _introduced_by_a_body(first: Token, tokens: Tokens, gazetteer: Gazetteer) -> int:
    """Whether the first name of a list follows a word of listing ("such as", "including", "includes") whose noun,
    or subject, is a plural of bodies (_CUED: "charities") or an organisation's name (_LISTED: "the X Coalition,
    which"; a body's members may be people); else 0."""
    noun = _listing_noun(first, tokens, gazetteer.organization_cues["list words"])
    if noun is None:
        return 0
    if noun.tag_ == "NNS" and (noun.lemma_.lower(),) in gazetteer.organization_cues["list heads"]:
        return _CUED
    return _LISTED if noun.pos_ == "PROPN" and noun.lower_ in gazetteer.organization_words else 0


def _listing_noun(first: Token, tokens: Tokens, words: frozenset[tuple[str, ...]]) -> Token | None:
    """The noun whose list ``first`` opens through a word of listing (``words``): the noun of "such as" or
    "including", the subject of "includes" (the antecedent of its relative pronoun); None when no such word. Its
    label, read from ``tokens``, is tested first: most names are no object."""
    if tokens.dep[first.i] not in ("pobj", "dobj"):
        return None
    word = first.head
    before = tokens.lower[word.i - 1] if word.i > 0 else ""
    if not {(tokens.lemma[word.i],), (tokens.lower[word.i],), (before, tokens.lower[word.i])} & words:
        return None
    if first.dep_ == "pobj":
        return word.head
    noun = next((child for child in word.children if child.dep_ == "nsubj"), word)
    return word.head if noun.tag_ in ("WDT", "WP") and word.dep_ == "relcl" else noun  # "the X Coalition, which"


def _organization_worded_noun(token: Token, gazetteer: Gazetteer) -> bool:
    """Whether the name ``token`` heads ends in an organisation's word ("the Z Trust")."""
    return token.lower_ in gazetteer.organization_words


def appositive_cue(span: Span, tokens: Tokens, cues: frozenset[tuple[str, ...]], titles: frozenset[str]) -> bool:
    """Whether a common noun set beside the name in apposition, right after its comma or right before it, is one of
    the one-word cues read before a name and no role title ("X, the investment bank", "the bank, X"; not "the
    Velcorp producer, X"): the name is an organisation's. Not one after a phrase of the name ("X of the Y Council, a
    citizen action group" describes the council). ``tokens``: the document's."""
    return any(tokens.pos[noun.i] == "NOUN" and (tokens.lemma[noun.i],) in cues and tokens.lemma[noun.i] not in titles
               for noun in _nouns_beside(span, tokens))


def _nouns_beside(span: Span, tokens: Tokens) -> list[Token]:
    """The appositives of a name right after its comma, and the noun it is in apposition to right before its comma
    (the commas and labels read from the document's ``tokens``: most names have neither)."""
    root = span.root
    comma_after = span.end < len(tokens) and tokens.lower[span.end] == ","
    found = [c for c in children(root, "appos") if c.left_edge.i == span.end + 1] if comma_after else []
    if tokens.dep[root.i] == "appos":
        head = root.head
        if head.i + 2 == span.start and tokens.lower[head.i + 1] == ",":
            found.append(head)
    return found


def _cue_in(tokens: Tokens, near: range, cues: frozenset[tuple[str, ...]], *, reverse: bool) -> bool:
    """Whether the words at the first indexes of ``near`` (read backwards from a name when ``reverse``) are a cue,
    none of them a verb ("Hadley shares his view")."""
    if not near or tokens.lower[near[0]] not in _cue_edges(cues, reverse):
        return False  # no cue has the word next to the name (most words): no stretch read
    words: list[str] = []  # read away from the name
    for i in near:
        if tokens.pos[i] in ("VERB", "AUX"):
            return False  # this word and every longer stretch has a verb in it
        words.append(tokens.lower[i])
        if tuple(reversed(words) if reverse else words) in cues:
            return True
    return False


@lru_cache(maxsize=16)
def _cue_edges(cues: frozenset[tuple[str, ...]], reverse: bool) -> frozenset[str]:
    """The words the ``cues`` have next to a name: each cue's last word (a cue read backwards from the name, when
    ``reverse``) or its first, made once for the cues (see _cue_in)."""
    return frozenset(cue[-1] if reverse else cue[0] for cue in cues if cue)


def _possessive_after(span: Span, tokens: Tokens, pronouns: frozenset[tuple[str, ...]]) -> bool:
    if span.root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    words = {cue[0] for cue in pronouns}
    for i in range(span.end, min(span.end + 4, len(tokens))):
        if tokens.lower[i] in words:
            return True
        if tokens.pos[i] not in ("VERB", "AUX", "ADV", "PART"):
            return False
    return False


def only_guessed_organization(found: Counter) -> bool:
    """Whether the ``votes`` of one mention say organisation by the NER's label alone: no organisation's word, no
    acronym, no cue around it, and nothing for a person."""
    return found["Organization"] == 1 and not found["Person"] and not found[_ORGANIZATION_EVIDENCE]


def only_guessed_person(found: Counter) -> bool:
    """Whether the ``votes`` of one mention say person by the NER's label of one word alone: no title, style or
    first name, and nothing for an organisation."""
    return found["Person"] == 1 and not found[_PERSON_EVIDENCE] and not found["Organization"]


def evidenced_types(found: Counter) -> tuple[str, ...]:
    """The types the ``votes`` of an actor's mentions hold evidence for beyond the model's guess (see
    records.Mention.evidence): an organisation's cue, a person's title or style (a known first name is no such
    evidence: "Age", "Royal" open names of bodies too)."""
    return tuple(type_ for type_, evidence in (("Organization", _ORGANIZATION_EVIDENCE), ("Person", _PERSON_MARK))
                 if found[evidence])


def voted_type(found: Counter) -> str:
    """Organization when an organization cue was seen and nothing but the NER's guess said person ("Shares in
    Yukos ... Yukos said"); Place when a one-word name was placed ("officials in Tolsey") and nothing but the
    NER's guess said person or organization; else Person when persons have at least as many votes as
    organizations (and any at all), else Organization."""
    if found[_ORGANIZATION_EVIDENCE] and not found[_PERSON_EVIDENCE]:
        return "Organization"
    if found[_PLACE_EVIDENCE] and not found[_PERSON_EVIDENCE] and not found["Organization"]:
        return "Place"
    person = found["Person"]
    return "Person" if person >= found["Organization"] and person > 0 else "Organization"


