"""Roles and affiliations: "US President Donald Trump", "Witkoff, Trump's special envoy", "a Washington think tank"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from graph_builder.entities import DocEntities
from graph_builder.extract.scoring import confidence, evidence
from graph_builder.records import Mention, Relation
from graph_builder.registry import extractors
from graph_builder.vocab import Lexicon


def _affiliation(title: str, lexicon: Lexicon) -> str:
    return lexicon.title_relations[title]


def _mention_span(doc: Doc, mention: Mention) -> Span | None:
    return doc.char_span(mention.start, mention.end, alignment_mode="expand")


def _organisations(tokens: list[Token], entities: DocEntities, skip: set[int]) -> list[Mention]:
    found: list[Mention] = []
    for token in tokens:
        mention = entities.at(token)
        if mention is None or token.i in skip or mention.entity.type in ("Place",):
            continue
        if all(m.entity.id != mention.entity.id for m in found):
            found.append(mention)
    return found


def _role(person: Mention, title_tokens: list[Token], title: str, organisation: Mention,
          entities: DocEntities, lexicon: Lexicon, trust: float) -> Relation:
    written = "".join(t.text_with_ws for t in title_tokens).strip()
    return Relation(
        subject=person.entity, relation=_affiliation(title, lexicon), object=organisation.entity,
        verb=written, evidence=evidence(title_tokens[0], entities), role=written,
        confidence=confidence(trust, person.kind, organisation.kind),
        extractor="roles",
    )


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
    prefix = [t for t in doc[root.left_edge.i:span.start] if t.i not in own]
    found = lexicon.find_title(prefix)
    if found:
        title, title_tokens = found
        organisations = _organisations(prefix, entities, {t.i for t in title_tokens})
        if organisations:
            yield _role(mention, title_tokens, title, organisations[-1], entities, lexicon, 0.85)
    for appositive in _appositives(root):
        found = lexicon.find_title(list(doc[appositive.left_edge.i:appositive.i + 1]))
        if not found:
            continue
        title, title_tokens = found
        organisations = _organisations(list(appositive.subtree), entities, {t.i for t in title_tokens} | own)
        if organisations:
            yield _role(mention, title_tokens, title, organisations[0], entities, lexicon, 0.8)


def _appositives(root: Token) -> list[Token]:
    """Appositives beside a name, either way round ("Witkoff, Trump's envoy" / "Trump's envoy, Witkoff")."""
    found = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        found.append(root.head)
    return found


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
