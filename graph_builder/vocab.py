"""The ontology's vocabulary in code: a closed namespace of its structural terms and the lexicon read from it.

Relations are not listed in code: the lexicon reads every ``rdfs:subPropertyOf* kg:relatesTo`` of the
ontology folder it is loaded from, with its label, quad class, CAMEO code, patterns and flags, and fills
the SHACL shapes' list of relations from the same place.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH, DefinedNamespace

from graph_builder.errors import OntologyError
from graph_builder.gazetteer import Gazetteer
from graph_builder.patterns import FOLDER as LEXICON_FOLDER
from graph_builder.patterns import (
    SENSES_FILE,
    TONE_FILE,
    Family,
    Pattern,
    Sense,
    lexicon_files,
    read_families,
    read_yaml,
)
from graph_builder.records import ENTITY_TYPES

BASE = "https://w3id.org/newskg/"
ENTITY = Namespace(BASE + "resource/entity/")
DOC = Namespace(BASE + "resource/doc/")
STATEMENT = Namespace(BASE + "resource/statement/")
QUOTE = Namespace(BASE + "resource/quote/")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
ONTOLOGY = Namespace(BASE + "ontology#")
"""The ontology's namespace, open: relation IRIs minted from a name the lexicon has checked."""
SHAPES = Namespace(BASE + "shapes#")
PATTERN = Namespace(BASE + "ontology/pattern/")
NODE = Namespace(BASE + "ontology/node/")
"""IRIs the ontology's blank pattern nodes are given, made of their relation and words."""
COLLECTIVE = Namespace(BASE + "ontology/collective#")
"""Kinds of collective actor (``col:ArmedForces``): data, read into ``Lexicon.collective_nouns``."""
SECTOR = Namespace(BASE + "ontology/sector#")
"""CAMEO actor sectors (``sec:MIL``), each with its code and label."""


COREFERENCE_CUES = frozenset({"ReasonVerb", "FeelingWord", "OfficeNoun"})
"""Cue classes that guide pronoun resolution only (entities/coreference.py), no cue of polarity or sense."""
REACTING_CUES = frozenset({"AccountingVerb", "Opposing", "DiscussingVerb", "CommunicationVerb"})
"""Cue classes of verbs that speak of an act or act against a wrong ("condemned the invasion of B", "opposed a motion
in support of B"): no cue of polarity for the event noun they take, whose actor they are not (arguments.reacts_to).
kg:CommunicationVerb's say only that their own participle is said ("did not attend, condemning Y")."""
GRAMMAR_CUES = frozenset({"JointAdverb", "FightingAlongside", "HostingVerb", "ApartWord", "OwnWord", "NotAboutPronoun",
                          "AddressingPronoun", "ImpersonalSubject", "ContrastConjunction", "AdverbialPreposition",
                          "ActingIn", "AimingPreposition", "StatedCollective", "ViewVerb", "PositionNoun", "TargetNoun",
                          "UndergoneNoun", "Quantifier", "AppointingVerb", "PostLeavingVerb", "PostNoun",
                          "ConsequenceNoun", "FacingVerb", "ComingVerb", "FurtherWord", "CounterpartNoun",
                          "SeekingTitle", "FollowerNoun", "PostOfficeNoun", "OfficeWinningVerb",
                          "OccasionNoun", "AnyAct", "EpistemicModal",
                          "MindVerb", "HopingVerb", "DiscretionNoun", "PendingAdverb", "PartialScope",
                          "WitnessTelling", "Confidential", "ViewPreposition", "OwnViewVerb", "UnmakingAdverb",
                          "FocusAdverb"})
"""Cue classes of how arguments are found (pronouns, prepositions, adverbs, verbs whose coordinated subjects are no
partners): no cue of polarity or sense."""


class KG(DefinedNamespace):
    """The structural terms of ``ontology/newskg.ttl`` (classes, statement properties, annotation
    properties, cue classes); a misspelt term raises at once instead of minting an IRI. Relations are
    not here: they are data, read by :func:`load_lexicon` (``lexicon.relation_iri(name)``)."""

    _NS = ONTOLOGY
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
    DemandingModal: URIRef
    ObligationNoun: URIRef
    SemiModal: URIRef
    HopingVerb: URIRef
    AnyAct: URIRef
    EpistemicModal: URIRef
    MindVerb: URIRef
    OutcomeVerb: URIRef
    ScantWord: URIRef
    Possible: URIRef
    Future: URIRef
    Hypothetical: URIRef
    Negation: URIRef
    NegationParticle: URIRef
    NegationModifier: URIRef
    NegativeImplicative: URIRef
    Dismissal: URIRef
    GoverningPreposition: URIRef
    Attribution: URIRef
    ObjectControl: URIRef
    Request: URIRef
    RequestNoun: URIRef
    ConverseNoun: URIRef
    PartyOfficeTitle: URIRef
    LocalTitle: URIRef
    CabinetTitle: URIRef
    StateOffice: URIRef
    IndividualNoun: URIRef
    PeopleNoun: URIRef
    ReasonVerb: URIRef
    OfficeNoun: URIRef
    PostOfficeNoun: URIRef
    DiscretionNoun: URIRef
    FeelingWord: URIRef
    ExaminingVerb: URIRef
    TopicNoun: URIRef
    OrganisationNoun: URIRef
    PrivateTitle: URIRef
    ConstituencyTitle: URIRef
    ConcessivePreposition: URIRef
    AdverbialPreposition: URIRef
    ActingIn: URIRef
    AimingPreposition: URIRef
    JoiningVerb: URIRef
    EndingVerb: URIRef
    StandingRelation: URIRef
    ResponsibilityNoun: URIRef
    PresupposingPreposition: URIRef
    PlaceNoun: URIRef
    OccasionNoun: URIRef
    PopulaceNoun: URIRef
    MannerNoun: URIRef
    NewsNoun: URIRef
    AgentPhrase: URIRef
    UnionNoun: URIRef
    SubBody: URIRef
    ChamberWord: URIRef
    FloorTitle: URIRef
    ExcessDegree: URIRef
    ExcessValue: URIRef
    GiftNoun: URIRef
    CourtCaseNoun: URIRef
    VoicedNoun: URIRef
    FoundingWord: URIRef
    ElectionTitle: URIRef
    SeekingTitle: URIRef
    FollowerNoun: URIRef
    Accusation: URIRef
    UndergoneNoun: URIRef
    Allegation: URIRef
    Publication: URIRef
    RecordNoun: URIRef
    WorkNoun: URIRef
    Disapproval: URIRef
    Approval: URIRef
    Fault: URIRef
    Vice: URIRef
    Pejorative: URIRef
    Opposing: URIRef
    Reproach: URIRef
    ShameWord: URIRef
    ReproachModal: URIRef
    TrustVerb: URIRef
    MisdeedVerb: URIRef
    Refusal: URIRef
    Rejection: URIRef
    RetractingVerb: URIRef
    AdmittingVerb: URIRef
    HesitationVerb: URIRef
    CompellingVerb: URIRef
    AttemptMakingVerb: URIRef
    CommunicationVerb: URIRef
    PendingAdverb: URIRef
    FocusAdverb: URIRef
    PartialScope: URIRef
    Confidential: URIRef
    ViewPreposition: URIRef
    WitnessTelling: URIRef
    OwnViewVerb: URIRef
    UnmakingAdverb: URIRef
    PersuadedVerb: URIRef
    Merit: URIRef
    JudgedWork: URIRef
    Virtue: URIRef
    Disputed: URIRef
    Naming: URIRef
    FutureCopula: URIRef
    FutureTime: URIRef
    JudgedThing: URIRef
    JudgementCopula: URIRef
    Participation: URIRef
    ReportDenial: URIRef
    Implication: URIRef
    PerceptionVerb: URIRef
    NationalTitle: URIRef
    SingleOffice: URIRef
    nationalTitle: URIRef
    # what a title says of its holder (extract/roles.py reads them)
    Past: URIRef
    RoleModifier: URIRef
    StandInRole: URIRef
    OppositionPost: URIRef
    BoardClass: URIRef
    StaffClass: URIRef
    OneOfMany: URIRef
    MouthpieceTitle: URIRef
    # two persons named together, referred back to (entities/pairs.py reads them)
    PairNoun: URIRef
    PairCount: URIRef
    PairPersonNoun: URIRef
    MaleNoun: URIRef
    FemaleNoun: URIRef
    ChiefTitle: URIRef
    PastRole: URIRef
    FutureRole: URIRef
    RemovalVerb: URIRef
    PerpetratorVerb: URIRef
    Mockery: URIRef
    MovedOn: URIRef
    DeathVerb: URIRef
    KillingVerb: URIRef
    HolderDescriptor: URIRef
    HeadTitle: URIRef
    RolePreposition: URIRef
    PortfolioPreposition: URIRef
    UnitChiefTitle: URIRef
    RoleVerb: URIRef
    HoldingVerb: URIRef
    OfficeWinningVerb: URIRef
    AppointingVerb: URIRef
    CounterpartNoun: URIRef
    ConsequenceNoun: URIRef
    FacingVerb: URIRef
    ComingVerb: URIRef
    FurtherWord: URIRef
    PostLeavingVerb: URIRef
    PostNoun: URIRef
    LeavingVerb: URIRef
    SequelVerb: URIRef
    EffortVerb: URIRef
    EffortNoun: URIRef
    ConfirmingVerb: URIRef
    ReturningVerb: URIRef
    EndedAdverb: URIRef
    SetOffPreposition: URIRef
    AgentBridgePreposition: URIRef
    FixtureVersus: URIRef
    ObligationVerb: URIRef
    PendingConjunction: URIRef
    SequenceConjunction: URIRef
    ReasonConjunction: URIRef
    JointAdverb: URIRef
    HostingVerb: URIRef
    QuittingVerb: URIRef
    Postponing: URIRef
    ApartWord: URIRef
    PositionNoun: URIRef
    TargetNoun: URIRef
    OwnWord: URIRef
    Quantifier: URIRef
    FightingAlongside: URIRef
    ServingTitle: URIRef
    ServingPreposition: URIRef
    PartNoun: URIRef
    QuantityNoun: URIRef
    WholeQuantifier: URIRef
    RankingWord: URIRef
    QuotingVerb: URIRef
    StatementVerb: URIRef
    AllegationVerb: URIRef
    NotAboutPronoun: URIRef
    StatedCollective: URIRef
    ViewVerb: URIRef
    AddressingPronoun: URIRef
    ImpersonalSubject: URIRef
    ContrastConjunction: URIRef
    ConcessiveConjunction: URIRef
    Minimising: URIRef
    Cancelled: URIRef
    AssignmentVerb: URIRef
    ContinuingVerb: URIRef
    AccountingVerb: URIRef
    DiscussingVerb: URIRef
    AppointmentNoun: URIRef
    UnitEchelon: URIRef
    echelonRank: URIRef
    countryTitle: URIRef
    inCountry: URIRef
    classTitle: URIRef
    ofActorClass: URIRef

    cameoRoot: URIRef
    cameoCode: URIRef
    quadClass: URIRef
    colour: URIRef
    verbPattern: URIRef
    conversePattern: URIRef
    nounPattern: URIRef
    verbLemma: URIRef
    nounLemma: URIRef
    particle: URIRef
    nounPreposition: URIRef
    preposition: URIRef
    titlePattern: URIRef
    cueLemma: URIRef
    cueRelation: URIRef
    leavingCameoCode: URIRef
    adjectiveJudges: URIRef
    modalAuxiliary: URIRef
    sourcePreposition: URIRef
    placeObject: URIRef
    destinationObject: URIRef
    betweenSides: URIRef
    objectType: URIRef
    titleCountry: URIRef
    writtenName: URIRef
    officeTitle: URIRef

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
    timeStart: URIRef
    timeEnd: URIRef
    place: URIRef
    attributedTo: URIRef
    confidence: URIRef
    role: URIRef
    sourceDocument: URIRef
    speaker: URIRef
    quoteText: URIRef
    mentionCount: URIRef

    relatesTo: URIRef

    Collective: URIRef
    Sector: URIRef
    inSector: URIRef
    actorType: URIRef
    collectiveNoun: URIRef
    ownedNoun: URIRef
    actsAsGroup: URIRef
    ownedByPeople: URIRef
    shortForName: URIRef
    shortForLaterName: URIRef
    Chamber: URIRef
    memberNoun: URIRef
    bareName: URIRef
    chamberCountry: URIRef
    groupNoun: URIRef
    enemyNoun: URIRef
    sector: URIRef
    belongsTo: URIRef
    scopeDocument: URIRef


