"""Family names: a person the text names by a first name alone after a family tie takes the family's surname."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from graph_builder.entities.naming import make_entity
from graph_builder.entities.tokens import Tokens, children, whose_antecedent
from graph_builder.gazetteer import Gazetteer
from graph_builder.records import Entity, Mention


def family_named(mentions: list[Mention], by_token: dict[int, Mention], tokens: Tokens,
                 gazetteer: Gazetteer) -> list[Mention]:
    """The mentions with a person named by a first name alone in apposition to a family noun of a named person
    ("Arvo Pellik's wife, Marta", "his wife Marta" where "his" is Arvo Pellik, "whose daughter Lina"; the nouns of
    ``gazetteer.family_nouns``) given that person's surname ("Marta Pellik") in every mention of the document, as
    long as all such ties give the same surname; ``by_token`` is updated alike."""
    named = _family_names(by_token, tokens, gazetteer)
    if not named:
        return mentions
    for i, mention in list(by_token.items()):
        if mention.entity.id in named:
            by_token[i] = replace(mention, entity=named[mention.entity.id])
    return [replace(m, entity=named[m.entity.id]) if m.entity.id in named else m for m in mentions]


def _family_names(by_token: dict[int, Mention], tokens: Tokens, gazetteer: Gazetteer) -> dict[str, Entity]:
    """The new entity of each first-name-alone entity (by its id) whose first name a family tie gives one surname
    (whatever type the model's guesses gave it: "Marta" read as a place's; the tie's own mention may be none)."""
    surnames: dict[str, set[str]] = {}
    for token in _named_after_family_nouns(tokens, gazetteer.family_nouns):
        if token.is_title and gazetteer.is_first_name(token.text):
            surname = _family_surname(token, by_token, gazetteer)
            if surname is not None and surname != token.text:
                surnames.setdefault(token.text, set()).add(surname)
    named: dict[str, Entity] = {}
    for mention in by_token.values():
        entity = mention.entity
        found = surnames.get(entity.label) if mention.kind == "name" else None
        if found is not None and len(found) == 1:
            named[entity.id] = make_entity(f"{entity.label} {next(iter(found))}", "Person", entity.aliases,
                                           scope=entity.scope)
    return named


def _named_after_family_nouns(tokens: Tokens, family_nouns: frozenset[str]) -> list[Token]:
    """The words a family noun stands in apposition to ("wife, Marta") or is a compound of ("his wife Marta"): where
    a first name alone may take a family's surname (see _family_owner), read from the document's family nouns, not
    from every token."""
    found: list[Token] = []
    for noun in tokens.with_word(*family_nouns):
        found.extend(children(noun, "appos"))
        if noun.dep_ == "compound":
            found.append(noun.head)
    return found


def _family_surname(token: Token, by_token: dict[int, Mention], gazetteer: Gazetteer) -> str | None:
    """The surname of the named person whose family noun ``token`` stands in apposition to ("wife, Marta") or is
    named after ("his wife Marta", the noun a compound of the name), else None."""
    owner = _family_owner(token, gazetteer.family_nouns)
    if owner is not None:
        owner = whose_antecedent(owner)  # "Tomas Pellik, whose daughter Lina ...": the clause's antecedent
    found = by_token.get(owner.i) if owner is not None else None
    if found is None or found.entity.type != "Person" or " " not in found.entity.label:
        return None
    if owner.pos_ == "PRON" and not _subject_named(owner, found.entity.id, by_token):
        return None  # "a farmer said his wife Marta ...": "his" resolved to a person of another sentence
    return found.entity.label.split()[-1]


def _family_owner(token: Token, family_nouns: frozenset[str]) -> Token | None:
    """The possessor of the family noun of a name (see _family_surname), else None."""
    if token.dep_ == "appos" and token.head.lower_ in family_nouns:
        return next(iter(children(token.head, "poss")), None)
    if any(noun.lower_ in family_nouns for noun in children(token, "compound")):
        return next(iter(children(token, "poss")), None)
    return None


def _subject_named(pronoun: Token, person: str, by_token: dict[int, Mention]) -> bool:
    """Whether nothing but the ``person`` (an entity id) the possessive pronoun was resolved to can own it: the
    pronoun's noun is coordinated with the person ("Tomas Rell and his wife Lina"), or the nearest clause above it
    with a subject that does not hold it has the person as subject ("Tomas Rell said his wife Lina ..."), or no such
    clause is there ("..., said his wife, Lina"); not "a farmer told us his wife Marta ..." with "his" read as a
    person of the sentence before."""
    noun = pronoun.head
    if noun.dep_ == "conj" and _is(by_token.get(noun.head.i), person):
        return True
    for verb in pronoun.ancestors:
        subjects = children(verb, "nsubj", "nsubjpass") if verb.pos_ in ("VERB", "AUX") else []
        if any(_is(by_token.get(s.i), person) for s in subjects):
            return True
        if subjects and not any(s.left_edge.i <= pronoun.i <= s.right_edge.i for s in subjects):
            return False
    return True


def _is(mention: Mention | None, person: str) -> bool:
    return mention is not None and mention.entity.id == person
