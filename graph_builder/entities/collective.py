"""Collective actors: armed forces, police, governments, rebels, civilians, coalitions named by a common noun.

The nouns, the kind of actor each names, its CAMEO sector and entity type are ontology data
(``col:`` kinds in ``ontology/newskg.ttl``, read as ``lexicon.collective_nouns``). A collective noun phrase is
one mention of kind "collective" whose node is, by what the text gives:

- an owner before it, a nationality word, country, capital or name, or a possessive: "Iraqi security forces",
  "Iraq's security forces" -> ``security forces of Iraq`` (owner Iraq, sector COP); a person leads:
  "Assad's forces" -> ``armed forces led by Assad``; a people's adjective stays: "Sunni militants";
- an "of" or "led by" phrase after it: "the Government of Iraq" -> ``government of Iraq``; "the coalition led
  by the US" and "the US-led coalition" -> ``coalition led by the United States``;
- members of a named organisation or group, for kinds that act as their group: "IS fighters", "Hamas
  militants", "members of Hamas", "the Tory opposition" -> that organisation itself (also a name the model
  missed: "Zorvani Brigade fighters");
- nothing: "the troops", "the rebels" (with "the") are the one collective of that kind the document named
  before (never a guess between two); if there is none, a noun that may stand alone ("rebels", "the
  government") is a node of this document only (``Entity.scope``), a noun that needs an owner ("troops", "the
  authorities") is nothing.

A phrase with another proper noun in it is a name and is left to the names ("Syrian Democratic Forces"), one
with a lowercase noun before it is another body ("the shadow cabinet"), and "pro-Russian rebels" are not
Russia's. A name mention the phrase reads anew ("the Government of" tagged as an organisation "Government")
gives way to the collective mention. "The group" or "this group" (``kg:groupNoun``) is the one organisation or
group named in its sentence or the two before (``group_descriptions``); "the terrorist group" (a word of an armed
kind that acts as its group before the noun) only a group of its own that the text names by such members, and "the
enemy" (``kg:enemyNoun``) the one organisation or group named there when it is such a group.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from spacy.tokens import Doc, Span, Token

from graph_builder.entities.naming import make_entity, name_key
from graph_builder.entities.tokens import NOUN_MODIFIERS, Tokens, dependents, stands_alone
from graph_builder.gazetteer import Gazetteer
from graph_builder.records import Document, Entity, Mention
from graph_builder.vocab import CollectiveNoun, Lexicon

_OWNER_TYPES = ("Country", "Organization", "Group", "Person")
_GROUP_TYPES = ("Organization", "Group")  # owners whose members act as they do ("IS fighters" is IS)
_POSSESSIVE = frozenset(["'s", "’s", "'", "’"])
_INDEFINITE = frozenset(["a", "an", "any", "another"])
_DEFINITE = frozenset(["the", "these", "those"])  # "the troops": the ones named before
_GROUP_DETERMINERS = frozenset(["the", "this", "that"])  # "the group", "this terrorist group"
_LED = "lead"  # the lemma of "-led" and "led by": the owner leads the collective
_SKIPPED_POS = frozenset(["DET", "NUM"])  # words before the noun that do not change the actor ("the 300")
_ARTICLES = frozenset(["the", "a", "an"])  # an article opens the noun phrase: no owner stands before it


@dataclass(frozen=True)
class _Phrase:
    """Tokens ``start``..``end`` (exclusive) of a collective noun's words, the last being the head."""

    start: int
    end: int
    noun: CollectiveNoun


@dataclass(frozen=True)
class _Reading:
    """What a phrase says: the tokens of the whole mention, its owner (if any) and how it is owned."""

    start: int
    end: int
    owner: Entity | None = None
    led: bool = False
    absorbed: bool = False  # the owner's words are read anew too: the name mentions in them give way


def collective_actors(tokens: Tokens, document: Document, mentions: list[Mention], by_token: dict[int, Mention],
                      lexicon: Lexicon) -> tuple[list[Mention], list[Mention]]:
    """(the mentions that stay, the collective mentions), in text order: name mentions inside a collective
    phrase give way to it (see the module docstring)."""
    seen: dict[str, list[Entity]] = {}
    found: list[Mention] = []
    superseded: set[int] = set()
    doc = tokens.doc
    described = armed_descriptions(tokens, by_token, lexicon)
    for phrase in _phrases(tokens, lexicon):
        described = _seen_until(seen, described, phrase.start)
        reading = _reading(doc, phrase, by_token, lexicon)
        if reading is None:
            continue
        entity = _entity(doc, phrase, reading, seen, document, lexicon, mentions)
        if entity is None:
            continue
        kind_seen = seen.setdefault(phrase.noun.kind.name, [])
        if entity not in kind_seen:
            kind_seen.append(entity)
        span = doc[reading.start:reading.end]
        found.append(Mention(doc_id=document.id, start=span.start_char, end=span.end_char, text=span.text,
                             kind="collective", entity=entity))
        others = _coordinated_owners(doc, phrase, reading, by_token, (seen, document, lexicon, mentions))
        found.extend(others)
        superseded.update(_given_way(phrase, reading, by_token, others))
    return [m for m in mentions if m.start not in superseded], sorted(found, key=lambda m: m.start)


