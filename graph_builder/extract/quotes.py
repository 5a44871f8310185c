"""Quotations: who said what, in the article's own words ("...," Yermak said; Peskov told reporters "..."), and
the criticism a speaker voices in them or in reported speech ("Y's plan is a disgrace," X said)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from itertools import takewhile
from typing import Literal

from spacy.tokens import Doc, Span, Token

from graph_builder.entities import DocEntities
from graph_builder.entities.coreference import genders, may_refer
from graph_builder.entities.naming import served_country
from graph_builder.entities.tokens import Tokens
from graph_builder.extract.arguments import Actor, actor, is_vice, subject_tokens
from graph_builder.extract.attribution import according_to, reporters, speaker_of
from graph_builder.extract.exhortation import exhortations
from graph_builder.extract.polarity import (
    Judgement,
    approvals,
    conditional_on,
    in_scene_clause,
    judgements,
    polarity,
    written,
)
from graph_builder.extract.roles import roles_of
from graph_builder.extract.said_of import said_of
from graph_builder.extract.scoring import confidence, evidence
from graph_builder.extract.senses import is_a
from graph_builder.extract.statements import serves_government, stated_collective, statements, with_the_first_person
from graph_builder.extract.syntax import children, dependents, morph_values
from graph_builder.extract.time_place import spoken_setting
from graph_builder.extract.told import told
from graph_builder.extract.tone import mixed
from graph_builder.records import Entity, Evidence, Mention, Quotation, Quote, Relation
from graph_builder.registry import extractors
from graph_builder.vocab import JUDGING_CUES, Lexicon

_CLOSING = r"[\s.,;:!?)\-]"
_QUOTED = re.compile(rf'"(?!{_CLOSING})([^"\n]{{3,}}?)(?:"(?={_CLOSING}|$)|(?="))|\u201c([^\u201d\n]{{3,}}?)\u201d')
"""A quotation between two marks. A straight mark with a space or a stop (``_CLOSING``) after it closes a quotation
('"a sham" and walked out'), it opens none: when a mark before it went unpaired, what runs from it to the next mark is
the article's own words, and the next mark opens the quotation that follows. A mark with a word after it opens one,
and ends the quotation before it if any (a paragraph of a quotation that goes on in the next has no closing mark)."""
_INTRODUCED = re.compile(r':[ \t]*\n\s*([^\s"\u201c\u201d\-\u2013\u2022*][^\n"\u201c\u201d]{2,})')
"""A paragraph of a speaker's own words, with no marks, that a line ending in a colon introduces ("The minister
said:" then "I welcome the agreement ..."): a quotation whose speaker that line names. Not an item of a list ("set out
three priorities:" then "- Ensure ...")."""


def _speaker_in(sentence: Span, entities: DocEntities, lexicon: Lexicon) -> Entity | None:
    """The subject of a verb of saying in the sentence outside the quotations (what someone says someone else said
    names no speaker of the quotation), or the X of "according to X"."""
    speech = lexicon.cues["Attribution"]
    quoted = _quoted_spans(entities.document.text)
    tokens = entities.tokens  # parts of speech and lemmas read once: no Token made for a word that is no such verb
    for i in range(sentence.start, sentence.end):
        if tokens.pos[i] == "VERB" and tokens.lemma[i] in speech and tokens.lemma[i] != "accord" \
                and not _inside(tokens[i], quoted):
            found = _verb_speaker(tokens[i], entities, lexicon, quoted)
            if found:
                return found
    return according_to(sentence, entities, lexicon)


def _inside(token: Token, quoted: tuple[tuple[int, int], ...]) -> bool:
    return any(start <= token.idx < end for start, end in quoted)


def _verb_speaker(verb: Token, entities: DocEntities, lexicon: Lexicon,
                  quoted: tuple[tuple[int, int], ...]) -> Entity | None:
    outside = _outside_speaker(verb, entities, lexicon, quoted)
    return speaker_of(verb, entities, lexicon, principals=False) if outside is None else outside or None


def _outside_speaker(verb: Token, entities: DocEntities, lexicon: Lexicon,
                     quoted: tuple[tuple[int, int], ...]) -> Entity | None | Literal[False]:
    """When the parser gave a verb of saying a subject inside the quotation beside its own ('"The council ... seem
    intent on ...," he said': "council" and "he"), the one outside it (its actor, False when it names none);
    else None, and the verb's subject is read as usual."""
    subjects = children(verb, "nsubj")
    if len(subjects) < 2 or not any(_inside(s, quoted) for s in subjects):
        return None
    outside = [found for s in subjects if not _inside(s, quoted) and (found := actor(s, entities, lexicon))]
    return outside[0].entity if outside else False


@lru_cache(maxsize=4)
def _matches(text: str) -> tuple[tuple[re.Match, ...], tuple[re.Match, ...]]:
    """The quotations between marks in a text (``_QUOTED``) and the paragraphs a colon introduces (``_INTRODUCED``),
    each scanned for once: ``_quoted_spans`` and ``_quotation_parts`` both read them."""
    return tuple(_QUOTED.finditer(text)), tuple(_INTRODUCED.finditer(text))


@lru_cache(maxsize=4)
def _quoted_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The characters between the marks of each quotation in a text, and of each paragraph a colon introduces."""
    marked, introduced = _matches(text)
    return tuple(match.span() for match in marked) + tuple(match.span(1) for match in introduced)


def _quotation_parts(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, words, where the colon that introduces it stands or None) of each quotation in a text, in text
    order: between marks (a paragraph with no closing mark ends at its last word), or a paragraph a colon
    introduces."""
    quoted, colons = _matches(text)
    marked = [(match.start(), match.start() + len(match.group(0).rstrip()), match.group(1) or match.group(2), None)
              for match in quoted]
    introduced = [(match.start(1), match.end(1), match.group(1), match.start()) for match in colons]
    return sorted(marked + introduced, key=lambda part: part[0])


