"""Roles and affiliations: "US President Donald Trump", "Witkoff, Trump's special envoy", "a Washington think tank".

A role title before a name or in an appositive beside it gives its relation (``kg:titlePattern``) between the
person and the organisation the title belongs to. The roles block of ``ontology/newskg.ttl`` says how:

- the employer is the organisation a role preposition introduces ("Foreign Minister of Iraq", "economist for
  Wells Fargo"), else one named before the title ("Tory leader", "Iran's foreign minister"); an organisation
  wins over a country word ("chief US economist for Wells Fargo" works for Wells Fargo). An actor under any
  other preposition ("In Turkey", "ambassador to the UN") is no employer, nor, after a portfolio preposition,
  anything but an organisation ("Minister for Central Asia"). A country as employer stands for its government:
  memberOf the country;
- a head title leads what its role preposition introduces ("commander of X" is leaderOf X), a chief title also
  the organisation named right before it ("NAO head"); a country title gives another relation in the countries
  named (a German chancellor leads Germany, a British one does not); the head of a part of an organisation
  ("chairman of the party's committee") is a member of it;
- a role modifier ("shadow", "deputy", "acting", "vice-") or one of many ("an ISIL commander") makes the holder
  a member, never the leader; a past word ("former", "ex-") keeps the relation with the modality "past", which
  is no direct triple.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from graph_builder.entities import DocEntities
from graph_builder.errors import OntologyError
from graph_builder.extract.polarity import ended_role
from graph_builder.extract.scoring import confidence, evidence
from graph_builder.records import Mention, Relation
from graph_builder.registry import extractors
from graph_builder.vocab import Lexicon

# The ontology's cue classes of the roles block, by the field of RoleWords that holds their words.
_ROLE_CLASSES = {"modifiers": "RoleModifier", "one_of_many": "OneOfMany", "past": "PastRole", "heads": "HeadTitle",
                 "chiefs": "ChiefTitle",
                 "prepositions": "RolePreposition", "portfolio": "PortfolioPreposition"}
# Which employer wins when a title names several: an organisation over a group over a country or a person.
_EMPLOYER_RANK = {"Organization": 2, "Group": 1}


@dataclass(frozen=True, kw_only=True)
class RoleWords:
    """What the ontology's roles block says about titles beyond the relation each gives."""

    modifiers: frozenset[str]
    """Words that make a title's holder a member, not the leader ("shadow", "deputy")."""
    one_of_many: frozenset[str]
    """Determiners that make a title's holder one of several ("an ISIL commander"): a member, not the leader."""
    past: frozenset[str]
    """Words that say the title was held before the article ("former")."""
    heads: frozenset[str]
    """Titles that lead what their role preposition introduces ("commander of X")."""
    chiefs: frozenset[str]
    """Head titles that also lead the organisation named right before them ("NAO head", "UN chief")."""
    prepositions: frozenset[str]
    """Prepositions that introduce the organisation a title belongs to ("of", "for", "at")."""
    portfolio: frozenset[str]
    """Role prepositions after which only an organisation is the employer ("Minister for Central Asia")."""
    country_titles: dict[tuple[str, str], str]
    """(title, country label) -> the relation the title gives there ("chancellor", "Germany") -> leaderOf."""


@lru_cache(maxsize=8)
def role_words(lexicon: Lexicon) -> RoleWords:
    """The roles block of the lexicon's ontology; a missing class raises OntologyError."""
    missing = [name for name in _ROLE_CLASSES.values() if name not in lexicon.cues]
    if missing:
        raise OntologyError(f"{lexicon.folder}/newskg.ttl lacks the role classes {missing} (each with its "
                            "kg:cueLemma words); restore them from the installed ontology")
    words = {field: frozenset(w.lower() for w in lexicon.cues[name]) for field, name in _ROLE_CLASSES.items()}
    return RoleWords(**words, country_titles=lexicon.country_titles)


