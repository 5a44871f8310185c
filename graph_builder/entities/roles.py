"""Role holders and role nodes: "the Foreign Secretary" is the person the document names with that title, else
the office itself.

A role is a title and an owner. The owner is the country or organisation written with the title: a country or
nationality word before it ("the Russian foreign minister", "Russia's foreign minister"), an organisation before
it ("the Kremlin spokesman"), or the object of "of" after it ("the foreign minister of Russia"); failing those,
the country the title belongs to (``kg:NationalTitle`` in the ontology: "Foreign Secretary" is British); else
none. Per document, after the descriptions and before the pronouns (``resolve_roles``):

1. Holders. A person named with a title before or beside the name ("Foreign Secretary Jack Fenwick", "Kremlin
   spokesman Dmitry Peskov") or in apposition ("Jack Fenwick, the foreign secretary"; "the Kremlin spokesman,
   Dmitry Peskov") holds that role.
2. Role holders. A definite description -- a singular noun phrase with "the" (or a country's or organisation's
   possessive) whose head is a title, that is no mention yet and has no name in apposition -- is the one person
   of the document holding that title with a compatible owner (the same, or either unstated), named before or
   after it. When nobody holds the exact title, the one holder of a longer title with the same head word and
   the same relation will do ("the minister" -> "Foreign Minister Lavrov"; never "the president" -> a vice
   president; a qualified title is another role: "Deputy Mayor Ann Lee" is no holder of "the mayor"). Two or
   more holders: the description is left alone, since which of them it means is a guess.
   Nobody named, a description of someone the document introduced unnamed earlier ("a White House official
   ... the official") is left alone too: it is that person, who has no node, and not the office. A title after
   a person's name and a comma is that person's ("Ann Lee, Peru's envoy"), however the parser attached it.
3. Role nodes. Nobody holds it: the description is the one office of it the document named before ("the home
   secretary ... the secretary"; a longer title with the same head word and relation will do, as for holders;
   two such offices: left alone). Else, unless it is a title many hold with no owner in a document that names
   someone with another title of the same relation ("Education Secretary Ann Lee ... the minister": likely her),
   it is a mention of kind "role" of a Person node for the office, "Foreign Secretary of the United Kingdom"
   (``owner`` the country). It is one node across the archive only when the owner is a country and the title an
   office of one holder at a time (``kg:SingleOffice``, and every title of one country); any other role ("the
   minister", "the Russian official", "the UN envoy") is a node of this document only (``scope`` the document
   id), since a country has many ministers and officials. Unification later makes a role node the person of its
   document the archive names with its title, and drops one of a title many hold with no owner that it cannot
   make anybody ("the strategist": no actor; see ``holders``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from rdflib import RDFS
from spacy.tokens import Token

from graph_builder.entities.naming import make_entity
from graph_builder.entities.tokens import Tokens, children, dependents
from graph_builder.records import Document, Entity, Mention
from graph_builder.vocab import KG, Lexicon

_TITLE_DEPS = frozenset(["compound", "appos"])  # how a role title attaches to a name ("Prime Minister Starmer")
_OWNER_TYPES = frozenset(["Country", "Organization"])
_SMALL_WORDS = frozenset(["of", "the", "and", "for", "to"])  # kept lower case in a role's label
_PLURAL_TAGS = frozenset(["NNS", "NNPS"])
_PERSONAL_POSSESSIVES = frozenset(["his", "her"])  # "his chancellor": the office of his country (_described_role)


@dataclass(frozen=True, kw_only=True)
class Role:
    """A role title ("foreign minister") and the country or organisation it belongs to, when known."""

    title: str
    owner: Entity | None = None
    branch: str = ""  # a region or part of the owner written before it ("Scottish" of "the Scottish Tory leader")

    def fits(self, other: Role) -> bool:
        """Whether a holder of ``other`` can be meant by this role: the same title and branch, owners equal or
        unstated (the Scottish Tory leader is not the Tory leader); a bare title ("the commissioner") may mean the
        holder of any branch ("the EU Trade Commissioner"). The title of a body that belongs to another (a party's
        branch: "the Scottish Labour leader") is never one of a holder whose owner is unstated."""
        bare = self.owner is None and not self.branch
        return self.title == other.title and (bare or self.branch == other.branch) and self._owners_agree(other)

    def _owners_agree(self, other: Role) -> bool:
        if self.owner is None:
            return True
        if other.owner is None:
            return self.owner.owner is None  # a branch's title: no holder of an unstated owner's
        return self.owner.id == other.owner.id


@dataclass(frozen=True, kw_only=True)
class Holder:
    """A person the document names with a role."""

    role: Role
    person: Entity
    at: int = 0  # the token where the name or title stands


def resolve_roles(tokens: Tokens, document: Document, by_token: dict[int, Mention], lexicon: Lexicon) -> list[Mention]:
    """Definite descriptions whose head is a role title: the one person of the document who holds the role
    (kind "description"), or a node for the role when nobody does (kind "role"); see the module docstring."""
    holders = list(role_holders(tokens, by_token, lexicon))
    unnamed: list[tuple[Role, int]] = []
    offices: dict[str, tuple[Role, Entity]] = {}  # the role nodes so far (the offices the document named), by id
    found: list[Mention] = []
    for i in tokens.places_with_pos("NOUN", "PROPN"):  # the only heads of a description
        if not _may_head_title(i, tokens, lexicon):
            continue  # most nouns: no role, whatever their determiner (no Token read)
        token = tokens[i]
        if _office_itself(token, lexicon):
            continue  # "the home secretary's role and office": the office spoken of, no mention of its holder
        if _indefinite(token, tokens, by_token):
            unnamed += [(role, token.i) for role in [role_at(token, tokens, lexicon, by_token)] if role is not None]
        role = _described_role(token, tokens, lexicon, by_token)
        referent = None if role is None else _referent(role, holders, (unnamed, token.i), lexicon,
                                                       (document, offices))
        if referent is not None:
            entity, kind = referent
            if kind == "role":
                offices.setdefault(entity.id, (role, entity))
            found.append(Mention(doc_id=document.id, start=token.idx, end=token.idx + len(token.text),
                                 text=token.text, kind=kind, entity=entity))
    return found


def _office_itself(token: Token, lexicon: Lexicon) -> bool:
    """Whether a title is the possessor of a noun of its office (kg:OfficeNoun: "the home secretary's role and office",
    "the chancellor's powers") or the object of "of" after one ("the duties of the foreign secretary"): the office
    is spoken of, not its holder. A part played "in" something is the holder's ("the prime minister's role in the
    talks")."""
    if token.dep_ == "poss":
        noun = token.head
    elif token.dep_ == "pobj" and token.head.lower_ == "of":
        noun = token.head.head
    else:
        return False
    return noun.lemma_.lower() in (lexicon.cues["OfficeNoun"] | lexicon.cues["PostOfficeNoun"]) and not any(
        c.dep_ == "prep" and c.lower_ == "in" for c in noun.children)