# Cue classes the code reads without a fallback (``lexicon.cues["Past"]``); an ontology without one of them cannot be
# used, and says so when it is loaded (an older copy of the folder lacks the classes added since).
SEAT_CLASSES = ("partisan", "government", "department", "state", "assembly")
"""The actor classes of senses.yaml of the bodies a legislative or government role is held in (dedupe's witnesses)."""
CHAMBER_CLASS = "chamber"  # a whole legislature or its members ("MPs", "the Senate")
EVIDENCE_CLASS = "inquiring"  # the committees and inquiries that take evidence
FAMILY_CLASS = "relative"  # a person the text names by a family tie ("his wife Ann"), whose nouns are people nouns
CODE_ACTOR_CLASSES = ("armed", "party", "news", "employer", "media", "court", "regulator", CHAMBER_CLASS,
                      EVIDENCE_CLASS, FAMILY_CLASS, *SEAT_CLASSES)
"""The actor classes of senses.yaml the extractors ask about by name: a senses.yaml without one of them is refused."""
CUE_CLASSES = ("Intended", "Possible", "Future", "Hypothetical", "Negation", "NegationParticle", "NegationModifier",
               "Dismissal", "GoverningPreposition", "Attribution", "ObjectControl", "Accusation", "Allegation",
               "Disapproval", "FutureCopula", "FutureTime", "JudgedThing", "JudgementCopula", "Participation",
               "ReportDenial", "Request", "JointAdverb", "HostingVerb", "ApartWord", "FightingAlongside",
               "QuittingVerb", "Postponing", "Cancelled", "StandingRelation", "NotAboutPronoun", "AddressingPronoun",
               "ImpersonalSubject", "AdverbialPreposition", "ActingIn", "AimingPreposition", "StatedCollective",
               "ViewVerb",
               "PositionNoun", "TargetNoun", "OwnWord", "Past", "Naming", "ExcessDegree", "GiftNoun", "VoicedNoun",
               "CourtCaseNoun", "MaleNoun", "FemaleNoun", "MouthpieceTitle", "PairCount", "PairNoun", "PairPersonNoun",
               "Quantifier", "ReasonConjunction", "JudgedWork", "Virtue", "OfficeNoun", "ConsequenceNoun",
               "FacingVerb", "FollowerNoun", "ComingVerb", "FurtherWord", "PostOfficeNoun", "OfficeWinningVerb",
               "SequenceConjunction", "ReproachModal", "TrustVerb", "UndergoneNoun", "ContrastConjunction",
               "ConcessiveConjunction", "DiscussingVerb", "PersuadedVerb", "OccasionNoun", "AnyAct", "EpistemicModal",
               "MindVerb", "HopingVerb", "MisdeedVerb", "Refusal", "Rejection", "RetractingVerb", "AdmittingVerb",
               "HesitationVerb", "CompellingVerb", "AttemptMakingVerb", "CommunicationVerb", "PendingAdverb",
               "PartialScope", "WitnessTelling", "Confidential", "ViewPreposition", "OwnViewVerb", "UnmakingAdverb",
               "FocusAdverb")
# The ontology's cue classes of the roles block, by the field of extract.roles.RoleWords that holds their words; an
# ontology without one of them cannot be used either.
ROLE_CUES = {"modifiers": "RoleModifier", "stand_in": "StandInRole", "one_of_many": "OneOfMany", "past": "PastRole",
             "future": "FutureRole", "heads": "HeadTitle",
             "chiefs": "ChiefTitle",
             "prepositions": "RolePreposition", "portfolio": "PortfolioPreposition",
             "unit_chiefs": "UnitChiefTitle", "role_verbs": "RoleVerb", "holding": "HoldingVerb",
             "leaving": "LeavingVerb", "appointing": "AppointingVerb",
             "post_leaving": "PostLeavingVerb", "posts": "PostNoun",
             "counterparts": "CounterpartNoun",
             "part_nouns": "PartNoun", "set_off": "SetOffPreposition", "serving": "ServingTitle",
             "serving_prepositions": "ServingPreposition",
             "assigning": "AssignmentVerb", "joining": "JoiningVerb", "party_offices": "PartyOfficeTitle",
             "local_titles": "LocalTitle", "sub_bodies": "SubBody", "private_titles": "PrivateTitle",
             "constituency_titles": "ConstituencyTitle", "cabinet_titles": "CabinetTitle",
             "state_offices": "StateOffice",
             "chambers": "ChamberWord", "floor_titles": "FloorTitle", "appointments": "AppointmentNoun",
             "founding": "FoundingWord", "election": "ElectionTitle", "seeking": "SeekingTitle",
             "saying": "Attribution",
             "sequels": "SequelVerb", "opposition": "OppositionPost", "board_classes": "BoardClass",
             "staff_classes": "StaffClass", "discretion": "DiscretionNoun"}
# Cue classes whose words ask another actor to act in speech ("Y must resign", "Y should apologise"), the first that
# has the asking word first, else the last (extract/exhortation.py); each has a kg:leavingCameoCode too.
EXHORTING_CUES = ("DemandingModal", "Intended")
# Cue classes of a judgement voiced by naming someone with one of their words ("called Y a liar"), the first that has
# the word first (extract/quotes.py); kg:adjectiveJudges says whether an adjective of the noun named counts.
JUDGING_CUES = ("Disapproval", "Approval")
# Cue classes whose words give a relation (kg:cueRelation, with its kg:cameoCode); the extractors read each.
RELATION_CUES = ("StatementVerb", "AllegationVerb", "RequestNoun", "PersuadedVerb", "WitnessTelling", *EXHORTING_CUES,
                 *JUDGING_CUES)
# The parts a pattern node may give, by the pattern property it hangs on.
_PATTERN_PARTS = {
    KG.verbPattern: {KG.verbLemma: "head", KG.nounLemma: "noun", KG.particle: "particle",
                     KG.nounPreposition: "noun_prep", KG.preposition: "prep"},
    KG.conversePattern: {KG.verbLemma: "head", KG.nounLemma: "noun", KG.particle: "particle",
                         KG.nounPreposition: "noun_prep", KG.preposition: "prep"},
    KG.nounPattern: {KG.nounLemma: "head", KG.preposition: "prep"},
}