def _introducing(entities: DocEntities, colon: int | None) -> list[Span]:
    """The sentence of the colon that introduces a quotation (none for a quotation between marks)."""
    found = entities.tokens.char_span(colon, colon + 1) if colon is not None else None
    return [entities.sentence(found[0])] if found is not None and len(found) else []


def _sentences(entities: DocEntities, start: int, end: int) -> list[Span] | None:
    """The sentence where a quotation ends, then the one where it starts if another; None when the
    quotation's characters are not on token boundaries, or its first or last is a space that no token holds (a
    stray quotation mark that opens a paragraph runs to the next one: 'told MPs on Monday: "I know')."""
    first = entities.tokens.char_span(start, start + 1)
    last = entities.tokens.char_span(end - 1, end)
    if not first or not last:
        return None
    opening, closing = entities.sentence(first[0]), entities.sentence(last[0])
    return [closing] + ([opening] if opening.start != closing.start else [])


def _sentence_speaker(sentence: Span, entities: DocEntities, lexicon: Lexicon,
                      speakers: dict[int, Entity | None]) -> Entity | None:
    """The speaker a sentence names (``_speaker_in``), read once and kept in ``speakers``."""
    if sentence.start not in speakers:
        speakers[sentence.start] = _speaker_in(sentence, entities, lexicon)
    return speakers[sentence.start]


def _evidence(entities: DocEntities, sentences: list[Span]) -> Evidence:
    text = entities.document.text
    start = min(s.start_char for s in sentences)
    end = max(s.end_char for s in sentences)
    return Evidence(doc_id=entities.document.id, sentence=text[start:end].strip(), start=start,
                    end=start + len(text[start:end].rstrip()))


def _speaker(sentences: list[Span], entities: DocEntities, lexicon: Lexicon, previous: tuple[Entity, int] | None,
             speakers: dict[int, Entity | None], start: int) -> Entity | None:
    """The speaker the quotation's sentences name, else the previous quotation's when this one follows
    straight on from it and the words before its opening mark (at character ``start``) name no one else.
    ``speakers`` keeps the speaker each sentence names by its first token."""
    named = (_sentence_speaker(sentence, entities, lexicon, speakers) for sentence in sentences)
    speaker = next((s for s in named if s), None)
    if speaker is None and previous is not None and sentences[-1].start <= previous[1] \
            and not _others_before(sentences[-1], start, entities, lexicon, previous[0]):
        return previous[0]
    return speaker


_NOT_NAMING = frozenset({"PRON", "DET"})


def _others_before(sentence: Span, start: int, entities: DocEntities, lexicon: Lexicon, previous: Entity) -> bool:
    """Whether the subject of the main verb of the words before character ``start`` (a quotation's opening mark;
    the parser may hang that verb on one inside the quotation) is someone other than ``previous``: another name
    ('X was quoted in the paper saying: "..."', 'Y warned'), or a noun that is no title with "the" ('A spokesman
    for X said', 'The report warns'). A pronoun, the speaker before or a title with "the" ('The prime minister
    urged') may go on with the speaker before."""
    subjects = _subjects_before(sentence, start)
    return (any(_someone_else(t, entities, lexicon, previous) for t in subjects if t.pos_ not in _NOT_NAMING)
            or _other_gender([t for t in subjects if t.pos_ == "PRON"], entities, lexicon, previous))


def _subjects_before(sentence: Span, start: int) -> list[Token]:
    """The subjects of the main verbs of the words before character ``start`` (the rest of the sentence is not
    read)."""
    tops = [t for t in takewhile(lambda t: t.idx < start, sentence) if t.head.i == t.i or t.head.idx >= start]
    return [s for t in tops for s in children(t, "nsubj", "nsubjpass")]


def _other_gender(pronouns: list[Token], entities: DocEntities, lexicon: Lexicon, previous: Entity) -> bool:
    """Whether a he or she among the subjects cannot be the speaker before: a woman's "she added" does not go on
    with a man's words, nor a he or she with an organisation's."""
    if not pronouns:
        return False
    known = genders(entities.tokens, list(entities.mentions), lexicon.gazetteer)
    return any(not may_refer(pronoun.lower_, previous, known) for pronoun in pronouns)


def _someone_else(subject: Token, entities: DocEntities, lexicon: Lexicon, previous: Entity) -> bool:
    """Whether a subject is someone other than ``previous``: a name of another, or anything but a title with "the"
    (which, whatever node it was resolved to, "the prime minister", may be the speaker before)."""
    mention = entities.at(subject)
    title = subject.lemma_.lower() in lexicon.titles or subject.lower_ in lexicon.titles
    if title and any(d.lower_ == "the" for d in children(subject, "det")):
        return mention is not None and mention.kind == "name" and mention.entity.id != previous.id
    return mention is None or mention.entity.id != previous.id


@extractors.register("quotes")
def extract_quotes(doc: Doc, entities: DocEntities, lexicon: Lexicon) -> Iterator[Quote | Relation]:
    """Quotations and speakers (quotes.jsonl); speech about an actor (criticizes, commentsOn, accuses, demands, ...).

    What speech says of an actor: criticizes or praises (a judgement voiced or a verb of naming), appealsTo
    or demands (a modal in what is said), commentsOn or accuses (a statement or allegation about the actor).

    The speaker is looked for in the sentence where the quotation ends, then where it starts; a
    quotation with no speaker of its own that follows straight on from another continues it.
    """
    quoted = entities.quotations if entities.quotations is not None else \
        tuple(_quotations(_quotation_places(doc, entities), entities, lexicon))
    yield from (found.quote for found in quoted)
    spoken = _spoken(quoted)
    yield from criticism(doc, entities, lexicon, spoken)
    yield from exhortations(entities, lexicon, lambda word: _quoted_by(word, spoken))
    yield from named_as(doc, entities, lexicon)
    yield from statements(entities, lexicon)