def role_holders(tokens: Tokens, by_token: dict[int, Mention], lexicon: Lexicon) -> Iterator[Holder]:
    """Each person named with a title before or beside the name or in apposition (also after a comma, however
    parsed: "Ann Lee, Peru's envoy"), with that role. Only the mentions' tokens and the nouns are read (a title after
    a comma has a noun for its head), in text order."""
    for i in sorted({*tokens.places_with_pos("NOUN"), *by_token}):
        token = tokens[i]
        mention = by_token.get(i)
        if mention is None:
            holder = _after_comma(token, tokens, by_token, lexicon)
            if holder is not None:
                yield holder
        elif mention.entity.type == "Person" and mention.kind == "name":
            yield from _titled(token, mention, tokens, by_token, lexicon)


def _titled(token: Token, mention: Mention, tokens: Tokens, by_token: dict[int, Mention],
            lexicon: Lexicon) -> Iterator[Holder]:
    """The roles a person's name at ``token`` is written with: a title before or beside it, or in apposition. Only a
    word some title has in it is read further (``role_at`` finds no role at any other)."""
    title_heads = [c for c in children(token, *_TITLE_DEPS)
                   if _may_head_title(c.i, tokens, lexicon) and not _subject_of_verb_after(c, tokens)]
    if tokens.dep[token.i] == "appos" and _may_head_title(tokens.head[token.i], tokens, lexicon):
        title_heads.append(token.head)
    for head in title_heads:
        role = role_at(head, tokens, lexicon, by_token)
        if role is not None:
            yield Holder(role=role, person=mention.entity, at=token.i)


