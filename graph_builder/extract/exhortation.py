"""Appeals and demands voiced with a modal in reported speech or a quotation: "X said Y should apologise" (X appeals
to Y), "Y must think again, X insisted" (X demands of Y), "X believes Y ought to step down" (an appeal for a change
of leadership), "X insists Y has an obligation to act" (an appeal)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from graph_builder.entities import DocEntities
from graph_builder.extract.arguments import Actor, actor
from graph_builder.extract.attribution import reporters
from graph_builder.extract.polarity import inferred, phrase_lemma, polarity
from graph_builder.extract.scoring import confidence, evidence
from graph_builder.extract.syntax import children, dependents, morph_values
from graph_builder.extract.told import told
from graph_builder.records import Entity, Relation
from graph_builder.vocab import EXHORTING_CUES, Lexicon


@dataclass(frozen=True)
class Exhortation:
    """A word that asks the subject of its clause to act: the modal or noun of obligation, the clause whose subject
    is asked (the modal itself when the parser made it the head: "ought to"), and the verb of what is asked."""

    modal: Token
    clause: Token
    act: Token

    @property
    def phrase(self) -> str:
        """The asking word and the verb asked, as written: "should apologise", "ought to step down", "obligation to
        act", with the negation of an appeal to refrain ("should not retaliate", as "urged Y not to retaliate" is
        an appeal too)."""
        words = [self.modal, *children(self.act, "aux", "prt", "neg"), *children(self.modal, "neg"), self.act]
        return " ".join(t.text for t in sorted(set(words), key=lambda t: t.i))


def exhortations(entities: DocEntities, lexicon: Lexicon,
                 quoted_by: Callable[[Token], Entity | None]) -> Iterator[Relation]:
    """appealsTo or demands from a speaker to the actor a modal clause they report or quote asks to act: the speaker
    is who reports the clause, else who says the quotation it stands in (``quoted_by``)."""
    words = lexicon.modal_auxiliaries.get("Intended", frozenset()) | lexicon.cues.get("ObligationNoun", frozenset()) \
        | lexicon.cues.get("SemiModal", frozenset())
    for modal in (*entities.tokens.with_lemma(words), *_hoped(entities, lexicon)):
        found = _exhortation(modal, lexicon)
        target = _addressee(found, entities, lexicon) if found is not None else None
        if target is None:
            continue
        quoter = quoted_by(modal)
        speakers = _reporters(found.clause, entities, lexicon) or ((quoter,) if quoter else ())
        relation, code = _exhorted(found, lexicon)
        negated, modality = _reported_as(found.clause, lexicon)
        for speaker in (s for s in speakers if _another(s, target.entity)):
            yield Relation(subject=speaker, relation=relation, object=target.entity, verb=found.phrase,
                           cameo_code=code, negated=negated, modality=modality, evidence=evidence(modal, entities),
                           attributed_to=speaker,
                           confidence=confidence(0.6, "name", target.kind), extractor="quotes")


def _reported_as(clause: Token, lexicon: Lexicon) -> tuple[bool, str]:
    """(negated, modality) of the verb of saying that reports a modal clause: "did not say Y must act", "denied
    saying Y should act" make no appeal; a clause no verb reports (a quotation's own) is asserted."""
    verb = clause.head
    if clause.dep_ not in ("ccomp", "parataxis") or verb.i == clause.i or verb.pos_ not in ("VERB", "AUX"):
        return False, "asserted"
    return polarity(verb, lexicon)


def _hoped(entities: DocEntities, lexicon: Lexicon) -> Iterator[Token]:
    """The modals of kg:Future or kg:Possible of the clauses of "you" a verb of kg:HopingVerb takes in the first
    person ('I hope you can take firm action': asked of the one addressed, as a modal of kg:Intended asks)."""
    able = lexicon.cues["Future"] | lexicon.cues["Possible"]
    for verb in entities.tokens.with_lemma(lexicon.cues["HopingVerb"]):
        if not any(morph_values(s, "Person") == ["1"] for s in children(verb, "nsubj")):
            continue
        for clause in children(verb, "ccomp"):
            if any(s.lower_ == "you" for s in children(clause, "nsubj")):
                yield from (a for a in children(clause, "aux") if a.tag_ == "MD" and a.lower_ in able)


