"""Small typed records passed from one pipeline stage to the next.

They hold plain values (character offsets, not spaCy Spans) so they can cross process boundaries
and be written out as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace

ENTITY_TYPES = ("Person", "Organization", "Country", "Place", "Group")
MODALITIES = ("asserted", "intended", "possible", "future", "hypothetical", "past")
STATUSES = ("asserted", "denied", *MODALITIES[1:], *(f"negated {modality}" for modality in MODALITIES[1:]))


@dataclass(frozen=True, kw_only=True)
class Document:
    """One article after cleaning: the text every offset refers to."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    opening: str = ""
    """The text's first words (ingest.opening_words), kept when the text is dropped after analysis: what names a
    document that has no title (an archive whose headline is run into the text) on the page and in the graph."""


@dataclass(frozen=True, kw_only=True)
class Entity:
    """One real-world actor or place; the id is its IRI, stable across runs for the same label."""

    id: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    sector: str | None = None
    """The CAMEO actor sector of a collective actor or role ("GOV", "MIL", "COP", "REB", "OPP", "CVL"...)."""
    owner: Entity | None = None
    """The country or organisation a collective actor or role belongs to ("the security forces of Iraq")."""
    scope: str = ""
    """A document id for a node that stands only for its document (a bare "rebels"); "" for archive-wide nodes."""

    def as_json(self) -> dict:
        found = {"id": self.id, "label": self.label, "type": self.type}
        if self.sector:
            found["sector"] = self.sector
        if self.owner is not None:
            found["owner"] = self.owner.as_json()
        if self.scope:
            found["scope"] = self.scope
        return found


@dataclass(frozen=True, kw_only=True)
class Mention:
    """A stretch of text that names (or refers back to) an entity.

    ``kind`` says how it refers: a name, a nationality word ("Russian"), a capital used for its
    country ("Moscow"), or a pronoun resolved by the coreference rules.
    """

    doc_id: str
    start: int
    end: int
    text: str
    kind: str
    entity: Entity
    place: Entity | None = None
    evidence: tuple[str, ...] = ()
    """The types its document read evidence for around the actor's names, beyond the model's guess: "Organization"
    for an organisation's cue ("shares in X", "X, which"), "Person" for a title or style ("Mr X", "Lord X")."""


@dataclass(frozen=True, kw_only=True)
class Evidence:
    """Where a fact was read: the sentence and its character offsets in the cleaned document."""

    doc_id: str
    sentence: str
    start: int
    end: int


@dataclass(frozen=True, kw_only=True)
class Relation:
    """Who did what to whom, as one sentence says it."""

    subject: Entity
    relation: str
    object: Entity
    verb: str
    evidence: Evidence
    negated: bool = False
    modality: str = "asserted"
    time: str | None = None
    """The day the text says it happened, when it names one day (ISO); then ``time_start`` = ``time_end`` = it."""
    time_start: str | None = None
    time_end: str | None = None
    """The interval the text names (ISO days, either end open): "in 2018" is 2018-01-01..2018-12-31, "last week"
    the Monday..Sunday before the article's week, "since 2011" a start only."""
    place: Entity | None = None
    attributed_to: Entity | None = None
    confidence: float = 0.5
    role: str | None = None
    cameo_code: str | None = None
    """The finest CAMEO event code the pattern that found it knows (``kg:cameoCode``); None for affiliations."""
    extractor: str = ""
    """The registered name of the extractor that made it (``prov:wasGeneratedBy`` in RDF)."""
    toned: bool = False
    """A statement about an actor that its clause's tone made a criticism or a praise (extract/tone.py): still a
    statement to ``dedupe``, which drops one between two ends of one side. Not written out."""

    @property
    def asserted(self) -> bool:
        """True when the text states the fact as real: it becomes a direct triple."""
        return self.status == "asserted"

    @property
    def status(self) -> str:
        """Modality and negation as one value ("asserted", "denied", "possible", "negated possible"...).

        The graph stores it beside both, so that "what the article states as fact" is one triple
        pattern: on an on-disk store every pattern bound to a statement is one more index lookup a row.
        """
        if not self.negated:
            return self.modality
        return "denied" if self.modality == "asserted" else f"negated {self.modality}"

    def as_json(self) -> dict:
        return {
            "doc": self.evidence.doc_id,
            "sentence": self.evidence.sentence,
            "start": self.evidence.start,
            "end": self.evidence.end,
            "subject": self.subject.as_json(),
            "relation": self.relation,
            "verb": self.verb,
            "object": self.object.as_json(),
            "negated": self.negated,
            "modality": self.modality,
            "time": self.time,
            "time_start": self.time_start,
            "time_end": self.time_end,
            "place": self.place.as_json() if self.place else None,
            "attributed_to": self.attributed_to.as_json() if self.attributed_to else None,
            "confidence": round(self.confidence, 3),
            "role": self.role,
            "cameo_code": self.cameo_code,
            "extractor": self.extractor,
        }


@dataclass(frozen=True, kw_only=True)
class Quote:
    """Words in quotation marks and who said them."""

    speaker: Entity
    text: str
    evidence: Evidence

    def as_json(self) -> dict:
        return {"kind": "quote", "doc": self.evidence.doc_id, "speaker": self.speaker.as_json(), "text": self.text,
                "sentence": self.evidence.sentence, "start": self.evidence.start, "end": self.evidence.end}


@dataclass(frozen=True, kw_only=True)
class Quotation:
    """A quote as found in its document: the characters between its quotation marks (``start`` to ``end``)."""

    start: int
    end: int
    quote: Quote


@dataclass(frozen=True, kw_only=True)
class DocumentResult:
    """Everything one document contributed to the graph."""

    document: Document
    sentences: int
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = ()
    quotes: tuple[Quote, ...] = field(default_factory=tuple)

    def actors(self) -> Iterator[Entity]:
        """Every actor the graph gives a node for this document (repeats possible): its entities, the ends,
        place and source of its relations, its quotes' speakers, and the owner of each (a collective's country)."""
        named = [*self.entities, *(q.speaker for q in self.quotes)]
        named += [e for r in self.relations for e in (r.subject, r.object, r.place, r.attributed_to) if e is not None]
        for entity in named:
            while entity is not None:
                yield entity
                entity = entity.owner


def rewritten(result: DocumentResult, fix: Callable[[Entity | None], Entity | None],
              entities: Iterable[Entity]) -> DocumentResult:
    """``result`` with ``entities`` as its entities and every entity its relations, mentions and quotes refer to
    replaced by ``fix(entity)`` (``fix(None)`` is None); a relation whose two ends became one actor is dropped."""
    relations = (replace(r, subject=fix(r.subject), object=fix(r.object), place=fix(r.place),
                         attributed_to=fix(r.attributed_to)) for r in result.relations)
    return replace(result, entities=tuple(entities),
                   relations=tuple(r for r in relations if r.subject.id != r.object.id),
                   mentions=tuple(replace(m, entity=fix(m.entity), place=fix(m.place)) for m in result.mentions),
                   quotes=tuple(replace(q, speaker=fix(q.speaker)) for q in result.quotes))


@dataclass(frozen=True, kw_only=True)
class DocumentFailure:
    """A document whose analysis failed unexpectedly: what was being done, and the error, as plain text so it
    crosses process boundaries like a result."""

    document: Document
    stage: str
    error: str
    where: str = ""

    def message(self) -> str:
        at = f", at {self.where}" if self.where else ""
        return (f"document {self.document.id} ({self.document.source}) could not be analysed ({self.error}, "
                f"while {self.stage}{at}); please report it with the document")