def _given_way(phrase: _Phrase, reading: _Reading, by_token: dict[int, Mention], others: list[Mention]) -> set[int]:
    """Where the mentions start that give way to a collective mention and to those of its coordinated owners."""
    taken = range(reading.start if reading.absorbed else phrase.start, phrase.end)
    return {by_token[i].start for i in taken if i in by_token} | {other.start for other in others}


def _coordinated_owners(doc: Doc, phrase: _Phrase, reading: _Reading, by_token: dict[int, Mention],
                        context: tuple) -> list[Mention]:
    """The collective mentions of the owners coordinated before the one the noun follows, one word each: "Latvian"
    of "Latvian and Estonian troops" names the armed forces of Latvia, as "Estonian troops" names Estonia's."""
    if reading.owner is None or reading.start != phrase.start - 1 or reading.led:
        return []
    seen, document, lexicon, names = context
    found = []
    for word in doc[reading.start].conjuncts:
        mention = by_token.get(word.i)
        if word.i >= reading.start or not _one_word_owner(doc, mention):
            continue
        entity = _entity(doc, phrase, _Reading(word.i, word.i + 1, mention.entity), seen, document, lexicon, names)
        if entity is not None and entity != mention.entity:
            found.append(Mention(doc_id=document.id, start=mention.start, end=mention.end, text=mention.text,
                                 kind="collective", entity=entity))
    return found


def _one_word_owner(doc: Doc, mention: Mention | None) -> bool:
    """Whether a mention is a one-word name or demonym of an actor that can own a collective ("Latvian")."""
    return (mention is not None and mention.kind in ("name", "demonym") and mention.entity.type in _OWNER_TYPES
            and len(_tokens_of(doc, mention)) == 1)


def _seen_until(seen: dict[str, list[Entity]], described: list[tuple[int, str, Entity]],
                start: int) -> list[tuple[int, str, Entity]]:
    """Adds to ``seen`` the groups described before token ``start`` (see ``armed_descriptions``): "these terrorists"
    after "the terrorist group Red Hand" are the Red Hand. Returns the descriptions still to come."""
    while described and described[0][0] < start:
        _, kind, group = described.pop(0)
        if group not in seen.setdefault(kind, []):
            seen[kind].append(group)
    return described


def _forms(tokens: Tokens, i: int) -> set[str]:
    """The ways the word at token ``i`` may match a noun of the ontology: lemma, as written, and without a plural
    -s (a capitalised "Rebels" opening a sentence is a proper noun whose lemma keeps the s)."""
    lower = tokens.lower[i]
    return {tokens.lemma[i], lower, lower[:-1] if lower.endswith("s") else lower}


def _phrases(tokens: Tokens, lexicon: Lexicon) -> list[_Phrase]:
    """The longest collective noun ending at each noun, leaving out those inside a longer one and those that only
    describe an organisation, in text order."""
    index = _by_last_word(lexicon)
    found = [p for p in (_noun_ending_at(tokens, t, index) for t in _last_words(tokens, lexicon)) if p]
    return [p for p in found if not any(o.start <= p.start and p.end <= o.end and o != p for o in found)
            and not _describes_an_organisation(tokens.doc, p, lexicon)]


def _last_words(tokens: Tokens, lexicon: Lexicon) -> list[Token]:
    """The nouns that may end a collective noun: a form of theirs (see ``_forms``) is the last word of one of the
    lexicon's. Looked up in the document's indexes of words and lemmas, with no test per token."""
    lasts, written = _last_word_forms(lexicon)
    pos = tokens.pos
    return [token for token in tokens.with_any(words=written, lemmas=lasts)
            if pos[token.i] in ("NOUN", "PROPN") or _argument_misread(token) or _before_a_position(token, lexicon)]


_ARGUMENT_DEPS = frozenset(["nsubj", "nsubjpass", "dobj", "pobj"])


def _argument_misread(token: Token) -> bool:
    """Whether the model took a noun for a verb but parsed it as an argument ("MPs" opening a sentence)."""
    return token.pos_ == "VERB" and token.dep_ in _ARGUMENT_DEPS


def _before_a_position(token: Token, lexicon: Lexicon) -> bool:
    """Whether a word the model took for an adjective modifies a noun of a group's positions ("rebel positions",
    "militant strongholds": kg:PositionNoun), where it names the group, not a manner."""
    positions = lexicon.cues["PositionNoun"]
    return token.pos_ == "ADJ" and token.dep_ in ("amod", "compound") and token.head.lemma_ in positions