def _subject_of_verb_after(head: Token, tokens: Tokens) -> bool:
    """Whether a phrase after a name and a comma, however the parser hung it, is the subject of the verb right
    after it, a verb with no other subject ("Echoing Ann Lee, the prime minister said ...": no title of hers)."""
    after = head.right_edge.i + 1
    return (after < len(tokens) and tokens[after].pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != head.i for c in dependents(tokens[after])))


def _after_comma(token: Token, tokens: Tokens, by_token: dict[int, Mention], lexicon: Lexicon) -> Holder | None:
    """The holder of a title written after a person's name and a comma, if ``token`` heads one (a noun some title
    has in it: ``role_at`` finds no role at any other, and most of the document's tokens are not one)."""
    if tokens.pos[token.i] != "NOUN" or not _may_head_title(token.i, tokens, lexicon):
        return None
    named = _after_a_name(token, tokens, by_token) if not _subject_of_verb_after(token, tokens) else None
    role = role_at(token, tokens, lexicon, by_token) if named is not None and named.kind == "name" else None
    return Holder(role=role, person=named.entity, at=token.i) if role is not None else None


def role_at(head: Token, tokens: Tokens, lexicon: Lexicon, by_token: dict[int, Mention]) -> Role | None:
    """The role of the noun phrase whose head is ``head``, when a title ends at (or, with "of", runs from) it."""
    if not _may_head_title(head.i, tokens, lexicon):
        return None  # no title has the word (most nouns): no edge of its phrase read, and no span with it tried
    start, end = _title_bounds(head, tokens)
    title = _title(head, tokens, start, end, lexicon)
    if title is None:
        return None
    found, first, last = title
    owner = _owner(range(head.left_edge.i, end), range(first, last), by_token)
    if owner is None and found in lexicon.national_titles:
        owner = make_entity(lexicon.national_titles[found], "Country")
    return Role(title=found, owner=owner, branch=_branch(range(start, first), owner, tokens, by_token))