def _exhortation(word: Token, lexicon: Lexicon) -> Exhortation | None:
    """The clause and act a modal or a noun of obligation asks of the clause's subject (``_asked``), when it asks: a
    clause of its own (no relative clause, "the issues Y should consider"; no question, "Should Y resign?", "how Y
    should act"; no condition, "if Y should fall", "Y should quit if ..."), no perfect ("should have resigned" is
    blame), no passive and no copula ("should be sacked", "should be ashamed": what they ask is not the subject's
    act), no inference (``polarity.inferred``: "must be wondering")."""
    asked = _asked(word, lexicon)
    if asked is None or not _own_act(asked[1]) or inferred(asked[1], lexicon) or not _plain_clause(*asked, lexicon):
        return None
    return Exhortation(modal=word, clause=asked[0], act=asked[1]) if _stated(word, asked[0]) else None


def _asked(word: Token, lexicon: Lexicon) -> tuple[Token, Token] | None:
    """(clause, act) of a modal ("Y should resign"; the modal is the clause when the parser made it the head: "Y
    ought to resign"), of a verb of kg:SemiModal (``_needed``: "Y needs to resign"), or of a noun of
    kg:ObligationNoun that the clause's "have" takes ("Y has an obligation to resign")."""
    if word.tag_ == "MD":
        clause = word if children(word, "nsubj") else word.head
        acts = children(word, "xcomp") if clause is word else [word.head] if word.dep_ == "aux" else []
    elif word.lemma_.lower() in lexicon.cues.get("SemiModal", ()):
        clause, acts = word, _needed(word, lexicon)
    else:
        clause = word.head
        acts = _duties(word, lexicon)
    return (clause, acts[0]) if acts else None


def _needed(verb: Token, lexicon: Lexicon) -> list[Token]:
    """The to-infinitives of a verb of kg:SemiModal, neither denied nor foretold by a modal ("Y needs to resign";
    not "Y need not resign", "Y will need to raise taxes"), nor a means to an end, which states a requirement
    ("Y needed to win both games to take the title"), unless what is needed is acting itself (``_any_act``: "Y needs
    to act to restore trust" asks it)."""
    if children(verb, "neg") or any(a.tag_ == "MD" for a in children(verb, "aux")):
        return []
    acts = _infinitives(verb, "xcomp")
    means = any(_infinitives(node, "advcl") for node in (verb, *acts))
    return [] if means and not any(_any_act(act, lexicon) for act in acts) else acts


def _any_act(act: Token, lexicon: Lexicon) -> bool:
    """Whether a verb names acting itself (kg:AnyAct: "act", "do more", "step in", "take action"), whose purpose is
    what is asked, no particular deed a purpose makes a plain requirement ("needed to win two races to take the
    cup")."""
    acting = lexicon.cues.get("AnyAct", frozenset())
    nouns = [f"{act.lemma_.lower()} {o.lemma_.lower()}" for o in children(act, "dobj")]
    return phrase_lemma(act) in acting or any(n in acting for n in nouns) or (
        act.lemma_.lower() in acting and not nouns)


def _duties(noun: Token, lexicon: Lexicon) -> list[Token]:
    """The to-infinitives of a noun of obligation that "have" takes ("has an obligation to act")."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() != "have" or \
            noun.lemma_.lower() not in lexicon.cues.get("ObligationNoun", ()):
        return []
    return _infinitives(noun, "acl")


def _infinitives(word: Token, dep: str) -> list[Token]:
    """The to-infinitives ``word`` takes by ``dep``."""
    return [act for act in children(word, dep) if any(a.lower_ == "to" for a in children(act, "aux"))]


def _stated(modal: Token, clause: Token) -> bool:
    """A statement with its subject before the modal, not a question ("Should Y resign?") nor a condition with its
    modal before a subject ("X, should it become a state company, must be sold": the parser gave "become" both)."""
    subjects = children(clause, "nsubj")
    return bool(subjects) and all(s.i < modal.i for s in subjects) and modal.sent[-1].text != "?"


def _own_act(act: Token) -> bool:
    """A verb of the subject's own doing: no copula, no passive, no perfect."""
    if act.pos_ != "VERB" or act.lemma_.lower() in ("be", "have") or children(act, "auxpass", "nsubjpass"):
        return False
    return not any(a.lemma_.lower() == "have" for a in children(act, "aux"))


_NOT_ASKING = frozenset({"relcl", "acl", "pcomp", "advcl", "csubj", "pobj"})