@lru_cache(maxsize=8)
def _last_word_forms(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The last words of the lexicon's collective nouns, and how they may be written: as they are or with a plural
    -s (see ``_forms``)."""
    lasts = frozenset(_by_last_word(lexicon))
    return lasts, lasts | {last + "s" for last in lasts}


def _noun_ending_at(tokens: Tokens, token: Token, index: dict[str, list[tuple]]) -> _Phrase | None:
    """The longest collective noun of the ontology (``index``: see ``_by_last_word``) whose last word is ``token``
    (of two as long, the one the ontology lists first)."""
    candidates = sorted((c for form in _forms(tokens, token.i) for c in index.get(form, ())), key=lambda c: c[:2])
    for _, _, key, noun in candidates:
        start = token.i - len(key) + 1
        if start >= 0 and all(word in _forms(tokens, i) for i, word in enumerate(key, start)):
            return _Phrase(start, token.i + 1, noun)
    return None


@lru_cache(maxsize=8)
def _by_last_word(lexicon: Lexicon) -> dict[str, list[tuple[int, int, tuple[str, ...], CollectiveNoun]]]:
    """The collective nouns by their last word, each as (minus its length, its place in the ontology, words, noun):
    sorting candidates gives the longest first, then the ontology's order."""
    index: dict[str, list] = {}
    for order, (key, noun) in enumerate(lexicon.collective_nouns.items()):
        index.setdefault(key[-1], []).append((-len(key), order, key, noun))
    return index


def _reading(doc: Doc, phrase: _Phrase, by_token: dict[int, Mention], lexicon: Lexicon) -> _Reading | None:
    """The mention's extent and owner, or None when the phrase is part of a name (or of a person's)."""
    before = _owner_before(doc, phrase, by_token, lexicon.gazetteer)
    if before is None:
        return None
    after = _owner_after(doc, phrase, by_token, lexicon.gazetteer) or _seated_on(doc, phrase, by_token,
                                                                                lexicon.cues["SubBody"])
    reading = before if before.owner is not None else after or before
    return None if _inside_a_name(doc, phrase, reading, by_token) else reading


def _inside_a_name(doc: Doc, phrase: _Phrase, reading: _Reading, by_token: dict[int, Mention]) -> bool:
    """Whether a longer name holds the phrase ("U.S. Naval Forces Central Command"), or a person's name is in it."""
    first, last = doc[reading.start].idx, doc[reading.end - 1].idx + len(doc[reading.end - 1])
    for i in range(reading.start, reading.end):
        mention = by_token.get(i)
        if mention is None or mention.kind == "pronoun":
            continue
        if mention.start < first or mention.end > last:
            return True
        if phrase.start <= i < phrase.end and mention.entity.type == "Person":
            return True
    return False


def _owner_before(doc: Doc, phrase: _Phrase, by_token: dict[int, Mention], gazetteer: Gazetteer) -> _Reading | None:
    """The owner written before the noun ("Iraqi", "Iraq's", "US-led"), read leftwards over determiners,
    numbers and lowercase modifiers; None when a proper noun that is no owner stands there (a name)."""
    i = phrase.start - 1
    while i >= 0 and _passed_over(doc, i, _mention_before(doc, phrase, i, by_token), gazetteer):
        if doc[i].lower_ in _ARTICLES:
            return _Reading(phrase.start, phrase.end)  # an article opens the phrase: "told Y in Porto the army ..."
        i -= 1
    if i < 0:
        return _Reading(phrase.start, phrase.end)
    return _owner_at(doc, i, phrase, by_token, gazetteer)


def _mention_before(doc: Doc, phrase: _Phrase, i: int, by_token: dict[int, Mention]) -> Mention | None:
    """The mention at token ``i`` before the phrase, unless it is a name that holds the phrase (read anew)."""
    mention = by_token.get(i)
    return None if mention is None or mention.end > doc[phrase.start].idx else mention


def _passed_over(doc: Doc, i: int, mention: Mention | None, gazetteer: Gazetteer) -> bool:
    """Whether token ``i`` is a word before the noun that does not change the actor ("the", "300", "local",
    "democratically elected")."""
    token = doc[i]
    if mention is not None or _hyphenated(doc, i) or gazetteer.is_country_word(token.text):
        return False
    return token.pos_ in _SKIPPED_POS or (token.is_lower and (token.pos_ in ("ADJ", "ADV")
                                                           or token.tag_ in ("VBN", "VBG")))  # "elected", "ruling"


def _owner_at(doc: Doc, i: int, phrase: _Phrase, by_token: dict[int, Mention], gazetteer: Gazetteer) -> _Reading | None:
    """What the first word before the noun that is not passed over says of the owner (see ``_owner_before``)."""
    token = doc[i]
    if token.text in _POSSESSIVE and i > 0:
        return _owned(doc, by_token.get(i - 1), phrase)
    if token.lemma_ == _LED and i >= 2 and doc[i - 1].text == "-":
        return _owned(doc, by_token.get(i - 2), phrase, led=True)
    led_by_country = _led_word(token, phrase, gazetteer)
    if led_by_country is not None:
        return led_by_country
    if _hyphenated(doc, i):
        return _Reading(phrase.start, phrase.end)  # "pro-Russian rebels", "Russian-backed rebels": not Russia's
    mention = _mention_before(doc, phrase, i, by_token)
    if mention is not None:  # a party adjective before a capitalised noun is a word of a name
        return None if _party_word_in_a_name(doc, phrase, mention) else _owned(doc, mention, phrase)
    return _word_owner(doc, i, phrase, by_token, gazetteer)


def _led_word(token: Token, phrase: _Phrase, gazetteer: Gazetteer) -> _Reading | None:
    """"-led" written in one token with the country that leads ("U.S.-led": the tokenizer keeps an abbreviation's
    full stop and the hyphen with it)."""
    name, _, led = token.text.rpartition("-")
    country = gazetteer.country(name) or gazetteer.demonym(name) if name else None
    if led.lower() != "led" or country is None:
        return None
    return _Reading(token.i, phrase.end, make_entity(country, "Country"), led=True)


def _party_of_members(doc: Doc, i: int, phrase: _Phrase, gazetteer: Gazetteer) -> _Reading | None:
    """The party whose word at token ``i`` stands before a noun of its members that the model missed ("Labour
    MPs" opening a sentence, tagged an adjective): the members act as the party."""
    party = gazetteer.demonym_organizations.get(doc[i].text)
    if party and phrase.noun.kind.acts_as_group and not _name_word(doc[phrase.end - 1]):
        return _Reading(i, phrase.end, make_entity(party, "Organization"))
    return None


def _party_word_in_a_name(doc: Doc, phrase: _Phrase, mention: Mention) -> bool:
    """A party adjective before a capitalised noun is a word of a name the model missed ("Syrian Democratic
    Forces"), not the party's forces."""
    return mention.kind == "demonym" and mention.entity.type != "Country" and _name_word(doc[phrase.end - 1])


def _name_word(token: Token) -> bool:
    """Whether a noun is written as a word of a name: capitalised, and no acronym's plural ("MPs")."""
    return token.text[:1].isupper() and not token.text.rstrip("s").isupper()


def _word_owner(doc: Doc, i: int, phrase: _Phrase, by_token: dict[int, Mention],
                gazetteer: Gazetteer) -> _Reading | None:
    """The owner a word no mention holds gives: a country word, the name of an armed group the model missed;
    None for another proper noun (the phrase is a name); no owner for a common word."""
    token = doc[i]
    country = _country(token, gazetteer)
    if country is not None:
        return _Reading(i, phrase.end, country)
    party = _party_of_members(doc, i, phrase, gazetteer)
    if party is not None:
        return party
    if token.pos_ == "PROPN" or (token.text[:1].isupper() and not token.is_sent_start):
        return _group_name(doc, i, phrase, by_token, gazetteer) if _may_name_a_group(token, phrase) else None
    if token.pos_ == "NOUN" and phrase.start <= token.head.i < phrase.end:
        return None  # "the shadow cabinet", "border police", "service members": another body than the noun's
    return _Reading(phrase.start, phrase.end)


def _country(token: Token, gazetteer: Gazetteer) -> Entity | None:
    """The country a capitalised word names or is the nationality of, inside a name read anew ("Iraqi")."""
    name = gazetteer.demonym(token.text) or gazetteer.country(token.text)
    return make_entity(name, "Country") if name and token.text[:1].isupper() else None


_TIMES = frozenset({"DATE", "TIME"})


def _may_name_a_group(token: Token, phrase: _Phrase) -> bool:
    """Whether a capitalised word before a noun of members that acts as a group may name the group: not a day or a
    time the model tagged as one ("the 11 September terrorists": no group named September)."""
    return phrase.noun.kind.acts_as_group and token.ent_type_ not in _TIMES


def _group_name(doc: Doc, last: int, phrase: _Phrase, by_token: dict[int, Mention],
                gazetteer: Gazetteer) -> _Reading | None:
    """The organisation named by the capitalised words ending at token ``last``, right before a noun of members
    ("Ansar Dine fighters"), which the model did not take for a name; None if a name goes on to the left."""
    start = last
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ in ("PROPN", "ADJ", "NOUN"):
        start -= 1
    start += _opening_adjective(doc, start, last, gazetteer)
    inside = [m for m in (by_token.get(i) for i in range(start, last + 1)) if m is not None]
    if any(m.start < doc[start].idx for m in inside):
        return None
    name = " ".join(name_key(doc[start:last + 1].text))
    owner = make_entity(gazetteer.organization(name) or name, "Organization", [name])
    return _Reading(start, phrase.end, owner, absorbed=True)


def _opening_adjective(doc: Doc, start: int, last: int, gazetteer: Gazetteer) -> bool:
    """Whether the word at ``start`` is an adjective capitalised only as it opens the sentence, before a people's
    word ("Local" of "Local Arab fighters joined"; not "Free" of "Free Kordan Army fighters")."""
    return (start < last and doc[start].is_sent_start and doc[start].pos_ == "ADJ"
            and doc[start + 1:last + 1].text in gazetteer.groups)


def _hyphenated(doc: Doc, i: int) -> bool:
    return (i > 0 and doc[i - 1].text == "-") or (i + 1 < len(doc) and doc[i + 1].text == "-")


def _owned(doc: Doc, mention: Mention | None, phrase: _Phrase, *, led: bool = False) -> _Reading | None:
    """The phrase owned by the actor of ``mention``, from its first word; None when it can own nothing."""
    if not _owner(mention):
        return None
    return _Reading(_tokens_of(doc, mention).start, phrase.end, mention.entity, led)


def _owner_after(doc: Doc, phrase: _Phrase, by_token: dict[int, Mention], gazetteer: Gazetteer) -> _Reading | None:
    """The owner in an "of" phrase ("the armed forces of Ukraine") or a "led by" phrase after the noun."""
    return _of_phrase(doc, phrase, by_token, gazetteer) or _led_by(doc, phrase, by_token)


def _of_phrase(doc: Doc, phrase: _Phrase, by_token: dict[int, Mention], gazetteer: Gazetteer) -> _Reading | None:
    """"of" and a country, organisation or person right after the noun ("the Government of Iraq"), or after a
    bare noun joined to it with "and", whose "of" both share ("the government and people of Iraq": the mention is
    the government's words alone); not a modifier of another noun ("members of the Al Harun tribe")."""
    shared = _shares_of(doc, phrase)
    reading = _owner_of(doc, phrase, phrase.end + 2 if shared else phrase.end, by_token, gazetteer)
    return _Reading(phrase.start, phrase.end, reading.owner) if shared and reading else reading


def _shares_of(doc: Doc, phrase: _Phrase) -> bool:
    """Whether "and" and a bare noun joined to the phrase's noun follow it, then "of" ("the army and police of")."""
    end = phrase.end
    if end + 2 >= len(doc) or doc[end].lower_ != "and" or doc[end + 2].lower_ != "of":
        return False
    joined = doc[end + 1]
    return joined.pos_ == "NOUN" and joined.dep_ == "conj" and joined.head.i == end - 1


def _owner_of(doc: Doc, phrase: _Phrase, at: int, by_token: dict[int, Mention],
              gazetteer: Gazetteer) -> _Reading | None:
    """The owner an "of" at token ``at`` names (see _of_phrase), with the reading's extent up to it."""
    after = doc[at:at + 3]
    if len(after) < 2 or after[0].lower_ != "of":
        return None
    target = after[2] if after[1].lower_ == "the" and len(after) == 3 else after[1]
    mention = by_token.get(target.i)
    if _owner(mention) and mention.start > after[0].idx:  # not a name that holds the phrase, tagged whole
        owner, end = mention.entity, _last_token(doc, mention) + 1
    else:
        owner, end = _country(target, gazetteer), target.i + 1
    if owner is None or (end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN")):
        return None
    return _Reading(phrase.start, end, owner)


def _led_by(doc: Doc, phrase: _Phrase, by_token: dict[int, Mention]) -> _Reading | None:
    """"led by" and its owner after the noun ("the coalition led by the United States")."""
    for child in doc[phrase.end - 1].rights:
        if child.lemma_ != _LED or child.dep_ != "acl":
            continue
        for target in (t for agent in dependents(child) if agent.dep_ == "agent" for t in dependents(agent)):
            mention = by_token.get(target.i)
            if target.dep_ == "pobj" and _owner(mention):
                return _Reading(phrase.start, _last_token(doc, mention) + 1, mention.entity, led=True)
    return None


def _seated_on(doc: Doc, phrase: _Phrase, by_token: dict[int, Mention], sub_bodies: frozenset[str]
               ) -> _Reading | None:
    """The body inside an organisation that members of a group sit "on", named right after ("MPs on the Harbour
    transport committee", "members on the Rail Board": kg:SubBody the name's last word), whose members speak for it
    as those "of" it do; None for any other "on" ("troops on the border")."""
    after = doc[phrase.end:phrase.end + 3]
    if len(after) < 2 or after[0].lower_ != "on":
        return None
    mention = by_token.get((after[2] if after[1].lower_ == "the" and len(after) == 3 else after[1]).i)
    if not _owner(mention) or mention.entity.type != "Organization" or mention.start < after[0].idx \
            or mention.entity.label.rsplit(" ", 1)[-1].lower() not in sub_bodies:
        return None
    return _Reading(phrase.start, _last_token(doc, mention) + 1, mention.entity)


def _owner(mention: Mention | None) -> bool:
    """Whether a mention can own a collective: a country, organisation, group or person named (not a place)."""
    return mention is not None and mention.kind != "pronoun" and mention.entity.type in _OWNER_TYPES


def _last_token(doc: Doc, mention: Mention) -> int:
    return _tokens_of(doc, mention).end - 1


def _tokens_of(doc: Doc, mention: Mention) -> Span:
    """The tokens a mention of the document covers, found from its characters (a mention's offsets lie in its
    document's text, so there always are some)."""
    return doc.char_span(mention.start, mention.end, alignment_mode="expand")


def _entity(doc: Doc, phrase: _Phrase, reading: _Reading, seen: dict[str, list[Entity]], document: Document,
            lexicon: Lexicon, names: list[Mention]) -> Entity | None:
    """The node a collective phrase names (see the module docstring); None when it names none."""
    if reading.owner is not None:
        if _portfolio(doc, phrase, lexicon):
            return None
        alone = _owner_named_alone(doc, reading.owner, names)
        return _owned_entity(phrase, reading, lexicon.gazetteer, named_alone=alone)
    if any(t.lower_ in _INDEFINITE for t in doc[max(0, phrase.start - 2):phrase.start]) \
            or _before_a_title(doc, phrase, lexicon):
        return None  # "a government", "government spokesman", "Armed Forces Minister": no actor of its own
    return _named_in_full(doc, phrase, names) or _unowned(doc, phrase, seen, document) \
        or _holding_positions(doc, phrase, names, document, lexicon)


def _holding_positions(doc: Doc, phrase: _Phrase, names: list[Mention], document: Document,
                       lexicon: Lexicon) -> Entity | None:
    """A noun that needs an owner, with none, right before a noun of a group's positions ("army positions", "army
    bases": kg:PositionNoun), which names the force that holds them: the one country the document names owns it
    (Sudan's army, in an article naming Sudan alone), else it is a node of this document only; None elsewhere."""
    last = doc[phrase.end - 1]
    if not phrase.noun.owned_only or last.dep_ not in NOUN_MODIFIERS \
            or last.head.lemma_ not in lexicon.cues["PositionNoun"]:
        return None
    kind = phrase.noun.kind
    countries = {m.entity for m in names if m.entity.type == "Country"}
    if len(countries) == 1:
        return _owned_entity(phrase, _Reading(phrase.start, phrase.end, owner=next(iter(countries))),
                             lexicon.gazetteer)
    return make_entity(kind.label, kind.type, sector=kind.sector, scope=document.id)


def _unowned(doc: Doc, phrase: _Phrase, seen: dict[str, list[Entity]], document: Document) -> Entity | None:
    """A phrase with no owner: the one collective of its kind named before ("the troops"), else a node of this
    document only for a noun that may stand alone ("rebels"), else nothing."""
    kind = phrase.noun.kind
    earlier = seen.get(kind.name, [])
    if earlier and _definite(doc, phrase):
        return earlier[0] if len(earlier) == 1 else None
    if phrase.noun.owned_only:
        return None
    return make_entity(kind.label, kind.type, sector=kind.sector, scope=document.id)


def _named_in_full(doc: Doc, phrase: _Phrase, names: list[Mention]) -> Entity | None:
    """The organisation a kind's label alone is the short form of (kg:shortForName): the one the document named
    before the phrase with the label as the head of its name ("the Global Coalition Against X" ... "the Coalition",
    "coalition forces"). None with two such names, or when the document used the word alone before the name (the
    bare word then names another body: "the Coalition trains the Arab Coalition ... the Coalition"). A kind of
    kg:shortForLaterName takes the one such name anywhere ("the police ... Tarn Valley Police said")."""
    kind = phrase.noun.kind
    full = _full_names(doc, phrase, names) if kind.short_form else []
    if len({m.entity.id for m in full}) != 1:
        return None
    if not kind.later_name and _alone_before(doc, min(m.start for m in full), kind.label, names):
        return None
    return full[0].entity


def _full_names(doc: Doc, phrase: _Phrase, names: list[Mention]) -> list[Mention]:
    """The mentions of names the phrase's label is the short form of: before the phrase, or anywhere for a kind of
    kg:shortForLaterName."""
    kind, start = phrase.noun.kind, doc[phrase.start].idx
    return [m for m in names if (m.end <= start or kind.later_name) and _full_name(kind.label, m)]


def _full_name(label: str, mention: Mention) -> bool:
    """Whether a mention names an organisation or group with ``label`` as a word of its longer name."""
    entity = mention.entity
    return mention.kind != "pronoun" and entity.type in _GROUP_TYPES and _short_form(label, entity.label)


def _alone_before(doc: Doc, first: int, label: str, names: list[Mention]) -> bool:
    """Whether the label's word stands before character ``first`` outside a longer name (alone, or a name of it
    alone: "the Coalition" tagged as a name; not in the name of another body, "the Police Federation")."""
    word, size = label.split()[-1], len(label.split())
    return any(t.lower_ == word and not any(m.start <= t.idx < m.end and len(name_key(m.entity.label)) > size
                                            for m in names if m.kind != "pronoun")
               for t in doc if t.idx < first)


def _short_form(label: str, name: str) -> bool:
    """Whether ``label`` is the head of a longer ``name``, its last words or those before a preposition that ends
    it: "coalition" of "Global Coalition Against X", "police" of "Tarn Valley Police"; not of "Police Federation"
    nor "Association of Chief Police Officers", other bodies than a force."""
    words = name_key(name.lower())
    head = next((words[:i] for i, word in enumerate(words) if i and word in _NAME_PREPOSITIONS), words)
    return len(words) > len(label.split()) and " ".join(head).endswith(f" {label}")


_NAME_PREPOSITIONS = frozenset(["of", "for", "against", "to", "in", "on", "from"])  # after a name's head noun


def _describes_an_organisation(doc: Doc, phrase: _Phrase, lexicon: Lexicon) -> bool:
    """Whether the noun only says what an organisation noun after it is about ("refugee agencies", "a police
    union": kg:OrganisationNoun), not for a kind whose members act as their group ("rebel groups" are rebels)."""
    after = doc[phrase.end] if phrase.end < len(doc) else None
    return (not phrase.noun.kind.acts_as_group and after is not None and after.pos_ in ("NOUN", "PROPN")
            and after.lemma_.lower() in lexicon.cues.get("OrganisationNoun", ()))


def _before_a_title(doc: Doc, phrase: _Phrase, lexicon: Lexicon) -> bool:
    """Whether a role title follows the noun ("government spokesman", "police chief")."""
    found = lexicon.find_title(list(doc[phrase.end:phrase.end + lexicon.max_title_words]))
    return found is not None and found[1][0].i == phrase.end


def _portfolio(doc: Doc, phrase: _Phrase, lexicon: Lexicon) -> bool:
    """Whether an adjective and a title make the noun a portfolio, not its owner's body: "the party's local
    government spokesman", "its home affairs spokesman" (not "the Iraqi government spokesman")."""
    first = doc[max(0, phrase.start - 1):phrase.start + 1]  # the word before the noun's words and their first
    return any(t.pos_ == "ADJ" and t.text.islower() for t in first) and _before_a_title(doc, phrase, lexicon)


def _owned_entity(phrase: _Phrase, reading: _Reading, gazetteer: Gazetteer, *,
                  named_alone: bool = False) -> Entity | None:
    """The node of an owned phrase: the owner for members of an armed group ("Hamas militants"), but "Sunni
    militants" are not all Sunnis (a people, gazetteer "groups"), unless the document also names the group alone as
    an actor ("the Zorvanis said ... Zorvani rebels": ``named_alone``); else the kind of the owner."""
    kind, owner = phrase.noun.kind, reading.owner
    people = owner.label in gazetteer.groups and not named_alone
    if kind.acts_as_group and owner.type in _GROUP_TYPES and not people and not reading.led:
        return owner
    if kind.acts_as_group and phrase.noun.owned_only and not (people and kind.people_owned):
        return None  # "Trump supporters", "members of Parliament": members of no armed group
    return make_entity(_owned_label(kind.label, owner, reading.led, gazetteer), kind.type, sector=kind.sector,
                       owner=owner)


def _owner_named_alone(doc: Doc, owner: Entity, names: list[Mention]) -> bool:
    """Whether the document names ``owner`` by a name that stands alone, no word before a noun ("the Zorvani said",
    "the Zorvanis"; not "Zorvani rebels")."""
    written = (owner.label, f"{owner.label}s")
    return any(m.entity.label in written and stands_alone(doc, m.start, m.end) for m in names)


def _owned_label(label: str, owner: Entity, led: bool, gazetteer: Gazetteer) -> str:
    """"security forces of Iraq", "coalition led by the United States", "regime led by Bashar al-Assad" (a
    person leads); a people's adjective (gazetteer "groups") stays before the noun ("Kurdish security forces")."""
    if owner.label in gazetteer.groups and not led:
        return f"{owner.label} {label}"
    return f"{label} {'led by' if led or owner.type == 'Person' else 'of'} {owner_name(owner, gazetteer)}"


def _definite(doc: Doc, phrase: _Phrase) -> bool:
    """Whether the phrase opens with "the" (or "these", "those"), maybe before adjectives ("the local police")."""
    i = phrase.start - 1
    while i >= 0 and doc[i].pos_ in ("ADJ", "ADV") and doc[i].is_lower:
        i -= 1
    return i >= 0 and doc[i].lower_ in _DEFINITE


def owner_name(owner: Entity, gazetteer: Gazetteer) -> str:
    """An owner's label as it reads after "of": "the United States", "Iraq"."""
    with_article = f"the {owner.label}"
    known = owner.label in (gazetteer.countries.get(with_article), gazetteer.organizations.get(with_article))
    return with_article if known else owner.label


def group_descriptions(tokens: Tokens, document: Document, by_token: dict[int, Mention],
                       lexicon: Lexicon) -> list[Mention]:
    """"The group" (a ``kg:groupNoun`` with "the", "this" or "that") is the one organisation or group named in its
    sentence or the two before; when two fit, it is left unresolved. With armed words before the noun ("the
    terrorist group") only a group the text names by such members fits (``_armed``); "the enemy" (a ``kg:enemyNoun``)
    is the one organisation or group there only when the text calls it armed so."""
    sentence_of = tokens.sentence_of
    history: list[tuple[int, Entity]] = []
    found: list[Mention] = []
    armed = _armed_words(lexicon)
    nouns = lexicon.group_nouns | lexicon.enemy_nouns
    read = sorted({*by_token, *(t.i for t in tokens.with_lemma(nouns))})  # the actors and group nouns
    for token in (tokens[i] for i in read):
        mention = by_token.get(token.i)
        if _group_actor(mention):
            history.append((sentence_of[token.i], mention.entity))
        modifiers = _group_description(token, nouns, armed) if mention is None else None
        if modifiers is None:
            continue
        near = _fitting(token, modifiers, _near(history, sentence_of[token.i], token, lexicon), by_token, tokens,
                        lexicon)
        if len(near) == 1:
            found.append(Mention(doc_id=document.id, start=token.idx, end=token.idx + len(token), text=token.text,
                                 kind="description", entity=next(iter(near.values()))))
    return found


def _fitting(noun: Token, modifiers: list[Token], near: dict[str, Entity], by_token: dict[int, Mention],
             tokens: Tokens, lexicon: Lexicon) -> dict[str, Entity]:
    """The groups near that a description fits: any for "the group"; for "the terrorist group" only those the text
    names or calls armed; for "the enemy" the one group near, if armed, that is not the subject of its verb ("Chilean
    troops attacked the enemy"; beside two others, it may be either's enemy). A group noun beside its own name is that
    group ("the terrorist group Red Hand")."""
    named = _described_group(noun, by_token)
    if named is not None:
        return {named.id: named}
    enemy = noun.lemma_.lower() in lexicon.enemy_nouns
    if enemy:
        facing = _subject_ids(noun, by_token)
        near = {key: entity for key, entity in near.items() if key not in facing}
    if enemy and len(near) > 1:
        return {}
    return _armed_ones(near, by_token, tokens, lexicon) if modifiers or enemy else near


def _subject_ids(noun: Token, by_token: dict[int, Mention]) -> set[str]:
    """The entities of the subjects of the verb a noun is the object of, directly or through a preposition."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    subjects = [t for c in dependents(verb) if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
    return {by_token[t.i].entity.id for t in subjects if t.i in by_token}


def _near(history: list[tuple[int, Entity]], sentence: int, noun: Token, lexicon: Lexicon) -> dict[str, Entity]:
    """The organisations and groups of the history a group noun in the sentence may refer back to."""
    return {entity.id: entity for said, entity in history if sentence - said <= 2 and _may_be(entity, noun, lexicon)}


def _may_be(entity: Entity, noun: Token, lexicon: Lexicon) -> bool:
    """Whether a group noun may refer back to the entity: "the party" (a label word of senses.yaml's "party" class)
    only to a party, named by a word of that class ("Labour Party", "the Greens"); "the group" to any."""
    party = lexicon.senses.actor_classes.get("party")
    if party is None or noun.lemma_.lower() not in party.label_words:
        return True
    return bool(set(entity.label.lower().replace("-", " ").split()) & party.label_words)


def _group_actor(mention: Mention | None) -> bool:
    return mention is not None and mention.kind != "pronoun" and mention.entity.type in _GROUP_TYPES


def _group_description(token: Token, nouns: frozenset[str], armed: frozenset[str]) -> list[Token] | None:
    """The words between the determiner and the noun of "the group", "this group" or "the terrorist group" (only
    the words of ``_armed_words``); None for "a group", "the rights group", "the group of ministers" or
    "the group leader"."""
    doc = token.doc
    if not _group_noun(token, nouns):
        return None
    i = token.i - 1
    while i >= 0 and doc[i].is_lower and doc[i].lower_ in armed:
        i -= 1
    return doc[i + 1:token.i] if i >= 0 and doc[i].lower_ in _GROUP_DETERMINERS else None


def _group_noun(token: Token, nouns: frozenset[str]) -> bool:
    """A group noun that heads its phrase: not "the group leader" nor "the group of ministers"."""
    doc = token.doc
    return (token.pos_ == "NOUN" and token.lemma_.lower() in nouns and token.dep_ != "compound"
            and not (token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of"))


def _armed_ones(near: dict[str, Entity], by_token: dict[int, Mention], tokens: Tokens,
                lexicon: Lexicon) -> dict[str, Entity]:
    """The groups the text names or calls armed (``_armed``), or describes so (``armed_descriptions``)."""
    armed = _armed_words(lexicon)
    described = {group.id for _, _, group in armed_descriptions(tokens, by_token, lexicon)}
    return {key: entity for key, entity in near.items() if key in described or _armed(entity, by_token, tokens, armed)}


@lru_cache(maxsize=8)
def _armed_words(lexicon: Lexicon) -> frozenset[str]:
    """The one-word collective nouns (kg:collectiveNoun, not kg:ownedNoun) of the kinds whose members act as their
    group in a sector of senses.yaml's armed class: "terrorist", "militant", "rebel", "insurgent"."""
    return frozenset(_armed_kinds(lexicon))


@lru_cache(maxsize=8)
def _armed_kinds(lexicon: Lexicon) -> Mapping[str, str]:
    """Each of ``_armed_words`` and the name of its collective kind ("terrorist" -> the kind of "militants"), read
    once per lexicon (every document asks)."""
    armed = lexicon.senses.actor_classes.get("armed")
    sectors = armed.sectors if armed is not None else frozenset()
    return MappingProxyType({noun.words[0]: noun.kind.name for noun in lexicon.collective_nouns.values()
                             if len(noun.words) == 1 and not noun.owned_only and noun.kind.acts_as_group
                             and noun.kind.sector in sectors})


def armed_descriptions(tokens: Tokens, by_token: dict[int, Mention], lexicon: Lexicon) -> list[tuple[int, str, Entity]]:
    """The groups of their own the text describes with a group noun and a word of an armed kind ("the terrorist group
    Red Hand", "the Red Hand, a militant group", "the jihadist group ISIL"): (where the group noun stands, the kind's
    name, the group), in text order."""
    kinds = _armed_kinds(lexicon)
    found = []
    for noun in tokens.with_lemma(lexicon.group_nouns):
        words = [c.lemma_.lower() for c in dependents(noun) if c.dep_ in ("amod", "compound")]
        kind = next((kinds[word] for word in words if word in kinds), None)
        group = _described_group(noun, by_token) if kind else None
        if group is not None:
            found.append((noun.i, kind, group))
    return found


def _described_group(noun: Token, by_token: dict[int, Mention]) -> Entity | None:
    """The named group of its own a group noun stands beside: its apposition, or the name it is in apposition to or
    a part of ("the terrorist group ISIL")."""
    beside = [c for c in dependents(noun) if c.dep_ == "appos"] + ([noun.head] if noun.dep_ in ("appos", "compound")
                                                                    else [])
    mentions = [mention for token in beside if (mention := by_token.get(token.i)) is not None]
    return next((m.entity for m in mentions if m.kind == "name" and m.entity.type in _GROUP_TYPES
                 and m.entity.owner is None), None)


def _armed(entity: Entity, by_token: dict[int, Mention], tokens: Tokens, armed: frozenset[str]) -> bool:
    """Whether a group of its own (no state's forces: no owner) has such a word in its name ("the Red Hand
    Militants") or the document names it by such members ("Red Hand militants", "Red Hand terrorists")."""
    if entity.owner is not None:
        return False
    if set(entity.label.lower().replace("-", " ").split()) & armed:
        return True
    return any(m.kind == "collective" and m.entity.id == entity.id and tokens.lemma[i] in armed
               for i, m in by_token.items())