def _spoken(quoted: tuple[Quotation, ...]) -> list[tuple[tuple[int, int], Entity]]:
    """The characters between each quotation's marks, and its speaker."""
    return [((found.start, found.end), found.quote.speaker) for found in quoted]


def _quotation_places(doc: Doc, entities: DocEntities) -> list[tuple[int, int, str, list[Span], list[Span]]]:
    """(start, end, words, the sentence of the colon that introduces it if any, its sentences: see ``_sentences``) of
    each quotation of three words or more on token boundaries, in text order: what ``_quotations`` reads, the same
    for any mentions."""
    found = []
    for start, end, words, colon in _quotation_parts(entities.document.text):
        text = words.strip(" ,.")
        sentences = _sentences(entities, start, end)
        if sentences is not None and len(text.split()) >= 3:
            found.append((start, end, text, _introducing(entities, colon), sentences))
    return found


def _quotations(places: list[tuple[int, int, str, list[Span], list[Span]]], entities: DocEntities, lexicon: Lexicon,
                speakers: dict[int, Entity | None] | None = None) -> Iterator[Quotation]:
    """Each quotation (of ``places``, see ``_quotation_places``) with a speaker. ``speakers`` (see ``_speaker``) may
    hold the speakers of sentences read before with the same mentions in them."""
    speakers = {} if speakers is None else speakers
    previous: tuple[Entity, int] | None = None
    for start, end, text, introducing, sentences in places:
        speaker = _speaker([*introducing, *sentences], entities, lexicon, previous, speakers, start)
        if speaker is None:
            continue
        previous = (speaker, sentences[0].end)
        yield Quotation(start=start, end=end,
                        quote=Quote(speaker=speaker, text=text, evidence=_evidence(entities, sentences)))


def first_person_resolved(doc: Doc, entities: DocEntities, lexicon: Lexicon) -> DocEntities:
    """``entities`` with each first-person pronoun inside a quotation standing for its speaker: "I", "me", "my"
    for a person who speaks; "we", "us", "our" for an organisation or country that speaks, or for the one
    organisation or country the article says a speaking person leads (else belongs to): '"We will cut taxes,"
    said the Tory leader Alan Penhale' is the Conservative Party's. spaCy's morphology tells person and
    number; a pronoun with no such speaker stays unresolved.

    A he/she a person says in their own quotation is someone else: coreference's reading of it as the speaker is
    dropped ('"We have suspended him," the spokesman said' is not of the spokesman); a he, she or they of a
    quotation said of a name stands for that name ('"He is a decent man," X said of Y': ``said_of``).

    The result keeps the quotations as read with its mentions (``DocEntities.quotations``): only the speakers of
    sentences that have a resolved pronoun in them are looked for again (a speaker is read within its sentence)."""
    speakers: dict[int, Entity | None] = {}
    places = _quotation_places(doc, entities)
    found = tuple(_quotations(places, entities, lexicon, speakers))
    quoted = _spoken(found)
    inside = _pronouns_inside([span for span, _ in quoted], entities)  # read once for both kinds of pronoun
    meant = {**_meant(doc, entities, lexicon, quoted, inside), **said_of(entities, lexicon, found)}
    selves = [token for token in _self_named(entities, quoted, inside) if token not in meant]
    if not meant and not selves:
        return replace(entities, quotations=found)
    overridden = [token for token in meant if entities.at(token) is not None]  # a he or she said of someone
    resolved = _with_mentions(_without_mentions(entities, [*selves, *overridden]), meant)
    for token in [*meant, *selves]:
        speakers.pop(entities.sentence(token).start, None)
    return replace(resolved, quotations=tuple(_quotations(places, resolved, lexicon, speakers)))


def _meant(doc: Doc, entities: DocEntities, lexicon: Lexicon, quoted: list[tuple[tuple[int, int], Entity]],
           inside: list[Token]) -> dict[Token, Entity]:
    """Each first-person pronoun in a quotation (``quoted``, see ``_spoken``; ``inside``, the pronouns inside them)
    that stands for someone, and whom."""
    pronouns = _quoted_pronouns(inside, entities)
    said = [(token, speaker) for token in pronouns if (speaker := _quoted_by(token, quoted)) is not None]
    bodies = _bodies(doc, entities, lexicon, {speaker.id for token, speaker in said
                                              if _plural(token) and speaker.type == "Person"})
    meant = ((token, _first_person(token, speaker, bodies)) for token, speaker in said)
    return {token: entity for token, entity in meant if entity is not None}


def _quoted_pronouns(inside: list[Token], entities: DocEntities) -> list[Token]:
    """The first-person pronouns no mention covers among the pronouns ``inside`` the quotations."""
    return [token for token in inside
            if entities.at(token) is None and morph_values(token, "Person") == ["1"]]  # the cheap test first


def _self_named(entities: DocEntities, quoted: list[tuple[tuple[int, int], Entity]],
                inside: list[Token]) -> list[Token]:
    """The third-person pronouns in a person's quotation (``quoted``, see ``_spoken``; ``inside``, the pronouns
    inside them) that coreference read as that person."""
    pronouns = [token for token in inside if _third_person(token, entities)]
    return [token for token in pronouns if (speaker := _quoted_by(token, quoted)) is not None
            and speaker.type == "Person" and entities.at(token).entity.id == speaker.id]