def _title_bounds(head: Token, tokens: Tokens) -> tuple[int, int]:
    """Where a title in the noun phrase whose head is ``head`` may start and end: from the phrase's first word past
    its determiners, punctuation and possessives, to the head (past a word a hyphen joins to it) or to the end of
    an "of" phrase after it."""
    start = head.left_edge.i
    of_phrase = [c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"]
    end = of_phrase[0].right_edge.i + 1 if of_phrase else _hyphened_end(head.i + 1, tokens)
    while start < head.i and tokens[start].dep_ in ("det", "punct", "poss", "case"):
        start += 1
    return start, end


def _branch(before: range, owner: Entity | None, tokens: Tokens, by_token: dict[int, Mention]) -> str:
    """A capitalised word before a title with an owner that is no part of the owner's name nor of a person's: the
    region or part of the owner whose office it is ("the Scottish Conservative leader", "the Senate Republican
    leader"), which the holder of the owner's title does not hold. Only after "the": before a name a title's
    capitalised words may be a run-in headline's or a sentence's first ("Earlier Foreign Secretary X said")."""
    if owner is None or not before or before.start == 0 or tokens[before.start - 1].dep_ != "det":
        return ""
    return " ".join(tokens[i].text for i in before if _branch_word(tokens[i], by_token.get(i), owner))


def _branch_word(token: Token, mention: Mention | None, owner: Entity) -> bool:
    """A capitalised word that is no part of the owner's name nor of a person's (see ``_branch``)."""
    return not token.is_lower and token.is_alpha and (
        mention is None or mention.entity.type != "Person" and mention.entity != owner)


def _hyphened_end(end: int, tokens: Tokens) -> int:
    """The end of the word a hyphen joins to the phrase's last token, which the parser may split off ("the Tory
    co-chairman": "co" heads the phrase, "-" and "chairman" hang elsewhere)."""
    while end + 1 < len(tokens) and tokens.lower[end] == "-" and not tokens[end - 1].whitespace_ \
            and not tokens[end].whitespace_:
        end += 2
    return end


def _title(head: Token, tokens: Tokens, start: int, end: int, lexicon: Lexicon) -> tuple[str, int, int] | None:
    """The longest title (of the lexicon or of one country) among the words from ``start`` to ``end`` that takes
    in ``head``, a word some title has in it (see ``role_at``): (title, its first token, the token after it)."""
    for size in range(min(end - start, lexicon.max_title_words + 3), 0, -1):
        for first in range(max(start, head.i - size + 1), min(head.i, end - size) + 1):
            written = tokens.text(first, first + size).lower()
            lemmas = " ".join(tokens.lemma[first:first + size])
            for title in (written, lemmas):
                if title in lexicon.titles or title in lexicon.national_titles:
                    return _qualified(title, first, first + size, start, lexicon, tokens)
    return None


def _may_head_title(i: int, tokens: Tokens, lexicon: Lexicon) -> bool:
    """Whether some title has the word of token ``i`` in it, as written or by lemma (``Lexicon.title_word_parts``)."""
    parts = lexicon.title_word_parts
    lemma = tokens.lemma[i]
    return tokens.lower[i] in parts or lemma in parts or (" " in lemma and parts.issuperset(lemma.split(" ")))


def _qualified(title: str, first: int, end: int, start: int, lexicon: Lexicon,
               tokens: Tokens) -> tuple[str, int, int]:
    """The title with the qualifiers written before it ("deputy prime minister", "shadow chancellor"), also before
    the owner's capitalised words ("former Tory chancellor", "ex-Conservative chancellor"): another role than the
    plain title."""
    while first > start and tokens.lower[first - 1].strip("-") in lexicon.title_qualifiers:
        first -= 1
        title = f"{tokens.lower[first].strip('-')} {title}"
    before = first - 1
    while before > start and (tokens.lower[before] == "-" or not tokens[before].is_lower):
        before -= 1
    if before < first - 1 and tokens.lower[before].strip("-") in lexicon.title_qualifiers:
        title = f"{tokens.lower[before].strip('-')} {title}"
    return title, first, end


def _owner(phrase: range, title: range, by_token: dict[int, Mention]) -> Entity | None:
    """The first country or organisation mentioned in ``phrase`` outside the title's tokens; a capital is no
    owner ("the London mayor" is the city's, not the country's)."""
    for i in phrase:
        mention = by_token.get(i)
        if i not in title and mention is not None and mention.entity.type in _OWNER_TYPES \
                and mention.kind != "capital":
            return mention.entity
    return None


def _indefinite(token: Token, tokens: Tokens, by_token: dict[int, Mention]) -> bool:
    """A singular noun with "a" or "an" ("a White House official") that is no name's title: someone the
    document introduces unnamed."""
    return (tokens.pos[token.i] == "NOUN"
            and any(c.lower_ in ("a", "an") for c in children(token, "det"))
            and _free_noun(token, tokens, by_token))


def _described_role(token: Token, tokens: Tokens, lexicon: Lexicon, by_token: dict[int, Mention]) -> Role | None:
    """The role a definite description headed by ``token`` names: any title with "the" or an owner's possessive;
    with "his" or "her" only an office of one holder (``kg:SingleOffice``), the office of the possessor's country
    ("Mr Blair praised his chancellor" is the chancellor; "his spokesman" is one of many, no description)."""
    if _definite_description(token, tokens, by_token):
        return role_at(token, tokens, lexicon, by_token)
    if not (_personal_possessive(token) and _free_noun(token, tokens, by_token)):
        return None
    role = role_at(token, tokens, lexicon, by_token)
    return role if role is not None and role.title in lexicon.single_offices else None


def _personal_possessive(token: Token) -> bool:
    """Whether a singular noun's possessor is "his" or "her" (not "its" or "their": an organisation's or a
    group's own office is not the country's)."""
    return token.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "poss" and c.lower_ in _PERSONAL_POSSESSIVES
                                          for c in dependents(token))


def _definite_description(token: Token, tokens: Tokens, by_token: dict[int, Mention]) -> bool:
    """A singular noun with "the" or a country's or organisation's possessive, that is no mention and no part of
    a name's title."""
    return (tokens.pos[token.i] in ("NOUN", "PROPN")
            and any(_definite(c, by_token) for c in children(token, "det", "poss"))
            and _free_noun(token, tokens, by_token))