def _installed_folder() -> Path:
    """The ontology folder that belongs to this copy of the code: the source tree's ``ontology/`` when
    the package runs from one, else the installed package data."""
    beside = Path(__file__).resolve().parent.parent / "ontology"
    if (beside / "newskg.ttl").is_file():
        return beside
    try:
        return Path(str(resources.files("graph_builder.ontology")))
    except ModuleNotFoundError:
        return beside


def ontology_file(name: str, folder: str | Path | None = None) -> Path:
    """Path of a file of an ontology folder (by default the one shipped with the package)."""
    path = (Path(folder) if folder is not None else _installed_folder()) / name
    if not path.is_file():
        hint = ("reinstall graph-builder (pip install .) so its ontology/ folder is installed with it"
                if folder is None else "copy it from the installed ontology/ folder")
        raise OntologyError(f"ontology file {name!r} not found at {path}; {hint}")
    return path


AFFILIATION = "Affiliation"
"""The quad class whose relations are no events (membership, leadership, employment ...)."""


@dataclass(frozen=True, kw_only=True)
class RelationInfo:
    name: str
    iri: URIRef
    label: str
    comment: str
    cameo: str | None
    quad_class: str
    colour: str
    symmetric: bool
    place_object: bool
    destination_object: bool = False  # the object is where it happens: its capital is the event's place
    between_sides: bool = False  # only two sides have it, never an actor and its own side (kg:betweenSides)
    object_types: frozenset[str] = frozenset()  # empty: any actor may be the object

    @property
    def affiliation(self) -> bool:
        """Whether the relation is an affiliation (memberOf, leaderOf), no event."""
        return self.quad_class == AFFILIATION


@dataclass(frozen=True, kw_only=True)
class CollectiveKind:
    """A kind of collective actor (``col:...`` in the ontology): the label of its nodes, its CAMEO sector code,
    its entity type, and whether members of a named group act as that group ("IS fighters" is IS)."""

    name: str
    label: str
    sector: str
    type: str
    acts_as_group: bool = False
    short_form: bool = False  # the label alone names the organisation named before with it (kg:shortForName)
    later_name: bool = False  # also the one named after it (kg:shortForLaterName): "police ... Tarn Police said"
    people_owned: bool = False  # a people's members of the kind are an actor: "Kurdish fighters" (kg:ownedByPeople)


@dataclass(frozen=True, kw_only=True)
class CollectiveNoun:
    """Words (lemmas) naming a collective kind; ``owned_only``: an actor only with an owner ("Russian troops")."""

    words: tuple[str, ...]
    kind: CollectiveKind
    owned_only: bool = False


@dataclass(frozen=True, kw_only=True)
class ActorClass:
    """A named set of actors a sense may ask for (``lexicon/senses.yaml``): by entity type, sector or a word of the
    label, never one of the classes in ``unless``."""

    name: str
    types: frozenset[str] = frozenset()
    sectors: frozenset[str] = frozenset()
    label_words: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()  # common nouns the text may name such an actor by ("newspaper", "news agency")
    anywhere: bool = False  # named so anywhere in the document, the actor is of the class in all of it
    scored: bool = False  # with anywhere: also a side of a result ("beat X 6-2", "lost 8-3 to X")
    plural_names: bool = False  # with anywhere: also a name with a plural verb ("Redford travel to")
    peoples: bool = False  # refused: a people named by its own word ("made up of local Kurds", "of Turkmen")
    unless: tuple[str, ...] = ()
    play: PlayDocuments | None = None  # documents about play, where the class needs no naming (see PlayDocuments)

    @property
    def classes_named(self) -> tuple[str, ...]:
        """The other actor classes this one names (``except``, ``unless_named``)."""
        return self.unless + (self.play.unless_named if self.play is not None else ())


@dataclass(frozen=True, kw_only=True)
class PlayDocuments:
    """Documents about play (a game report, a transfer story), told by their words: where the ``nouns`` of play make
    at least ``share`` of the words and number ``least`` or more (a sentence is no document about play because it
    names a match), every actor of one of the ``types`` is a player or a team, but one the document
    names anywhere as one of the classes ``unless_named`` (a club's manager, its chairman, a referee) or that is of
    an ``except`` class of its actor class (a governing body, a party)."""

    share: float
    least: int
    nouns: frozenset[str]
    types: frozenset[str]
    unless_named: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Senses:
    """The noun classes (class -> lemmas; a compound as "share price") and actor classes of ``senses.yaml``."""

    noun_classes: dict[str, frozenset[str]] = field(default_factory=dict)
    actor_classes: dict[str, ActorClass] = field(default_factory=dict)
    reacting_relations: frozenset[str] = frozenset()  # their verbs speak about an event, not take part in it

    def classes_of(self, *lemmas: str) -> frozenset[str]:
        """The noun classes any of the lemmas belongs to (in the order of ``noun_classes``)."""
        if len(lemmas) == 1:
            return self._classes_by_lemma.get(lemmas[0], frozenset())
        found = {name for lemma in lemmas for name in self._classes_by_lemma.get(lemma, ())}
        return frozenset(name for name in self.noun_classes if name in found) if found else frozenset()

    @cached_property
    def answers(self) -> dict[tuple[str, str, str | None, str], bool]:
        """Whether an actor is of an actor class, by the class and the actor's type, sector and label, as the
        extractors have asked so far (extract.senses.is_a)."""
        return {}

    @cached_property
    def _classes_by_lemma(self) -> dict[str, frozenset[str]]:
        """The noun classes of each lemma: the extractors ask for a noun's classes many times a document, and a
        lemma is in few of them."""
        names: dict[str, list[str]] = {}
        for name, words in self.noun_classes.items():
            for word in words:
                names.setdefault(word, []).append(name)
        return {word: frozenset(found) for word, found in names.items()}


@dataclass(frozen=True, kw_only=True)
class QuadClass:
    name: str
    label: str
    colour: str


@dataclass(frozen=True, kw_only=True)
class Tone:
    """How the tone of a reported clause turns a statement about an actor into a judgement of it (``tone.yaml``):
    the (relation, CAMEO code) of a clearly negative clause and of a clearly positive one, the compound scores
    (VADER, -1 .. 1) at or beyond which a clause is so, the words of the news' topic that never count, and the
    feelings that count only as the speaker's view of a clause, not said of the actor."""

    negative: tuple[str, str] = ("criticizes", "111")
    positive: tuple[str, str] = ("praises", "051")
    at_most: float = -1.0
    at_least: float = 1.0
    noun_valence: float = 4.0  # the least valence (VADER's -4 .. 4, either sign) of a predicate noun that judges
    topic_words: frozenset[str] = frozenset()
    feelings: frozenset[str] = frozenset()
    held_feelings: frozenset[str] = frozenset()  # feelings that judge a clause they hold ("glad Y would join")
    instance_nouns: frozenset[str] = frozenset()  # a predicate whose "of" phrase judges ("a sign of failure")
    marking_verbs: frozenset[str] = frozenset()  # a passive whose agent judges ("was marked by failure")
    deed_verbs: frozenset[str] = frozenset()  # a verb whose object's qualifiers judge ("did a wonderful job")
    contrast_marks: frozenset[str] = frozenset()  # a clause of contrast makes a remark mixed ("although he lied")
    lacking: frozenset[str] = frozenset()  # what a subject that "has no" such thing is judged unfit for
    lacking_how: frozenset[str] = frozenset()  # the same, only with a clause of how to act ("no idea what to do")
    lacking_verbs: frozenset[str] = frozenset()  # a verb whose object is what its subject lacks ("lacks the courage")
    hedges: frozenset[str] = frozenset()  # an adverb that hedges a judgement ("would probably be good")
    hedging_modals: frozenset[str] = frozenset()  # a modal that hedges a judgement ("might be complacent")
    motives: frozenset[str] = frozenset()  # a gain imputed as the whole purpose ("only to win votes")
    imputing: frozenset[str] = frozenset()  # an adverb that marks a purpose as the whole ("only", "merely")
    ploys: frozenset[str] = frozenset()  # a noun whose purpose is imputed ("an attempt to woo voters")
    fears: frozenset[str] = frozenset()  # a fear imputed to the actor ("frightened of answering questions")
    accountable: frozenset[str] = frozenset()  # what such a fear is of, to criticize ("scrutiny", "voter")
    labels: frozenset[str] = frozenset()  # a pejorative label of what the actor pursues ("hard right")
    pursuing: frozenset[str] = frozenset()  # a verb whose object the actor pursues ("offer", "push")
    plights: frozenset[str] = frozenset()  # a plight of the actor's own making ("in disarray")
    creating: frozenset[str] = frozenset()  # a verb of making what is ridiculed ("buy fire engines that cannot climb")
    abilities: frozenset[str] = frozenset()  # the modals of such an ability, denied ("can", "could")
    promising: frozenset[str] = frozenset()  # a promise ridiculed ("a harbour it could not afford")
    right_words: frozenset[str] = frozenset()  # a predicate of an act done rightly ("was right to act")
    ranks: frozenset[str] = frozenset()  # a predicate that ranks its subject among others ("one of the finest")

    def judges(self, kind: tuple[str, str]) -> bool:
        """Whether a statement's (relation, CAMEO code) is one a clause's tone gives (``Relation.toned``)."""
        return kind in (self.negative, self.positive)