def _pronouns_inside(spans: list[tuple[int, int]], entities: DocEntities) -> list[Token]:
    """The personal and possessive pronouns inside the characters of ``spans``, in order, found by the tags the
    document's tokens keep (no other token of a quotation is read)."""
    tokens = entities.tokens
    inside = (tokens.char_span(start, end) for start, end in spans)
    return [tokens[i] for span in inside if span is not None for i in range(span.start, span.end)
            if tokens.tag[i] in _PRONOUN_TAGS]


_PRONOUN_TAGS = ("PRP", "PRP$")


def _third_person(pronoun: Token, entities: DocEntities) -> bool:
    """A personal or possessive pronoun (see ``_pronouns_inside``) of the third person that coreference resolved."""
    mention = entities.at(pronoun)
    return mention is not None and mention.kind == "pronoun" and morph_values(pronoun, "Person") == ["3"]


def _without_mentions(entities: DocEntities, tokens: list[Token]) -> DocEntities:
    """``entities`` without the mentions of ``tokens``."""
    if not tokens:
        return entities
    gone = {entities.at(token) for token in tokens}
    return replace(entities, by_token={i: m for i, m in entities.by_token.items() if m not in gone},
                   mentions=tuple(m for m in entities.mentions if m not in gone))


def _with_mentions(entities: DocEntities, meant: dict[Token, Entity]) -> DocEntities:
    """``entities`` with a pronoun mention of each token's entity."""
    if not meant:
        return entities
    added = {token.i: Mention(doc_id=entities.document.id, start=token.idx, end=token.idx + len(token),
                              text=token.text, kind="pronoun", entity=entity) for token, entity in meant.items()}
    return replace(entities, by_token={**entities.by_token, **added},
                   mentions=tuple(sorted((*entities.mentions, *added.values()), key=lambda m: m.start)))


def _plural(pronoun: Token) -> bool:
    return morph_values(pronoun, "Number") == ["Plur"]


def _first_person(pronoun: Token, speaker: Entity, bodies: dict[str, Entity]) -> Entity | None:
    """Whom a first-person pronoun a speaker says stands for: "I" a person speaking, "we" an organisation or
    country speaking, or the body a person speaking leads or belongs to (of ``bodies``, see ``_bodies``)."""
    plural = _plural(pronoun)
    if plural and speaker.type == "Person":
        return bodies.get(speaker.id)
    return speaker if plural or speaker.type == "Person" else None


def _bodies(doc: Doc, entities: DocEntities, lexicon: Lexicon, persons: set[str]) -> dict[str, Entity]:
    """Person id -> the one organisation or country the article says the person leads, else belongs to, now, for
    each of the ``persons`` (the roles of no one else are read)."""
    held: dict[str, dict[str, set[Entity]]] = {}
    for relation in roles_of(doc, entities, lexicon, persons) if persons else ():
        if relation.modality == "asserted" and not relation.negated and relation.object.type in _BODY_TYPES:
            body = served_country(relation.object) or relation.object  # a minister's "we": the country
            held.setdefault(relation.subject.id, {}).setdefault(relation.relation, set()).add(body)
    found = {person: _one_body(relations, lexicon) for person, relations in held.items()}
    return {person: body for person, body in found.items() if body is not None}


def _one_body(relations: dict[str, set[Entity]], lexicon: Lexicon) -> Entity | None:
    """The one body a person leads, else the one the person belongs to (of their ``relations``, by name) unless
    that is a political party: a party member's "we" or "us" may be its leaders, its MPs, a faction or the people
    in the room ("They told us very clearly," said the deputy leader), only its leader's is the party."""
    led = relations.get("leaderOf", set())
    member = {body for body in relations.get("memberOf", set()) | relations.get("employedBy", set())
              if not is_a(body, "party", lexicon.senses)}
    one = led if len(led) == 1 else member if not led and len(member) == 1 else set()
    return next(iter(one)) if one else None


_BODY_TYPES = frozenset({"Organization", "Country"})


def criticism(doc: Doc, entities: DocEntities, lexicon: Lexicon,
              quoted: list[tuple[tuple[int, int], Entity]]) -> Iterator[Relation]:
    """Disapproval voiced in reported speech or a quotation: "X said Y's plan was a disgrace" (X criticizes Y).

    A judgement is a word of the ontology's kg:Disapproval after a copula ("is wrong", "was a disgrace") or
    a verb of it ("has let the country down"), not denied and not asked; its target is the actor the
    entities stage found as the clause's subject, or as the owner of a judged thing (kg:JudgedThing: "Y's
    plan", "the Tory plans"); the speaker is who reports the clause or says the quotation (of ``quoted``:
    the characters between its quotation marks, and its speaker) around it. A judged subject joined with the first
    person is a fault the speaker shares ("Y and I should have sold the port years ago"): no criticism of Y.
    """
    criticised = lexicon.cue_relations["Disapproval"]  # (relation, CAMEO code) of disapproval voiced
    for found in judgements(entities.tokens, lexicon):
        for target in _criticised(found, entities, lexicon):
            voiced = _voiced(found.word, found.clause, (target, criticised, found.phrase), entities, lexicon, quoted)
            yield from _own_rejections(found, voiced, entities, lexicon)
    for word, phrase in _faults(entities, lexicon):
        owner = _owner(word, entities, lexicon)
        if owner is not None:
            yield from _voiced(word, word, (owner, criticised, phrase), entities, lexicon, quoted)
            if is_vice(word, lexicon) or phrase != word.text:  # not a bare blunder
                yield from _opposed(word, owner, entities, lexicon)
    for word, target in _contemned(entities, lexicon):
        yield from _voiced(word, word, (target, criticised, f"{word.text} {word.head.text}"), entities, lexicon, quoted)
    yield from praise(entities, lexicon, quoted)