def _free_noun(token: Token, tokens: Tokens, by_token: dict[int, Mention]) -> bool:
    """A singular noun that is no mention and no name's title: not before a name, no name in its phrase ("the
    foreign minister, Ann Lee"; "Peru's minister for trade Ann Lee"), not after a name and a comma ("Ann Lee,
    Peru's envoy", however parsed)."""
    if token.tag_ in _PLURAL_TAGS or token.i in by_token or token.dep_ in _TITLE_DEPS:
        return False
    if _after_a_name(token, tokens, by_token) is not None:
        return False
    return not any(by_token.get(t.i) and by_token[t.i].entity.type == "Person"
                   for c in dependents(token) if c.dep_ not in ("conj", "cc") for t in c.subtree)


def _after_a_name(token: Token, tokens: Tokens, by_token: dict[int, Mention]) -> Mention | None:
    """The person's name the phrase of ``token`` follows after a comma: an apposition, however parsed."""
    comma = tokens.comma_before(token.i)  # the phrase runs back to it at most
    before = by_token.get(comma - 1) if comma is not None and comma >= 1 else None
    if before is None or before.entity.type != "Person":
        return None
    left = token.i
    while left > comma + 1 and token.is_ancestor(tokens[left - 1]):
        left -= 1
    return before if left == comma + 1 else None


def _definite(child: Token, by_token: dict[int, Mention]) -> bool:
    """Whether ``child`` makes its head definite: "the", or the possessive of a country or organisation."""
    if child.dep_ == "det":
        return child.lower_ == "the"
    mention = by_token.get(child.i)
    return child.dep_ == "poss" and mention is not None and mention.entity.type in _OWNER_TYPES


def _meant(held: Role, role: Role, lexicon: Lexicon) -> bool:
    """Whether a description of ``role`` can mean someone who holds ``held``."""
    return role.fits(held) or _narrower(held, role, lexicon)


def _referent(role: Role, holders: list[Holder], unnamed: tuple[list[tuple[Role, int]], int], lexicon: Lexicon,
              named: tuple[Document, dict[str, tuple[Role, Entity]]]) -> tuple[Entity, str] | None:
    """(entity, mention kind) a description of ``role`` refers to; None when two people hold it or it is someone
    introduced unnamed (``unnamed``: the roles of such people so far and where, and where the description
    stands), also when a holder is named elsewhere but none since that introduction ("A spokesman for the
    ministry said ... the spokesman added ... Tom Reed, spokesman for the charity": not Tom Reed). Nobody named
    with it, it is the one office of it the document named before (``named``: the document and its role nodes so
    far: "the home secretary ... the secretary"), else a new role node."""
    if _unnamed_since(role, holders, unnamed, lexicon):
        return None
    persons = _holding(role, holders, lexicon)
    if len(persons) == 1:
        return next(iter(persons.values())), "description"
    document, offices = named
    before = {entity.id: entity for held, entity in offices.values() if _meant(held, role, lexicon)}
    if persons or len(before) > 1:
        return None
    if before:
        return next(iter(before.values())), "role"
    return _new_role_node(role, holders, [held for held, _ in unnamed[0]], lexicon, document)


def _new_role_node(role: Role, holders: list[Holder], unnamed: list[Role], lexicon: Lexicon,
                   document: Document) -> tuple[Entity, str] | None:
    """A role node for a description nobody named holds; None when it may mean someone else (``_someone_else``),
    one of a body's many mouthpieces ("the Tory spokesman" speaks for the party: extract/arguments.py), or a holder
    of before ("the former NATO envoy": a person the text leaves unnamed, no office that acts now)."""
    words = role.title.split()
    if _someone_else(role, holders, unnamed, lexicon) or words[-1] in lexicon.cues["MouthpieceTitle"] \
            or words[0] in lexicon.cues["PastRole"]:
        return None
    return role_node(role, lexicon, document), "role"


def _holding(role: Role, holders: list[Holder], lexicon: Lexicon) -> dict[str, Entity]:
    """The persons who hold ``role``, else a longer title a description of it may mean (see ``_meant``)."""
    persons = {h.person.id: h.person for h in holders if role.fits(h.role)}
    return persons or {h.person.id: h.person for h in holders if _meant(h.role, role, lexicon)}


def _unnamed_since(role: Role, holders: list[Holder], unnamed: tuple[list[tuple[Role, int]], int],
                   lexicon: Lexicon) -> bool:
    """Whether someone was introduced unnamed with a role a description of ``role`` may mean, and no holder of it
    is named between that introduction and the description (see ``_referent``)."""
    introduced, here = unnamed
    last = max((i for held, i in introduced if _meant(held, role, lexicon)), default=None)
    return last is not None and not any(last < h.at < here for h in holders if _meant(h.role, role, lexicon))