@dataclass(frozen=True)
class TitleOpenings:
    """How the titles of a set open: every beginning of each (lowercase, as written) and the first word of each, so a
    scan for titles (``Lexicon.find_title``) reads no window from a token that opens none."""

    beginnings: frozenset[str]
    first_words: frozenset[str]

    @classmethod
    def of(cls, titles: Iterable[str]) -> TitleOpenings:
        titles = list(titles)
        return cls(beginnings=frozenset(title[:end] for title in titles for end in range(1, len(title) + 1)),
                   first_words=frozenset(title.partition(" ")[0] for title in titles))

    def starts(self, written: list[str], lemmas: list[str]) -> list[int]:
        """The places of the tokens that may open a title (see ``may_open``), of their texts with their whitespace
        and their lowercase lemmas."""
        return [i for i, (text, lemma) in enumerate(zip(written, lemmas, strict=True)) if self.may_open(text, lemma)]

    def may_open(self, written: str, lemma: str) -> bool:
        """Whether a token (its text with its whitespace, and its lowercase lemma) may open a title: by lemma when its
        lemma's first word is a title's, as written when its lowercase text begins a title. A text that opens with a
        space or is not plain ASCII (whose lowercase alone may differ from its lowercase in a window) is not ruled out.
        """
        text = written.rstrip()
        if lemma.partition(" ")[0] in self.first_words or not text or text[0].isspace() or not text.isascii():
            return True
        return text.lower() in self.beginnings


@dataclass(frozen=True, kw_only=True, eq=False)
class Lexicon:
    """What the extractor knows about words, all read from one ontology folder.

    Pickled as its folder: a worker process that receives it reads (once) the same folder. Compared and
    hashed by identity, so it can key a cache.
    """

    folder: Path
    graph: Graph
    relations: dict[str, RelationInfo]
    quad_classes: dict[str, QuadClass]
    verb_patterns: dict[str, tuple[Pattern, ...]]
    noun_patterns: dict[str, tuple[Pattern, ...]]
    title_relations: dict[str, str]  # a role title ("president", "envoy") -> the relation it gives (kg:titlePattern)
    cues: dict[str, frozenset[str]]
    cue_relations: dict[str, tuple[str, str]]  # "StatementVerb" -> ("commentsOn", "010") (kg:cueRelation)
    leaving_codes: dict[str, str] = field(default_factory=dict)  # "DemandingModal" -> "1041" (kg:leavingCameoCode)
    adjective_judges: frozenset[str] = frozenset()  # judgement cue classes whose adjectives judge (kg:adjectiveJudges)
    modal_auxiliaries: dict[str, frozenset[str]]
    source_prepositions: frozenset[tuple[str, str]]  # ("according", "to"): their object is the source
    gazetteer: Gazetteer
    collective_nouns: dict[tuple[str, ...], CollectiveNoun]  # ("security", "force") -> its kind (kg:collectiveNoun)
    chambers: dict[tuple[str, str], str] = field(default_factory=dict)  # ("msps", "") -> "Scottish Parliament",
    # ("mps", "United Kingdom") -> "House of Commons": the chamber members' plural noun names, "" anywhere (kg:Chamber)
    chamber_names: dict[tuple[str, str], str] = field(default_factory=dict)  # ("parliament", "United Kingdom") ->
    # "Parliament of the United Kingdom": the chamber a generic word alone names in an article of that country
    sectors: dict[str, str]  # CAMEO actor sector code -> its label ("MIL" -> "military")
    group_nouns: frozenset[str]  # "group": refers back to the organisation or group named just before
    enemy_nouns: frozenset[str] = frozenset()  # "enemy": refers back to the armed group named just before
    national_titles: dict[str, str] = field(default_factory=dict)  # "foreign secretary" -> "United Kingdom"
    written_names: dict[str, str] = field(default_factory=dict)  # "United Kingdom" -> "the United Kingdom"
    single_offices: frozenset[str] = frozenset()  # titles one person holds at a time per country (kg:SingleOffice)
    title_qualifiers: frozenset[str] = frozenset()  # "deputy", "acting", "former", "next": another role
    # (kg:RoleModifier, kg:StandInRole, kg:PastRole, kg:FutureRole)
    country_titles: dict[tuple[str, str], str] = field(default_factory=dict)  # ("chancellor", "Germany") -> leaderOf
    class_titles: dict[tuple[str, str], str] = field(default_factory=dict)  # ("commissioner", "police") -> leaderOf
    families: tuple[Family, ...] = ()  # the families of the lexicon files (ontology/lexicon/*.yaml)
    senses: Senses = field(default_factory=Senses)  # noun and actor classes the families' senses name
    tone: Tone = field(default_factory=Tone)  # the tone of reported speech (lexicon/tone.yaml; none: never judged)

    def __reduce__(self):
        return load_lexicon, (self.folder,)

    def relation_iri(self, name: str) -> URIRef:
        """The IRI of a relation the ontology defines; an unknown name raises OntologyError."""
        try:
            return self.relations[name].iri
        except KeyError:
            raise OntologyError(f"unknown relation {name!r}; the ontology in {self.folder} defines "
                                f"{', '.join(self.relations)}") from None

    @cached_property
    def shapes(self) -> Graph:
        """The SHACL shapes of the folder, their list of relations filled from the ontology."""
        return load_shapes(ontology_file("shapes.ttl", self.folder), [info.iri for info in self.relations.values()])

    @cached_property
    def titles(self) -> frozenset[str]:
        return frozenset(self.title_relations)

    @cached_property
    def title_word_parts(self) -> frozenset[str]:
        """Every part of every word of a title or national title ("sec", "secretary", "minister"): a word whose text
        is none of them, and whose lemma is no word of one, is in no title."""
        words = {word for title in (*self.title_relations, *self.national_titles) for word in title.split(" ")}
        return frozenset(word[i:j] for word in words for i in range(len(word)) for j in range(i + 1, len(word) + 1))

    @cached_property
    def cue_openings(self) -> dict[str, frozenset[str]]:
        """The first word of each cue word of each class ("let" of "let down"), by class: what the lemma of a verb
        of a cue phrase opens with, read once for the lexicon, not once for each document a scan reads."""
        return {name: frozenset(word.partition(" ")[0] for word in words) for name, words in self.cues.items()}

    @cached_property
    def publications(self) -> frozenset[str]:
        """Nouns whose verb of saying states a claim no actor vouches for: kg:Publication and kg:RecordNoun."""
        return self.cues.get("Publication", frozenset()) | self.cues.get("RecordNoun", frozenset())

    @cached_property
    def giving_nouns(self) -> frozenset[str]:
        """Nouns under which "from" names the giver or the speaker: a gift (kg:GiftNoun: "aid from A") or something
        said (kg:VoicedNoun: "criticism from A")."""
        return self.cues["GiftNoun"] | self.cues["VoicedNoun"]

    @cached_property
    def people_nouns(self) -> frozenset[str]:
        """Nouns of people who act for themselves, not for the country, party or person that modifies or owns them
        (kg:PeopleNoun: "two British men", "Labour supporters"), and the nouns of a person's family, those of the
        actor class ``relative`` of senses.yaml ("Mr Dalworth's wife", "his son"), listed there only."""
        family = self.senses.actor_classes.get(FAMILY_CLASS)  # none without a senses.yaml
        return self.cues.get("PeopleNoun", frozenset()) | (family.nouns if family is not None else frozenset())

    @cached_property
    def person_nouns(self) -> frozenset[str]:
        """Nouns of one person whom no name may tell: the one-word role titles ("spokesman", "official",
        "minister") and the nouns of an individual (kg:IndividualNoun: "politician", "source")."""
        return frozenset(t for t in self.titles if " " not in t) | self.cues.get("IndividualNoun", frozenset())

    @cached_property
    def holder_words(self) -> frozenset[str]:
        """Words that describe a role holder before a title ("new", "veteran": kg:HolderDescriptor) and the title
        qualifiers ("former", "deputy")."""
        return self.title_qualifiers | self.cues.get("HolderDescriptor", frozenset())

    @cached_property
    def quantity_nouns(self) -> frozenset[str]:
        """Nouns of a number or share that stand for the actors of "of" ("dozens", "members": kg:QuantityNoun)."""
        return self.cues.get("QuantityNoun", frozenset())

    @cached_property
    def halting_verbs(self) -> frozenset[str]:
        """Verbs that end an activity and deny what they govern otherwise: those both of kg:Past and kg:Negation
        ("stop", "cease")."""
        return self.cues["Past"] & self.cues["Negation"]

    @cached_property
    def denying_verbs(self) -> frozenset[str]:
        """Negation cues that deny the clause under them ("refused to meet"), not only their own head."""
        return self.cues["Negation"] - self.cues["NegationParticle"] - self.cues["NegationModifier"]

    @cached_property
    def light_verbs(self) -> dict[str, frozenset[str]]:
        """The verbs with a pattern that names a noun ("impose" of "A impose sanction on B"), each with the nouns
        its patterns name."""
        return {lemma: frozenset(noun for noun in places if noun)
                for lemma, places in self._pattern_places_by_noun.items()}

    def verb_patterns_with(self, lemma: str, nouns: Iterable[str]) -> list[Pattern]:
        """The patterns of the verb ``lemma`` that can read it with one of ``nouns`` (a light verb's noun, see
        ``Pattern.noun``): those with no noun and those with one of them, in the order of ``verb_patterns``. A
        light verb has hundreds of patterns, few of which have a noun of the clause."""
        places = self._pattern_places_by_noun.get(lemma)
        patterns = self.verb_patterns.get(lemma, ())
        if places is None:
            return list(patterns)
        if not nouns:
            return list(self._nounless_patterns[lemma])  # most clauses of a light verb: none of its nouns
        found = [*places.get(None, ()), *(i for noun in frozenset(nouns) for i in places.get(noun, ()))]
        return [patterns[i] for i in sorted(found)]

    @cached_property
    def _nounless_patterns(self) -> dict[str, tuple[Pattern, ...]]:
        """For each verb with a light-verb pattern, its patterns with no noun, in the order of ``verb_patterns``."""
        return {lemma: tuple(self.verb_patterns[lemma][i] for i in places.get(None, ()))
                for lemma, places in self._pattern_places_by_noun.items()}

    @cached_property
    def _pattern_places_by_noun(self) -> dict[str, dict[str | None, list[int]]]:
        """For each verb with a light-verb pattern, the places in its ``verb_patterns`` of the patterns by noun
        (None for no noun)."""
        found: dict[str, dict[str | None, list[int]]] = {}
        for lemma, patterns in self.verb_patterns.items():
            if any(p.noun for p in patterns):
                places: dict[str | None, list[int]] = found.setdefault(lemma, {})
                for i, pattern in enumerate(patterns):
                    places.setdefault(pattern.noun or None, []).append(i)
        return found

    @cached_property
    def movement_verbs(self) -> frozenset[str]:
        """Verbs by which an actor goes somewhere ("arrive in", "travel to", "deploy to": the verbs with a preposition
        of the relations whose object is where the subject goes, kg:destinationObject): a to-infinitive under one is
        the purpose of the move."""
        moving = {name for name, info in self.relations.items() if info.destination_object}
        return frozenset(lemma for lemma, patterns in self.verb_patterns.items() for p in patterns
                         if p.relation in moving and p.prep and p.noun is None and not (p.converse or p.nominal))

    @cached_property
    def cue_lemmas(self) -> frozenset[str]:
        """Every cue lemma of the extractors' cue classes: not those of COREFERENCE_CUES, which only say whose a
        pronoun is ("condemned Y for its attack" is still a verb of criticism that reacts to an event), nor those of
        REACTING_CUES or GRAMMAR_CUES."""
        left_out = COREFERENCE_CUES | REACTING_CUES | GRAMMAR_CUES
        return frozenset(lemma for name, lemmas in self.cues.items() if name not in left_out for lemma in lemmas)

    @cached_property
    def max_collective_words(self) -> int:
        return max((len(words) for words in self.collective_nouns), default=0)

    @cached_property
    def max_title_words(self) -> int:
        return max(len(t.split()) for t in self.titles)

    @cached_property
    def _role_title_openings(self) -> TitleOpenings:
        return TitleOpenings.of(self.titles)

    @cached_property
    def _national_title_openings(self) -> TitleOpenings:
        return TitleOpenings.of(self.national_titles)

    def _title_openings(self, among: Container[str] | None) -> TitleOpenings | None:
        """How the role titles open (``among`` None), or the national titles; None for any other titles."""
        if among is None:
            return self._role_title_openings
        return self._national_title_openings if among is self.national_titles else None

    def may_open_title(self, written: str, lemma: str) -> bool:
        """Whether a token (its text with its whitespace, its lowercase lemma) may open a role title or a national
        title (``TitleOpenings.may_open``): among tokens none of which may, ``find_title`` finds neither."""
        return self._role_title_openings.may_open(written, lemma) or self._national_title_openings.may_open(written,
                                                                                                            lemma)

    def cue_union(self, *classes: str) -> frozenset[str]:
        """The words of the cue ``classes`` together (a class the ontology lacks gives none), united once for the
        lexicon: a scan of each document for the words of several classes does not unite them again."""
        return _cue_union(self, classes)

    def find_title(self, tokens: list, among: Container[str] | None = None) -> tuple[str, list] | None:
        """The longest role title among spaCy tokens, as (normalised title, its tokens); of the titles ``among``
        if given (the titles of one country, ``national_titles``), else of the role titles."""
        titles = self.titles if among is None else among
        # Each token's words read once, not once for every window it is in (spaCy reads them anew each time).
        # As written, so "Secretary-General" stays one title; by lemma, so "envoys" finds "envoy".
        written = [t.text_with_ws for t in tokens]
        lemmas = [t.lemma_.lower() for t in tokens]
        openings = self._title_openings(among)
        starts = range(len(tokens)) if openings is None else openings.starts(written, lemmas)
        for size in range(min(self.max_title_words + 2, len(tokens)), 0, -1):
            for i in starts:
                if i + size > len(tokens):
                    break
                for title in ("".join(written[i:i + size]).strip().lower(), " ".join(lemmas[i:i + size])):
                    if title in titles:
                        return title, tokens[i:i + size]
        return None