def _criticised(found: Judgement, entities: DocEntities, lexicon: Lexicon) -> list[Actor]:
    """The actors a judgement of kg:Disapproval criticizes (``_targets``): none when its subject is joined with the
    first person, a fault the speaker shares; not one whose own view of itself it is (``_own_view``)."""
    if with_the_first_person(found.subject):
        return []
    return [t for t in _targets(found, entities, lexicon) if not _own_view(found.clause, t, entities, lexicon)]


def _own_view(clause: Token, target: Actor, entities: DocEntities, lexicon: Lexicon) -> bool:
    """Whether a judging clause is the complement of a verb whose subject is the one judged: its own view of itself
    ("X said Y felt he had lost voters' trust", "Y admitted it had run out of ideas": a verb of kg:OwnViewVerb), which
    a speaker who reports it does not voice; not a factive verb's ("X said Y knows his plan is a disgrace")."""
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in lexicon.cues["OwnViewVerb"]:
        return False
    holder = _first_actor(children(clause.head, "nsubj"), entities, lexicon)
    return holder is not None and holder.entity.id == target.entity.id


def _own_rejections(found: Judgement, voiced: Iterator[Relation], entities: DocEntities,
                    lexicon: Lexicon) -> Iterator[Relation]:
    """The relations of a voiced judgement, those of a speaker who says he was not won over by the target's case
    (kg:PersuadedVerb: "X said he was not convinced by Y's arguments") turned into its relation (X rejects Y); one
    who says others were not ("voters would not be swayed by Y's promises") still judges Y's case."""
    persuaded = _not_persuaded(found, lexicon)
    relation, code = lexicon.cue_relations["PersuadedVerb"]
    for made in voiced:
        own = persuaded is not None and _the_speaker(persuaded, made.subject, entities, lexicon)
        yield replace(made, relation=relation, cameo_code=code) if own else made


def _not_persuaded(found: Judgement, lexicon: Lexicon) -> Token | None:
    """Who a denied verb of kg:PersuadedVerb says was not won over: the passive subject ("he" of "he was not
    convinced by Y's arguments")."""
    verb = found.word
    agents = [f"{verb.lemma_.lower()} {a.lower_}" for a in children(verb, "agent")]
    if not found.denied or not set(agents) & lexicon.cues["PersuadedVerb"]:
        return None
    return next(iter(children(verb, "nsubjpass")), None)


def _the_speaker(token: Token, speaker: Entity, entities: DocEntities, lexicon: Lexicon) -> bool:
    """Whether a word stands for the speaker: "I" or "we", or a name or pronoun resolved to the speaker."""
    if token.lower_ in ("i", "we"):
        return True
    found = actor(token, entities, lexicon)
    return found is not None and found.entity.id == speaker.id


def _opposed(word: Token, owner: Actor, entities: DocEntities, lexicon: Lexicon) -> Iterator[Relation]:
    """Disapproval in an act against an actor's vice or judged fault (kg:Opposing): "X protected the villagers from
    Y's brutality", "X vowed to fight the barbarism of Y" (X criticizes Y), with the verb's polarity; a bare fault noun
    is none ("saved the side from Y's blunder" is no criticism)."""
    verb = _opposing_verb(word, lexicon)
    subjects = subject_tokens(verb, lexicon)[0] if verb is not None else []
    critic = _first_actor(subjects, entities, lexicon)
    if critic is None or critic.kind == "pronoun" or critic.entity.id == owner.entity.id:
        return
    negated, modality = polarity(verb, lexicon)
    relation, code = lexicon.cue_relations["Disapproval"]
    between = [word.head] if word.head.i != verb.i else []  # "protected ... from savagery"
    yield Relation(subject=critic.entity, relation=relation, object=owner.entity,
                   verb=" ".join(t.text for t in [verb, *between, word]),
                   cameo_code=code, negated=negated, modality=modality, evidence=evidence(verb, entities),
                   confidence=confidence(0.7, critic.kind, owner.kind), extractor="quotes")


def _opposing_verb(word: Token, lexicon: Lexicon) -> Token | None:
    """The verb of kg:Opposing a word is the object of, directly ("fight the barbarism") or through its preposition
    ("protect them from the brutality", "stand up to the bullying")."""
    if word.dep_ == "dobj":
        verb, phrase = word.head, word.head.lemma_.lower()
    elif word.dep_ == "pobj" and word.head.dep_ in ("prep", "dative"):
        verb = word.head.head
        particles = " ".join(p.lower_ for p in children(verb, "prt"))
        phrase = " ".join(w for w in (verb.lemma_.lower(), particles, word.head.lower_) if w)
    else:
        return None
    return verb if verb.pos_ == "VERB" and phrase in lexicon.cues.get("Opposing", ()) else None


def _contemned(entities: DocEntities, lexicon: Lexicon) -> Iterator[tuple[Token, Actor]]:
    """Each adjective of contempt (kg:Pejorative) on an actor, and the actor: on its name or the noun that stands for
    it ("the brutal Y", "the corrupt regime of Y"), or on a noun of its kind just before its name ("the vile
    organisation Y", which the parser may not join to the name); not on a pronoun, nor on a name that only
    qualifies another noun ("the brutal Y serve"). The words of kg:Disapproval are not read here: on an actor they
    may praise ("the dangerous Y" of a player)."""
    words = lexicon.cues.get("Pejorative", frozenset())
    for word in entities.tokens.with_any(words=words, lemmas=words):
        noun = word.head
        if word.dep_ == "amod" and word.pos_ == "ADJ" and noun.pos_ in ("NOUN", "PROPN") and noun.dep_ != "compound":
            found = _qualified_actor(noun, entities, lexicon)
            if found is not None and found.kind != "pronoun":
                yield word, found


def _qualified_actor(noun: Token, entities: DocEntities, lexicon: Lexicon) -> Actor | None:
    """The actor a noun an adjective qualifies stands for, or whose name follows it ("the organisation Y")."""
    found = actor(noun, entities, lexicon)
    if found is not None or noun.pos_ != "NOUN" or noun.i + 1 >= len(noun.doc):
        return found
    return actor(noun.nbor(), entities, lexicon) if _name_opens(noun.nbor(), entities) else None