def _someone_else(role: Role, holders: list[Holder], unnamed: list[Role], lexicon: Lexicon) -> bool:
    """Whether a description of ``role`` nobody is named with likely means a person rather than the office:
    someone introduced unnamed with it ("a White House official ... the official"), or, for a title many hold
    with no owner ("the minister", "the spokesman"), someone named with another title of the same relation
    ("Education Secretary Ann Lee ... the minister")."""
    if any(_meant(held, role, lexicon) for held in unnamed):
        return True
    if role.owner is not None or role.title in lexicon.single_offices:
        return False
    relation = _relation(role.title, lexicon)
    return any(_relation(h.role.title, lexicon) == relation for h in holders)


def _narrower(held: Role, role: Role, lexicon: Lexicon) -> bool:
    """Whether ``held`` is a longer title with the same head word and relation as ``role``'s, owners agreeing
    ("foreign minister" for "minister"; "vice president" is not one for "president", nor "solicitor general" for
    "attorney general", which has a word of its own)."""
    if held.title == role.title or _head_word(held.title) != _head_word(role.title):
        return False
    if not set(role.title.split()) <= set(held.title.split()):
        return False
    if held.title.split()[0] in lexicon.title_qualifiers:
        return False
    if _relation(held.title, lexicon) != _relation(role.title, lexicon):
        return False
    return Role(title=role.title, owner=held.owner).fits(role)


def _head_word(title: str) -> str:
    """The word a title is named for: the last, or the one before "of" ("chancellor of the exchequer")."""
    return title.split(" of ")[0].split()[-1]


def _relation(title: str, lexicon: Lexicon) -> str | None:
    """The kind of role a title gives: its relation, a sub-relation counted as the affiliation it is one of (a
    "political editor", employedBy, holds a role of the same kind as a "minister", memberOf)."""
    found = lexicon.title_relations.get(title) or lexicon.title_relations.get(_head_word(title))
    return _broadest(found, lexicon) if found else None


@lru_cache(maxsize=64)
def _broadest(name: str, lexicon: Lexicon) -> str:
    """The relation's ancestor right below kg:relatesTo (itself if none is between): memberOf of employedBy."""
    names = {info.iri: relation for relation, info in lexicon.relations.items()}
    graph = lexicon.graph
    return next((names[p] for p in graph.transitive_objects(lexicon.relation_iri(name), RDFS.subPropertyOf)
                 if (p, RDFS.subPropertyOf, KG.relatesTo) in graph), name)


def role_node(role: Role, lexicon: Lexicon, document: Document) -> Entity:
    """The node for a role nobody in the document holds: "Foreign Secretary of the United Kingdom" with its
    owner, one node across the archive when a country has one holder of it at a time (kg:SingleOffice); else a
    node of this document only ("Minister", "Envoy of the United Nations": a country has many ministers, an
    organisation many envoys)."""
    title = " ".join([*role.branch.split(), *(_cased(word) for word in role.title.split())])
    label = title if role.owner is None else f"{title} of {_written(role.owner, lexicon)}"
    one_holder = role.owner is not None and role.owner.type == "Country" and role.title in lexicon.single_offices
    return make_entity(label, "Person", owner=role.owner, scope="" if one_holder else document.id)


def _cased(word: str) -> str:
    """A word of a role's label as a title is written: small words as they are, a title of two or three letters as
    the acronym it is ("MP", "MEP"), others capitalised ("Foreign Secretary")."""
    if word in _SMALL_WORDS:
        return word
    return word.upper() if len(word) <= 3 else word[:1].upper() + word[1:]


def _written(owner: Entity, lexicon: Lexicon) -> str:
    """How a role's label writes its owner: "the United Kingdom", "the Kremlin", "Russia", "the Welsh Labour Party"."""
    if owner.label in lexicon.written_names:
        return lexicon.written_names[owner.label]
    known = lexicon.gazetteer.countries if owner.type == "Country" else lexicon.gazetteer.organizations
    written_as = owner if owner.owner is None else owner.owner  # a party's branch as its party ("the Scottish ...")
    return f"the {owner.label}" if f"the {written_as.label}" in known else owner.label
