"""Statements about an actor in reported speech: "X said Y posed a danger", "Y's plan would fail, X said" make X
comment on Y (commentsOn, CAMEO 010: make a public statement), or criticize or praise Y where the clause's own words
clearly judge it (``tone``: "X said Y had handled the floods badly").

The verb of saying is one of the ontology's kg:StatementVerb (a public statement: "said", "told", "insisted", not
"believed"); what it reports is its clause, or the clause it trails ("..., X said"). The actor commented on is the
subject of that clause or the owner of its subject ("Y's plan"), named, or "he" or "she"; not one read from a
modifier ("the Iraq controversy", "the British public"), a description ("the minister"), a collective other than a
government ("MPs"; kg:StatedCollective: "X said the government had failed" is about the government), "we", which
speaks for the speaker's own side, nor one joined with the speaker's own pronoun ("Y and I", "Y and himself" of a
speaker the document gives no other gender), nor "they", too often nobody in particular. A verb of allegation
(kg:AllegationVerb: "X alleged Y had misled voters") accuses the clause's doer instead (accuses, CAMEO 112), not the
one a passive clause is done to, when the clause charges a wrong (a judgement of kg:Disapproval, a verb of a
conflict relation or one the lexicon does not know); an allegation of an act of cooperation ("X alleged Y had met
Z") is a statement. What a newspaper or a news agency says an actor did or will do is news it carries, no comment
("the Harbour Times said Y would sell its port arm"; actor class ``news`` of senses.yaml). A record that says more
of the two makes a statement redundant (``dedupe``): another between them in the sentence (a criticism, an
accusation), one the speaker reports with the actor at one end (the event the clause states), an affiliation between
them in the document.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from graph_builder.entities import DocEntities
from graph_builder.entities.coreference import stated_gender
from graph_builder.entities.naming import GOVERNMENT
from graph_builder.extract.arguments import Actor, actors, subject_tokens, with_counted
from graph_builder.extract.attribution import speakers_of
from graph_builder.extract.polarity import judgements, polarity
from graph_builder.extract.roles import role_words
from graph_builder.extract.scoring import confidence, evidence
from graph_builder.extract.senses import is_a
from graph_builder.extract.syntax import VERBAL, children, morph_values
from graph_builder.extract.time_place import spoken_setting
from graph_builder.extract.tone import statement_kinds
from graph_builder.records import Entity, Mention, Relation
from graph_builder.vocab import Lexicon

_TARGET_KINDS = frozenset({"name", "capital", "pronoun"})
_CONFLICT_QUADS = frozenset({"VerbalConflict", "MaterialConflict"})  # the relations whose verbs charge a wrong
_STATED = frozenset({"active", "passive"})  # how a clause's doer is found when it is the clause's own (subject_tokens)
_GENDERS = {"Masc": "male", "Fem": "female"}  # the parser's gender of a reflexive ("himself"), as a document states one


def statements(entities: DocEntities, lexicon: Lexicon) -> Iterator[Relation]:
    """commentsOn from each speaker of a verb of public statement to each actor its reported clause is about."""
    verbs = lexicon.cues.get("StatementVerb", frozenset())
    reporting = lexicon.cues.get("Attribution", frozenset())
    wrongs, tokens = _wrongs(entities, lexicon), entities.tokens  # parts of speech and lemmas read once a document
    for verb in tokens.with_lemma(verbs):
        if tokens.pos[verb.i] != "VERB":
            continue
        alleged = tokens.lemma[verb.i] in lexicon.cues.get("AllegationVerb", frozenset())
        about = [_about(clause, alleged and _wrongdoing(clause, wrongs, lexicon), entities, lexicon)
                 for clause in _stated_clauses(verb, verbs, reporting, lexicon)]
        said = _said(verb, about, entities, lexicon)
        if said:  # the verb's polarity is read only for a record ("X said he would", "said" with no speaker: none)
            polar = polarity(verb, lexicon)
            yield from (_statement(verb, speaker, target, polar, entities, lexicon, kind)
                        for speaker, target, kind in said)


def _said(verb: Token, about: list[_About], entities: DocEntities, lexicon: Lexicon
          ) -> list[tuple[Entity, Actor, tuple[str, str]]]:
    """(speaker, target, kind) of each statement a verb makes: each speaker with each target of the clauses it
    reports (``about``, see ``_about``) it comments on. The speakers are read only when there are targets, the kind
    of statement (the tone of a clause) only of a clause whose target a speaker comments on: most have none."""
    speakers = speakers_of(verb, entities, lexicon, principals=False) if any(found.targets for found in about) else ()
    said = [(speaker, n, k) for speaker in speakers for n, found in enumerate(about)
            for k, target in enumerate(found.targets) if commented(speaker, target, entities, lexicon)]
    kinds = {n: about[n].kinds(lexicon) for n in {n for _, n, _ in said}}
    return _not_news([(speaker, about[n], about[n].targets[k], kinds[n][k]) for speaker, n, k in said], lexicon)


def _not_news(said: list[tuple[Entity, _About, Actor, tuple[str, str]]], lexicon: Lexicon
              ) -> list[tuple[Entity, Actor, tuple[str, str]]]:
    """(speaker, target, kind) of each statement but the news a newspaper or agency carries (``_news_carried``)."""
    return [(speaker, target, kind) for speaker, found, target, kind in said
            if not _news_carried(speaker, found.clause, kind, lexicon)]


def _news_carried(speaker: Entity, clause: Token, kind: tuple[str, str], lexicon: Lexicon) -> bool:
    """Whether a plain statement is news a newspaper or a news agency carries (actor class ``news`` of senses.yaml):
    what it says an actor did, does or will do ("Y would sell its port arm, the Harbour Times said") is a report,
    no comment of its own on the actor. What it says the actor or its deed is ("Y's plan was a blunder", "Y is no
    longer a draw") is its own view and stays, as do a clause whose tone judges the actor and an allegation (their
    ``kind`` is no plain statement)."""
    return kind == lexicon.cue_relations["StatementVerb"] and is_a(speaker, "news", lexicon.senses) \
        and not (clause.lemma_ == "be" and children(clause, "attr", "acomp"))


def commented(speaker: Entity, target: Actor, entities: DocEntities, lexicon: Lexicon) -> bool:
    """Whether a speaker comments on an actor a statement is about: another, not the government it serves
    (``serves_government``), nor one joined with the speaker (``_with_the_speaker``)."""
    return target.entity.id != speaker.id and not serves_government(speaker, target, entities, lexicon) \
        and not _with_the_speaker(target.token, speaker, entities, lexicon)


@dataclass(frozen=True, kw_only=True)
class _About:
    """A reported clause, the actors it is about (``targets``) and whether it accuses its doer of a wrong."""

    clause: Token
    accusing: bool
    targets: list[Actor]

    def kinds(self, lexicon: Lexicon) -> list[tuple[str, str]]:
        """The relation and code of the statement about each target (kg:cueRelation of kg:AllegationVerb or
        kg:StatementVerb): an allegation of a wrong accuses the clause's doer; any other statement comments on whom
        the clause is about, or criticizes or praises it when the clause's tone clearly judges it
        (``tone.clause_tone``: "X said Y had acted shamefully")."""
        if self.accusing:
            return [lexicon.cue_relations["AllegationVerb"]] * len(self.targets)
        return statement_kinds(self.clause, [actor.token for actor in self.targets], lexicon)


def _about(clause: Token, accusing: bool, entities: DocEntities, lexicon: Lexicon) -> _About:
    """The actors a reported clause is about (``reported_actors``; its doers alone when it ``accuses`` them)."""
    return _About(clause=clause, accusing=accusing,
                  targets=reported_actors(clause, entities, lexicon, doers_only=accusing))


def _wrongs(entities: DocEntities, lexicon: Lexicon) -> frozenset[int]:
    """The clauses of the document that judge their subject with a word of kg:Disapproval ("Y had misled voters",
    "Y's accounts were a sham": ``polarity.judgements``, as criticism voiced in speech is found), read only when a
    verb of allegation stands in it."""
    if not entities.tokens.with_lemma(lexicon.cues.get("AllegationVerb", frozenset())):
        return frozenset()
    return frozenset(found.clause.i for found in judgements(entities.tokens, lexicon))


def _wrongdoing(clause: Token, wrongs: frozenset[int], lexicon: Lexicon) -> bool:
    """Whether a reported clause charges its doer with a wrong: what is alleged is a wrong ("had rigged the vote",
    "had been corrupt"), unless the verb has plain patterns ("A meet B", no preposition, particle or noun), none of
    a conflict relation, and no judgement of kg:Disapproval stands in the clause: "alleged Y had met Z" comments on Y
    (though "met with criticism from" is a pattern of conflict), "alleged Y had misled the board" accuses Y."""
    plain = [p for p in lexicon.verb_patterns.get(clause.lemma_.lower(), ())
             if p.prep is None and p.particle is None and p.noun is None]
    return clause.i in wrongs or not plain or any(
        lexicon.relations[p.relation].quad_class in _CONFLICT_QUADS for p in plain)


def _reported_clauses(verb: Token, verbs: frozenset[str], reporting: frozenset[str]) -> list[Token]:
    """The clauses a verb of saying reports: its clausal complements, or the clause before it that it trails
    ("Y's plan would fail, X said"); not another verb of saying, which reports its own, nor a verb of reporting
    (``reporting``, kg:Attribution) that trails what it reports, a source the parser may hang under the speaker's
    verb ("X says Y will fail, the Harbour Times reports")."""
    clauses = children(verb, "ccomp")
    if not clauses and _trailing(verb):
        clauses = [verb.head]
    return [c for c in clauses if c.pos_ in VERBAL and c.lemma_.lower() not in verbs
            and not (c.lemma_.lower() in reporting and _trails(c, clauses)) and not _before_its_saying(c, verb)]


_CLAUSE_OF_A_NOUN = frozenset({"relcl", "acl", "xcomp"})  # a clause whose stranded preposition is its own


def _before_its_saying(clause: Token, verb: Token) -> bool:
    """Whether a clause the parser hung under a later verb of saying ends in a preposition of its own left with
    no object ("Mr Reed's remarks come a day after Ann Hale said ...": the saying is what "after" governs): the
    clause tells when the other spoke and is no report of what was said; not a preposition of a relative clause
    ("Y is a neighbour X can rely on, Z said": a report)."""
    last = clause.right_edge
    if clause.i > verb.i or last.dep_ != "prep" or children(last, "pobj", "pcomp"):
        return False
    node = last.head
    while node.i != clause.i and node.dep_ not in _CLAUSE_OF_A_NOUN and node.head.i != node.i:
        node = node.head
    return node.i == clause.i


def _stated_clauses(verb: Token, verbs: frozenset[str], reporting: frozenset[str], lexicon: Lexicon) -> list[Token]:
    """The clauses a verb of saying reports (``_reported_clauses``) and the views they hold (``_view_held``)."""
    clauses = _reported_clauses(verb, verbs, reporting)
    return clauses + [inner for clause in clauses for inner in _view_held(clause, lexicon)]


def _view_held(clause: Token, lexicon: Lexicon) -> list[Token]:
    """The clause a reported clause says its own pronoun subject holds as a view, through a verb of kg:ViewVerb or an
    adjective ("X said he believed Y had misled voters", "X said she was sure Y's budget would hold", "they were
    glad Y had gone"): the speaker states that clause too. Not under a name or a noun ("X said Z feared Y would
    win" is Z's view)."""
    if not any(subject.pos_ == "PRON" for subject in children(clause, "nsubj")):
        return []
    holders = [clause] if clause.lemma_.lower() in lexicon.cues["ViewVerb"] else children(clause, "acomp")
    return [inner for holder in holders for inner in children(holder, "ccomp") if inner.pos_ in VERBAL]


def _trailing(verb: Token) -> bool:
    """Whether a verb of saying trails the clause it hangs on ("Y's plan would fail, X said"): set off from it by a
    comma or a quotation mark. One with "whether" or "that", or right after the other verb, is that verb's
    complement ("questioned whether X had said", "derided Tory claims they could cut spending")."""
    if verb.dep_ not in ("parataxis", "ccomp") or verb.head.i > verb.i or children(verb, "mark"):
        return False
    return any(mark.is_punct for mark in _set_off_by(verb))


def _trails(verb: Token, clauses: list[Token]) -> bool:
    """Whether a verb of reporting trails what it reports ("..., the Harbour Times reports"): its own clausal
    complement stands before it, or, after a comma, another of the ``clauses`` it stands among."""
    after_comma = any(mark.text == "," for mark in _set_off_by(verb))
    return any(clause.i < verb.i for clause in children(verb, "ccomp")) or (
        after_comma and any(clause.i < verb.i for clause in clauses))


def _set_off_by(verb: Token) -> list[Token]:
    """The words that may set a clause off from what comes before it: the first word of its phrase (a comma or mark
    the parser hung on it) and the word right before that."""
    left = verb.left_edge
    return [left, *([verb.doc[left.i - 1]] if left.i > 0 else [])]


def reported_actors(clause: Token, entities: DocEntities, lexicon: Lexicon, *, doers_only: bool = False
                    ) -> list[Actor]:
    """The actors a reported clause is about: its subject, or the owner of its subject, named or "he" or "she"; in the
    passive both the one it is done to and the doer ("Y's rule had been marked by failure"; not the owner of one a
    verb of kg:Disapproval wrongs, ``_wronged``), or (``doers_only``) the
    doer alone, its own stated subject or agent (the one an allegation accuses). A subject that is a name of its own
    is about itself, not its owner ("Peru's Minera Andina would end the deal" is not about Peru)."""
    doers, how = subject_tokens(clause, lexicon)
    if doers_only:
        subjects = with_counted(doers if how in _STATED else [], lexicon)
    else:
        subjects = with_counted([*doers, *children(clause, "nsubjpass")], lexicon)
    owners = [owner for subject in subjects if _owner_spoken_of(subject, entities, lexicon)
              for owner in children(subject, "poss")]
    named = [*actors(subjects, entities, lexicon), *actors(owners, entities, lexicon)]  # an owner as its own name
    return [found for found in named if _spoken_of(found, lexicon)]


def _spoken_of(found: Actor, lexicon: Lexicon) -> bool:
    """Whether a reported clause is about an actor of its subject: one named, "he" or "she" or a government, not
    "we", which speaks for the speaker's side, nor "they", often nobody (kg:NotAboutPronoun), nor a place spoken of
    as a place."""
    return (found.kind in _TARGET_KINDS or stated_collective(found, lexicon)) \
        and found.token.lower_ not in lexicon.cues["NotAboutPronoun"] and not _place_as_a_place(found, lexicon)


def _with_the_speaker(token: Token, speaker: Entity, entities: DocEntities, lexicon: Lexicon) -> bool:
    """Whether an actor is joined with the speaker's own pronoun, one of the first person or a reflexive that may be
    the speaker's ("Y and I are making the same decisions", "X said Y and himself had no intention of resigning"):
    the speaker tells what the two of them do, as "we" would, no comment on the other."""
    if with_the_first_person(token):
        return True
    return any(c.pos_ == "PRON" and "Yes" in morph_values(c, "Reflex") and _may_be(c, speaker, entities, lexicon)
               for c in token.conjuncts)


def _may_be(reflexive: Token, speaker: Entity, entities: DocEntities, lexicon: Lexicon) -> bool:
    """Whether a reflexive may stand for the speaker: one of no gender ("themselves"), or of the gender the document
    gives the speaker by a title or a pronoun, or of any where it gives none; "Y and himself" of a speaker the
    document calls "she" or "Mrs" is someone else's."""
    gender = _GENDERS.get(next(iter(morph_values(reflexive, "Gender")), ""))
    return gender is None or stated_gender(speaker, entities.tokens, entities.mentions, lexicon.gazetteer) in (
        None, gender)


def with_the_first_person(token: Token) -> bool:
    """Whether a word is joined with a pronoun of the first person ("Y and I", "Y and we", "Y and myself"): what the
    two do, the speaker does too."""
    return any(c.pos_ == "PRON" and "1" in morph_values(c, "Person") for c in token.conjuncts)


def _place_as_a_place(found: Actor, lexicon: Lexicon) -> bool:
    """Whether a place is spoken of as a place, no actor: a facility ("the Carrow Bridge will be shut": gazetteer
    facility_nouns), or the subject of "be" in the singular with a noun for what it is ("Tolsey is a wonderful
    town", "Kessland has been a market that ..."). A city or country that does or wants something stands for its
    people or government ("Tolsey wanted the premiere", "Kessland has been short changed"), and one with a plural
    verb for its team or people ("Kessland are a hard side"): those stay."""
    if found.entity.type != "Place":
        return False
    if found.entity.label.split()[-1].lower() in lexicon.gazetteer.facility_nouns:
        return True
    verb = found.token.head
    return found.token.dep_ == "nsubj" and verb.lemma_ == "be" and _singular(verb) \
        and any(attr.pos_ == "NOUN" for attr in children(verb, "attr"))


def _singular(verb: Token) -> bool:
    """Whether the finite form of a verb (the verb or its auxiliary) agrees with a singular subject ("is", "has
    been"; not "are", "were", "have been")."""
    return any("Sing" in morph_values(token, "Number") for token in (verb, *children(verb, "aux")))


def _owner_spoken_of(subject: Token, entities: DocEntities, lexicon: Lexicon) -> bool:
    """Whether a clause is about the owner of its subject too: not of a name of its own, nor of one wronged."""
    return not _a_name(subject, entities) and not _wronged(subject, lexicon)


def _wronged(subject: Token, lexicon: Lexicon) -> bool:
    """Whether a passive subject is what a verb of kg:Disapproval wrongs ("Peru's needs were ignored", "Y's voters
    were betrayed"): its owner suffers the wrong, no actor the statement is about (its doer is)."""
    return subject.dep_ == "nsubjpass" and subject.head.lemma_.lower() in lexicon.cues["Disapproval"]


def stated_collective(found: Actor, lexicon: Lexicon) -> bool:
    """Whether an actor is a government named by its collective noun (kg:StatedCollective: "the government", "the
    Norland government"), which a reported clause is about as it is about a name; no other collective ("MPs"), nor
    one of many (kg:OneOfMany: "a Tory government would cut taxes" speaks of no government there is), nor any or
    none (kg:Quantifier: "no government could ignore Y")."""
    token = found.token
    vague = lexicon.cues["OneOfMany"] | lexicon.cues["Quantifier"]
    return (found.kind == "collective" and token.lemma_.lower() in lexicon.cues["StatedCollective"]
            and not any(c.lower_ in vague for c in children(token, "det")))


def serves_government(speaker: Entity, target: Actor, entities: DocEntities, lexicon: Lexicon) -> bool:
    """Whether a statement's speaker speaks for the government it is about, no comment on it: "the government" (a
    collective of the government sector that no name qualifies: "the Norland government" may be another's) and a
    person whose name the document gives a minister's title (``_cabinet_titled``): "Minister X said the government
    was tackling the problem" tells what X's own government does."""
    token = target.token
    if target.entity.sector != GOVERNMENT or speaker.type != "Person" or \
            any(entities.at(c) is not None for c in token.children if c.i < token.i):
        return False
    return any(_cabinet_titled(mention, entities, lexicon) for mention in entities.mentions
               if mention.entity.id == speaker.id and mention.kind == "name")


def _cabinet_titled(mention: Mention, entities: DocEntities, lexicon: Lexicon) -> bool:
    """Whether a name has a minister's title before it in its phrase, its last word of kg:CabinetTitle ("Minister
    X", "Health Minister X"), with no word of the opposition or of a post held before ("shadow", "former"), no name
    of a body ("the Harbour Union's general secretary X" serves the union), no office of a party or a union
    (kg:PartyOfficeTitle: "General secretary X")."""
    tokens = entities.tokens
    first = tokens.at_char.get(mention.start)
    if first is None:
        return False
    name = tokens[first]
    title = [t for t in name.doc[name.head.left_edge.i:first] if t.pos_ != "DET"] if name.head.i >= first else []
    return bool(title) and _minister(title, lexicon) and not any(entities.at(t) is not None for t in title)


def _minister(title: list[Token], lexicon: Lexicon) -> bool:
    """Whether the words of a title name a minister: its last of kg:CabinetTitle, none of the opposition or of a
    post held before, not ending in an office of a party or a union ("General secretary X")."""
    words = role_words(lexicon)
    ending = " ".join(t.lower_ for t in title[-2:])
    return title[-1].lemma_.lower() in words.cabinet_titles and ending not in words.party_offices \
        and not any(t.lower_ in words.opposition | words.past for t in title)


def _a_name(token: Token, entities: DocEntities) -> bool:
    mention = entities.at(token)
    return mention is not None and mention.kind == "name"


def _statement(verb: Token, speaker: Entity, target: Actor, polar: tuple[bool, str], entities: DocEntities,
               lexicon: Lexicon, kind: tuple[str, str]) -> Relation:
    relation, code = kind
    negated, modality = polar
    setting = spoken_setting(verb, entities, lexicon, modality=modality)
    return Relation(subject=speaker, relation=relation, object=target.entity, verb=verb.text, cameo_code=code,
                    negated=negated, modality=modality, evidence=evidence(verb, entities), attributed_to=speaker,
                    confidence=confidence(0.5, target.kind), extractor="quotes", **setting,
                    toned=lexicon.tone.judges(kind))