def _name_opens(token: Token, entities: DocEntities) -> bool:
    """Whether a name the entities stage found starts at a token ("Y" of "the organisation Y")."""
    mention = entities.at(token)
    return mention is not None and mention.kind == "name" and token.pos_ == "PROPN" \
        and (token.i == 0 or entities.at(token.nbor(-1)) is not mention)


def praise(entities: DocEntities, lexicon: Lexicon, quoted: list[tuple[tuple[int, int], Entity]]
           ) -> Iterator[Relation]:
    """Praise voiced in reported speech or a quotation: "X said Y was a decent man" (praises, CAMEO 051), the
    one praised found as ``criticism`` finds the one judged; not a mixed remark (``tone.mixed``: "Y was a gifted
    mayor, although he sacked the dockers"), as the tone of a clause weighs one."""
    praised = lexicon.cue_relations["Approval"]  # (relation, CAMEO code) of approval voiced
    for found in approvals(entities.tokens, lexicon):
        for target in _targets(found, entities, lexicon):
            if mixed(found.clause, lexicon.tone, lambda subject, one=target: _stands_for(subject, one, entities,
                                                                                         lexicon)):
                continue
            yield from _voiced(found.word, found.clause, (target, praised, found.phrase), entities, lexicon, quoted)


def _stands_for(subject: Token, target: Actor, entities: DocEntities, lexicon: Lexicon) -> bool:
    """Whether a subject may stand for an actor: a name or title the entities stage resolves to its entity ("although
    Pellik sacked"), a thing a pronoun that stands for it owns ("his government"), or a role title it resolves to no
    one ("although the mayor sacked"), which may be the actor's own."""
    found = _judged(subject, entities, lexicon) or _owner(subject, entities, lexicon)
    if found is None:
        return entities.at(subject) is None and subject.lemma_.lower() in lexicon.title_relations
    return found.entity.id == target.entity.id


def _voiced(word: Token, clause: Token, judged: tuple[Actor, tuple[str, str | None], str], entities: DocEntities,
            lexicon: Lexicon, quoted: list[tuple[tuple[int, int], Entity]]) -> Iterator[Relation]:
    """The judgement (``judged``: the one judged, the relation and its CAMEO code, the judging words) of each
    speaker who reports the clause a judging word is in, else says the quotation it stands in (see ``criticism``),
    but the one judged, also when named in the first person ("our brutal past", said a member: the body judges
    itself), and a minister's own government ("Minister X said the government had made mistakes" owns them:
    ``serves_government``); hypothetical when the judging clause has a condition ("was naive if he accepted Z")."""
    target, (relation, code), phrase = judged
    if any(morph_values(t, "Person") == ["1"] for t in (target.token, *children(target.token, "poss"))):
        return
    quoter = _quoted_by(word, quoted)
    speakers = reporters(clause, entities, lexicon, principals=False) or ((quoter,) if quoter else ())
    negated, modality = _saying_polarity(clause, lexicon)
    if modality == "asserted" and (conditional_on(clause, lexicon) or conditional_on(word, lexicon)):
        modality = "hypothetical"  # "X said Y was naive if he accepted Z"
    setting = _saying_setting(clause, entities, lexicon, modality)
    for speaker in speakers:
        if _of_another(speaker, target, entities, lexicon):
            yield Relation(subject=speaker, relation=relation, object=target.entity, verb=phrase, cameo_code=code,
                           negated=negated, modality=modality, evidence=evidence(word, entities),
                           attributed_to=speaker, confidence=confidence(0.7, "name", target.kind), extractor="quotes",
                           **setting)


def _of_another(speaker: Entity, target: Actor, entities: DocEntities, lexicon: Lexicon) -> bool:
    """Whether a speaker's judgement is of another: not the speaker, nor the government a minister speaks for ("the
    government", kg:StatedCollective, with no name in its phrase: ``serves_government``; "the regime of Y" is Y's)."""
    token = target.token
    own = stated_collective(target, lexicon) and not any(
        entities.at(t) is not None for t in token.subtree if t.i != token.i)
    return speaker.id != target.entity.id and not (own and serves_government(speaker, target, entities, lexicon))


def _saying_polarity(clause: Token, lexicon: Lexicon) -> tuple[bool, str]:
    """The polarity of the verb of saying a judging clause is the complement of, if any: a judgement one "did not
    say" or "may say" is not voiced as a fact; any other is. Only the verb's own negation counts: a subject the
    parser took from a name with "No" in it ("the No campaign said") denies nothing."""
    verb = _saying_verb(clause, lexicon)
    if verb is None:
        return False, "asserted"
    negated, modality = polarity(verb, lexicon)
    return negated and bool(children(verb, "neg")), modality


def _saying_setting(clause: Token, entities: DocEntities, lexicon: Lexicon, modality: str) -> dict:
    """The time and place of the verb of saying a judging clause is the complement of ("Speaking in X on Monday, Y
    said Z was wrong"); none for a clause quoted or reported otherwise."""
    saying = _saying_verb(clause, lexicon)
    if saying is None:
        return {}
    return spoken_setting(saying, entities, lexicon, modality=modality)


def _saying_verb(clause: Token, lexicon: Lexicon) -> Token | None:
    """The verb of saying a judging clause is the complement of, if any."""
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.cues["Attribution"]:
        return None
    return verb


