"""One document's entities: the stage's steps run in order over a parsed Doc (see the package docstring)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from graph_builder.entities.branches import foreign_namesakes, party_branches
from graph_builder.entities.classification import (
    Classified,
    classify,
    cued_places_voted,
    named_places,
    organization_worded,
)
from graph_builder.entities.collective import collective_actors, group_descriptions
from graph_builder.entities.coreference import (
    Cluster,
    acronyms_spelt_here,
    clustered,
    resolve_pronouns,
    short_names,
)
from graph_builder.entities.families import family_named
from graph_builder.entities.mentions import (
    chamber_committee,
    clean_span,
    club_opening,
    common_noun_names,
    compound_works,
    coordinated_club,
    coordinated_persons,
    count_noun_names,
    demonym_in_organization,
    describing_group_word,
    first_name_as_city,
    group_with_its_noun,
    honorific_names,
    named_in_full,
    opening_preposition,
    operation_after_dash,
    organization_of_place,
    place_closing_organization,
    place_in_organization,
    portfolio_list_closing,
    surnames_of,
    swallowed_party,
    titled_persons,
    titled_place_as_person,
    titled_surname,
    unlabelled_names,
    weekday_in_name,
    work_words,
    works_named,
)
from graph_builder.entities.naming import (
    LABEL_TYPES,
    make_entity,
    merge_entities,
    name_key,
    plural_singulars,
    plurals_as_full_names,
    plurals_as_singular,
    shared_country_names,
)
from graph_builder.entities.pairs import pair_descriptions
from graph_builder.entities.roles import resolve_roles
from graph_builder.entities.tokens import Tokens, span_text, stands_alone
from graph_builder.gazetteer import Gazetteer
from graph_builder.records import Document, Entity, Mention, Quotation
from graph_builder.vocab import Lexicon

_GROUP_TYPES = frozenset({"Organization", "Group"})
"""The entities the text may name by their members (a country's "fighters" are no sign of what the country is)."""

Settled = tuple[Span, str, Entity, Entity | None]
"""A mention whose entity is decided without clustering: (span, kind, entity, place)."""


@dataclass(frozen=True, kw_only=True)
class DocEntities:
    """The entities of one parsed document and which token refers to which."""

    document: Document
    by_token: dict[int, Mention]
    entities: tuple[Entity, ...]
    mentions: tuple[Mention, ...]
    tokens: Tokens
    """The document's tokens and words, read once (see ``entities.tokens``)."""
    sentence_starts: tuple[int, ...] = ()
    quotations: tuple[Quotation, ...] | None = None
    """The document's quotations as read with these entities, once a step has read them (None: not yet)."""
    pairs: Mapping[str, tuple[Entity, Entity]] = field(default_factory=dict)
    """The two persons of each stand-in entity of a pair description ("the pair", "the two men"), by its id: its
    mention is in ``by_token`` only, and ``pairs.split`` gives its records to the two (see ``entities.pairs``)."""

    def at(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)

    @cached_property
    def member_words(self) -> dict[str, frozenset[str]]:
        """The words of each organisation's or group's collective mentions anywhere in the document, by entity id:
        the nouns the text names its members by ("UFAL fighters", "Red Hand militants" give "fighters",
        "militants"), also for the organisation a collective actor is led by."""
        found: dict[str, set[str]] = {}
        for i, mention in self.by_token.items():
            if mention.kind != "collective":
                continue
            token = self.tokens[i]
            for entity in (mention.entity, mention.entity.owner):
                if entity is not None and entity.type in _GROUP_TYPES:
                    found.setdefault(entity.id, set()).update((token.lower_, token.lemma_.lower()))
        return {key: frozenset(words) for key, words in found.items()}

    @cached_property
    def referring(self) -> dict[str, list[tuple[int, Mention]]]:
        """(token, mention) of every token that refers to each entity (``by_token`` by entity id), in ``by_token``'s
        order: a check of one entity reads its own mentions, not the document's."""
        found: dict[str, list[tuple[int, Mention]]] = {}
        for i, mention in self.by_token.items():
            found.setdefault(mention.entity.id, []).append((i, mention))
        return found

    def sentence(self, token: Token) -> Span:
        """The sentence of a token, found by bisection (spaCy's Token.sent rescans the document each time)."""
        start, end = self.sentence_bounds(token)
        return Span(token.doc, start, end)  # the bounds are the document's: no slice to normalise

    def sentence_bounds(self, token: Token) -> tuple[int, int]:
        """The first token of the sentence of ``token`` and the token after its last."""
        number = bisect_right(self.sentence_starts, token.i) - 1
        end = self.sentence_starts[number + 1] if number + 1 < len(self.sentence_starts) else len(token.doc)
        return self.sentence_starts[number], end


def resolve(doc: Doc, document: Document, lexicon: Lexicon) -> DocEntities:
    """Find the entities of one parsed document and map each referring token to its mention, with the
    titles and the gazetteer of ``lexicon``."""
    gazetteer = lexicon.gazetteer
    titles = lexicon.titles
    tokens = Tokens.of(doc, document.text)
    speech = lexicon.cues.get("StatementVerb", frozenset())
    committees = (lexicon.cues.get("SubBody", frozenset()), lexicon.cues.get("ChamberWord", frozenset()))
    settled, names, taken = _labelled(tokens, titles, gazetteer, lexicon.holder_words, lexicon.collective_nouns,
                                      speech, committees=committees)
    _add_unlabelled(tokens, taken, titles, gazetteer, settled, names, speech, committees=committees)
    clusters = clustered(names, tokens, titles, gazetteer, places=named_places(settled, names, tokens, gazetteer))
    settled += _short_and_titled(tokens, taken, clusters, gazetteer)
    mentions = _name_mentions(document, settled, clusters, tokens, (titles, gazetteer))
    mentions = plurals_as_singular(mentions, _actors_named_alone(mentions, tokens))
    mentions = plurals_as_full_names(mentions, lexicon.group_nouns)
    mentions = shared_country_names(mentions, gazetteer.shared_country_names)
    mentions = foreign_namesakes(party_branches(mentions, tokens, gazetteer), document.text, gazetteer)
    by_token: dict[int, Mention] = {}
    for mention in mentions:
        _cover(tokens, by_token, mention)
    mentions = _with_collectives(tokens, document, mentions, by_token, lexicon)
    for mention in resolve_roles(tokens, document, by_token, lexicon):
        _cover(tokens, by_token, mention)
        mentions.append(mention)
    cues = lexicon.cues
    for mention in resolve_pronouns(tokens, document, by_token, gazetteer, lexicon.person_nouns,
                                    lexicon.people_nouns, cues.get("ReasonVerb", frozenset()),
                                    cues.get("ObjectControl", frozenset()), cues.get("FeelingWord", frozenset()),
                                    mouthpieces=cues["MouthpieceTitle"]):
        by_token[tokens.at_char[mention.start]] = mention
        mentions.append(mention)
    mentions = family_named(mentions, by_token, tokens, gazetteer)
    described = pair_descriptions(tokens, document, by_token, lexicon)
    by_token.update(described.by_token)
    entities = merge_entities(m.entity for m in mentions)
    entities.update(merge_entities(m.place for m in mentions if m.place))
    return DocEntities(document=document, by_token=by_token, tokens=tokens, sentence_starts=tokens.sentence_starts,
                       entities=tuple(entities.values()), pairs=described.members,
                       mentions=tuple(sorted(mentions, key=lambda m: m.start)))


def _labelled(tokens: Tokens, titles: frozenset[str], gazetteer: Gazetteer, holder_words: frozenset[str] = frozenset(),
              collectives: Collection[tuple[str, ...]] = (), speech: frozenset[str] = frozenset(), *,
              committees: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
              ) -> tuple[list[Settled], list[Span], set[int]]:
    """The NER's entities, cleaned: (those the gazetteer or label settles, names left to cluster, tokens taken); a
    chamber's name that opens a committee's is the committee's (``committees``: see mentions.chamber_committee).

    People come first, so a name can take in a first name that another label claimed.
    """
    settled: list[Settled] = []
    names: list[Span] = []
    taken: set[int] = set()
    after_honorifics = honorific_names(tokens, gazetteer)
    named = _names(tokens, gazetteer)
    person_words = _person_words(named, after_honorifics)
    clubs = _club_cities(tokens, gazetteer)
    surnames = surnames_of(named, after_honorifics)
    ents, works = _actor_ents(tokens, named, surnames, gazetteer, speech, person_words)
    taken.update(works)  # a work is no actor, nor a name left to find
    for ent in sorted(ents, key=lambda e: (e.label_ != "PERSON", e.start)):
        if ent.label_ not in LABEL_TYPES:
            continue
        ent = titled_place_as_person(ent, tokens, titles, gazetteer)
        span = clean_span(_organization_opening(ent, tokens, gazetteer, collectives, titles), tokens, titles,
                          gazetteer, surnames, holder_words)
        span = span and chamber_committee(span, *committees)
        if span is None or any(i in taken for i in range(span.start, span.end)):
            continue
        if describing_group_word(span, gazetteer, collectives, titles):
            taken.add(span.start)  # "the Asian tsunami", "a Jewish reporter": no actor
            continue
        span = group_with_its_noun(span, gazetteer, titles)
        party = swallowed_party(ent, span, tokens, gazetteer)
        for part in (span,) if party is None else (span, party):
            taken.update(range(part.start, part.end))
            _sort_labelled(part, tokens, gazetteer, (person_words, clubs), settled, names, titles=titles)
    return acronyms_spelt_here(cued_places_voted(settled, names, tokens, gazetteer), names), names, taken


def _names(tokens: Tokens, gazetteer: Gazetteer) -> tuple[Span, ...]:
    """The NER's entities but a kind of body it took for a person (see _kind_as_person)."""
    return tuple(ent for ent in tokens.ents if not _kind_as_person(ent, gazetteer))


def _kind_as_person(span: Span, gazetteer: Gazetteer) -> bool:
    """Whether the NER took one word for a kind of body or its members (``gazetteer.generic_words``) for a person's
    name, capitalised where a headline ran into the text ("Levy to stay, says minister Ministers will ..."): the
    collective actors' rule reads it (the ministers of the article's government), no name does."""
    return len(span) == 1 and span.label_ == "PERSON" and span[0].lower_ in gazetteer.generic_words


def _actor_ents(tokens: Tokens, named: tuple[Span, ...], surnames: frozenset[str], gazetteer: Gazetteer,
                speech: frozenset[str] = frozenset(), persons: Collection[str] = ()) -> tuple[list[Span], set[int]]:
    """The NER's entities (``named``) that may name actors, lists of persons split, and the tokens of the works'
    names, which name none (see mentions.works_named)."""
    works = _works(named, tokens, gazetteer, speech, persons)
    if not works:  # most documents name none: no name's text is read
        return [part for ent in named for part in _coordinated(ent, surnames, gazetteer)], set()
    ents = [part for ent in named if span_text(ent) not in works for part in _coordinated(ent, surnames, gazetteer)]
    return ents, _named_again(tokens, works) - _holding_works(named, works)


def _coordinated(ent: Span, surnames: frozenset[str], gazetteer: Gazetteer) -> list[Span]:
    """The names a span of the NER holds: two clubs ("Arno and Real Kelby") or persons ("Hadley and Rusk") split. A
    span of fewer than three words (most) has no room for a word between two names: it is read no further."""
    if len(ent) < 3:
        return [ent]
    return coordinated_club(ent, gazetteer) or coordinated_persons(ent, surnames, gazetteer)


def _holding_works(named: tuple[Span, ...], works: frozenset[str]) -> set[int]:
    """The tokens of the NER's names that hold a work's name and more ("Apple iPods" names its maker, whatever
    "iPods" is)."""
    texts = ((ent, span_text(ent)) for ent in named)  # each read once, from the document's text
    return {i for ent, text in texts if text not in works and any(_holds(text, work) for work in works)
            for i in range(ent.start, ent.end)}


def _holds(text: str, name: str) -> bool:
    return len(text) > len(name) and f" {name} " in f" {text} "


def _works(names: Collection[Span], tokens: Tokens, gazetteer: Gazetteer, speech: frozenset[str],
           persons: Collection[str] = ()) -> frozenset[str]:
    """The names of works among ``names`` (see mentions.works_named), and of products and common nouns
    (mentions.compound_works, mentions.common_noun_names) that name no actor: "the Kasmo console", "Broadband is
    ...", read wherever the document writes them. Those name an actor all the same where they are a word of a
    person's name (``persons``: "the Tom Avery film") or where the document names them as an organisation (see
    _organization_said): a product says nothing."""
    if not names:
        return frozenset()  # no name missed (many documents): no work among them
    places = _places_written(names, tokens, gazetteer)
    written = _distinct([*names, *(span for found in places.values() for span in found)])
    opening = {span_text(span) for span in compound_works(written, tokens, gazetteer)
               if not any(word in persons for word in span_text(span).split())}
    candidates = opening | ((common_noun_names(names, tokens, gazetteer) | _count_nouns(names, tokens, gazetteer))
                            - set(persons))
    actors = {name for name in candidates
              if _organization_said(_written(name, places, tokens), tokens, gazetteer, speech)}
    return works_named(written, tokens, gazetteer) | (candidates - actors)


def _count_nouns(names: Collection[Span], tokens: Tokens, gazetteer: Gazetteer) -> frozenset[str]:
    """The names written as count nouns (see mentions.count_noun_names), no person's: never one of a name the
    model took for a person's ("a Tom Reed": a player like him), nor one it took for a person's that the document
    writes with no article as a verb's subject ("Baroness Thatcher said ... did not need a Thatcher")."""
    return frozenset(name for name in count_noun_names(names, tokens, gazetteer)
                     if not any(ent.text == name and ent.label_ == "PERSON" and (len(ent) > 1 or _bare_doer(ent))
                                for ent in names))


def _bare_doer(ent: Span) -> bool:
    """Whether the name is a verb's subject with no determiner right before it."""
    return ent.root.dep_ == "nsubj" and (ent.start == 0 or ent.doc[ent.start - 1].dep_ != "det")


def _places_written(names: Collection[Span], tokens: Tokens, gazetteer: Gazetteer) -> dict[str, list[Span]]:
    """The places the document writes each of the ``names`` (see _occurrences), by name, for the names it writes
    anywhere near a work word (see _work_windows): elsewhere none opens or is introduced as a work (see _works). The
    windows are narrow (about a sixth of a news article's text), though most articles have a work word somewhere."""
    windows = tokens.read_once("work windows", gazetteer, lambda: _merged(_work_windows(tokens, gazetteer)))
    text = tokens.whole_text
    # the texts from Tokens: Span.text reads every token of the span anew
    written = {tokens.text(span.start, span.end) for span in names} if windows else set()
    return {name: _occurrences(name, tokens) for name in written if _written_over(name, text, windows)}


def _work_windows(tokens: Tokens, gazetteer: Gazetteer) -> set[tuple[int, int]]:
    """The characters (first, after last) where a name opening or introduced as a work is written: around each work
    word (mentions.work_words) the tagger read as a noun (only a noun opens or introduces a work's name: "the show"
    does, "to show" does not), from its sentence's first token or the token before the compounds before it,
    whichever comes first (mentions.compound_works), to the token after its sentence (mentions.works_named)."""
    windows = set()
    for word in work_words(tokens, gazetteer):
        if tokens.pos[word.i] != "NOUN":
            continue
        first = word.i
        while first > 0 and tokens.dep[first - 1] == "compound":
            first -= 1
        number, starts = tokens.sentence_of[word.i], tokens.sentence_starts
        start, end = starts[number], starts[number + 1] if number + 1 < len(starts) else len(tokens) - 1
        last = tokens[end]
        windows.add((tokens[max(min(start, first - 1), 0)].idx, last.idx + len(last)))
    return windows


def _merged(windows: Collection[tuple[int, int]]) -> list[tuple[int, int]]:
    """The characters the ``windows`` (first, after last) cover, as the fewest windows, in text order: windows that
    overlap or meet are one (a name written over any of them is written over the one they make), and the windows of
    a sentence's work words and of the next sentence's overlap."""
    found: list[tuple[int, int]] = []
    for first, end in sorted(windows):
        if found and first <= found[-1][1]:
            found[-1] = (found[-1][0], max(found[-1][1], end))
        else:
            found.append((first, end))
    return found


def _written_over(name: str, text: str, windows: Collection[tuple[int, int]]) -> bool:
    """Whether the text writes ``name`` over any of the characters of one of the ``windows`` (first, after last),
    each searched in turn (a loop, no generator: asked of every name of the document)."""
    size = len(name)
    for first, end in windows:
        if text.find(name, max(first - size + 1, 0), end + size - 1) >= 0:
            return True
    return False


def _distinct(spans: list[Span]) -> list[Span]:
    """The ``spans`` without repeats of the same tokens (a name is also one of the places it is written), in order."""
    return list({(span.start, span.end): span for span in spans}.values())


def _written(name: str, places: Mapping[str, list[Span]], tokens: Tokens) -> list[Span]:
    """The places the document writes the name: read already (``places``), or searched now."""
    return places.get(name) or _occurrences(name, tokens)


def _occurrences(name: str, tokens: Tokens) -> list[Span]:
    """Every place the document writes the name, as whole words: no word character (a letter, a digit, "_") just
    before or after it, the places a regular expression's finditer would find. Searched with str.find, as a
    pattern of its own for every name cost a regular expression compiled per name."""
    text, found, at = tokens.whole_text, [], tokens.whole_text.find(name)
    while at >= 0 and name:
        end = at + len(name)
        if not (_word_character(text, at - 1) or _word_character(text, end)):
            span = tokens.char_span(at, end)
            if span is not None and tokens.text(span.start, span.end) == name:  # no Span.text: no new tokens
                found.append(span)
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)
    return found