@dataclass(frozen=True, kw_only=True)
class _Phrase:
    """Where a title may stand beside a name: its words, where its organisation may be named, and the word the
    phrase hangs on (the name, or the appositive's head)."""

    words: list[Token]
    candidates: list[Token]
    root: Token
    last_first: bool  # before a name the nearest (last) organisation of a rank wins; in an appositive the first
    trust: float


@dataclass(frozen=True, kw_only=True)
class _Employer:
    mention: Mention
    preposition: Token | None  # the role preposition whose object it is, if one is ("head of X", not "of X's unit")
    part: bool = False  # named as the owner of the preposition's object: the title is of a part ("X's unit")


def _mention_span(doc: Doc, mention: Mention) -> Span | None:
    return doc.char_span(mention.start, mention.end, alignment_mode="expand")


@extractors.register("roles")
def roles(doc: Doc, entities: DocEntities, lexicon: Lexicon) -> Iterator[Relation]:
    """Role titles before a name or in an appositive give leaderOf/memberOf; place modifiers give locatedIn."""
    seen: set[int] = set()
    for mention in entities.mentions:
        if mention.kind != "name" or mention.start in seen:
            continue
        seen.add(mention.start)
        span = _mention_span(doc, mention)
        if span is None:
            continue
        own = set(range(span.start, span.end))
        if mention.entity.type == "Person":
            yield from _person_roles(mention, span, entities, lexicon)
        elif mention.entity.type == "Organization":
            yield from _located(mention, span.root, entities, own)


def _person_roles(mention: Mention, span: Span, entities: DocEntities, lexicon: Lexicon) -> Iterator[Relation]:
    """A title before the name ("French President Emmanuel Macron") or in an appositive beside it."""
    doc, root = span.doc, span.root
    own = set(range(span.start, span.end))
    prefix = _own_prefix([t for t in doc[root.left_edge.i:span.start] if t.i not in own], mention, entities)
    phrases = [_Phrase(words=prefix, candidates=prefix, root=root, last_first=True, trust=0.85)]
    phrases += [_Phrase(words=list(doc[appositive.left_edge.i:appositive.i + 1]),
                        candidates=[t for t in appositive.subtree if t.i not in own], root=appositive,
                        last_first=False, trust=0.8)
                for appositive in _appositives(root)]
    for phrase in phrases:
        relation = _role(mention, phrase, entities, lexicon)
        if relation is not None:
            yield relation


def _own_prefix(prefix: list[Token], person: Mention, entities: DocEntities) -> list[Token]:
    """The words before a name that can be its own title: from the last other person named before it on ("U.S.
    Secretary of State Kerry and U.S. Secretary of Defense Ash Carter"; "Trump's special envoy Steve Witkoff")."""
    others = [i for i, t in enumerate(prefix) if (m := entities.at(t)) is not None and m.entity.type == "Person"
              and m.entity.id != person.entity.id and (i == 0 or entities.at(prefix[i - 1]) is not m)]
    return prefix[others[-1]:] if others else prefix


def _appositives(root: Token) -> list[Token]:
    """Appositives beside a name, either way round ("Witkoff, Trump's envoy" / "Trump's envoy, Witkoff")."""
    found = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        found.append(root.head)
    return found


def _role(person: Mention, phrase: _Phrase, entities: DocEntities, lexicon: Lexicon) -> Relation | None:
    """The relation the title of a phrase gives between the person and the organisation it belongs to."""
    found = _title(phrase.words, lexicon)
    if not found:
        return None
    title, title_tokens = found
    words = role_words(lexicon)
    employer = _employer(phrase, {t.i for t in title_tokens}, entities, words)
    if employer is None:
        return None
    said, written = _qualified(phrase, title_tokens, words)
    led = _led(title, title_tokens, employer, phrase, words)
    return Relation(
        subject=person.entity, relation=_relation(title, led, employer, said, lexicon), verb=written,
        object=employer.mention.entity, evidence=evidence(title_tokens[0], entities), role=written,
        modality="past" if said & words.past or ended_role(phrase.root, lexicon) else "asserted",
        confidence=confidence(phrase.trust, person.kind, employer.mention.kind), extractor="roles",
    )


