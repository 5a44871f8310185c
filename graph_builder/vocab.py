"""The ontology's vocabulary in code: a closed namespace and the lexicon read from ``newskg.ttl``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, DefinedNamespace

from graph_builder.errors import OntologyError
from graph_builder.gazetteer import Gazetteer

BASE = "https://w3id.org/newskg/"
ENTITY = Namespace(BASE + "resource/entity/")
DOC = Namespace(BASE + "resource/doc/")
STATEMENT = Namespace(BASE + "resource/statement/")
QUOTE = Namespace(BASE + "resource/quote/")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")


class KG(DefinedNamespace):
    """Every term of ``ontology/newskg.ttl``; a misspelt term raises at once instead of minting an IRI."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    Actor: URIRef
    Person: URIRef
    Organization: URIRef
    Country: URIRef
    Place: URIRef
    Group: URIRef
    Document: URIRef
    Statement: URIRef
    Quote: URIRef
    QuadClass: URIRef
    VerbalCooperation: URIRef
    MaterialCooperation: URIRef
    VerbalConflict: URIRef
    MaterialConflict: URIRef
    Affiliation: URIRef
    Modality: URIRef
    Asserted: URIRef
    Intended: URIRef
    Possible: URIRef
    Future: URIRef
    Hypothetical: URIRef
    Negation: URIRef
    Attribution: URIRef
    ObjectControl: URIRef

    cameoRoot: URIRef
    quadClass: URIRef
    colour: URIRef
    verbPattern: URIRef
    conversePattern: URIRef
    nounPattern: URIRef
    titlePattern: URIRef
    cueLemma: URIRef
    placeObject: URIRef
    objectType: URIRef

    subject: URIRef
    object: URIRef
    relation: URIRef
    evidence: URIRef
    start: URIRef
    end: URIRef
    verb: URIRef
    negated: URIRef
    modality: URIRef
    status: URIRef
    time: URIRef
    place: URIRef
    attributedTo: URIRef
    confidence: URIRef
    role: URIRef
    sourceDocument: URIRef
    speaker: URIRef
    quoteText: URIRef
    mentionCount: URIRef

    relatesTo: URIRef
    meets: URIRef
    briefs: URIRef
    visits: URIRef
    appealsTo: URIRef
    cooperatesWith: URIRef
    supports: URIRef
    deploysTo: URIRef
    demands: URIRef
    criticizes: URIRef
    accuses: URIRef
    rejects: URIRef
    threatens: URIRef
    protests: URIRef
    sanctions: URIRef
    attacks: URIRef
    leaderOf: URIRef
    memberOf: URIRef
    locatedIn: URIRef


RELATION_NAMES = (
    "meets", "briefs", "visits", "appealsTo", "cooperatesWith", "supports", "deploysTo", "demands",
    "criticizes", "accuses", "rejects", "threatens", "protests", "sanctions", "attacks",
    "leaderOf", "memberOf", "locatedIn",
)


def ontology_file(name: str) -> Path:
    """Path of a file shipped in the ontology package data (works for plain and editable installs)."""
    try:
        path = Path(str(resources.files("graph_builder.ontology").joinpath(name)))
    except ModuleNotFoundError:
        path = Path(__file__).resolve().parent.parent / "ontology" / name
    if not path.is_file():
        raise OntologyError(
            f"ontology file {name!r} not found at {path}; reinstall graph-builder "
            "(pip install .) so its ontology/ folder is installed with it"
        )
    return path


@dataclass(frozen=True, kw_only=True)
class Pattern:
    """One way of expressing a relation, in lemmas: VERB [NOUN] [PREP] or, for nominal events, NOUN PREP."""

    relation: str
    head: str
    noun: str | None = None
    prep: str | None = None
    converse: bool = False

    @property
    def specificity(self) -> int:
        return 2 * (self.noun is not None) + (self.prep is not None)


@dataclass(frozen=True, kw_only=True)
class RelationInfo:
    name: str
    label: str
    comment: str
    cameo: str | None
    quad_class: str
    colour: str
    symmetric: bool
    place_object: bool
    object_types: frozenset[str] = frozenset()  # empty: any actor may be the object


@dataclass(frozen=True, kw_only=True)
class Lexicon:
    """What the extractor knows about words, all read from the ontology files."""

    relations: dict[str, RelationInfo]
    verb_patterns: dict[str, tuple[Pattern, ...]]
    noun_patterns: dict[str, tuple[Pattern, ...]]
    leader_titles: frozenset[str]
    member_titles: frozenset[str]
    cues: dict[str, frozenset[str]]
    gazetteer: Gazetteer

    @cached_property
    def titles(self) -> frozenset[str]:
        return self.leader_titles | self.member_titles

    @cached_property
    def cue_lemmas(self) -> frozenset[str]:
        """Every cue lemma, of any kind."""
        return frozenset(lemma for lemmas in self.cues.values() for lemma in lemmas)

    @cached_property
    def max_title_words(self) -> int:
        return max(len(t.split()) for t in self.titles)

    def find_title(self, tokens: list) -> tuple[str, list] | None:
        """The longest role title among spaCy tokens, as (normalised title, its tokens)."""
        for size in range(min(self.max_title_words + 2, len(tokens)), 0, -1):
            for i in range(len(tokens) - size + 1):
                window = tokens[i:i + size]
                # As written, so "Secretary-General" stays one title; by lemma, so "envoys" finds "envoy".
                written = "".join(t.text_with_ws for t in window).strip().lower()
                lemmas = " ".join(t.lemma_.lower() for t in window)
                for title in (written, lemmas):
                    if title in self.titles:
                        return title, window
        return None