def _word_character(text: str, i: int) -> bool:
    """Whether the character at ``i`` is a word character (a letter, a digit or "_"); none outside the text."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def _organization_said(written: list[Span], tokens: Tokens, gazetteer: Gazetteer, speech: frozenset[str]) -> bool:
    """Whether the document writes a name, at any of the places it writes it (``written``, see _occurrences), as
    the subject of a verb of saying (``speech``: "Veltron said ...") or with words only an organisation takes around
    it ("shares in Veltron", "Veltron chief
    executive")."""
    return any((span.root.dep_ == "nsubj" and span.root.head.lemma_ in speech)
               or organization_worded(span, tokens, gazetteer, clauses=False) for span in written)


def _named_again(tokens: Tokens, names: frozenset[str]) -> set[int]:
    """The tokens of every occurrence of the ``names`` in the document."""
    found: set[int] = set()
    for name in names:
        size = len(name.split())
        openings = tokens.with_text((name.split()[0],))  # only where its first word stands, not at every token
        found.update(i for start in (t.i for t in openings) if tokens.text(start, start + size) == name
                     for i in range(start, start + size))
    return found


def _organization_opening(ent: Span, tokens: Tokens, gazetteer: Gazetteer, collectives: Collection[tuple[str, ...]],
                          titles: frozenset[str] = frozenset()) -> Span:
    """The NER's span widened to the organisation's name it opens, when it opens one (``tokens``: the document's,
    whose entities a cut name is looked for among)."""
    span = place_in_organization(first_name_as_city(named_in_full(weekday_in_name(ent), tokens.ents), gazetteer),
                                 gazetteer, collectives, titles)
    span = place_closing_organization(span, gazetteer)
    span = demonym_in_organization(organization_of_place(span, collectives), gazetteer, collectives, titles)
    return portfolio_list_closing(operation_after_dash(span, titles, gazetteer), gazetteer)


def _sort_labelled(span: Span, tokens: Tokens, gazetteer: Gazetteer, words: tuple[set[str], frozenset[str]],
                   settled: list[Settled], names: list[Span], *, titles: frozenset[str] = frozenset()) -> None:
    """A cleaned NER span added to ``settled`` when the gazetteer or its label settles it, else to ``names``
    (``words``: the document's person words and club cities; ``titles``: see classification.classify)."""
    classified = classify(span, tokens, gazetteer, titles=titles)
    person_words, clubs = words
    if classified and _surname_misread(span, classified, person_words):
        # a group's label would vote the person into a group ("Beckham" as NORP three times beside "David Beckham")
        names.append(Span(span.doc, span.start, span.end, label="PERSON") if span.label_ == "NORP" else span)
    elif classified and not (classified[0] == "capital" and span_text(span) in clubs):
        settled.append((span, *classified))
    else:
        names.append(span)


def _add_unlabelled(tokens: Tokens, taken: set[int], titles: frozenset[str], gazetteer: Gazetteer,
                    settled: list[Settled], names: list[Span], speech: frozenset[str] = frozenset(), *,
                    committees: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())) -> None:
    """The names the NER missed, taken: known organisations, parts of places and names ending in a facility noun
    ("Pentmoor Jail") among them settled, the rest left to cluster; a chamber's committee as in _labelled."""
    spans = [chamber_committee(span, *committees) for span in unlabelled_names(tokens, taken, titles, gazetteer)]
    works = _works(spans, tokens, gazetteer, speech)
    for span in spans:
        taken.update(range(span.start, span.end))
        if span_text(span) in gazetteer.non_actor_names | gazetteer.product_names or span_text(span) in works:
            continue  # "the Eastport MP", "Britishness": no actor
        settles = (span.label_ == "ORG" or gazetteer.part_of_place(name_key(span_text(span)))
                   or span[-1].lower_ in gazetteer.facility_nouns  # "Pentmoor Jail": a place's name
                   or gazetteer.seat(span_text(span)) is not None)  # a seat the model missed stands for its body
        classified = classify(span, tokens, gazetteer) if settles else None
        if classified:
            settled.append((span, *classified))
        else:
            names.append(span)