@lru_cache(maxsize=64)
def _cue_union(lexicon: Lexicon, classes: tuple[str, ...]) -> frozenset[str]:
    return frozenset().union(*(lexicon.cues.get(name, ()) for name in classes))


def _local(uri: URIRef) -> str:
    text = str(uri)
    return text.rsplit("#", 1)[-1] if "#" in text else text.rstrip("/").rsplit("/", 1)[-1]


def _parse(path: Path) -> Graph:
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises several parser error types
        raise OntologyError(f"{path} is not valid Turtle: {exc}") from exc
    return graph


def load_shapes(path: Path, relations: list[URIRef]) -> Graph:
    """The SHACL shapes in a file, with ``kgsh:RelationValue`` allowing exactly the given relations."""
    shapes = _parse(path)
    if (SHAPES.RelationValue, SH.path, RDF.predicate) not in shapes:
        raise OntologyError(f"{path} has no kgsh:RelationValue shape on rdf:predicate; restore it from the "
                            "installed shapes.ttl")
    if shapes.value(SHAPES.RelationValue, SH["in"]) is not None:
        raise OntologyError(f"{path}: kgsh:RelationValue lists relations; remove its sh:in, the list is made "
                            "from the ontology")
    allowed = BNode()
    Collection(shapes, allowed, list(relations))
    shapes.add((SHAPES.RelationValue, SH["in"], allowed))
    return shapes


def _relation_properties(graph: Graph) -> list[URIRef]:
    """Every rdfs:subPropertyOf* kg:relatesTo, in the order the file gives them."""
    below = set(graph.transitive_subjects(RDFS.subPropertyOf, KG.relatesTo)) - {KG.relatesTo}
    ordered = [prop for prop, _ in graph.subject_objects(RDFS.subPropertyOf) if prop in below]
    return list(dict.fromkeys(ordered))


def _quad_classes(graph: Graph) -> dict[str, QuadClass]:
    return {
        _local(node): QuadClass(name=_local(node), label=str(graph.value(node, RDFS.label) or _local(node)),
                                colour=str(graph.value(node, KG.colour) or "#888888"))
        for node in graph.subjects(RDF.type, KG.QuadClass)
    }


def _inherited(graph: Graph, prop: URIRef, read: Callable[[URIRef], Any]) -> Any:
    """What ``read`` finds on the relation itself, else on its nearest parent relation (rdfs:subPropertyOf);
    None when no one has it."""
    for ancestor in graph.transitive_objects(prop, RDFS.subPropertyOf):
        value = read(ancestor)
        if value is not None:
            return value
    return None


def _object_types(graph: Graph, prop: URIRef) -> frozenset[str] | None:
    return frozenset(_local(t) for t in graph.objects(prop, KG.objectType)) or None


def _relation_info(graph: Graph, prop: URIRef, quad_classes: dict[str, QuadClass]) -> RelationInfo:
    name = _local(prop)
    quad = _inherited(graph, prop, lambda p: graph.value(p, KG.quadClass))
    if quad is None or _local(quad) not in quad_classes:
        raise OntologyError(f"relation {name} has no kg:quadClass (a kg:QuadClass) in the ontology, and no parent "
                            "relation that has one; give it one")
    cameo = _inherited(graph, prop, lambda p: graph.value(p, KG.cameoRoot))
    return RelationInfo(
        name=name,
        iri=prop,
        label=str(graph.value(prop, RDFS.label) or name),
        comment=str(graph.value(prop, RDFS.comment) or ""),
        cameo=str(cameo) if cameo else None,
        quad_class=_local(quad),
        colour=quad_classes[_local(quad)].colour,
        symmetric=(prop, RDF.type, OWL.SymmetricProperty) in graph,
        place_object=bool(graph.value(prop, KG.placeObject)),
        destination_object=bool(graph.value(prop, KG.destinationObject)),
        between_sides=bool(graph.value(prop, KG.betweenSides)),
        object_types=_inherited(graph, prop, lambda p: _object_types(graph, p)) or frozenset(),
    )