def _title(words: list[Token], lexicon: Lexicon) -> tuple[str, list[Token]] | None:
    """The title of a phrase: its longest, and of titles as long the last, the one nearest the name or the head
    of the appositive ("deputy leader" is a leader's title, qualified)."""
    found = lexicon.find_title(words)
    while found:
        later = lexicon.find_title([t for t in words if t.i > found[1][-1].i])
        if not later or len(later[1]) < len(found[1]):
            break
        found = later
    return found


def _relation(title: str, led: bool, employer: _Employer, said: set[str], lexicon: Lexicon) -> str:
    """leaderOf or memberOf: the title's own relation, leaderOf for a head title over what it leads (see _led),
    the country title's relation in its countries; never leaderOf of an organisation whose part the title leads
    ("chairman of the party's committee"), under a role modifier or for one of many ("an ISIL commander")."""
    words = role_words(lexicon)
    relation = "leaderOf" if led else lexicon.title_relations[title]
    entity = employer.mention.entity
    if entity.type == "Country":
        relation = words.country_titles.get((title, entity.label), relation)
    return "memberOf" if employer.part or said & (words.modifiers | words.one_of_many) else relation


def _led(title: str, title_tokens: list[Token], employer: _Employer, phrase: _Phrase, words: RoleWords) -> bool:
    """Whether a head title leads its employer: what its own role preposition introduces ("commander of X"),
    or, for a chief title that ends the phrase, the organisation named right before it ("NAO head")."""
    last_word = title.split()[-1]
    if employer.preposition is not None:
        return employer.preposition.head in title_tokens and (title in words.heads or last_word in words.heads)
    return (title in words.chiefs or last_word in words.chiefs) and _named_right_before(title_tokens, employer,
                                                                                          phrase)


def _named_right_before(title_tokens: list[Token], employer: _Employer, phrase: _Phrase) -> bool:
    """Whether the employer is an organisation named right before a title that ends its phrase (the title is the
    appositive's head, or stands just before the name), not one that qualifies another noun ("chief economist")."""
    named, first, last = employer.mention, title_tokens[0], title_tokens[-1]
    if named.entity.type != "Organization" or first.i == 0 or not named.start <= first.nbor(-1).idx < named.end:
        return False
    return last.i == phrase.root.i or (last.head.i == phrase.root.i and phrase.root not in phrase.words)


def _qualified(phrase: _Phrase, title_tokens: list[Token], words: RoleWords) -> tuple[set[str], str]:
    """The qualifying words of the roles block said before a title, and the title as written with them
    ("former US president"; an article is not kept)."""
    qualifiers = [t for t in _qualifiers(phrase, title_tokens)
                  if {t.lower_, t.lemma_.lower()} & (words.modifiers | words.past | words.one_of_many)]
    said = {t.lower_ for t in qualifiers} | {t.lemma_.lower() for t in qualifiers}
    shown = [t for t in qualifiers if t.lower_ not in words.one_of_many]
    first, last = min([*shown, title_tokens[0]], key=lambda t: t.i), title_tokens[-1]
    return said, first.doc[first.i:last.i + 1].text


def _qualifiers(phrase: _Phrase, title_tokens: list[Token]) -> list[Token]:
    """The words before a title that qualify it ("former US president", "shadow chancellor", "former chief
    executive"), and a word joined to it by a hyphen ("vice-president", "ex-leader")."""
    first = title_tokens[0]
    last = title_tokens[-1]
    found = [t for t in phrase.words if t.i < first.i and (t.i < t.head.i <= last.i or t.head == last.head)]
    doc = first.doc
    if first.i >= 2 and doc[first.i - 1].text == "-" and not doc[first.i - 2].whitespace_:
        found.append(doc[first.i - 2])
    return found