def _person_words(ents: tuple[Span, ...], after_honorifics: frozenset[str]) -> set[str]:
    """First and last words of the document's person names (of the NER's ``ents``; not of a place's name after a
    preposition opening the sentence, "Across Carrow"), and proper nouns after a courtesy title
    (``after_honorifics``)."""
    words = {word for ent in ents if ent.label_ == "PERSON" and len(ent) > 1 and not opening_preposition(ent[0])
             for word in (ent[0].text, ent[-1].text)}
    return words | after_honorifics


def _club_cities(tokens: Tokens, gazetteer: Gazetteer) -> frozenset[str]:
    """The cities the document names as clubs ("Madrid" of "Real Madrid", see mentions.club_opening): written
    alone there, such a city is the club ("Madrid have signed"), no capital standing for its country."""
    return frozenset(tokens[word.i + 1].text for word in tokens.with_word(*gazetteer.club_words)
                     if word.i + 1 < len(tokens) and club_opening(tokens.doc, word.i + 1, gazetteer))


def _surname_misread(span: Span, classified: Classified, person_words: set[str]) -> bool:
    """A bare surname the model took for a place or a group ("Silina urged NATO", "criticised Sandu") when the
    document names the person; a nationality word stays its country's ("demonym")."""
    kind, entity, _ = classified
    if entity.type == "Group" and span.root.dep_ in ("amod", "compound") and span.root.head.i >= span.end:
        return False  # "Christian leaders met Y" beside "Louise Christian": the group word before its noun
    return kind == "name" and entity.type in ("Place", "Group") and span_text(span) in person_words


