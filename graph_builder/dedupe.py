"""Deduplication: one record per fact and sentence, the step after relations are extracted and their actors
named for good (the same sentence read by two extractors, or two readings of it that unification found to
name the same actors)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from graph_builder.entities.naming import GOVERNMENT, SERVICE, served_country
from graph_builder.extract.senses import is_a
from graph_builder.records import DocumentResult, Entity, Relation
from graph_builder.vocab import CHAMBER_CLASS, EVIDENCE_CLASS, EXHORTING_CUES, JUDGING_CUES, SEAT_CLASSES

if TYPE_CHECKING:
    from graph_builder.gazetteer import Gazetteer
    from graph_builder.vocab import Lexicon


def fact_key(relation: Relation, lexicon: Lexicon) -> tuple:
    """What makes two relation records the same fact: document, sentence, relation, its two ends (in either
    order for a symmetric relation, "meets"), negation and modality."""
    ends = (relation.subject.id, relation.object.id)
    if lexicon.relations[relation.relation].symmetric:
        ends = tuple(sorted(ends))
    return (relation.evidence.doc_id, relation.evidence.start, relation.relation, ends,
            relation.negated, relation.modality)


def dedupe(relations: Iterable[Relation], lexicon: Lexicon,
           own_sides: frozenset[frozenset[str]] = frozenset()) -> tuple[Relation, ...]:
    """One record per fact (``fact_key``): the most confident reading wins, the first of equally confident ones; facts
    keep the order in which they were first read. A bare statement about an actor (the relation and code of
    kg:StatementVerb's kg:cueRelation: "X said Y ...") goes where the same sentence holds another record between the
    same two actors, which says more ("X said Y had lied": X criticizes Y), and where its two ends are one side: an
    affiliation the document states (or one with a body of the other end), one end a body of the other, or a leader
    and what the archive says the leader leads, or its government (``own_sides``, labels). A briefing goes where the
    same sentence holds a record of its speaker judging or bidding the one told (``_judged_or_bidden``). A statement
    made by telling a whole legislature (``_told_chamber``) is made to it, no bare statement about it: it stays
    beside its speaker's role in it. An affiliation stated as current goes where its sentence says it ended (a past
    record of the same two ends). A record only two sides have (kg:betweenSides: a comment, a briefing, a meeting,
    cooperation) goes between an actor and its own side (``_of_one_side``). A bare statement of a party, or of a
    member or leader of it, about the country whose politics the party contests goes too (``_own_country_comments``):
    "X said Norland needed lower taxes", of a Norland party's MP, is domestic commentary, no dealing of two actors;
    so is a visit of theirs to a place in that country (``_home_visits``): a tour at home, no visit of a country.
    An untitled membership ("his party", "Velcorp's Mr Hale") stays a membership though the document says its member
    leads the organisation elsewhere: a possessive or "of" is no evidence of a lead in its own sentence. What a
    witness tells a whole legislature briefs it (``_witness_briefings``): a judge or a central banker who "told MPs"
    gave evidence."""
    best = _most_confident(_witness_briefings(list(relations), lexicon), lexicon)
    statement = lexicon.cue_relations["StatementVerb"]
    said = {key for r in best.values() if not _bare(r, statement) and not r.toned for key in _said_of(r, lexicon)}
    ended = _ended(best.values(), lexicon)
    judged = _judged_or_bidden(best.values(), lexicon)
    sides = own_sides | lexicon.gazetteer.seat_sides
    at_home = _at_home(best.values(), lexicon.gazetteer, own_sides)
    one_side = _one_side_dealings(best.values(), lexicon, sides) | _own_country_comments(
        best.values(), statement, at_home) | _home_visits(best.values(), lexicon.gazetteer, at_home)
    return tuple(r for r in best.values() if not _said_over(r, statement, said, sides, lexicon)
                 and not _said_ended(r, ended) and not _told_judged(r, judged) and r not in one_side)


_SEATED_TITLES = ("CabinetTitle", "ConstituencyTitle", "LocalTitle", "FloorTitle")
"""The cue classes of the titles of a government or legislative office (minister, secretary, MP, senator, mayor,
whip): their holder is seated whatever the body the title is read with ("the Norland finance minister")."""


def _witness_briefings(relations: list[Relation], lexicon: Lexicon) -> list[Relation]:
    """The records, with each public statement a person makes by telling a whole legislature something ("told MPs",
    commentsOn of an actor of the class chamber) made a briefing of it (kg:WitnessTelling's relation and code: briefs,
    040) where the person is a witness (``_witnesses``): a judge or a central banker who tells MPs gives evidence, no
    speech in their debate."""
    witnesses = _witnesses(relations, lexicon)
    briefing, code = lexicon.cue_relations["WitnessTelling"]
    return [replace(r, relation=briefing, cameo_code=code) if r.subject.id in witnesses
            and _told_chamber(r, lexicon) else r for r in relations]


def _told_chamber(relation: Relation, lexicon: Lexicon) -> bool:
    """Whether a record is a public statement (kg:StatementVerb's relation) made by telling (a form of "tell" of
    kg:WitnessTelling) a whole legislature or its members (the actor class ``CHAMBER_CLASS``): "told MPs that ..."."""
    return relation.relation == lexicon.cue_relations["StatementVerb"][0] \
        and relation.verb in lexicon.cues["WitnessTelling"] \
        and is_a(relation.object, CHAMBER_CLASS, lexicon.senses)


def _witnesses(relations: list[Relation], lexicon: Lexicon) -> set[str]:
    """The persons to whom the document gives no legislative or government role (no current affiliation with a
    body of ``SEAT_CLASSES``, no title of ``_SEATED_TITLES``) and who give evidence: they brief a committee or an
    inquiry in it, or every role it gives them is outside legislatures and governments ("Federal Reserve chairman
    X", "Electoral Commission chairman X")."""
    roles = [r for r in relations if r.relation in SERVICE and r.subject.type == "Person" and _asserted(r)]
    seated = {r.subject.id for r in roles if _seat(r.object, lexicon) or _seated_title(r.role, lexicon)}
    return ({r.subject.id for r in roles} | _heard(relations, lexicon)) - seated


def _heard(relations: list[Relation], lexicon: Lexicon) -> set[str]:
    """The actors who brief a committee or an inquiry (the actor class ``EVIDENCE_CLASS``): who give evidence."""
    return {r.subject.id for r in relations if r.relation == _TOLD and _asserted(r)
            and is_a(r.object, EVIDENCE_CLASS, lexicon.senses)}


def _seat(entity: Entity, lexicon: Lexicon) -> bool:
    """Whether an actor is a body a legislative or government role is held in (``SEAT_CLASSES``)."""
    return any(is_a(entity, name, lexicon.senses) for name in SEAT_CLASSES)


def _seated_title(role: str | None, lexicon: Lexicon) -> bool:
    """Whether a role's title is one of a government or legislative office (``_SEATED_TITLES``), as written or by its
    last word ("finance minister", "MP", "deputy mayor")."""
    if not role:
        return False
    title = role.lower()
    return any(word in lexicon.cues[name] for name in _SEATED_TITLES for word in (title, title.split()[-1]))


def _asserted(relation: Relation) -> bool:
    """Whether a record states its fact as real: not negated, neither hedged, wished nor to come."""
    return not relation.negated and relation.modality == "asserted"


def _at_home(relations: Iterable[Relation], gazetteer: Gazetteer, own_sides: frozenset[frozenset[str]]
             ) -> Callable[[Relation, str], bool]:
    """Whether a country is the home of a record's subject: the country whose politics a party contests
    (``party_countries``), that of a party the document says the subject is a member or leader of
    (``_party_members``), or that of a party the archive says the subject leads (``own_sides``)."""
    parties = gazetteer.party_countries
    members = _party_members(list(relations), parties)
    leaders = {(one, parties[other]) for pair in own_sides for one in pair for other in pair if other in parties}

    def home(relation: Relation, country: str) -> bool:
        return parties.get(relation.subject.label) == country or (relation.subject.label, country) in leaders \
            or (relation.evidence.doc_id, relation.subject.id, country) in members
    return home


def _own_country_comments(relations: Iterable[Relation], statement: tuple[str, str],
                          at_home: Callable[[Relation, str], bool]) -> set[Relation]:
    """The bare statements (``_bare``) of a party, or of a member or leader of one, about its home country
    (``_at_home``)."""
    return {r for r in relations if _bare(r, statement) and at_home(r, r.object.label)}


def _home_visits(relations: Iterable[Relation], gazetteer: Gazetteer, at_home: Callable[[Relation, str], bool]
                 ) -> set[Relation]:
    """The visits of a party, or of a member or leader of one, to its home country (``_at_home``), a part of it or
    a town of it (``Gazetteer.country_of_place``: "Harbour Party leader X visits Eastport and Scotland"): a tour
    at home, no visit between two actors. A place the record says the visit was in must lie there too: a town
    written with its state or country after it ("Birmingham, Alabama") is not the town its name alone is read as."""
    return {r for r in relations if r.relation == _VISIT and all(
        at_home(r, gazetteer.country_of_place(place.label) or "") for place in (r.object, r.place) if place)}


_VISIT = "visits"  # the relation of a journey to a place (kg:visits)


def _party_members(relations: list[Relation], parties: dict[str, str]) -> set[tuple]:
    """The document, person and party's country (``party_countries``) of each membership or leadership of a party
    its document states as current."""
    return {(r.evidence.doc_id, r.subject.id, parties[r.object.label]) for r in relations
            if r.relation in _PARTY_TIES and r.object.label in parties and _asserted(r)}


_PARTY_TIES = frozenset({"memberOf", "leaderOf"})  # the affiliations that make a person speak for a party


def _one_side_dealings(relations: Iterable[Relation], lexicon: Lexicon,
                       own_sides: frozenset[frozenset[str]]) -> set[Relation]:
    """The records of a relation only two sides have (kg:betweenSides) between one side's two ends
    (``_of_one_side``), but those of a body with a person (who leads or serves it): a party's MPs warning their
    leader hold him to account."""
    relations = list(relations)
    served = {key for r in relations for key in _served(r)}
    return {r for r in relations if lexicon.relations[r.relation].between_sides and not _body_to_person(r)
            and _of_one_side(r, served, own_sides)}


def _body_to_person(relation: Relation) -> bool:
    return relation.subject.type != "Person" and relation.object.type == "Person"


def _served(relation: Relation) -> list[tuple]:
    """The document and ends (``_pair_key``, no sentence) of a person and what the person leads or the state the person
    serves, by an affiliation its document states ("Home Secretary X": X and the government, X and its country)."""
    if relation.negated or relation.modality != "asserted" or relation.subject.type != "Person":
        return []
    country = served_country(relation.object) if relation.relation in SERVICE else None
    if country is None:
        return [_pair_key(relation, sentence=False)] if relation.relation == "leaderOf" else []
    return [_pair_key(relation, sentence=False), _pair_key(relation, relation.subject, country, sentence=False)]


def _of_one_side(relation: Relation, served: set[tuple], own_sides: frozenset[frozenset[str]]) -> bool:
    """Whether a record's two ends are one side: one end a body of the other, a person and what the document says
    the person leads or the state the person serves (``served``), or one side the archive or the gazetteer knows
    (``own_sides``: a leader and what the leader leads, a minister and the state, a seat of government and its
    state)."""
    return _owned(relation) or _pair_key(relation, sentence=False) in served or _one_side(relation, own_sides)


def _most_confident(relations: Iterable[Relation], lexicon: Lexicon) -> dict[tuple, Relation]:
    """The most confident record of each fact (``fact_key``), the first of equally confident ones, in the order
    the facts were first read."""
    best: dict[tuple, Relation] = {}
    for relation in relations:
        key = fact_key(relation, lexicon)
        if key not in best or relation.confidence > best[key].confidence:
            best[key] = relation
    return best


def _told_judged(relation: Relation, judged: set[tuple]) -> bool:
    """Whether a record is a briefing of one its speaker judges or bids in its sentence (``_judged_or_bidden``)."""
    return relation.relation == _TOLD and _directed(relation) in judged


_TOLD = "briefs"  # the relation of telling an actor something ("X told Y that ...": 04_consult.yaml)


def _judged_or_bidden(relations: Iterable[Relation], lexicon: Lexicon) -> set[tuple]:
    """The sentences and ends (``_directed``) of the records that judge their object or ask something of it, of a
    relation a cue class of judgement, allegation or exhortation gives (kg:cueRelation: criticizes, praises,
    accuses, demands, appealsTo): what a speaker tells such an actor is no briefing ('X told Y: "It is shameful
    that you spread this story"': X criticizes Y, and briefs Y no more)."""
    kinds = {lexicon.cue_relations[c][0] for c in (*JUDGING_CUES, *EXHORTING_CUES, "AllegationVerb")}
    return {_directed(r) for r in relations if r.relation in kinds}


def _directed(relation: Relation) -> tuple:
    """A record's document, sentence, subject and object."""
    return relation.evidence.doc_id, relation.evidence.start, relation.subject.id, relation.object.id


def _ended(relations: Iterable[Relation], lexicon: Lexicon) -> set[tuple]:
    """The affiliations (see ``_held``) that records say held before and no longer."""
    return {_held(r) for r in relations if r.modality == "past" and lexicon.relations[r.relation].affiliation}


def _held(relation: Relation) -> tuple:
    """An affiliation's sentence, relation and two ends."""
    evidence = relation.evidence
    return evidence.doc_id, evidence.start, relation.relation, relation.subject.id, relation.object.id


def _said_ended(relation: Relation, ended: set[tuple]) -> bool:
    """Whether a record states as current an affiliation its own sentence says ended ("Tarnco boss Hale dies Ann
    Hale, the former head of Tarnco, ...": a headline run into the sentence calls her what she was)."""
    return _asserted(relation) and _held(relation) in ended


def _said_over(relation: Relation, statement: tuple[str, str], said: set[tuple],
               own_sides: frozenset[frozenset[str]], lexicon: Lexicon) -> bool:
    """Whether a record goes as redundant (``_redundant``), which a statement made by telling a whole legislature
    (``_told_chamber``) never does: it is made to the chamber, no bare statement about it."""
    return _redundant(relation, statement, said, own_sides) and not _told_chamber(relation, lexicon)


def _redundant(relation: Relation, statement: tuple[str, str], said: set[tuple],
               own_sides: frozenset[frozenset[str]]) -> bool:
    """Whether a record is a bare statement (or one its tone made a judgement, ``Relation.toned``) that another record
    says more of, or between one side's two ends."""
    return (_bare(relation, statement) or relation.toned) and (
        _said_before(relation, said) or _owned(relation) or _one_side(relation, own_sides))


def _one_side(relation: Relation, own_sides: frozenset[frozenset[str]]) -> bool:
    """Whether the two ends of a record are one side (``own_sides``, labels): a leader and what the archive says
    the leader leads, or the government of that country ("X said the government was looking at ...", of the
    country's leader, tells what X's own government does)."""
    return any(frozenset((one, other)) in own_sides
               for one in _side_labels(relation.subject) for other in _side_labels(relation.object))


def _side_labels(entity: Entity) -> tuple[str, ...]:
    """The labels an end of a record is one side by: its own, and a government's that of its country."""
    owner = entity.owner
    return (entity.label, owner.label) if entity.sector == GOVERNMENT and owner is not None else (entity.label,)


def _owned(relation: Relation) -> bool:
    """Whether one end of a record belongs to the other (a body of a country, the country's foreign ministry): a
    body's statement about its own country is its own side's."""
    subject, obj = relation.subject, relation.object
    return (subject.owner is not None and subject.owner.id == obj.id) or \
        (obj.owner is not None and obj.owner.id == subject.id)


def _said_before(relation: Relation, said: set[tuple]) -> bool:
    """Whether a record already says more of a bare statement's two actors, in its sentence or (an affiliation)
    anywhere in its document."""
    return _pair_key(relation) in said or _pair_key(relation, sentence=False) in said


def _bare(relation: Relation, statement: tuple[str, str]) -> bool:
    """Whether a record is a bare statement: of the ``statement`` relation and CAMEO code (commentsOn, 010)."""
    return (relation.relation, relation.cameo_code) == statement


def _said_of(relation: Relation, lexicon: Lexicon) -> list[tuple]:
    """What a record already says of two actors, so that a bare statement between them adds nothing: its own two
    ends in its sentence, its speaker and each of its ends ("X said Y attacked Z" is Y's attack in X's words), and
    for an affiliation its two ends anywhere in the document (a body's statement about its own country), and its
    member and the owner of the body ("Its spokeswoman, X," of a country's ministry: X on that country)."""
    found = [_pair_key(relation)]
    if relation.attributed_to is not None:
        found += [_pair_key(relation, relation.attributed_to, end) for end in (relation.subject, relation.object)]
    if lexicon.relations[relation.relation].affiliation:
        found.append(_pair_key(relation, sentence=False))
        if relation.object.owner is not None:
            found.append(_pair_key(relation, relation.subject, relation.object.owner, sentence=False))
    return found


def _pair_key(relation: Relation, one: Entity | None = None, other: Entity | None = None, *,
              sentence: bool = True) -> tuple:
    """The sentence of a record (None for its whole document) and two actors (its ends), in either order."""
    ends = frozenset(((one or relation.subject).id, (other or relation.object).id))
    return relation.evidence.doc_id, relation.evidence.start if sentence else None, ends


def deduplicated(result: DocumentResult, lexicon: Lexicon,
                 own_sides: frozenset[frozenset[str]] = frozenset()) -> DocumentResult:
    """A unified document with one record per fact: the step after unification (``own_sides``: see ``dedupe``)."""
    return replace(result, relations=dedupe(result.relations, lexicon, own_sides))