def _split_pattern(text: str, relation: str, *, nominal: bool, converse: bool = False) -> Pattern:
    words = text.split()
    if nominal:
        if len(words) != 2:
            raise OntologyError(f"noun pattern {text!r} of {relation} must be 'NOUN PREP'; fix ontology/newskg.ttl")
        return Pattern(relation=relation, head=words[0], prep=words[1])
    if not 1 <= len(words) <= 3:
        raise OntologyError(
            f"verb pattern {text!r} of {relation} must be 'VERB [NOUN] [PREP]'; fix ontology/newskg.ttl")
    head, rest = words[0], words[1:]
    noun = prep = None
    if len(rest) == 2:
        noun, prep = rest
    elif len(rest) == 1:
        if rest[0] in _PREPOSITIONS:
            prep = rest[0]
        else:
            noun = rest[0]
    return Pattern(relation=relation, head=head, noun=noun, prep=prep, converse=converse)


_PREPOSITIONS = frozenset(
    "with to on at in about against from for of upon alongside into between out down over".split()
)


def _local(uri: URIRef) -> str:
    return str(uri).rsplit("#", 1)[-1]


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    graph = Graph()
    path = ontology_file("newskg.ttl")
    try:
        graph.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises several parser error types
        raise OntologyError(f"{path} is not valid Turtle: {exc}") from exc
    return graph


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read relations, patterns, titles and cue words from the ontology (cached: read once a process)."""
    graph = ontology_graph()
    relations: dict[str, RelationInfo] = {}
    verb_patterns: dict[str, list[Pattern]] = {}
    noun_patterns: dict[str, list[Pattern]] = {}
    leader: set[str] = set()
    member: set[str] = set()
    for prop in graph.subjects(RDFS.subPropertyOf, None):
        name = _local(prop)
        if name not in RELATION_NAMES:
            continue
        quad = graph.value(prop, KG.quadClass)
        if quad is None:
            raise OntologyError(f"relation {name} has no kg:quadClass in ontology/newskg.ttl")
        relations[name] = RelationInfo(
            name=name,
            label=str(graph.value(prop, RDFS.label) or name),
            comment=str(graph.value(prop, RDFS.comment) or ""),
            cameo=str(graph.value(prop, KG.cameoRoot)) if graph.value(prop, KG.cameoRoot) else None,
            quad_class=_local(quad),
            colour=str(graph.value(quad, KG.colour) or "#888888"),
            symmetric=(prop, RDF.type, OWL.SymmetricProperty) in graph,
            place_object=bool(graph.value(prop, KG.placeObject)),
            object_types=frozenset(_local(t) for t in graph.objects(prop, KG.objectType)),
        )
        for lit in graph.objects(prop, KG.verbPattern):
            pattern = _split_pattern(str(lit), name, nominal=False)
            verb_patterns.setdefault(pattern.head, []).append(pattern)
        for lit in graph.objects(prop, KG.conversePattern):
            pattern = _split_pattern(str(lit), name, nominal=False, converse=True)
            verb_patterns.setdefault(pattern.head, []).append(pattern)
        for lit in graph.objects(prop, KG.nounPattern):
            pattern = _split_pattern(str(lit), name, nominal=True)
            noun_patterns.setdefault(pattern.head, []).append(pattern)
        titles = {str(t).lower() for t in graph.objects(prop, KG.titlePattern)}
        (leader if name == "leaderOf" else member).update(titles)
    missing = set(RELATION_NAMES) - set(relations)
    if missing:
        raise OntologyError(f"ontology/newskg.ttl lacks relations {sorted(missing)}; restore them")
    cues = {
        _local(node): frozenset(str(c) for c in graph.objects(node, KG.cueLemma))
        for node in (KG.Intended, KG.Possible, KG.Future, KG.Hypothetical, KG.Negation, KG.Attribution,
                     KG.ObjectControl)
    }
    with ontology_file("gazetteer.json").open(encoding="utf-8") as fh:
        gazetteer = json.load(fh)
    return Lexicon(
        relations=relations,
        verb_patterns={k: tuple(sorted(v, key=lambda p: -p.specificity)) for k, v in verb_patterns.items()},
        noun_patterns={k: tuple(v) for k, v in noun_patterns.items()},
        leader_titles=frozenset(leader),
        member_titles=frozenset(member),
        cues=cues,
        gazetteer=Gazetteer.from_data(gazetteer),
    )


def relation_iri(name: str) -> URIRef:
    if name not in RELATION_NAMES:
        raise OntologyError(f"unknown relation {name!r}; the ontology defines {', '.join(RELATION_NAMES)}")
    return KG[name]