def _plain_clause(clause: Token, act: Token, lexicon: Lexicon) -> bool:
    """A clause that states what is to be done: not relative, adverbial or a question, with no condition on it or
    on a clause it is said in ("if that is her view, I think she should stay")."""
    asking = (*dependents(clause), *dependents(act))
    if clause.dep_ in _NOT_ASKING or any(w.tag_ in ("WRB", "WP", "WDT") for w in asking):
        return False
    conditions = lexicon.cues["Hypothetical"]
    return not any(m.lower_ in conditions for m in _marks(clause, act))


def _marks(clause: Token, act: Token) -> Iterator[Token]:
    """The subordinating words on the clause, its act, the clauses above it and their adverbial clauses."""
    yield from (m for node in {clause, act} for sub in dependents(node) for m in children(sub, "mark"))
    yield from (m for node in (clause, *clause.ancestors) for sub in (node, *children(node, "advcl"))
                for m in children(sub, "mark"))


def _addressee(found: Exhortation, entities: DocEntities, lexicon: Lexicon) -> Actor | None:
    """The actor asked: the clause's subject as the entities stage named it ("Y's bill should pass" asks nothing of
    Y), one actor (``_particular``), a person or an organisation (a country or group: see ``_another``); of the
    pronouns only "he" or "she" ("we should" asks nothing of another; "it" and "they" are too often read wrong), and
    "you" of a quotation told to a person, who is asked (``told``: 'X told Y: "You must apologise"'); another "you"
    asks no one named."""
    subject = children(found.clause, "nsubj")[0]
    if subject.lower_ == "you":
        return told(found.clause, entities, lexicon)  # 'X told Y: "You must apologise"' asks Y
    if subject.tag_ in ("PRP", "PRP$") and not _he_or_she(subject):
        return None
    named = actor(subject, entities, lexicon) if entities.at(subject) is not None else None
    return named if named is not None and _particular(subject, named) else None


def _particular(subject: Token, named: Actor) -> bool:
    """A subject that names one actor, not some of a kind: no determiner but a definite or demonstrative one
    ("some Pakistanis", "many unions"), and a collective noun with one of those or a possessor ("police should" is
    police anywhere; "the government should" the one the article is about)."""
    determiners = children(subject, "det", "poss")
    if any(d.dep_ == "det" and "Def" not in morph_values(d, "Definite") and "Dem" not in morph_values(d, "PronType")
           for d in determiners):
        return False
    return bool(determiners) or named.kind != "collective"


def _he_or_she(pronoun: Token) -> bool:
    return morph_values(pronoun, "Person") == ["3"] and morph_values(pronoun, "Number") == ["Sing"] \
        and morph_values(pronoun, "Gender") in (["Masc"], ["Fem"])


_ADDRESSED = frozenset({"Person", "Organization"})


def _another(speaker: Entity, target: Entity) -> bool:
    """Whether the speaker asks another actor: not itself; a country only when a country speaks ("Britain should
    take its share", said by a British politician, is of the speaker's own side, and the text seldom tells whose
    country a person speaks for); no group of people ("some Pakistanis should integrate")."""
    if speaker.id == target.id:
        return False
    return target.type in _ADDRESSED or (target.type == "Country" and speaker.type == "Country")


def _reporters(clause: Token, entities: DocEntities, lexicon: Lexicon) -> tuple[Entity, ...]:
    """Who reports the clause (``reporters``), when the sentence names them ("the committee said" is no one the
    entities stage found there, whoever it was read as)."""
    named = {m.entity.id for m in (entities.at(t) for t in entities.sentence(clause)) if m is not None}
    return tuple(speaker for speaker in reporters(clause, entities, lexicon, principals=False) if speaker.id in named)


def _exhorted(found: Exhortation, lexicon: Lexicon) -> tuple[str, str]:
    """(relation, CAMEO code) of what the modal asks: the kg:cueRelation of the first of ``EXHORTING_CUES`` that has
    the modal (kg:DemandingModal demands), else of the last (kg:Intended appeals), with its kg:leavingCameoCode when
    what is asked is to leave office (a verb of kg:LeavingVerb: 'should resign', 'must step down')."""
    leaving = lexicon.cues.get("LeavingVerb", frozenset())
    leaves = phrase_lemma(found.act) in leaving or found.act.lemma_.lower() in leaving
    lemma = found.modal.lemma_.lower()
    cue = next((name for name in EXHORTING_CUES if lemma in lexicon.cues.get(name, ()) or
                lemma in lexicon.modal_auxiliaries.get(name, ())), EXHORTING_CUES[-1])
    relation, code = lexicon.cue_relations[cue]
    return relation, lexicon.leaving_codes[cue] if leaves else code