def _faults(entities: DocEntities, lexicon: Lexicon) -> Iterator[tuple[Token, str]]:
    """Each noun of a fault (kg:Fault: "hypocrisy", "failure") and each thing of an actor's own (kg:JudgedThing)
    that a word of kg:Disapproval qualifies ("reckless plan"), with its words; not one denied ("no hypocrisy"), a
    noun that only qualifies another ("spin doctor"), one in a name, nor the object of a clause that sets the scene
    ("even though Y made a mistake": the parser may hang what follows on the noun)."""
    faults = lexicon.cue_union("Fault", "Vice")
    tokens, judged = entities.tokens, lexicon.cues["JudgedThing"]
    for token in tokens.with_lemma(lexicon.cue_union("Fault", "Vice", "JudgedThing")):  # no other token is one
        lemma = tokens.lemma[token.i]
        if (lemma not in faults and lemma not in judged) or not _voiced_noun(token, entities, lexicon):
            continue
        qualifiers = _disapproving(token, tokens, lexicon) if lemma in judged else []
        if (lemma in faults and not _of_a_kind(token, lexicon)) or qualifiers:
            yield token, " ".join(written(t) for t in sorted([*qualifiers[:1], token], key=lambda t: t.i))


def _voiced_noun(token: Token, entities: DocEntities, lexicon: Lexicon) -> bool:
    """A noun that heads its phrase, in no name, neither denied ("no hypocrisy") nor called false ("a myth"), nor
    the object of a clause that sets the scene ("even though Y made a mistake")."""
    return _free_noun(token, entities, lexicon) and not _called_false(token, lexicon) \
        and not in_scene_clause(token, lexicon)