def _employer(phrase: _Phrase, title: set[int], entities: DocEntities, words: RoleWords) -> _Employer | None:
    """The organisation a title belongs to among the actors of its phrase (see the module docstring)."""
    best: tuple[tuple[int, int], _Employer] | None = None
    seen: set[str] = set()
    for position, token in enumerate(phrase.candidates):
        mention = entities.at(token)
        if mention is None or token.i in title or mention.entity.id in seen:
            continue
        seen.add(mention.entity.id)
        employer = _candidate(token, mention, phrase.root, words)
        rank = (_EMPLOYER_RANK.get(mention.entity.type, 0), position if phrase.last_first else -position)
        if employer is not None and (best is None or rank > best[0]):
            best = (rank, employer)
    return best[1] if best else None


def _candidate(token: Token, mention: Mention, root: Token, words: RoleWords) -> _Employer | None:
    """The actor named at ``token`` as a possible employer, or None when it cannot be one: a place, an actor
    under another preposition or a verb, a place phrase, a portfolio ("Minister for Central Asia")."""
    if mention.entity.type == "Place":
        return None
    reached, preposition, below = _route(token, root, words)
    if not reached or _after_other_preposition(token, root, words):
        return None
    if preposition is not None and preposition.lower_ in words.portfolio and mention.entity.type != "Organization":
        return None
    if preposition is None:
        return _Employer(mention=mention, preposition=None)
    # the preposition's object is the actor, or a name the actor's mention left a word of ("Migration Watch UK")
    introduced = mention.start <= below.idx < mention.end or below.pos_ == "PROPN"
    return _Employer(mention=mention, preposition=preposition if introduced else None, part=not introduced)


def _route(token: Token, root: Token, words: RoleWords) -> tuple[bool, Token | None, Token | None]:
    """Whether an actor hangs on the phrase's word with nothing but a role preposition between (not another
    preposition, not a verb); the role preposition that introduces it, if one does, and that preposition's
    object (the actor itself, or a word it qualifies: "head of the Council's unit")."""
    preposition = below = None
    node = token
    while node.i != root.i:
        if node.head.i == node.i:
            return False, None, None  # the actor is outside the phrase
        node, child = node.head, node
        if node.i == root.i:
            break
        if node.pos_ in ("VERB", "AUX"):
            return False, None, None
        if node.dep_ in ("prep", "agent") or node.pos_ == "ADP":
            if node.lower_ not in words.prepositions:
                return False, None, None
            if preposition is None:
                preposition, below = node, child
    return True, preposition, below


def _after_other_preposition(token: Token, root: Token, words: RoleWords) -> bool:
    """Whether an actor opens a place phrase the parser hung on the title ("In Turkey Minister Ellwood"): a
    preposition before it that is no role preposition and does not govern the whole phrase ("met with US
    President Donald Trump")."""
    doc, i = token.doc, token.i - 1
    while i >= 0 and doc[i].pos_ == "DET":
        i -= 1
    return i >= 0 and doc[i].pos_ == "ADP" and doc[i].lower_ not in words.prepositions and root.head.i != i


def _located(mention: Mention, root: Token, entities: DocEntities, own: set[int]) -> Iterator[Relation]:
    for appositive in _appositives(root):
        for token in appositive.subtree:
            if token.i in own or token.dep_ not in ("compound", "amod", "nmod"):
                continue
            place = entities.at(token)
            if place is None:
                continue
            where = place.place or (place.entity if place.entity.type in ("Place", "Country") else None)
            if where is not None:
                yield Relation(
                    subject=mention.entity, relation="locatedIn", object=where, verb=appositive.text,
                    evidence=evidence(appositive, entities), confidence=confidence(0.75, place.kind),
                    extractor="roles",
                )
                return