def _short_and_titled(tokens: Tokens, taken: set[int], clusters: list[Cluster],
                      gazetteer: Gazetteer) -> list[Settled]:
    """Short names join their clusters (and are taken); office holders named by title ("the pope") are settled
    as that person, and so is a short name that is such a title."""
    settled: list[Settled] = []
    for span in short_names(tokens, taken, clusters) + titled_persons(tokens, taken, gazetteer):
        taken.update(range(span.start, span.end))
        label = gazetteer.titled_persons.get(span_text(span).lower())
        if label is not None:
            settled.append((span, "name", make_entity(label, "Person", [span_text(span)]), None))
    return settled


def _name_mentions(document: Document, settled: list[Settled], clusters: list[Cluster],
                   tokens: Tokens, lexicon: tuple[frozenset[str], Gazetteer]) -> list[Mention]:
    """Mentions of the settled spans, then of every cluster's spans under the cluster's decided name and type. The
    names' texts are read from the document's ``tokens`` (Span.text makes the span's tokens anew). A surname named
    only after a plural title ("Lord Justices Hale and Rusk", see mentions.titled_surname; ``lexicon``: the titles
    and the gazetteer) is a node of its document: a holder of the title the text does not name in full, never the
    archive's person of that surname."""
    mentions = [Mention(doc_id=document.id, start=span.start_char, end=span.end_char,
                        text=tokens.text(span.start, span.end), kind=kind, entity=entity, place=place)
                for span, kind, entity, place in settled]
    for cluster in clusters:
        label, type_ = cluster.decide(tokens)
        titled = all(titled_surname(span, tokens, *lexicon) for span in cluster.spans)
        entity = make_entity(label, type_, cluster.aliases(label, tokens), scope=document.id if titled else "")
        evidence = cluster.evidence()  # the cluster's, read once for all its mentions
        mentions += [Mention(doc_id=document.id, start=span.start_char, end=span.end_char,
                             text=tokens.text(span.start, span.end), kind="name", entity=entity, evidence=evidence)
                     for span in cluster.spans]
    return mentions


