"""Coreference: which mentions of one document refer to the same actor.

Names are clustered by their short forms ("Volodymyr Zelensky", "Zelensky", "Zelensky's"), and a bare
surname the NER missed joins the one person it belongs to, as a peer's style does ("Lord Ashworth" of "Neil
Ashworth"); a definite description ("the British prime minister") is the person named earlier with that role;
he/she/his/her are the most recent fitting person within two sentences, never one whose title or first name
says the other gender.

An acronym the text defines ("General Motors (GM)") joins its organisation wherever it is written; a first
name alone may join the one person of that first name (or, of several, the one named ``DOMINANCE`` times as often
as the others together) but never becomes one of the person's names.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import NamedTuple

from spacy.tokens import Span, Token

from graph_builder.entities.classification import (
    evidenced_types,
    only_guessed_organization,
    only_guessed_person,
    voted_type,
    votes,
)
from graph_builder.entities.naming import LABEL_TYPES, dominant, initials_of, name_key, short_forms
from graph_builder.entities.tokens import Tokens, children, dependents, reflexive, span_text, verb_above
from graph_builder.gazetteer import Gazetteer
from graph_builder.records import Document, Entity, Mention
from graph_builder.words import is_acronym

_BODY_LABELS = frozenset(["ORG", "PERSON"])  # what the model may make of a body's short name ("the Courier")


@dataclass
class Cluster:
    """A working group of name mentions in one document that refer to the same actor."""

    spans: list[Span]
    votes: Counter
    acronym: str = ""
    first_named: set[int] = field(default_factory=set)  # where mentions that open with a first name start
    spelling: tuple[str, ...] = ()  # the name's spelling when mentions spell it two ways ("Damian"/"Damien")
    guessed: int = 0
    """The organisation's votes of mentions that open with a first name which only the model's label cast (see
    ``count_votes``): a bare surname read as a person's turns them into a person's."""
    full: tuple[str, ...] = field(init=False, compare=False)
    """The words of the longest name among the mentions (the first written of the longest), kept up to date by
    ``add``: the clustering asks for it at every step."""

    def __post_init__(self) -> None:
        self.full = max((name_key(span_text(s)) for s in self.spans), key=len)

    def add(self, spans: list[Span]) -> None:
        """Add mentions to the cluster (the full name stays the first of the longest)."""
        for span in spans:
            self.spans.append(span)
            key = name_key(span_text(span))
            if len(key) > len(self.full):
                self.full = key

    def count_votes(self, span: Span, tokens: Tokens, titles: frozenset[str], gazetteer: Gazetteer) -> None:
        """Add the type votes of ``span`` (one of the mentions) and note whether it opens with a first name. A bare
        surname of a person the model named in full, first name and all, is that person's whatever the model guessed
        of it alone ("Klinsmann" read as an organisation's beside "Jurgen Klinsmann"), unless more than its guess
        says organisation (see classification.only_guessed_organization). The other way round, a person's full name
        the model took for an organisation's is a person's once its bare surname is read as a person's ("Jordan
        Bellam" an organisation's, then "Bellam said"): the full name's guessed votes become a person's, while an
        organisation's cue around any mention still outvotes them (see classification.voted_type)."""
        found = votes(span, tokens, titles, gazetteer)
        key = name_key(tokens.text(span.start, span.end))
        if self._surname_of_named_person(key, tokens) and only_guessed_organization(found):
            found = Counter(Person=1)
        elif self._tail_of_organization(key) and only_guessed_person(found):
            found = Counter(Organization=1)  # "the Gazette" of "the Kelby Gazette" the model took for a person's
        elif key == self.full[-1:] != self.full and found["Person"] and not found["Organization"]:
            found.update(Person=self.guessed, Organization=-self.guessed)  # "Bellam said" of "Jordan Bellam"
            self.guessed = 0
        self.votes.update(found)
        if len(key) > 1 and first_named(key, gazetteer):
            self.first_named.add(span.start)
            self.guessed += only_guessed_organization(found)

    def _surname_of_named_person(self, key: tuple[str, ...], tokens: Tokens) -> bool:
        """Whether ``key`` is the last word of the cluster's full name, a name the model took for a person's that
        opens with a first name (the full name is counted first: names join longest first), and no mention comes in
        a sentence before the full name's but the first (a headline's): a news text names a person in full first,
        and a name written alone before ("Velcor cut jobs. ... Velcor's founder Ann Velcor") is a company named
        after the person, who is not it."""
        if len(key) != 1 or len(self.full) < 2 or key[0] != self.full[-1]:
            return False
        named = [s.start for s in self.spans if s.label_ == "PERSON" and s.start in self.first_named]
        return bool(named) and self._alone_only_in_headline(min(named), tokens)

    def _tail_of_organization(self, key: tuple[str, ...]) -> bool:
        """Whether ``key`` is only the last words of the full name of an organisation (see _organization_tail), no
        mention of which opens with a first name (a person's name the model once took for an organisation's)."""
        return len(key) < len(self.full) and self.full[-len(key):] == key and self.full[:len(key)] != key \
            and not self.person() and not self.first_named

    def _alone_only_in_headline(self, named: int, tokens: Tokens) -> bool:
        """Whether every mention before token ``named`` is in its sentence or the first (see _in_headline)."""
        return all(_in_headline(s.start, named, tokens) for s in self.spans if s.start < named)

    def person(self) -> bool:
        return self.votes["Person"] >= self.votes["Organization"]

    def aliases(self, label: str, tokens: Tokens) -> set[str]:
        """The names of the mentions but a person's first name alone ("Simon" of "Simon Hale"), read from the
        document's ``tokens``."""
        first = label.split()[0] if " " in label and self.person() else None
        return {" ".join(name_key(tokens.text(s.start, s.end))) for s in self.spans} - {first}

    def evidence(self) -> tuple[str, ...]:
        """The types the mentions' words hold evidence for (see records.Mention.evidence)."""
        return evidenced_types(self.votes)

    def decide(self, tokens: Tokens) -> tuple[str, str]:
        """(label, type): the type the votes chose, and the longest name among the mentions of that type (for a
        person, also those that open with a first name: "Morag Lennox" the model took for an organisation). The
        names' texts are read from the document's ``tokens`` (Span.text makes the span's tokens anew)."""
        type_ = voted_type(self.votes)
        preferred = [s for s in self.spans if LABEL_TYPES[s.label_] == type_
                     or (type_ == "Person" and s.start in self.first_named)] or self.spans
        texts = [tokens.text(s.start, s.end) for s in preferred]
        label = max(texts, key=lambda text: (len(name_key(text)), len(text)))
        return " ".join(self.spelling or name_key(label)), type_


def clustered(names: list[Span], tokens: Tokens, titles: frozenset[str], gazetteer: Gazetteer, *,
              places: frozenset[tuple[str, ...]] = frozenset()) -> list[Cluster]:
    """Name mentions grouped by actor, longest names first: a name joins the cluster that has it already,
    else the one cluster whose full name it is a short form of, else starts its own. A short form is any first
    or last part of a person's name, but only a first part of any other name ("Goldman" of "Goldman Sachs";
    "Scotland" is no short form of "BBC Radio Scotland"), and never a maker's name of its product's ("Tarrow" of
    "Tarrow T400s", "Veltron" of "Veltron Zenbox" where "Zenbox" is written alone), nor the name of a place the
    document names (``places``: see classification.named_places) of a body's name it opens ("Tolsey" of "Tolsey
    Grammar School", named after the town: the name alone names the town). Indexed by name and by short form, so
    an article of any length takes time in proportion to its names."""
    clusters: list[Cluster] = []
    by_name: dict[tuple[str, ...], Cluster] = {}
    by_short_form: dict[tuple[str, ...], list[Cluster]] = {}
    acronyms = defined_acronyms(names, gazetteer, tokens)
    keyed = [(name_key(tokens.text(span.start, span.end)), span) for span in names]  # no Span.text: no new tokens
    written, named = _not_persons_names(keyed), _all_names(keyed)
    times = Counter(map(itemgetter(0), keyed))
    for key, span in sorted(keyed, key=lambda pair: -len(pair[0])):
        target = (by_name.get(key) or by_name.get(acronyms.get(key, ()))
                  or _one_full_name(span, key, by_short_form.get(key, []), gazetteer, tokens, times))
        if target is None:
            target = Cluster(spans=[span], votes=Counter())
            clusters.append(target)
            for form in _forms_of(key, span, gazetteer, (written, named), places):
                by_short_form.setdefault(form, []).append(target)
        else:
            target.add([span])
        by_name.setdefault(key, target)
        target.count_votes(span, tokens, titles, gazetteer)
    for acronym, full in acronyms.items():
        if full in by_name:
            by_name[full].acronym = acronym[0]
    return _spellings_joined(_peers_joined(clusters, gazetteer), gazetteer)


def first_named(key: tuple[str, ...], gazetteer: Gazetteer) -> bool:
    """Whether a name's words open with a first name the first-name list knows and hold no organisation's word."""
    return gazetteer.is_first_name(key[0]) and not any(word.lower() in gazetteer.organization_words for word in key)


def _forms_of(key: tuple[str, ...], span: Span, gazetteer: Gazetteer,
              names: tuple[set[tuple[str, ...]], set[tuple[str, ...]]],
              places: frozenset[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The short forms that may name the actor of full name ``key`` (see _short_form_of; ``names``: the keys of the
    document's names no person's, and of all its names), but a place's name the document names (``places``) that
    opens the name of a body ending in an organisation's word ("Tolsey" of "Tolsey Grammar School"). Only forms the
    document writes as names are read: clustering looks a name up by its own key, never by another form."""
    named_after_a_place = key[-1].lower() in gazetteer.organization_words
    return [form for form in _short_forms_past_suffix(key, gazetteer)
            if form in names[1] and _short_form_of(form, key, span, gazetteer, *names)
            and not (named_after_a_place and form in places and form == key[:len(form)])]


def _short_forms_past_suffix(key: tuple[str, ...], gazetteer: Gazetteer) -> set[tuple[str, ...]]:
    """The short forms of a full name, and of the name before a generational suffix that ends it ("Reed" and "Tom"
    of "Tom Reed Jr", ``gazetteer.generational_suffixes``): of a name with no such suffix (most), its own only."""
    past = _past_suffix(key, gazetteer)
    return short_forms(key) if past == key else short_forms(key) | short_forms(past)


def _past_suffix(key: tuple[str, ...], gazetteer: Gazetteer) -> tuple[str, ...]:
    """A full name without the generational suffix that ends it ("Tom Reed" of "Tom Reed Jr"), else as it is."""
    return key[:-1] if len(key) > 2 and key[-1] in gazetteer.generational_suffixes else key


def _ends_with(full: tuple[str, ...], key: tuple[str, ...], gazetteer: Gazetteer) -> bool:
    """Whether a full name ends with ``key``, also before a generational suffix ("Reed" of "Tom Reed Jr")."""
    return full[-len(key):] == key or _past_suffix(full, gazetteer)[-len(key):] == key


def _spellings_joined(clusters: list[Cluster], gazetteer: Gazetteer) -> list[Cluster]:
    """Two spellings of one person's first name with the same surname ("Damian Hale" and "Damien Hale" in one
    article), or the first name and its nickname ("Dave Hale", "David Hale": see ``_respelt``), are one person,
    named by the spelling more mentions use (the first written on a tie), and a bare surname the two left in doubt
    is them too."""
    by_surname = _by_surname(clusters)
    for cluster in [c for c in clusters if len(by_surname.get(c.full[1:], ())) > 1]:
        other = _respelling(cluster, by_surname[cluster.full[1:]], clusters, gazetteer)
        if other is None:
            continue
        kept, other = sorted((cluster, other), key=lambda c: (-len(c.spans), min(s.start for s in c.spans)))
        kept.spelling = kept.full
        for joined in [other, *(c for c in clusters if c.full == kept.full[1:])]:
            _absorb(kept, joined, clusters)
    return clusters


def _by_surname(clusters: list[Cluster]) -> dict[tuple[str, ...], list[Cluster]]:
    """The clusters whose full name has two words or more by the words after the first: only names of one surname
    can be respelt, and a name of one word has no first name to respell."""
    found: dict[tuple[str, ...], list[Cluster]] = {}
    for cluster in clusters:
        if len(cluster.full) > 1:
            found.setdefault(cluster.full[1:], []).append(cluster)
    return found


def _respelling(cluster: Cluster, namesakes: list[Cluster], clusters: list[Cluster],
                gazetteer: Gazetteer) -> Cluster | None:
    """The one other cluster still in ``clusters`` whose full name is ``cluster``'s respelt (see ``_respelt``), looked
    for among its ``namesakes`` (the clusters of its surname); None when there is none or more than one, or
    ``cluster`` was joined to another already."""
    if len(namesakes) < 2:
        return None
    full = cluster.full
    others = [c for c in namesakes if c is not cluster and c in clusters and _respelt(c.full, full, gazetteer)]
    return others[0] if len(others) == 1 and cluster in clusters else None


def _absorb(kept: Cluster, joined: Cluster, clusters: list[Cluster]) -> None:
    """``joined``'s mentions and votes given to ``kept``, and ``joined`` taken out of ``clusters``."""
    kept.add(joined.spans)
    kept.votes += joined.votes
    kept.first_named |= joined.first_named
    clusters.remove(joined)


def _respelt(one: tuple[str, ...], other: tuple[str, ...], gazetteer: Gazetteer) -> bool:
    """Whether two full names differ only in the spelling of the first name or in a first name's nickname ("Dave
    Hale" and "David Hale": ``Gazetteer.same_first_name``)."""
    return len(one) > 1 and one[1:] == other[1:] and gazetteer.same_first_name(one[0].lower(), other[0].lower())


def _peers_joined(clusters: list[Cluster], gazetteer: Gazetteer) -> list[Cluster]:
    """A peer's style joins the one person of its surname (and of no other gender) the document names in full:
    "Neil Ashworth" and "Lord Ashworth" in one article are one man, and the bare "Ashworth" that the two left in
    doubt is him too."""
    for peer in [c for c in clusters if gazetteer.peer(c.full)]:
        surname, gender = gazetteer.peer(peer.full)
        named = [c for c in clusters if _named_in_full(c, surname, gender, gazetteer)]
        if len(named) == 1:
            for other in [peer, *(c for c in clusters if c.full == (surname,))]:
                _absorb(named[0], other, clusters)
    return clusters


def _named_in_full(cluster: Cluster, surname: str, gender: str, gazetteer: Gazetteer) -> bool:
    """Whether ``cluster`` is a person named in full with that surname and a first name of no other gender."""
    full = cluster.full
    return (len(full) > 1 and full[-1] == surname and cluster.person() and not gazetteer.peer(full)
            and gazetteer.gender_of_first_name(full[0]) in (None, gender))


def _one_full_name(span: Span, key: tuple[str, ...], fuller: list[Cluster], gazetteer: Gazetteer,
                   tokens: Tokens, times: Counter | None = None) -> Cluster | None:
    """The one cluster of the names ``key`` is a short form of, leaving out organisations named after a person
    the span names, and after a courtesy title ("Mr Lloyd") the names it is not the last part of ("Lloyd
    Harker"); of several, the one a first name alone stands for (``times``: how often the document writes each
    name, see _dominant_first_named)."""
    surname = span.start > 0 and tokens.lower[span.start - 1] in gazetteer.surname_titles
    fuller = _fitting(span, key, fuller, gazetteer, surname=surname, tokens=tokens)
    if any(_parent_named_first(span, c, tokens) for c in fuller):
        return None
    return fuller[0] if len(fuller) == 1 else _dominant_first_named(key, fuller, gazetteer, times or Counter())


def _namesakes(key: tuple[str, ...], fuller: list[Cluster], gazetteer: Gazetteer) -> bool:
    """Whether ``key`` is a first name alone and ``fuller`` persons named in full who open with it."""
    return len(key) == 1 and gazetteer.is_first_name(key[0]) \
        and all(len(c.full) > 1 and c.full[0] == key[0] and c.person() for c in fuller)


def _dominant_first_named(key: tuple[str, ...], fuller: list[Cluster], gazetteer: Gazetteer,
                          times: Counter) -> Cluster | None:
    """The person a first name alone stands for among the persons of that first name the document names in full: the
    one the document names (in full or by surname alone: ``times``) at least ``DOMINANCE`` times as often as all the
    others together ("Dan" where the article is about Dan Hale, named four times, and names Dan Dorey once); None
    when no one is."""
    if len(fuller) < 2 or not _namesakes(key, fuller, gazetteer):
        return None
    found = dominant([times[c.full] + times[c.full[-1:]] for c in fuller])
    return None if found is None else fuller[found]


def _in_headline(start: int, named: int, tokens: Tokens) -> bool:
    """Whether token ``start`` is in the sentence of token ``named`` or the first, a headline's (a text with no
    sentences, built by hand, is one)."""
    return not tokens.doc.has_annotation("SENT_START") \
        or tokens.sentence_of[start] in (0, tokens.sentence_of[named])


def _fitting(span: Span, key: tuple[str, ...], fuller: list[Cluster], gazetteer: Gazetteer, *,
             surname: bool, tokens: Tokens) -> list[Cluster]:
    """The clusters of ``fuller`` that ``key`` may be a short form of here (see _one_full_name): a person's surname
    before an organisation's tail ("Jones" of "Kelby Jones") or a surname the model read in a name it took for an
    organisation's ("Mr Hale" of "Ann Hale", not of "Tom Hale" read as a body's) when both fit."""
    fuller = [c for c in fuller if not _named_after(span, key, c, gazetteer)
              and not (surname and not _ends_with(c.full, key, gazetteer))
              and not _tail_barred(span, key, c, surname, tokens)]
    if len(fuller) > 1:
        fuller = [c for c in fuller if not _body_tail(key, c)] or fuller  # also a name the model read as a body's
    return _surname_over_openings(key, fuller, gazetteer, read_as_person=_read_as_person(span, surname))


def _surname_over_openings(key: tuple[str, ...], fuller: list[Cluster], gazetteer: Gazetteer, *,
                           read_as_person: bool) -> list[Cluster]:
    """The one person named in full whose surname ``key`` is, a word no first name, where the other names it is a
    short form of only open with it: a surname read as a person's (``read_as_person``: the model's label or a
    courtesy title before it, "Varrow said", "Mr Varrow") is "Jonas Varrow", not "Varrow England" (a headline's last
    word run into the text) nor "Varrow and Kelby" (two names the model took for one). Else ``fuller`` as it is."""
    if not (read_as_person and len(fuller) > 1 and _no_first_name(key, gazetteer)):
        return fuller
    persons = [c for c in fuller if _surname_of_person(key, c)]
    opened = all(c.full[:1] == key for c in fuller if not _surname_of_person(key, c))
    return persons if len(persons) == 1 and opened else fuller


def _read_as_person(span: Span, surname: bool) -> bool:
    """Whether the model took a name for a person's or a courtesy title opens it (``surname``: "Mr Varrow")."""
    return surname or span.label_ == "PERSON"


def _no_first_name(key: tuple[str, ...], gazetteer: Gazetteer) -> bool:
    """Whether ``key`` is one word that no first name is (a surname, read alone, of no one's first name)."""
    return len(key) == 1 and not gazetteer.is_first_name(key[0])


def _surname_of_person(key: tuple[str, ...], cluster: Cluster) -> bool:
    """Whether ``key`` is the last word of the full name of a person named with more than it."""
    return len(cluster.full) > 1 and cluster.full[-1:] == key and cluster.person()


def _body_tail(key: tuple[str, ...], cluster: Cluster) -> bool:
    """Whether ``key`` is only the tail of ``cluster``'s name, an organisation's (see _organization_tail) or a name
    the model took for one that opens with a first name (see _surname_read_as_tail)."""
    return cluster.full[:len(key)] != key and not any(s.label_ == "PERSON" for s in cluster.spans)


def _surname_read_as_tail(key: tuple[str, ...], cluster: Cluster) -> bool:
    """Whether ``key`` is only the tail of ``cluster``'s name, which the model took for an organisation's, that opens
    with a first name: a person's surname ("Bellam" of "Jordan Bellam"), or a firm's named after its founder."""
    return _body_tail(key, cluster) and bool(cluster.first_named)


def _tail_barred(span: Span, key: tuple[str, ...], cluster: Cluster, surname: bool, tokens: Tokens) -> bool:
    """Whether ``key``, only the last words of an organisation's name (see _organization_tail), may not stand for it
    here: after a courtesy title ("Mr Courier"), as a place or a people the model named, or written before the full
    name (a news text names a body in full first). The surname of a name that opens with a first name (a person's
    the model took for an organisation's: "Bellam" of "Jordan Bellam") stands for it only where the model took it for
    a person's or a courtesy title opens it ("Mr Bellam"; a firm named after a person, "Disney" of "Walt Disney", is
    an organisation's), and may come before the full name in a headline run into its sentence or before it (see
    _in_headline)."""
    first = min(s.start for s in cluster.spans)
    if _surname_read_as_tail(key, cluster):
        person = span.label_ == "PERSON" or surname
        return not person or (span.start < first and not _in_headline(span.start, first, tokens))
    if not _body_tail(key, cluster):
        return False  # a first part, or a person's surname (see _short_form_of)
    return surname or span.label_ not in _BODY_LABELS or span.start < first


def _organization_tail(form: tuple[str, ...], key: tuple[str, ...], span: Span, gazetteer: Gazetteer,
                       written: set[tuple[str, ...]]) -> bool:
    """Whether ``form``, the last words of an organisation's name ``key``, may name it in the document ("the
    Courier" of "the Sunday Courier"): the words before it are singular proper nouns and no first name (no headline
    word or descriptor run into the name: "Bookmakers X", "Singer Tom X") that the document never writes as a name of
    their own (``written``: two names run together, "Arno Kelby"), and the name opens no event's name; the form is no
    name of its own (an acronym of other letters), no kind of body alone ("Party", "Committee", "International") and
    no organisation the gazetteer knows by that name ("Labour" is not "Kelby Labour")."""
    rest = key[:-len(form)]
    if span.label_ != "ORG" or form != key[-len(form):] or form == key[:len(form)] or rest in written:
        return False
    text = " ".join(form)
    return _proper_name_opening(span, len(key), len(rest), gazetteer) and not _other_acronym(form, key) \
        and text.lower() not in gazetteer.generic_words and text.lower() not in gazetteer.organization_words \
        and not gazetteer.organization(text) and text not in gazetteer.demonym_organizations


def _proper_name_opening(span: Span, size: int, opening: int, gazetteer: Gazetteer) -> bool:
    """Whether the first ``opening`` of the ``size`` words of a name are singular proper nouns, no first name and
    no word ending in "s" (a plural descriptor a headline capitalised: "Promoters X", "Bookmakers X"), and the name
    opens no event's name ("the Interactive Kelby awards")."""
    if span.root.head.lower_ in gazetteer.event_words:
        return False
    words = [t for t in span if t.is_alpha]
    return len(words) == size and all(t.tag_ == "NNP" and not gazetteer.is_first_name(t.text)
                                      and not t.text.endswith("s") for t in words[:opening])


def _parent_named_first(span: Span, cluster: Cluster, tokens: Tokens) -> bool:
    """Whether a name is written in a sentence before the first that names the longer organisation's name it opens
    ("Velcor is to close a plant. ... the Velcor Engines plant"): a news text names an actor in full first, so the
    short name is an actor of its own, the parent of the longer name's unit, not a short form of it. A headline
    run into the sentence that names the actor in full ("Velcor cuts jobs Velcor Group has ...") is one sentence. Only
    a name the model read as an organisation's: a town it took for a person ("Tarnby's constituency association")
    may stand for the longer name."""
    first = min(s.start for s in cluster.spans)
    return (span.start < first and span.label_ == "ORG" and not cluster.person()
            and tokens.sentence_of[span.start] < tokens.sentence_of[first])


def _named_after(span: Span, key: tuple[str, ...], cluster: Cluster, gazetteer: Gazetteer) -> bool:
    """Whether a person's full name only opens the name of an organisation named after them ("Ann Hale" of
    "the Ann Hale Party"): the person is not the organisation."""
    return span.label_ == "PERSON" and len(key) > 1 and cluster.full[-1].lower() in gazetteer.organization_heads


def _all_names(keyed: list[tuple[tuple[str, ...], Span]]) -> set[tuple[str, ...]]:
    return {key for key, _ in keyed}


def _not_persons_names(keyed: list[tuple[tuple[str, ...], Span]]) -> set[tuple[str, ...]]:
    """The keys of the names the model never took for a person's (see _maker_of_named), of the document's names
    ``keyed`` by their ``name_key``: a surname written alone is no product ("Harinordoquy" beside a full name the
    model took for an organisation's), nor is a person's name the model took for an organisation's somewhere
    ("Philip Hale" read once as an organisation)."""
    persons = {key for key, span in keyed if span.label_ == "PERSON"}
    return {key for key, _ in keyed if key not in persons}


def _maker_of_named(form: tuple[str, ...], key: tuple[str, ...], written: set[tuple[str, ...]]) -> bool:
    """Whether ``form`` opens a name, never a person's, whose other words the document writes as a name of their own
    (``written``: see _not_persons_names): a product named with its maker ("Veltron Zenbox" beside "the Zenbox"), a
    company with its parent ("Sony Ericsson" beside "Ericsson"). The first words name the maker or the parent, never
    this actor."""
    return form == key[:len(form)] and key in written and key[len(form):] in written


def _short_form_of(form: tuple[str, ...], key: tuple[str, ...], span: Span, gazetteer: Gazetteer,
                   written: set[tuple[str, ...]] = frozenset(), named: set[tuple[str, ...]] = frozenset()) -> bool:
    """Whether ``form`` may name the actor whose full name is ``key`` (see ``clustered`` and _organization_tail;
    ``written``: the keys of the document's names no person's, ``named``: of all its names): any first or last
    part of a person's name, and the last word of a name the model took for an organisation's that reads as a
    person's (see _person_read_as_organization)."""
    if _organization_tail(form, key, span, gazetteer, named):
        return True
    return not _other_acronym(form, key) and not _model_after(form, key) \
        and (span.label_ == "PERSON" or form == key[:len(form)] or _person_read_as_organization(form, key, gazetteer)) \
        and not _maker_of_named(form, key, written)


def _person_read_as_organization(form: tuple[str, ...], key: tuple[str, ...], gazetteer: Gazetteer) -> bool:
    """Whether ``form`` is the surname of ``key``, a name of words written as names are (capitalised: no "&") that
    opens with a first name and holds no organisation's word ("Bellam" of "Jordan Bellam"): the model's guess of an
    organisation's name does not keep the person's surname from naming the person."""
    return len(form) == 1 and len(key) > 1 and form == key[-1:] and all(word[:1].isupper() for word in key) \
        and first_named(key, gazetteer)


def _model_after(form: tuple[str, ...], key: tuple[str, ...]) -> bool:
    """Whether the words of ``key`` after its first part ``form`` hold a model code ("T400s", "747", "E190"): a
    product named after its maker ("Tarrow T400s"), whose first word names the maker, never the product."""
    return form == key[:len(form)] and any(char.isdigit() for word in key[len(form):] for char in word)


def _other_acronym(form: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether a short form is an acronym that does not spell the full name's initials: another organisation's
    name inside this one ("UFAL" in "Joint Task Group to Resist UFAL"), never its short form."""
    return len(form) == 1 and is_acronym(form[0]) and not initials_of(form[0], " ".join(full))


def defined_acronyms(names: list[Span], gazetteer: Gazetteer, tokens: Tokens) -> dict[tuple[str, ...],
                                                                                  tuple[str, ...]]:
    """Acronyms the text defines in brackets after a name ("General Motors (GM)"), each with that name: of its
    initials, or any acronym after a name with an organisation word, which may be of the name in its own language
    ("Chilean Institute for Mining and Energy (INME)"). ``tokens``: the document's, whose words are read."""
    found: dict[tuple[str, ...], tuple[str, ...]] = {}
    words = tokens.words
    for span in names:
        end = span.end
        if end + 2 < len(words) and words[end] == "(" and words[end + 2] == ")" \
                and _defines(words[end + 1], span, gazetteer):
            found[(words[end + 1],)] = name_key(span_text(span))
    return {**_spelt_out(names, found), **found}


def _spelt_out(names: list[Span], defined: dict[tuple[str, ...], tuple[str, ...]]) -> dict[tuple[str, ...],
                                                                                        tuple[str, ...]]:
    """Acronyms the text writes but does not define, each with the one name of the text (no person's) whose initials
    it spells: "the World Tourism Organisation ... the WTO said" is that organisation, whatever else the letters may
    stand for elsewhere."""
    found = {}
    keyed = _keyed(names)
    for key in {key for _, key in keyed} - set(defined):
        spelt = _names_spelt(key, keyed)
        if len(spelt) == 1:
            found[key] = next(iter(spelt.values()))
    return found


def _keyed(names: Iterable[Span]) -> list[tuple[str, tuple[str, ...]]]:
    """The label and the words (``name_key``) of each name, read once: each acronym is matched against every name
    (``Span.text`` makes the span's tokens anew at each read)."""
    return [(span.label_, name_key(span_text(span))) for span in names]


def _names_spelt(key: tuple[str, ...], names: list[tuple[str, tuple[str, ...]]]) -> dict[tuple[str, ...],
                                                                                       tuple[str, ...]]:
    """The longer names of ``names`` (label and words, see ``_keyed``; no person's) whose initials the one-word
    acronym ``key`` spells (see _spells), by their words without "the"."""
    if not _one_acronym(key):
        return {}
    bare = _without_article(key)
    found = {}
    for label, longer in names:
        if label != "PERSON" and _spells(bare[0], _without_article(longer)):
            found.setdefault(_without_article(longer), longer)
    return found


def _one_acronym(key: tuple[str, ...]) -> bool:
    """Whether a name's words (after "the") are one acronym ("WTO", "the WTO")."""
    bare = _without_article(key)
    return len(bare) == 1 and is_acronym(bare[0])


def _spells(acronym: str, words: tuple[str, ...]) -> bool:
    """Whether ``words`` are a name of words alone (no number, no bracket: "BMW 1", "Avions de Transport (ATR") whose
    initials the acronym spells, the acronym not among them."""
    return (len(words) > 1 and acronym not in words and all(w[:1].isalpha() or w == "&" for w in words)
            and abbreviates(acronym, words))


def _without_article(key: tuple[str, ...]) -> tuple[str, ...]:
    return key[1:] if key and key[0].lower() == "the" else key


def acronyms_spelt_here(settled: list[tuple], names: list[Span]) -> list[tuple]:
    """``settled`` (span, kind, entity, place) without the acronyms the gazetteer settled that spell the one other
    name the text writes ("WTO", known as the World Trade Organization, in a text that names the World Tourism
    Organisation; not one spelt another way, "the Securities & Exchange Commission"): those spans join ``names``, to
    be clustered with that name (see _spelt_out)."""
    keys = [name_key(span_text(item[0])) for item in settled]
    if not any(_one_acronym(key) for key in keys):
        return list(settled)  # no acronym settled (many documents): no name read for its initials
    kept = []
    keyed = _keyed([*names, *(other[0] for other in settled)])  # the names joined below are among the settled
    for item, key in zip(settled, keys, strict=True):
        spelt = _names_spelt(key, keyed)
        if len(spelt) == 1 and not _spelt_alike(next(iter(spelt)), _without_article(name_key(item[2].label))):
            names.append(item[0])
        else:
            kept.append(item)
    return kept


def _spelt_alike(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether two names are one written two ways: word by word alike in their first five letters, "&" as "and"
    ("Organisation" and "Organization")."""
    def words(key: tuple[str, ...]) -> list[str]:
        return [("and" if w == "&" else w.lower())[:5] for w in key]
    return words(one) == words(other)


def _defines(acronym: str, span: Span, gazetteer: Gazetteer) -> bool:
    """Whether the acronym spells the name's initials, or the name has an organisation's word and the acronym
    spells the initials of no longer name that the words before it would make (of which the span would be a cut:
    "Post Company" of "Iraqi Telecommunications and Post Company (ITPC)")."""
    words = name_key(span_text(span))
    if abbreviates(acronym, words):
        return True
    named = len(words) > 1 and any(word.lower() in gazetteer.organization_words for word in words)
    longer = (name_key(span.doc[start:span.end].text) for start in range(max(0, span.start - 8), span.start))
    return named and acronym.isalpha() and is_acronym(acronym) and not any(abbreviates(acronym, w) for w in longer)


def abbreviates(acronym: str, words: tuple[str, ...]) -> bool:
    """Whether ``acronym`` is made of the initials of ``words``, of their capitalised words only ("CBI" of
    "Confederation of British Industry"), a word in capitals counting whole ("UKIP")."""
    if not (acronym.isalpha() and acronym.isupper() and 2 <= len(acronym) <= 8 and len(words) > 1):
        return False
    capitalised = "".join(w if w.isupper() else w[0] for w in words if w[:1].isupper())
    return acronym in (capitalised, "".join(w[0].upper() for w in words))


def short_names(tokens: Tokens, taken: set[int], clusters: list[Cluster]) -> list[Span]:
    """Bare surnames of a person already named in full, acronyms the text defined for an organization and
    organizations named by an acronym, wherever the model missed them ("Keir Starmer ... Starmer later
    criticized"; "JNIM" read as a number); each joins its cluster. A first name alone is no short name."""
    parts: dict[str, list[tuple[Cluster, str]]] = {}
    for cluster in clusters:
        for form, label in _short_forms_of(cluster):
            parts.setdefault(form, []).append((cluster, label))
    if not parts:
        return []
    found = []
    for token in tokens.with_text(parts):
        owners = parts[token.text]
        if token.i in taken or len(owners) != 1 or token.pos_ not in ("PROPN", "NOUN"):
            continue
        cluster, label = owners[0]
        span = Span(tokens.doc, token.i, token.i + 1, label=label)
        cluster.add([span])
        found.append(span)
    return found


def _short_forms_of(cluster: Cluster) -> list[tuple[str, str]]:
    """(short form, NER label) a cluster goes by: a person's surname, a defined acronym, the acronym that is its
    whole name."""
    full, forms = cluster.full, []
    if len(full) > 1 and cluster.person():
        forms.append((full[-1], "PERSON"))
    if cluster.acronym:
        forms.append((cluster.acronym, "ORG"))
    if len(full) == 1 and is_acronym(full[0]) and not cluster.person() and full[0] != cluster.acronym:
        forms.append((full[0], "ORG"))
    return forms


# Pronouns and gender

_PLURAL_TAGS = frozenset(["NNS", "NNPS"])
_NOT_ACTORS = frozenset(["DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"])
_PLACE_PREPOSITIONS = frozenset(["in", "at"])  # as extract/time_place reads a place
_PLEONASTIC_HEADS = frozenset(["be", "seem", "appear", "become", "remain", "take", "matter"])  # "it is clear"


_SUBJECTS = frozenset(["nsubj", "nsubjpass"])
_OBJECTS = frozenset(["dobj", "dative"])


@dataclass(frozen=True, kw_only=True)
class _Context:
    """What resolving a document's pronouns reads besides the history: the persons' genders, the quoted tokens,
    each token's sentence, the mentions by token (``named``), the lexicon's nouns of one person and of people, and
    the pronouns resolved so far (``said``)."""

    genders: dict[str, str]
    quoted: frozenset[int]
    sentence_of: Sequence[int]
    named: dict[int, Mention]
    tokens: Tokens  # the document's
    person_nouns: frozenset[str] = frozenset()  # nouns of one unnamed person ("spokesman"), see _someone
    people_nouns: frozenset[str] = frozenset()  # nouns of people, a family among them ("wife"), see _someone
    reason_verbs: frozenset[str] = frozenset()  # verbs of thanks, praise or blame (kg:ReasonVerb), see _judged
    control_verbs: frozenset[str] = frozenset()  # verbs of object control (kg:ObjectControl), see _controller
    feeling_words: frozenset[str] = frozenset()  # words of one's own feeling (kg:FeelingWord), see _own_feeling
    mouthpieces: frozenset[str] = frozenset()  # titles of one of many who speak for a body (kg:MouthpieceTitle)
    said: dict[int, Mention] = field(default_factory=dict)
    spoken: dict[int, _Pronoun] = field(default_factory=dict)  # he/she so far, resolved or not, see _voiced_other

    def at(self, i: int) -> Mention | None:
        return self.named.get(i) or self.said.get(i)


class _Seen(NamedTuple):
    """A noun phrase in the pronoun history: where it stands, the mention it is (None: a noun that is no actor,
    or a coordination of actors), its subject rank, for it/they its number ("singular", "plural" or None), and
    whether it is an unnamed person who is a subject (``someone``: "a spokesman said", see ``_someone``). A named
    tuple, made in half the time of a frozen dataclass: the history holds one for every noun of the document."""

    i: int
    mention: Mention | None
    rank: int
    number: str | None
    someone: bool = False

    @property
    def identity(self) -> str:
        return self.mention.entity.id if self.mention is not None else f"#{self.i}"


@dataclass(frozen=True)
class _Pronoun:
    """What a pronoun can refer to: a person not of the ``contrary`` gender (he/she), or an actor of a number."""

    number: str | None
    contrary: str | None = None

    @property
    def gender(self) -> str | None:
        """The gender of he or she, the one its ``contrary`` is not; None for it and they."""
        return {"female": "male", "male": "female"}.get(self.contrary or "")

    def fits(self, seen: _Seen, genders: dict[str, str]) -> bool:
        mention = seen.mention
        if mention is None:
            return False
        if self.number is None:
            return mention.entity.type == "Person" and genders.get(mention.entity.id) != self.contrary
        return seen.number == self.number

    def blocked_by(self, seen: _Seen) -> bool:
        """Whether ``seen``, when it wins, leaves the pronoun unresolved: for it/they a noun phrase of their number
        that no actor stands for ("the talks ... they"); for he/she a place as a subject, most likely a person's
        name read as a place ("Preston, touring the north, said he"), or an unnamed person as a subject ("A
        spokesman said ... He added", "a spokesman said he" are not of a person named before)."""
        if self.number is None:
            place = seen.mention is not None and seen.mention.entity.type == "Place"
            return (seen.rank > 0 and place) or seen.someone
        return seen.mention is None and seen.number == self.number


_MALE = _Pronoun(None, "female")
_FEMALE = _Pronoun(None, "male")
_SINGULAR = _Pronoun("singular")
_PLURAL = _Pronoun("plural")
_PRONOUNS = {**dict.fromkeys("he him his himself".split(), _MALE),
             **dict.fromkeys("she her hers herself".split(), _FEMALE),
             **dict.fromkeys("it its itself".split(), _SINGULAR),
             **dict.fromkeys("they them their theirs themselves".split(), _PLURAL)}


def may_refer(pronoun: str, entity: Entity, known: dict[str, str]) -> bool:
    """Whether he or she may stand for ``entity`` (a person not of the other gender, by ``known``: see ``genders``);
    any other word may."""
    found = _PRONOUNS.get(pronoun.lower())
    if found is None or found.number is not None:
        return True
    return entity.type == "Person" and known.get(entity.id) != found.contrary


def genders(tokens: Tokens, mentions: list[Mention], gazetteer: Gazetteer) -> dict[str, str]:
    """Gender of each person where a title ("Mrs", "King") before any of its mentions tells it, else where its
    first name does: the title is the article's word, the first name a guess ("Deputy Mayor Nicky Gavron ... Ms
    Gavron" is a woman)."""
    persons = [m for m in mentions if m.entity.type == "Person"]
    found: dict[str, str] = {}
    for mention in persons:
        gender = _titled_gender(tokens, tokens.at_char.get(mention.start, 0), gazetteer)
        if gender:
            found.setdefault(mention.entity.id, gender)
    for mention in persons:
        label = mention.entity.label
        if mention.entity.id not in found and len(label.split()) > 1:
            gender = gazetteer.gender_of_first_name(label.split()[0])
            if gender:
                found[mention.entity.id] = gender
    return found


def stated_gender(entity: Entity, tokens: Tokens, mentions: Iterable[Mention], gazetteer: Gazetteer) -> str | None:
    """The gender a document states of a person: by a title before its full name ("Mrs Dana Holm", "King"; not one
    before a surname alone, which a relative may share: "his wife, Mrs Pellik") or by a he or she resolved to it, when
    they agree; None where none states it or they disagree. Not the first name's guess that ``genders`` falls back on
    ("Dana" may be either)."""
    found = set()
    for mention in mentions:
        first = tokens.at_char.get(mention.start) if mention.entity.id == entity.id else None
        if first is None:
            continue
        pronoun = _PRONOUNS.get(tokens.lower[first]) if mention.kind == "pronoun" else None
        titled = mention.text == entity.label and _titled_gender(tokens, first, gazetteer)
        found.add(pronoun.gender if pronoun else titled or None)
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _titled_gender(tokens: Tokens, first: int, gazetteer: Gazetteer) -> str | None:
    """The gender a title in the two words before token ``first`` says."""
    titles = (gazetteer.gender_titles.get(word) for word in tokens.lower[max(0, first - 2):first])
    return next((g for g in titles if g), None)


def subject_rank(tokens: Tokens, i: int) -> int:
    """2 for the subject of a sentence's main verb, 1 for another subject or a passive's agent (the doer: "was
    denied by Ann Lee"), 0 otherwise: of token ``i``, read from the document's ``tokens`` (labels and heads by
    index, no Token made)."""
    dep, head = tokens.dep, tokens.head
    if dep[i] == "appos" or dep[i] == "compound":
        i = head[i]
    if dep[i] == "pobj" and dep[head[i]] == "agent":
        return 1
    if dep[i] not in _SUBJECTS:
        return 0
    return 2 if dep[head[i]] == "ROOT" else 1


_SENTENCES_BACK = 2
"""How many sentences before its own a pronoun looks back on for its antecedent."""


def within_two_sentences(history: list[_Seen], sentence_of: Sequence[int], here: int) -> list[_Seen]:
    """The end of ``history`` (in text order) that lies in sentence ``here`` or the two before it, read from
    the end so a long article costs no more per pronoun than a short one."""
    start = len(history)
    while start > 0 and here - sentence_of[history[start - 1].i] <= _SENTENCES_BACK:
        start -= 1
    return history[start:]


def plural_actors(tokens: Tokens, by_token: dict[int, Mention]) -> set[str]:
    """Organisations the document treats as plural: named with a plural noun last that heads the name ("the
    Liberal Democrats", not "the Fishing and Moorland Authority" nor "the House of Lords") or the subject of a
    plural verb ("the Taliban have", "Labour are")."""
    found: set[str] = set()
    for i, mention in by_token.items():
        if mention.entity.type not in ("Organization", "Group") or _named_through_members(mention):
            continue
        token = tokens[i]
        if _plural_head(token, mention, by_token) or (token.dep_ in _SUBJECTS
                                                      and _plural_verb(token.head)):
            found.add(mention.entity.id)
    return found


def _named_through_members(mention: Mention) -> bool:
    """A collective phrase that names an organisation by its members ("Harbour Party MPs" is the party): the plural
    is the members', no sign that the document treats the organisation as plural (its "it" stays the party's). An
    unowned collective ("the rebels", "MPs") is an entity of its own, scoped to the document."""
    return mention.kind == "collective" and not mention.entity.scope and mention.entity.owner is None


def _plural_head(token: Token, mention: Mention, by_token: dict[int, Mention]) -> bool:
    """Whether ``token`` is a plural noun that is both the last word of its mention and its head word (the head
    of "Lords" in "House of Lords" is inside the name)."""
    last = by_token.get(token.i + 1) is not mention
    heads = token.head.i == token.i or by_token.get(token.head.i) is not mention
    return last and heads and token.tag_ in _PLURAL_TAGS


def _plural_verb(verb: Token) -> bool:
    """Whether a verb, or an auxiliary of it, is in the plural present ("say", "have said", "were")."""
    return any(t.tag_ == "VBP" or t.lower_ in ("were", "are") for t in [verb, *dependents(verb)]
               if t is verb or t.dep_ in ("aux", "auxpass"))


def resolve_pronouns(tokens: Tokens, document: Document, by_token: dict[int, Mention],
                     gazetteer: Gazetteer, person_nouns: frozenset[str] = frozenset(),
                     people_nouns: frozenset[str] = frozenset(),
                     reason_verbs: frozenset[str] = frozenset(),
                     control_verbs: frozenset[str] = frozenset(),
                     feeling_words: frozenset[str] = frozenset(), *,
                     mouthpieces: frozenset[str] = frozenset()) -> list[Mention]:
    """Link personal pronouns to the most recent fitting actor within the last two sentences.

    he/she/him/his/her: a person, never one whose title or first name says the other gender. it/its: a country,
    an organisation or a collective actor named in the singular. they/them/their: an organisation named in the
    plural or agreeing with a plural verb, a group, a country's people ("the Russians"), or a collective actor
    named in the plural. Within the pronoun's own sentence the nearest subject wins ("Putin had shown no
    willingness despite his meeting"); from an earlier sentence, the subject of its main verb ("Trump complained
    that Putin ... But he has also chided").

    Left unresolved rather than guessed: when the winner is a noun of the pronoun's number that no actor stands
    for ("The talks failed. They ..."), or a coordination of actors ("Russia and China said they"); when two
    different candidates rank equally in the deciding sentence (two objects, say); and for it/they, when the
    deciding sentence has two different subjects that could be meant ("NATO warned and the EU agreed. It ...").
    he/she are left alone, too, when the winner is a place as a subject, most likely a name misread as a place,
    or a noun of one unnamed person newly introduced as a subject (of ``person_nouns``: "A spokesman said ... He
    added"; of ``mouthpieces`` also with "the" when no holder is named: "The Tory spokesman said ... He added"),
    whom no name tells, or a person of someone's family as a subject (of ``people_nouns``, ``Lexicon.people_nouns``:
    "The minister's wife praised X. The Tories said she ..." is not the minister). A possessive in the "for"
    phrase of a verb of thanks, praise or blame (``reason_verbs``) is of its object when it fits ("Chile thanked
    Peru for its support": Peru's). A possessive on the object of an infinitive that a verb of object control
    (``control_verbs``, kg:ObjectControl) completes is of the one the verb controls when it fits ("Ghana urged Togo
    to halt its raids on X": Togo's, who is to halt them).
    "it" as the empty subject of "it is", "it seems" is no pronoun of an actor. A resolved pronoun joins the
    history as a mention of its actor, an unresolved it/they as a noun that blocks later ones.
    """
    context = _Context(genders=genders(tokens, list({m.start: m for m in by_token.values()}.values()), gazetteer),
                       quoted=_quoted(tokens), sentence_of=tokens.sentence_of, named=by_token, tokens=tokens,
                       person_nouns=person_nouns, people_nouns=people_nouns, reason_verbs=reason_verbs,
                       control_verbs=control_verbs, feeling_words=feeling_words, mouthpieces=mouthpieces)
    plural = plural_actors(tokens, by_token)
    history: list[_Seen] = []
    resolved: list[Mention] = []
    for i in _phrase_heads(tokens, by_token):
        mention = by_token.get(i)
        pronoun = _PRONOUNS.get(tokens.lower[i]) if mention is None and tokens.pos[i] == "PRON" else None
        if pronoun is None:
            if _may_be_remembered(i, mention, tokens):
                _remember(tokens[i], mention, context, plural, history)
        elif not _pleonastic(token := tokens[i]):
            antecedent = _antecedent(token, pronoun, history, context)
            found = None if antecedent is None else Mention(
                doc_id=document.id, start=token.idx, end=token.idx + len(token.text), text=token.text,
                kind="pronoun", entity=antecedent.entity)
            resolved += _follow(tokens, token, pronoun, found, history)
            _note(token, pronoun, found, context)
    return resolved


def _note(token: Token, pronoun: _Pronoun, found: Mention | None, context: _Context) -> None:
    """Keep a pronoun's resolution (``said``) and, for he or she, the pronoun itself, resolved or not (``spoken``)."""
    if found is not None:
        context.said[token.i] = found
    if pronoun.number is None:
        context.spoken[token.i] = pronoun


def _phrase_heads(tokens: Tokens, by_token: dict[int, Mention]) -> list[int]:
    """The places of the tokens the pronoun pass reads, in text order: the mentions' tokens, nouns and pronouns (no
    other token heads a phrase it remembers or is a pronoun), in the sentences some pronoun looks back on (see
    _heard_sentences): a phrase of any other sentence would join the history and never be read."""
    heard = _heard_sentences(tokens)
    sentence_of = tokens.sentence_of
    found = {*tokens.places_with_pos("NOUN", "PROPN", "PRON"), *by_token}
    return [i for i in sorted(found) if sentence_of[i] in heard]


def _heard_sentences(tokens: Tokens) -> set[int]:
    """The sentences a pronoun of the document looks back on: its own and the ``_SENTENCES_BACK`` before it
    (see within_two_sentences), of every word written as a pronoun."""
    said = {tokens.sentence_of[token.i] for token in tokens.with_word(*_PRONOUNS)}
    return {number - back for number in said for back in range(_SENTENCES_BACK + 1)}


def _heard(window: list[_Seen], i: int, quoted: frozenset[int]) -> list[_Seen]:
    """What a pronoun at token ``i`` may look back on in its window of the history: inside a quotation all of it,
    outside only what the narrative itself names (see _quoted)."""
    return window if i in quoted else [seen for seen in window if seen.i not in quoted]


def _quoted(tokens: Tokens) -> frozenset[int]:
    """The tokens inside quotation marks (from an opening mark to the closing one or the paragraph's end): a name
    said there is no antecedent of a pronoun the narrative says outside them ('Mr X said: "Y is great." ... And he
    branded ...' is X)."""
    tags = tokens.tag
    marks = sorted({i for i, tag in enumerate(tags) if tag in ("``", "''")} | tokens.line_breaks)
    found: set[int] = set()
    for mark, after in zip(marks, [*marks[1:], len(tags)][:len(marks)], strict=True):
        if tags[mark] == "``":  # what follows an opening mark up to the next mark or line break is quoted
            found.update(range(mark + 1, after))
    return frozenset(found)


def _follow(tokens: Tokens, token: Token, pronoun: _Pronoun, found: Mention | None,
            history: list[_Seen]) -> list[Mention]:
    """Add a pronoun to the history (resolved, as its actor's mention; an unresolved it/they as a phrase that
    blocks later ones) and return its mention, if any."""
    if found is not None or pronoun.number is not None:
        history.append(_Seen(i=token.i, mention=found, rank=subject_rank(tokens, token.i), number=pronoun.number))
    return [found] if found is not None else []


def _may_be_remembered(i: int, mention: Mention | None, tokens: Tokens) -> bool:
    """Whether token ``i`` may head a phrase ``_remember`` keeps (read from Tokens' arrays: most tokens are none):
    no compound, and a mention's or a noun that is no date or quantity."""
    return tokens.dep[i] != "compound" and (mention is not None or (
        tokens.pos[i] in ("NOUN", "PROPN") and tokens.ent_type[i] not in _NOT_ACTORS))


def _remember(token: Token, mention: Mention | None, context: _Context, plural: set[str],
              history: list[_Seen]) -> None:
    """Add the noun phrase headed at ``token`` to the history: an actor's mention at its head word, a
    coordination of actors or a noun that is no actor as a phrase that can only block a pronoun. ``plural``: the
    actors the document treats as plural."""
    by_token, i = context.named, token.i  # the caller left out the rest (see _may_be_remembered)
    if mention is not None:
        head = context.tokens.head[i]
        if head != i and by_token.get(head) is mention:
            return  # not the head word of its mention
        if _coordinated(i, context.tokens):
            history.append(_Seen(i=i, mention=None, rank=subject_rank(context.tokens, i), number="plural"))
            return
    number = _number(i, mention, plural, context.tokens)
    history.append(_Seen(i=i, mention=mention, rank=subject_rank(context.tokens, i), number=number,
                         someone=_someone(token, mention, context)))


def _someone(token: Token, mention: Mention | None, context: _Context) -> bool:
    """A singular noun of one person (of ``context.person_nouns``) newly introduced ("a", "an") as a subject that
    names no person, has no name beside it and speaks for no person named in its phrase ("a spokesman said", "a
    Foreign Office official added"; not "a spokesman, Tom Reed, said", "a spokesman for Tom Reed", nor "the
    minister", who may be the person named before; but "the Tory spokesman", see ``_introduced``); or a noun of
    people (``context.people_nouns``: "wife", "son") with an owner, someone other than the owner ("the minister's
    wife said"; not "his wife, Ann Reed, said")."""
    tokens, i = context.tokens, token.i  # labels read from the document's arrays: most nouns are no subject
    if tokens.tag[i] != "NN" or tokens.dep[i] not in _SUBJECTS or _a_person(mention):
        return False
    lemma = token.lemma_.lower()
    if lemma in context.people_nouns and _owned(token):
        return not any(c.dep_ == "appos" for c in dependents(token))
    return lemma in context.person_nouns and _introduced(token, context.mouthpieces) and not _tells_a_person(
        token, context)


def _tells_a_person(noun: Token, context: _Context) -> bool:
    """Whether a person's name stands beside the noun or in its phrase ("a spokesman, Tom Reed,", "a spokesman
    for Tom Reed")."""
    return any(c.dep_ == "appos" or _a_person(context.at(t.i)) for c in dependents(noun) for t in c.subtree)


def _owned(noun: Token) -> bool:
    """A noun with an owner ("the minister's wife", "his son"), not in a relative clause ("X, whose husband was
    killed, said she ...": the clause only describes X, who stays the subject)."""
    return noun.head.dep_ != "relcl" and any(c.dep_ == "poss" and c.lower_ != "whose" for c in dependents(noun))


def _introduced(noun: Token, mouthpieces: frozenset[str]) -> bool:
    """A noun with "a" or "an": someone the text introduces; a spokesman (of ``mouthpieces``, kg:MouthpieceTitle)
    also with "the" when the roles stage found no holder for him ("the Tory spokesman said": one of the party's
    many, who has no node; a holder's description is a mention of that person and no noun read here)."""
    articles = ("a", "an", "the") if noun.lemma_.lower() in mouthpieces else ("a", "an")
    return any(c.dep_ == "det" and c.lower_ in articles for c in dependents(noun))


def _a_person(mention: Mention | None) -> bool:
    return mention is not None and mention.entity.type == "Person"



def _coordinated(i: int, tokens: Tokens) -> bool:
    """Whether the actor at token ``i`` is one of two or more coordinated noun phrases ("Russia and China"), read
    from the document's ``tokens``."""
    if tokens.dep[i] == "conj" and tokens.pos[tokens.head[i]] in ("NOUN", "PROPN"):
        return True
    return any(tokens.pos[c.i] in ("NOUN", "PROPN") for c in children(tokens[i], "conj"))


def _number(i: int, mention: Mention | None, plural: set[str], tokens: Tokens) -> str | None:
    """The number of the phrase at token ``i`` as an antecedent of it/they: None for a person or a place, which
    neither takes (its labels read from the document's ``tokens``)."""
    grammatical = _grammatical(tokens.tag[i], mention, plural)
    if mention is None:
        return grammatical
    if tokens.dep[i] == "pobj" and tokens.lower[tokens.head[i]] in _PLACE_PREPOSITIONS:
        return None  # "arrived in Cairo", "talks at the UN": a place here, not an actor
    if mention.kind == "collective" or mention.entity.type == "Organization":
        return grammatical
    if mention.kind == "demonym" or mention.entity.type == "Group":
        return "plural" if grammatical == "plural" else None
    return "singular" if mention.entity.type == "Country" else None


def _grammatical(tag: str, mention: Mention | None, plural: set[str]) -> str:
    """"plural" for a plural noun (its ``tag``) or an actor the document treats as plural, else "singular"."""
    return "plural" if tag in _PLURAL_TAGS or (mention and mention.entity.id in plural) else "singular"


def _pleonastic(token: Token) -> bool:
    """"it" with no referent: "it is clear that", "it seems", an expletive."""
    return token.lower_ == "it" and (token.dep_ == "expl" or (token.dep_ in _SUBJECTS
                                                             and token.head.lemma_ in _PLEONASTIC_HEADS))


def _antecedent(token: Token, pronoun: _Pronoun, history: list[_Seen], context: _Context) -> Mention | None:
    """The mention a pronoun at ``token`` refers to, or None (nothing fits, or no choice is safe); a name said in
    quoted tokens only for a pronoun said there too (see _heard). Never an actor of its own clause (see
    _clause_mates): in the pronoun's sentence the next one is taken ("Ann Hale said Rita Marsh had misled her"),
    from an earlier sentence none (no lesser phrase of that sentence is a safe guess)."""
    judged = _told_apart(token, pronoun, history, context)
    if judged is not None:
        return judged
    if _speaker_or_subject(token, context) or _own_feeling(token, pronoun, context):
        return None
    mates = _clause_mates(token, context)
    pool = _pool(token, pronoun, history, context, mates)
    if not any(seen.mention is not None for seen in pool):
        return None
    chosen = _nearest(pool, context.sentence_of, context.sentence_of[token.i], strict=pronoun.number is not None)
    if chosen is None or not pronoun.fits(chosen, context.genders) or _is_one_of(chosen, mates):
        return None
    return _unless_voiced_other(token, pronoun, chosen, context, mates)


def _told_apart(token: Token, pronoun: _Pronoun, history: list[_Seen], context: _Context) -> Mention | None:
    """The one the pronoun's own phrase or clause tells: a gloss (``_glossed``), the one judged or bidden
    (``_judged``), the one quoted (``_quoted_one``); else None."""
    return _glossed(token, context) or _judged(token, pronoun, history, context) \
        or _quoted_one(token, pronoun, history, context)


def _unless_voiced_other(token: Token, pronoun: _Pronoun, chosen: _Seen, context: _Context,
                         mates: set[str]) -> Mention | None:
    """The chosen antecedent's mention, unless an earlier speaker's own "he" contests it (see _voiced_other): then
    the mention that "he" was resolved to, if any and not one of the pronoun's clause mates."""
    other = _voiced_other(token, pronoun, chosen, context)
    if other is None:
        return chosen.mention
    meant = context.said.get(other)
    return None if meant is None or meant.entity.id in mates else meant


def _voiced_other(token: Token, pronoun: _Pronoun, chosen: _Seen, context: _Context) -> int | None:
    """Where the quotation of an earlier sentence's speaker said a he or she of the pronoun's gender that is not the
    speaker, when a he or she said inside quotation marks would be that speaker: the speaker's own "he" was someone
    else, whom a later quotation most likely goes on about ('Ann Hale said: "He has had a hard year." Rita Marsh
    said: "He is the best leader we have had"': not Ann Hale). The pronoun then means whom that "he" meant, or no
    one when it was left unresolved; None when nothing contests the speaker."""
    here = context.sentence_of[chosen.i]
    if token.i not in context.quoted or chosen.i in context.quoted or here == context.sentence_of[token.i]:
        return None
    return next((i for i, said in context.spoken.items()
                 if said is pronoun and i > chosen.i and _quoted_of_another(i, here, chosen, context)), None)


def _quoted_of_another(i: int, here: int, chosen: _Seen, context: _Context) -> bool:
    """Whether the he or she at token ``i`` is said inside quotation marks in sentence ``here`` and was not
    resolved to the chosen antecedent (so it meant someone else, or no one the text names)."""
    meant = context.said.get(i)
    return (i in context.quoted and context.sentence_of[i] == here
            and (meant is None or meant.entity.id != chosen.mention.entity.id))


_BRACKETS = {"(": ")", "[": "]"}


def _glossed(token: Token, context: _Context) -> Mention | None:
    """The actor a name in brackets right after the pronoun says it is, the writer's own gloss ('He (Hale) would be
    the one', 'He [Ann Hale] has never'); else None."""
    doc = token.doc
    after = token.i + 1
    if after + 2 >= len(doc) or doc[after].text not in _BRACKETS:
        return None
    mention = context.named.get(after + 1)
    if mention is None:
        return None
    close = next((t.i for t in doc[after + 2:after + 8] if t.text == _BRACKETS[doc[after].text]), None)
    return mention if close is not None and doc[close - 1].idx + len(doc[close - 1].text) <= mention.end else None


def _judged(token: Token, pronoun: _Pronoun, history: list[_Seen], context: _Context) -> Mention | None:
    """The one thanked, praised or blamed when a possessive pronoun stands in the "for" phrase of such a verb
    ("thanked Peru for its support", "criticised Mr Reed for his remarks"), or the one a verb of object control
    bids do what the pronoun's noun is the object of ("urged Togo to halt its raids"), when they fit; else None."""
    verb = _reason_verb(token, context.reason_verbs)
    objects = children(verb, "dobj") if verb is not None else _controller(token, context)
    return _fitting_one(objects, pronoun, history, context)


def _quoted_one(token: Token, pronoun: _Pronoun, history: list[_Seen], context: _Context) -> Mention | None:
    """The one whose words a participle of saying with no subject of its own gives, the object of the verb above it,
    when the pronoun is the subject of the clause said ("The Courier quoted Ann Hale telling members that she would
    stand", "quoted Ann Hale as saying she would stand": Ann Hale, not the paper that reports her), when it fits;
    else None."""
    if token.dep_ not in _SUBJECTS or token.head.dep_ != "ccomp":
        return None
    said = token.head.head
    above = said.head.head if said.dep_ == "pcomp" else said.head
    if said.tag_ != "VBG" or said.dep_ not in ("xcomp", "advcl", "pcomp") or children(said, *_SUBJECTS) \
            or above.pos_ != "VERB":
        return None
    return _fitting_one(children(above, "dobj"), pronoun, history, context)


def _fitting_one(objects: list[Token], pronoun: _Pronoun, history: list[_Seen], context: _Context) -> Mention | None:
    """The mention of the one word of ``objects`` when the pronoun fits it; None for none or more than one."""
    if len(objects) != 1:
        return None  # most pronouns: the history is not read (it grows with the article)
    seen = [s for s in history if s.i == objects[0].i]
    return seen[0].mention if seen and pronoun.fits(seen[0], context.genders) else None


def _controller(token: Token, context: _Context) -> list[Token]:
    """The object of the verb of object control whose "to" infinitive, with no subject of its own, has the noun a
    possessive pronoun stands on as its object ("urged Togo to halt its raids", "called on Togo to end its
    blockade": Togo); none elsewhere."""
    if token.dep_ != "poss":
        return []  # most pronouns: no head read
    verb = token.head.head
    if token.head.dep_ != "dobj" or not _bare_infinitive(verb):
        return []
    return _bidden(verb.head) if verb.head.lemma_ in context.control_verbs else []


def _bidden(verb: Token) -> list[Token]:
    """Whom a verb of object control bids: its direct object, or its "on" phrase's ("called on Togo")."""
    return children(verb, "dobj") or [o for p in children(verb, "prep") if p.lower_ == "on"
                                       for o in children(p, "pobj")]


def _bare_infinitive(verb: Token) -> bool:
    """A "to" infinitive completing the verb above with no subject of its own ("urged Togo to halt")."""
    return (verb.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in children(verb, "aux"))
            and not children(verb, *_SUBJECTS))


def _speaker_or_subject(token: Token, context: _Context) -> bool:
    """Whether a reflexive may mean the one who reports its clause as well as that clause's subject, so that no
    choice is safe: a reflexive that is no argument of a verb but stands in a noun's phrase ("meetings between
    himself and the mayor"), in a clause that a verb with a subject of its own reports ("The treasurer said Ms
    Dale was never at meetings between himself and the mayor": the treasurer's meetings). Not when the two are
    one ("Ms Dale said she ...")."""
    if not reflexive(token) or token.dep_ not in ("pobj", "conj"):
        return False
    word = token.head
    while word.pos_ not in ("VERB", "AUX") and word.head.i != word.i:
        if word.dep_ == "prep" and word.head.pos_ in ("NOUN", "PROPN"):
            return _two_voices(verb_above(word.head), context)
        word = word.head
    return False


_POSSESSIVES = {"she": "her", "he": "his"}


def _own_feeling(token: Token, pronoun: _Pronoun, context: _Context) -> bool:
    """Whether he or she is the subject of a feeling (kg:FeelingWord: "said she was shocked") in a clause a named
    person reports whose name says the other gender: the speaker most likely speaks of her own feeling and the name
    misled (a first name of either gender), so no earlier person is safe; not when the speaker is described as the
    pronoun's ("Tom Reed, her spokesman, said she was disappointed": she is another)."""
    clause = token.head
    if token.dep_ not in _SUBJECTS or clause.dep_ != "ccomp" or not _feeling(clause, context.feeling_words):
        return False
    speaker = _first_subject(clause.head)
    mention = context.at(speaker.i) if speaker is not None else None
    return (mention is not None and mention.entity.type == "Person" and pronoun.contrary is not None
            and context.genders.get(mention.entity.id) == pronoun.contrary
            and not _described_as_its(speaker, token))


def _described_as_its(speaker: Token, pronoun: Token) -> bool:
    """Whether the speaker's phrase holds the pronoun's possessive ("Tom Reed, her spokesman")."""
    possessive = _POSSESSIVES.get(pronoun.lower_)
    return any(w.dep_ == "poss" and w.lower_ == possessive for w in speaker.subtree)


def _feeling(clause: Token, words: frozenset[str]) -> bool:
    """Whether a clause's predicate is a word of feeling: its verb ("was shocked", read as a passive) or the
    adjective of its copula ("was appalled", "is delighted")."""
    return clause.lower_ in words or any(c.lower_ in words for c in children(clause, "acomp"))


def _two_voices(verb: Token, context: _Context) -> bool:
    """Whether a verb's clause is what a verb says, and its subject is an actor the reporter is not ("a union leader
    who said conflict between himself and X": the conflict is no actor, and "himself" is the nearest subject's)."""
    clause = verb.head if verb.pos_ == "AUX" and verb.dep_ != "ccomp" else verb
    if clause.dep_ != "ccomp":
        return False
    inner, outer = _first_subject(clause), _first_subject(clause.head)
    if inner is None or outer is None:
        return False
    one, other = context.at(inner.i), context.at(outer.i)
    return one is not None and (other is None or one.entity.id != other.entity.id)


def _first_subject(verb: Token) -> Token | None:
    return next((c for c in dependents(verb) if c.dep_ in _SUBJECTS), None)


def _reason_verb(token: Token, verbs: frozenset[str]) -> Token | None:
    """The verb of thanks, praise or blame whose "for" phrase a possessive pronoun stands in, or None."""
    if token.dep_ != "poss":
        return None  # most pronouns: no head read
    prep = token.head.head
    if token.head.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    return prep.head if prep.head.lemma_.lower() in verbs else None


def _pool(token: Token, pronoun: _Pronoun, history: list[_Seen], context: _Context, mates: set[str]) -> list[_Seen]:
    """The phrases of the pronoun's window it may refer to or that block it, but the actors of its own clause
    (``mates``) in its own sentence."""
    here = context.sentence_of[token.i]
    window = _heard(within_two_sentences(history, context.sentence_of, here), token.i, context.quoted)
    return [seen for seen in window if (pronoun.fits(seen, context.genders) or pronoun.blocked_by(seen))
            and not (context.sentence_of[seen.i] == here and _is_one_of(seen, mates))]


def _is_one_of(seen: _Seen, actors: set[str]) -> bool:
    return seen.mention is not None and seen.mention.entity.id in actors


def _clause_mates(token: Token, context: _Context) -> set[str]:
    """The actors a pronoun cannot be because they are its own verb's other end: the subject of the verb a him,
    her or them is the object of ("Ann Hale praised her" is not Ann Hale praising herself), the objects of the
    verb a he, she or they is the subject of ("he met Tom Reed" is not Tom Reed), and for such a subject the actors of
    a phrase that opens its clause, by name (see _fronted: "After his sacking, he" may be who "his" is); the speaker
    of a quotation the pronoun is said in (see _quoting); none for a reflexive."""
    if reflexive(token):
        return set()
    if token.dep_ in _SUBJECTS:
        fronted = {m.entity.id for w in _fronted(token.head, token) if (m := context.named.get(w.i)) is not None}
        ends = _objects(token.head)
    else:
        fronted = set()
        verb = _verb_of_object(token)
        ends = _subjects(verb) if verb is not None else []
    ends = [*ends, *_quoting(token, context)]
    return fronted | {mention.entity.id for end in ends if (mention := context.at(end.i)) is not None}


def _quoting(token: Token, context: _Context) -> list[Token]:
    """The subjects, outside the quotation marks, of the verb outside them that heads the sentence of a pronoun
    said inside them ('Ann Hale said: "If he is not fit ..."', '"He must play," said Ann Hale'): the speaker, who
    says "I" of herself, is no he or she of her own quotation."""
    if token.i not in context.quoted:
        return []
    root, head = token.i, context.tokens.head  # climbed by index: spaCy makes a new Token per access
    while head[root] != root:
        root = head[root]
    return [] if root in context.quoted else [s for s in _subjects(context.tokens[root]) if s.i not in context.quoted]


_FRONTED = frozenset(["prep", "advcl", "npadvmod"])  # phrases that may open a clause before its subject


def _fronted(verb: Token, pronoun: Token) -> list[Token]:
    """The words of the phrases that open a subject pronoun's clause before it, which the pronoun is not ("At a lunch
    hosted by Tom Reed, he told ...", "After a meeting with Tom Reed, he ..."); the subject of a clause in such a
    phrase may be ("When Tom Reed arrived, he ...")."""
    words = []
    for phrase in dependents(verb):
        if phrase.i > pronoun.i or phrase.dep_ not in _FRONTED:
            continue
        own = {w.i for subject in phrase.subtree if subject.dep_ in _SUBJECTS for w in subject.subtree}
        words += [w for w in phrase.subtree if w.i not in own]
    return words


def _verb_of_object(token: Token) -> Token | None:
    """The verb a word is the direct or indirect object of, or the object of a preposition of ("spoke to them")."""
    if token.dep_ in _OBJECTS:
        return token.head
    prep = token.head
    if token.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX"):
        return prep.head
    return None


def _subjects(verb: Token) -> list[Token]:
    """The subjects of a verb with their conjuncts; for a verb with none, those of the verb it is an open
    complement or a conjunct of ("Ann Hale met Tom Reed and praised him")."""
    while True:
        found = [c for c in dependents(verb) if c.dep_ in _SUBJECTS]
        if found or verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return [each for subject in found for each in (subject, *subject.conjuncts)]
        verb = verb.head


def _objects(verb: Token) -> list[Token]:
    """The direct and indirect objects of a verb and the objects of its prepositions, with their conjuncts."""
    found = children(verb, *_OBJECTS)
    found += [o for p in children(verb, "prep") for o in children(p, "pobj")]
    return [each for end in found for each in (end, *end.conjuncts)]


def _nearest(pool: list[_Seen], sentence_of: Sequence[int], here: int, *, strict: bool) -> _Seen | None:
    """Within the pronoun's own sentence (``here``) the last subject, else the last phrase; from an earlier
    sentence, the latest one's highest-ranked subject (see ``_main_subject``)."""
    same_sentence = [c for c in pool if sentence_of[c.i] == here]
    if same_sentence:
        subjects = [c for c in same_sentence if c.rank > 0]
        return (subjects or same_sentence)[-1]
    latest = max(sentence_of[c.i] for c in pool)
    return _main_subject([c for c in pool if sentence_of[c.i] == latest], strict=strict)


def _main_subject(sentence: list[_Seen], *, strict: bool) -> _Seen | None:
    """The highest-ranked phrase of one sentence; None when two different phrases share that rank, or
    (``strict``, for it/they) when the sentence has two different subjects that could be meant (see
    ``_rivals``)."""
    best = max(c.rank for c in sentence)
    top = [c for c in sentence if c.rank == best]
    if len({c.identity for c in top}) > 1 or (strict and _rivals(sentence, top[0])):
        return None
    return top[0]


def _rivals(sentence: list[_Seen], top: _Seen) -> bool:
    """Whether a sentence has a subject besides ``top`` that could be meant: none when it has only actors'
    subjects of ``top``'s identity, nor when ``top`` is an actor the sentence makes the subject twice and the
    others are nouns no actor stands for ("The Greens insisted they would hold ministers to account. They ...")."""
    subjects = [c for c in sentence if c.rank > 0]
    others = [c for c in subjects if c.identity != top.identity]
    again = top.mention is not None and len(subjects) - len(others) > 1
    return bool(others) and not (again and all(c.mention is None for c in others))