def _pattern(graph: Graph, node, kind: URIRef, relation: str) -> Pattern:
    """One structured pattern node: each word with its part (verb, noun, particle, preposition)."""
    parts = _PATTERN_PARTS[kind]
    allowed = ", ".join("kg:" + _local(p) for p in parts)
    if not isinstance(node, BNode | URIRef):
        raise OntologyError(f"{_local(kind)} {str(node)!r} of {relation} is a plain string; write it as a "
                            f"node [ ... ] of {allowed}")
    words = _pattern_words(graph, node, kind, relation)
    needed = ("head", "prep") if kind == KG.nounPattern else ("head",)
    if any(part not in words for part in needed):
        raise OntologyError(f"a {_local(kind)} of {relation} lacks a word; it needs "
                            f"{', '.join('kg:' + _local(p) for p, part in parts.items() if part in needed)}")
    return Pattern(relation=relation, converse=kind == KG.conversePattern, nominal=kind == KG.nounPattern, **words)


def _pattern_words(graph: Graph, node, kind: URIRef, relation: str) -> dict[str, str]:
    """The words of a pattern node by their part ("head", "noun", "particle", "prep")."""
    parts = _PATTERN_PARTS[kind]
    words: dict[str, str] = {}
    for predicate, value in graph.predicate_objects(node):
        if predicate not in parts or not isinstance(value, Literal):
            raise OntologyError(f"a {_local(kind)} of {relation} has {_local(predicate)} {value}; a {_local(kind)} "
                                f"takes {', '.join('kg:' + _local(p) for p in parts)} (strings)")
        words[parts[predicate]] = str(value).lower()
    return words


def _patterns(graph: Graph, props: list[URIRef], *kinds: URIRef) -> dict[str, list[Pattern]]:
    """Patterns by their head word, relation by relation in file order."""
    found: dict[str, list[Pattern]] = {}
    for prop in props:
        for kind in kinds:
            for node in graph.objects(prop, kind):
                pattern = _pattern(graph, node, kind, _local(prop))
                found.setdefault(pattern.head, []).append(pattern)
    return found


def _words(graph: Graph, prop: URIRef) -> dict[str, frozenset[str]]:
    """Words under an annotation property, by the local name of the node that holds them."""
    found: dict[str, set[str]] = {}
    for node, word in graph.subject_objects(prop):
        found.setdefault(_local(node), set()).add(str(word))
    return {name: frozenset(words) for name, words in found.items()}


def _two_words(graph: Graph, prop: URIRef) -> frozenset[tuple[str, str]]:
    """Phrases of exactly two words under an annotation property, lower-cased."""
    phrases = {tuple(str(phrase).lower().split()) for phrase in graph.objects(None, prop)}
    wrong = sorted(" ".join(p) for p in phrases if len(p) != 2)
    if wrong:
        raise OntologyError(f"kg:{_local(prop)} takes phrases of two words, not {wrong}; fix the ontology")
    return frozenset(phrases)


def _title_relations(graph: Graph, props: list[URIRef]) -> dict[str, str]:
    """Each role title (kg:titlePattern) and the one relation it gives."""
    found: dict[str, str] = {}
    for prop in props:
        for title in sorted(str(t).lower() for t in graph.objects(prop, KG.titlePattern)):
            if found.setdefault(title, _local(prop)) != _local(prop):
                raise OntologyError(f"the title {title!r} is a kg:titlePattern of both {found[title]} and "
                                    f"{_local(prop)}; keep it on one relation")
    return found


def _collective_nouns(graph: Graph) -> dict[tuple[str, ...], CollectiveNoun]:
    """Every kg:collectiveNoun and kg:ownedNoun of the ontology's kinds of collective actor, by its words."""
    found: dict[tuple[str, ...], CollectiveNoun] = {}
    for node in graph.subjects(RDF.type, KG.Collective):
        kind = _collective_kind(graph, node)
        for prop, owned_only in ((KG.collectiveNoun, False), (KG.ownedNoun, True)):
            for noun in graph.objects(node, prop):
                words = tuple(str(noun).lower().split())
                if words in found:
                    raise OntologyError(f"the collective noun {' '.join(words)!r} names both "
                                        f"{found[words].kind.name} and {kind.name}; keep it on one kind")
                found[words] = CollectiveNoun(words=words, kind=kind, owned_only=owned_only)
    return found


def _chambers(graph: Graph) -> dict[tuple[str, str], str]:
    """(members' plural noun, country or "" for any) -> the chamber's label, of every kg:Chamber; a noun must be a
    kg:collectiveNoun and name one chamber per country."""
    nouns = {" ".join(words) for words in _collective_nouns(graph)}
    found: dict[tuple[str, str], str] = {}
    for node in graph.subjects(RDF.type, KG.Chamber):
        label, country = str(graph.value(node, RDFS.label)), str(graph.value(node, KG.chamberCountry) or "")
        for noun in (str(n).lower() for n in graph.objects(node, KG.memberNoun)):
            if noun not in nouns:
                raise OntologyError(f"the member noun {noun!r} of the chamber {label} is no kg:collectiveNoun; "
                                    "add it to col:Legislators")
            if found.setdefault((noun, country), label) != label:
                raise OntologyError(f"the member noun {noun!r} names both {found[(noun, country)]} and {label}"
                                    f"{' in ' + country if country else ''}; keep one")
    return found


def _chamber_names(graph: Graph) -> dict[tuple[str, str], str]:
    """(generic word, country) -> the label of the chamber the word alone names there (kg:bareName)."""
    return {(str(word).lower(), str(graph.value(node, KG.chamberCountry))): str(graph.value(node, RDFS.label))
            for node, word in graph.subject_objects(KG.bareName)}


def _collective_kind(graph: Graph, node) -> CollectiveKind:
    name = _local(node)
    sector = graph.value(graph.value(node, KG.inSector), KG.cameoCode)
    type_ = graph.value(node, KG.actorType)
    if sector is None or type_ is None or _local(type_) not in ENTITY_TYPES:
        raise OntologyError(f"the collective kind {name} needs a kg:inSector (a kg:Sector with a kg:cameoCode) and "
                            f"a kg:actorType among {', '.join('kg:' + t for t in ENTITY_TYPES)}")
    return CollectiveKind(name=name, label=str(graph.value(node, RDFS.label) or name), sector=str(sector),
                          type=_local(type_), acts_as_group=bool(graph.value(node, KG.actsAsGroup)),
                          short_form=bool(graph.value(node, KG.shortForName)),
                          later_name=bool(graph.value(node, KG.shortForLaterName)),
                          people_owned=bool(graph.value(node, KG.ownedByPeople)))


def _sectors(graph: Graph) -> dict[str, str]:
    return {str(graph.value(node, KG.cameoCode)): str(graph.value(node, RDFS.label) or "")
            for node in graph.subjects(RDF.type, KG.Sector)}


_PART_ORDER = ("head", "noun_prep", "noun", "particle", "prep")


def _spelled(words: dict[str, str]) -> str:
    """A pattern's words by their part, spelled in one order ("hold-talk-with")."""
    return "-".join(words[part] for part in _PART_ORDER if words.get(part))


def _pattern_iri(relation: str, kind: URIRef, words: dict[str, str]) -> URIRef:
    """The IRI of a pattern node: its relation, kind and words (``pattern/meets/verbPattern/hold-talk-with``)."""
    return PATTERN[quote(f"{relation}/{_local(kind)}/{_spelled(words)}", safe="/")]


def _named_patterns(graph: Graph) -> Graph:
    """The ontology with each blank pattern node named by its relation, kind and words
    (``pattern/meets/verbPattern/hold-talk-with``) and any other blank node by a digest of what it says
    (``node/3f2a...``), so that the ontology graph a store holds exports and reads back as the same triples."""
    names: dict[BNode, URIRef] = {}
    for kind, parts in _PATTERN_PARTS.items():
        for prop, node in graph.subject_objects(kind):
            if isinstance(node, BNode):
                words = {parts[p]: str(v) for p, v in graph.predicate_objects(node) if p in parts}
                names[node] = _pattern_iri(_local(prop), kind, words)
    names.update(_other_blank_nodes(graph, set(names)))
    named = Graph()
    for prefix, namespace in graph.namespaces():
        named.bind(prefix, namespace)
    for s, p, o in graph:
        named.add((names.get(s, s), p, names.get(o, o)))
    return named


def _other_blank_nodes(graph: Graph, named: set) -> dict[BNode, URIRef]:
    """Every blank node no pattern name took, named by a digest of what it says."""
    return {node: NODE[_digest(graph, node)] for node in set(graph.subjects()) - named if isinstance(node, BNode)}


def _digest(graph: Graph, node: BNode) -> str:
    """A digest of what a blank node says, blank nodes it points to included (an ontology has no cycles)."""
    said = sorted(f"{p.n3()} {_digest(graph, o) if isinstance(o, BNode) else o.n3()}"
                  for p, o in graph.predicate_objects(node))
    return hashlib.sha256("\n".join(said).encode()).hexdigest()[:16]