def _called_false(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a copula calls the noun its subject false or less than told (kg:Disputed, kg:Minimising): "Y's
    savagery is a myth", "Y's incompetence was exaggerated"."""
    copula, words = noun.head, lexicon.cue_union("Disputed", "Minimising")
    return noun.dep_ in ("nsubj", "nsubjpass") and copula.lemma_.lower() in lexicon.cues["JudgementCopula"] and any(
        c.lemma_.lower() in words or c.lower_ in words for c in children(copula, "attr", "acomp"))


def _of_a_kind(fault: Token, lexicon: Lexicon) -> bool:
    """A fault noun a common noun before it makes a thing of another kind ("heart failure", "engine failure"), not
    a thing of an actor's own ("policy failure", "government failures")."""
    return any(c.pos_ == "NOUN" and c.lemma_.lower() not in lexicon.cues["JudgedThing"]
               for c in children(fault, "compound"))


def _disapproving(noun: Token, tokens: Tokens, lexicon: Lexicon) -> list[Token]:
    """The adjectives of kg:Disapproval on a noun ("reckless plan", "ill-judged remark")."""
    words = lexicon.cue_union("Disapproval", "Pejorative")
    return [a for a in children(noun, "amod") if words.intersection(tokens.forms(a.i))]


def _free_noun(token: Token, entities: DocEntities, lexicon: Lexicon) -> bool:
    """A noun that heads its phrase, in no name, not denied ("no hypocrisy")."""
    denying = lexicon.cues["NegationModifier"]
    return token.pos_ == "NOUN" and token.dep_ != "compound" and entities.at(token) is None \
        and not any(c.dep_ == "det" and c.lower_ in denying for c in dependents(token))


def named_as(doc: Doc, entities: DocEntities, lexicon: Lexicon) -> Iterator[Relation]:
    """Judgement in a verb of naming (kg:Naming): "X called Y a liar", "X described Y as incompetent" (X criticizes
    Y), "X called Y a giant of the party" (praises, 051), with the verb's polarity. The one
    named may be the owner of a judged thing ("X called Y's plan a shambles"), and the verb passive ("Y was
    described as reckless by X", "Y's plan was labelled a disgraceful waste by X")."""
    naming = lexicon.cues.get("Naming", ())
    for verb in (t for t in entities.tokens.with_lemma(naming) if t.pos_ in ("VERB", "AUX")):
        named = _named_as(verb)
        judged = _judged_as(named, entities.tokens, lexicon)
        critic, target = _naming_ends(verb, named, entities, lexicon)
        if judged is None or critic is None or target is None or critic.entity.id == target.entity.id:
            continue
        negated, modality = polarity(verb, lexicon)
        yield Relation(subject=critic.entity, relation=judged[0], object=target.entity, verb=verb.text,
                       cameo_code=judged[1], negated=negated, modality=modality, evidence=evidence(verb, entities),
                       confidence=confidence(0.7, critic.kind, target.kind), extractor="quotes")


def _first_actor(tokens: list[Token], entities: DocEntities, lexicon: Lexicon) -> Actor | None:
    return next((found for found in (actor(t, entities, lexicon) for t in tokens) if found is not None), None)


def _naming_ends(verb: Token, named: list[Token], entities: DocEntities, lexicon: Lexicon
                 ) -> tuple[Actor | None, Actor | None]:
    """Who names and who is named by a verb of naming that names its object as the ``named`` words: the subject and
    the object ("X called Y a liar", where the parser may take Y for a dative; "X called Y's plan unworkable", where
    the parser may make the plan the subject
    of "unworkable"), or in the passive the "by" phrase (on the verb or on a named word) and the subject. A subject
    named is an actor the entities stage found or the owner of a judged thing (``_judged``)."""
    if children(verb, "nsubjpass"):
        by = [p for head in (verb, *named) for p in children(head, "agent", "prep") if p.lower_ == "by"]
        critic = _first_actor([o for p in by for o in children(p, "pobj")], entities, lexicon)
        return critic, _first_judged(children(verb, "nsubjpass"), entities, lexicon)
    target = (_first_actor(children(verb, "dobj", "dative", "oprd"), entities, lexicon)
              or _first_judged([s for w in named for s in children(w, "nsubj")], entities, lexicon))
    return _first_actor(children(verb, "nsubj"), entities, lexicon), target


def _first_judged(subjects: list[Token], entities: DocEntities, lexicon: Lexicon) -> Actor | None:
    return next((found for found in (_judged(s, entities, lexicon) for s in subjects) if found is not None), None)


def _judged_as(named: list[Token], tokens: Tokens, lexicon: Lexicon) -> tuple[str, str] | None:
    """(relation, code) of the first judgement cue class (``JUDGING_CUES``, its kg:cueRelation) a word a verb names
    its object as (``named``) belongs to, or an adjective of it where the class says adjectives judge
    (kg:adjectiveJudges): "a disgraceful waste" is criticism, "a brilliant machine for talking" mockery, no praise."""
    described = [*named, *(a for w in named for a in children(w, "amod"))]
    for cue_class in JUDGING_CUES:
        words = lexicon.cues.get(cue_class, frozenset())
        judging = described if cue_class in lexicon.adjective_judges else named
        if any(words.intersection(tokens.forms(w.i)) for w in judging):  # also "ill-judged"
            return lexicon.cue_relations[cue_class]
    return None


def _named_as(verb: Token) -> list[Token]:
    """What a verb of naming names its object as: "a liar" of "called Y a liar" (the parser may hang it on the
    object, or make the object the verb's predicate and "a liar" its appositive), "incompetent" of "described Y as
    incompetent"), and what is joined to it ("as timid and reckless")."""
    passive = children(verb, "dobj") if children(verb, "nsubjpass") else []  # "Y was branded a liar"
    named = [*children(verb, "oprd"), *passive,
             *(w for obj in children(verb, "dobj", "oprd") for w in children(obj, "appos")),
             *(w for prep in children(verb, "prep") if prep.lower_ == "as"
               for w in children(prep, "pobj", "amod", "acomp"))]
    return [*named, *(c for w in named for c in w.conjuncts if c.i > w.i)]  # "as timid and reckless"


def _quoted_by(word: Token, quoted: list[tuple[tuple[int, int], Entity]]) -> Entity | None:
    """The speaker of the quotation a word stands in."""
    return next((speaker for (start, end), speaker in quoted if start <= word.idx < end), None)


def _targets(judgement: Judgement, entities: DocEntities, lexicon: Lexicon) -> list[Actor]:
    """Who is judged (``_target``), else the first actor among the words that may name it (``_other_subjects``), and
    each actor joined to the judged subject ("Y and Z have failed")."""
    subject = judgement.subject
    readings = (replace(judgement, subject=other) for other in (subject, *_other_subjects(subject)))
    first = next((found for found in (_target(one, entities, lexicon) for one in readings) if found), None)
    joined = (_target(replace(judgement, subject=other), entities, lexicon) for other in subject.conjuncts)
    return [target for target in (first, *joined) if target is not None]


def _other_subjects(subject: Token) -> list[Token]:
    """The words that may name the actor a subject stands for: its appositive ("They, the Greens, have"), the other
    subjects the parser gave its verb ("They, the Greens have")."""
    others = [s for s in children(subject.head, "nsubj") if s.i != subject.i] if subject.dep_ == "nsubj" else []
    return [*children(subject, "appos"), *others]


def _target(judgement: Judgement, entities: DocEntities, lexicon: Lexicon) -> Actor | None:
    """Who is judged: the subject itself ("Y is wrong"), the owner of a judged thing ("Y's plan"), or the one
    addressed by name when the subject is "you", "that" or "this" ("Tom, that's nonsense")."""
    judged = _judged(judgement.subject, entities, lexicon)
    if judged is None and judgement.subject.lower_ in lexicon.cues["AddressingPronoun"]:
        addressed = _addressed(judgement.clause, entities, lexicon)
        return addressed or (told(judgement.clause, entities, lexicon) if judgement.subject.lower_ == "you" else None)
    return judged


def _addressed(clause: Token, entities: DocEntities, lexicon: Lexicon) -> Actor | None:
    """The one a clause addresses by name, before it and a comma: "Tom, that's nonsense", "Frank, you are wrong"."""
    names = [c for c in children(clause, "npadvmod") if c.pos_ == "PROPN" and c.i < clause.i and c.nbor().text == ","
             and c.lower_ not in lexicon.titles]  # "Mr Speaker, this is a disgrace" addresses the chair
    return _first_actor(names, entities, lexicon)


def _judged(subject: Token, entities: DocEntities, lexicon: Lexicon) -> Actor | None:
    """The actor a judged subject stands for: itself, an actor the entities stage found, or the owner of a judged
    thing (kg:JudgedThing: "Y's plan")."""
    named = actor(subject, entities, lexicon) if entities.at(subject) is not None else None
    if subject.lemma_.lower() not in lexicon.cues["JudgedThing"]:
        return named  # an actor the entities stage found, not a noun an actor modifies ("Y's defeat")
    return _owner(subject, entities, lexicon) or named


def _owner(thing: Token, entities: DocEntities, lexicon: Lexicon) -> Actor | None:
    """Whose a judged thing is: "Y's plan", "the Tory plans", "the way Y handled it", "a misjudgement by Y", "the
    error made by Y", and whose vice (kg:Vice) "the barbarism of Y" is."""
    by = ("by", "of") if is_vice(thing, lexicon) else ("by",)
    agents = [o for p in children(thing, "prep") if p.lower_ in by for o in children(p, "pobj")]
    owners = [actor(c, entities, lexicon)
              for c in [*children(thing, "poss", "compound", "amod"), *_doers(thing), *agents]]
    return next((o for o in owners if o is not None), None)


def _doers(thing: Token) -> list[Token]:
    """Who did a thing a clause on it says: "the way Y handled it", "the error made by Y"."""
    return [*(c for clause in children(thing, "relcl") for c in children(clause, "nsubj")),
            *(o for clause in children(thing, "acl") for a in children(clause, "agent") for o in children(a, "pobj"))]