def _with_collectives(tokens: Tokens, document: Document, mentions: list[Mention], by_token: dict[int, Mention],
                      lexicon: Lexicon) -> list[Mention]:
    """The mentions with the collective actors' (issue 13), which cover their tokens and replace the names
    they read anew."""
    kept, collective = collective_actors(tokens, document, mentions, by_token, lexicon)
    # a second pass: a plural may name a group only its members name ("Zorvani rebels"), known from here on
    groups = [m.entity for m in collective if m.entity.owner is None and m.entity.type in _GROUP_TYPES]
    joined = plurals_as_singular(kept, [*_actors_named_alone(kept, tokens), *groups])
    for mention in [*(m for m, old in zip(joined, kept, strict=True) if m is not old), *collective]:
        _cover(tokens, by_token, mention)
    described = group_descriptions(tokens, document, by_token, lexicon)
    for mention in described:
        by_token[tokens.at_char[mention.start]] = mention
    return joined + collective + described


def _actors_named_alone(mentions: list[Mention], tokens: Tokens) -> list[Entity]:
    """The actors of name mentions that stand alone (``tokens.stands_alone``), of the names that a plural name
    mention may be the plural of (naming.plural_singulars): no other decides what plurals_as_singular makes of a
    plural, and most documents write no such plural, so most names are not read."""
    singulars = plural_singulars(mentions)
    return [m.entity for m in mentions if m.kind == "name" and m.entity.label in singulars
            and stands_alone(tokens, m.start, m.end)]


def _cover(tokens: Tokens, by_token: dict[int, Mention], mention: Mention) -> None:
    """Map every token of ``mention`` (from the one it starts at to its end offset) to it."""
    for i in range(tokens.at_char[mention.start], len(tokens)):
        if tokens[i].idx >= mention.end:
            break
        by_token[i] = mention