def _national_titles(graph: Graph) -> dict[str, Any]:
    """The titles of one country's government (kg:NationalTitle), how a role label writes each country, the
    offices of one holder (kg:SingleOffice and the titles of one country) and the title qualifiers."""
    titles: dict[str, str] = {}
    written: dict[str, str] = {}
    for node in graph.subjects(RDF.type, KG.NationalTitle):
        country = str(graph.value(node, KG.titleCountry))
        written[country] = str(graph.value(node, KG.writtenName) or country)
        for title in (str(t).lower() for t in graph.objects(node, KG.nationalTitle)):
            if titles.setdefault(title, country) != country:
                raise OntologyError(f"the title {title!r} is a kg:nationalTitle of both {titles[title]} and "
                                    f"{country}; keep one")
    offices = {str(t).lower() for node in graph.subjects(RDF.type, KG.SingleOffice)
               for t in graph.objects(node, KG.officeTitle)}
    qualifiers = _cue_lemmas(graph, KG.RoleModifier, KG.StandInRole, KG.PastRole, KG.FutureRole)
    return {"national_titles": titles, "written_names": written, "single_offices": frozenset(offices | set(titles)),
            "title_qualifiers": qualifiers}


def _cue_lemmas(graph: Graph, *classes: URIRef) -> frozenset[str]:
    """The kg:cueLemma words of the classes, lowercase."""
    return frozenset(str(word).lower() for cue in classes for word in graph.objects(cue, KG.cueLemma))


def _cue_relations(graph: Graph, relations: dict[str, RelationInfo], path: Path) -> dict[str, tuple[str, str]]:
    """The relation and CAMEO code the words of each cue class with a kg:cueRelation give (kg:StatementVerb:
    commentsOn, "010"); each of RELATION_CUES must have them."""
    found: dict[str, tuple[str, str]] = {}
    for cue, relation in graph.subject_objects(KG.cueRelation):
        code = graph.value(cue, KG.cameoCode)
        if _local(relation) not in relations or code is None:
            raise OntologyError(f"{path}: kg:{_local(cue)} has the kg:cueRelation {_local(relation)!r}; it needs a "
                                "relation of the ontology and a kg:cameoCode beside it")
        found[_local(cue)] = (_local(relation), str(code))
    missing = [name for name in RELATION_CUES if name not in found]
    if missing:
        raise OntologyError(f"{path} gives no kg:cueRelation and kg:cameoCode to the cue classes {missing}, which "
                            "this version reads; copy them from the installed ontology/newskg.ttl (or restore them if "
                            "removed)")
    return found


def _leaving_codes(graph: Graph, path: Path) -> dict[str, str]:
    """The CAMEO code of each cue class's relation when what is asked is to leave office (kg:leavingCameoCode);
    each of EXHORTING_CUES must have one."""
    found = {_local(cue): str(code) for cue, code in graph.subject_objects(KG.leavingCameoCode)}
    missing = [name for name in EXHORTING_CUES if name not in found]
    if missing:
        raise OntologyError(f"{path} gives no kg:leavingCameoCode to the cue classes {missing}, which this version "
                            "reads; copy them from the installed ontology/newskg.ttl (or restore them if removed)")
    return found


def _flagged(graph: Graph, flag: URIRef) -> frozenset[str]:
    """The local names of the terms the flag is true of ("kg:Disapproval kg:adjectiveJudges true")."""
    return frozenset(_local(term) for term, value in graph.subject_objects(flag) if value == Literal(True))


def _country_titles(graph: Graph, relations: dict[str, RelationInfo], titles: dict[str, str],
                    link: URIRef = KG.countryTitle, where: URIRef = KG.inCountry) -> dict[tuple[str, str], str]:
    """(title, country label) -> the relation a title gives in the countries named (kg:countryTitle: a chancellor
    leads Germany and Austria only); ``titles``: every role title (kg:titlePattern) and its relation. With
    kg:classTitle and kg:ofActorClass: (title, actor class) -> the relation it gives of an actor of the class."""
    found: dict[tuple[str, str], str] = {}
    for name, info in relations.items():
        for node in graph.objects(info.iri, link):
            title = str(graph.value(node, KG.titlePattern) or "").lower()
            if title not in titles:
                raise OntologyError(f"a {graph.qname(link)} of {name} names {title!r}, which is no "
                                    "kg:titlePattern of any relation; give it one, or fix the spelling")
            found.update({(title, str(place)): name for place in graph.objects(node, where)})
    return found


def _ontology_folder(folder: str | Path | None) -> Path:
    return (Path(folder) if folder is not None else _installed_folder()).resolve()


def load_lexicon(folder: str | Path | None = None) -> Lexicon:
    """Relations, patterns, titles and cue words from an ontology folder (None: the installed ``ontology/``).

    Cached per folder: each folder is read once a process.
    """
    return _load_lexicon(_ontology_folder(folder))


@lru_cache(maxsize=8)
def _load_lexicon(folder: Path) -> Lexicon:
    graph = _parse(ontology_file("newskg.ttl", folder))
    props = _relation_properties(graph)
    quad_classes = _quad_classes(graph)
    relations = {_local(prop): _relation_info(graph, prop, quad_classes) for prop in props}
    if len(relations) != len(props):
        raise OntologyError(f"two relations in {folder} share a local name; rename one")
    cues = _words(graph, KG.cueLemma)
    missing = [name for name in (*CUE_CLASSES, *ROLE_CUES.values()) if name not in cues]
    if missing:
        raise OntologyError(f"{folder}/newskg.ttl lacks the cue classes {missing}, which this version reads; copy "
                            "them from the installed ontology/newskg.ttl (or restore them if removed)")
    families = _families(folder, relations)
    title_relations = _title_relations(graph, props)
    senses = _senses(folder)
    sectors = _sectors(graph)
    _check_senses(families, senses, sectors, relations)
    verb_patterns, noun_patterns = _all_patterns(graph, props, families)
    with ontology_file("gazetteer.json", folder).open(encoding="utf-8") as fh:
        gazetteer = json.load(fh)
    return Lexicon(
        folder=folder,
        graph=_with_families(_named_patterns(graph), families, relations),
        relations=relations,
        quad_classes=quad_classes,
        verb_patterns={k: tuple(sorted(v, key=lambda p: -p.specificity)) for k, v in verb_patterns.items()},
        noun_patterns={k: tuple(v) for k, v in noun_patterns.items()},
        families=families,
        country_titles=_country_titles(graph, relations, title_relations),
        class_titles=_country_titles(graph, relations, title_relations, KG.classTitle, KG.ofActorClass),
        senses=senses,
        tone=_tone(folder, relations),
        title_relations=title_relations,
        cues=cues,
        cue_relations=_cue_relations(graph, relations, folder / "newskg.ttl"),
        leaving_codes=_leaving_codes(graph, folder / "newskg.ttl"),
        adjective_judges=_flagged(graph, KG.adjectiveJudges),
        modal_auxiliaries=_words(graph, KG.modalAuxiliary),
        source_prepositions=_two_words(graph, KG.sourcePreposition),
        gazetteer=Gazetteer.from_data(gazetteer),
        collective_nouns=_collective_nouns(graph),
        chambers=_chambers(graph),
        chamber_names=_chamber_names(graph),
        sectors=sectors,
        group_nouns=frozenset(str(noun).lower() for noun in graph.objects(KG.Collective, KG.groupNoun)),
        enemy_nouns=frozenset(str(noun).lower() for noun in graph.objects(KG.Collective, KG.enemyNoun)),
        **_national_titles(graph),
    )


def _families(folder: Path, relations: dict[str, RelationInfo]) -> tuple[Family, ...]:
    roots = {name: info.cameo for name, info in relations.items()}
    return tuple(family for path in lexicon_files(folder) for family in read_families(path, roots))


def _names(value, where: str) -> frozenset[str]:
    names = [value] if isinstance(value, str) else value or []
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise OntologyError(f"{where} is a list of words or names, not {value!r}")
    return frozenset(names)


def _senses(folder: Path) -> Senses:
    """The noun and actor classes of ``lexicon/senses.yaml`` (none when the folder has no such file)."""
    path = folder / LEXICON_FOLDER / SENSES_FILE
    if not path.is_file():
        return Senses()
    data = _senses_data(path)
    nouns = {name: frozenset(w.lower() for w in _names(words, f"{path.name}: noun class {name}"))
             for name, words in (data.get("noun_classes") or {}).items()}
    actors = {name: _actor_class(name, spec, f"{path.name}: actor class {name}", nouns)
              for name, spec in (data.get("actor_classes") or {}).items()}
    _check_actor_classes(path, actors)
    return Senses(noun_classes=nouns, actor_classes=actors,
                  reacting_relations=_names(data.get("reacting_relations"), f"{path.name}: reacting_relations"))


def _check_actor_classes(path: Path, actors: dict[str, ActorClass]) -> None:
    """Every actor class an actor class names (``except``, ``unless_named``) is defined, and so is
    every class the extractors ask about by name (``CODE_ACTOR_CLASSES``)."""
    unknown = sorted({u for a in actors.values() for u in a.classes_named} - set(actors))
    if unknown:
        raise OntologyError(f"{path.name}: 'except' or 'unless_named' names unknown actor classes "
                            f"{unknown}")
    missing = [name for name in CODE_ACTOR_CLASSES if name not in actors]
    if missing:
        raise OntologyError(f"{path.name}: the actor classes {missing} are missing; the extractors ask about them by "
                            "name (see the shipped ontology/lexicon/senses.yaml)")


def _tone(folder: Path, relations: dict[str, RelationInfo]) -> Tone:
    """The tone of reported speech of ``lexicon/tone.yaml`` (none, thresholds out of reach, without the file)."""
    path = folder / LEXICON_FOLDER / TONE_FILE
    if not path.is_file():
        return Tone()
    data = read_yaml(path) or {}
    lists = ("topic_words", "feelings", "held_feelings", "instance_nouns", "marking_verbs", "deed_verbs",
             "lacking", "lacking_how", "contrast_marks", "lacking_verbs", "hedges", "hedging_modals", "motives",
             "imputing", "ploys", "fears", "accountable", "labels", "pursuing", "plights", "creating", "abilities",
             "promising", "right_words", "ranks")
    keys = {"negative", "positive", "noun_valence", *lists}
    if not isinstance(data, dict) or set(data) != keys or not isinstance(data["noun_valence"], float):
        raise OntologyError(f"{path} is a mapping of negative, positive, noun_valence (a number) and the word lists "
                            f"{', '.join(lists)} (see its comments)")
    negative, at_most = _tone_side(data["negative"], "at_most", f"{path.name}: negative", relations)
    positive, at_least = _tone_side(data["positive"], "at_least", f"{path.name}: positive", relations)
    words = {key: frozenset(w.lower() for w in _names(data[key], f"{path.name}: {key}")) for key in lists}
    return Tone(negative=negative, positive=positive, at_most=at_most, at_least=at_least,
                noun_valence=data["noun_valence"], **words)


def _tone_side(spec, bound: str, where: str, relations: dict[str, RelationInfo]) -> tuple[tuple[str, str], float]:
    """The (relation, code) and threshold of one side of ``tone.yaml``."""
    fits = isinstance(spec, dict) and set(spec) == {"relation", "code", bound} and \
        isinstance(spec[bound], float) and -1 <= spec[bound] <= 1 and isinstance(spec["code"], str)
    if not fits:
        raise OntologyError(f"{where} is a mapping of relation, code (a CAMEO code in quotes) and {bound} (a score "
                            "between -1 and 1)")
    if spec["relation"] not in relations:
        raise OntologyError(f"{where}: unknown relation {spec['relation']!r}; use one of newskg.ttl")
    return (spec["relation"], spec["code"]), spec[bound]


def _senses_data(path: Path) -> dict:
    data = read_yaml(path) or {}
    if not isinstance(data, dict) or set(data) - {"noun_classes", "actor_classes", "reacting_relations"}:
        raise OntologyError(f"{path} is a mapping of noun_classes, actor_classes and reacting_relations (see "
                            "graph_builder/patterns.py)")
    return data


def _actor_class(name: str, spec, where: str, noun_classes: dict[str, frozenset[str]]) -> ActorClass:
    if not isinstance(spec, dict) or set(spec) - {"types", "sectors", "label_words", "nouns", "anywhere", "scored",
                                                  "plural_names", "peoples", "except", "play_documents"}:
        raise OntologyError(f"{where} is a mapping of types, sectors, label_words, nouns, anywhere, scored, "
                            "plural_names, peoples, except and play_documents")
    nouns = frozenset(w.lower() for w in _names(spec.get("nouns"), where))
    return ActorClass(name=name, types=_names(spec.get("types"), where), sectors=_names(spec.get("sectors"), where),
                      label_words=frozenset(w.lower() for w in _names(spec.get("label_words"), where)), nouns=nouns,
                      play=_play_documents(spec.get("play_documents"), nouns, noun_classes, where),
                      anywhere=spec.get("anywhere") is True, scored=spec.get("scored") is True,
                      plural_names=spec.get("plural_names") is True, peoples=spec.get("peoples") is True,
                      unless=tuple(sorted(_names(spec.get("except"), where))))


def _play_documents(spec, nouns: frozenset[str], noun_classes: dict[str, frozenset[str]], where: str
                    ) -> PlayDocuments | None:
    """An actor class's ``play_documents`` (see PlayDocuments): the class's own nouns and those of the noun classes
    it names are the nouns of play."""
    if spec is None:
        return None
    _check_play_documents(spec, where)
    unknown = sorted(_names(spec.get("noun_classes"), where) - set(noun_classes))
    if unknown:
        raise OntologyError(f"{where}: play_documents names unknown noun classes {unknown}")
    words = nouns.union(*(noun_classes[name] for name in _names(spec.get("noun_classes"), where)))
    return PlayDocuments(share=spec["share"], least=spec["least"], nouns=frozenset(w for w in words if " " not in w),
                         types=_names(spec.get("types"), where),
                         unless_named=tuple(sorted(_names(spec.get("unless_named"), where))))


def _check_play_documents(spec, where: str) -> None:
    fits = (isinstance(spec, dict) and not set(spec) - {"share", "least", "noun_classes", "types", "unless_named"}
            and isinstance(spec.get("share"), float) and 0 < spec["share"] < 1
            and isinstance(spec.get("least"), int) and spec["least"] >= 1)
    if not fits:
        raise OntologyError(f"{where}: play_documents is a mapping of share (a fraction between 0 and 1), least (a "
                            "count of one or more), noun_classes, types and unless_named")


def _check_senses(families: tuple[Family, ...], senses: Senses, sectors: dict[str, str], relations) -> None:
    """Every class a family's sense names is defined: noun classes in senses.yaml, actor types among the actor
    classes, entity types and sector codes."""
    actor_names = set(senses.actor_classes) | set(ENTITY_TYPES) | set(sectors)
    unknown = sorted(senses.reacting_relations - set(relations))
    if unknown:
        raise OntologyError(f"senses.yaml: reacting_relations names unknown relations {unknown}")
    for family in families:
        sense: Sense = family.sense
        unknown = sorted(sense.noun_classes - set(senses.noun_classes))
        if unknown:
            raise OntologyError(f"{family.source}: unknown noun classes {unknown}; senses.yaml defines "
                                f"{', '.join(senses.noun_classes) or 'none'}")
        unknown = sorted(sense.actor_types - actor_names)
        if unknown:
            raise OntologyError(f"{family.source}: unknown actor types {unknown}; use an actor class of senses.yaml "
                                f"({', '.join(senses.actor_classes) or 'none'}), an entity type or a sector code")


def _all_patterns(graph: Graph, props: list[URIRef], families: tuple[Family, ...]
                  ) -> tuple[dict[str, list[Pattern]], dict[str, list[Pattern]]]:
    """(verb patterns, noun patterns) by head word: the ontology's pattern nodes, then the lexicon files'.
    A pattern written twice is an error that names both places, unless every family that writes it gives it a
    sense or a condition of its own ("A attack B" criticizes when the object is a plan, attacks between armed
    actors; "A warn B" appeals with a bid, threatens bare)."""
    verbs = _patterns(graph, props, KG.verbPattern, KG.conversePattern)
    nouns = _patterns(graph, props, KG.nounPattern)
    seen: dict[tuple, tuple[str, tuple]] = {p.key: (f"newskg.ttl ({p.relation})", _reading(p))
                                            for ps in (*verbs.values(), *nouns.values()) for p in ps}
    readings: dict[tuple, set[tuple]] = {}
    for family in families:
        for pattern in family.patterns:
            where = f"{family.source} ({family.relation})"
            reading = _reading(pattern)
            if pattern.key in seen and (not any(reading) or not any(seen[pattern.key][1])
                                        or reading in readings[pattern.key]):
                spelled = _spelled(_words_of(pattern))
                raise OntologyError(f"the pattern {spelled!r} is written twice: in {seen[pattern.key][0]} "
                                    f"and in {where}; keep one, or give each family a sense of its own")
            seen[pattern.key] = (where, reading)
            readings.setdefault(pattern.key, set()).add(reading)
            (nouns if pattern.nominal else verbs).setdefault(pattern.head, []).append(pattern)
    return verbs, nouns


def _reading(pattern: Pattern) -> tuple:
    """What tells one family's reading of a pattern from another's: its sense and its conditions (a passive reading
    is one: "X is allied with B" reads X as A, "X allied with B" too)."""
    return (pattern.sense, pattern.bids, pattern.bare, pattern.unbidden, pattern.told, pattern.passive,
            pattern.received, pattern.unreceived, pattern.refused, pattern.unrefused,
            pattern.arranged, pattern.confided, pattern.unconfided)


def _pattern_kind(pattern: Pattern) -> URIRef:
    return KG.nounPattern if pattern.nominal else KG.conversePattern if pattern.converse else KG.verbPattern


def _words_of(pattern: Pattern) -> dict[str, str]:
    return {part: getattr(pattern, part) for part in _PART_ORDER if getattr(pattern, part)}


def _with_families(graph: Graph, families: tuple[Family, ...], relations: dict[str, RelationInfo]) -> Graph:
    """The ontology graph with the lexicon files' patterns as pattern nodes, each with its CAMEO code, named and
    worded as the ontology's own pattern nodes are, so that a store can be asked which words express a relation."""
    for family in families:
        for pattern in family.patterns:
            kind = _pattern_kind(pattern)
            words = _words_of(pattern)
            node = _pattern_iri(pattern.relation, kind, words)
            graph.add((relations[pattern.relation].iri, kind, node))
            if family.code:
                graph.add((node, KG.cameoCode, Literal(family.code)))
            predicates = {part: predicate for predicate, part in _PATTERN_PARTS[kind].items()}
            for part, word in words.items():
                graph.add((node, predicates[part], Literal(word)))
    return graph
