"""Attribution: who the text says reported a fact (a verb of saying above it, "according to X")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from graph_builder.entities import DocEntities
from graph_builder.extract.arguments import actor, actors, subject_tokens
from graph_builder.extract.polarity import accusing_verb
from graph_builder.extract.syntax import children, dependents, described_in, prep_objects
from graph_builder.records import Entity
from graph_builder.vocab import Lexicon


def attribution(predicate: Token, entities: DocEntities, lexicon: Lexicon) -> Entity | None:
    """The first of ``reporters``: who the text says reported this fact."""
    found = reporters(predicate, entities, lexicon)
    return found[0] if found else None


def reporters(predicate: Token, entities: DocEntities, lexicon: Lexicon, *, principals: bool = True
              ) -> tuple[Entity, ...]:
    """Who the text says reported this fact: the nearest speakers the entities name of the verbs of saying
    above it ("Kenya said officials believed Uganda had attacked Tanzania" is Kenya's; "X and Y say ..." is
    each one's), the accuser of "X accused Y of attacking Z", a trailing "said X", "according to X". None for a
    participle the parser made a verb conjoined to a reported one ("Y says X has confirmed plans to ..., in a move
    branded a retreat by Z": the branding is the writer's). ``principals``: see ``speakers_of``."""
    node = predicate
    while node.head.i != node.i:
        if described_in(node) is not None:
            return ()  # a participle misread as a verb ("in a move branded ... by Y"): the writer's, no report
        found = _reported_by(node, node.head, entities, lexicon, principals=principals)
        if found:
            return found
        node = node.head
    trailing = _trailing_speakers(node, predicate, entities, lexicon, principals=principals)
    source = None if trailing else according_to(entities.sentence(predicate), entities, lexicon)
    return trailing or ((source,) if source else ())


def reported(predicate: Token, lexicon: Lexicon) -> bool:
    """Whether a clause above the word hangs on a verb of saying or believing, whoever the speaker ("a union leader
    who said conflict between A and B was harming ...", "insisted the squabbles between A and B were ...")."""
    return any(_reports(node, node.head, lexicon) for node in (predicate, *predicate.ancestors)
               if node.head.i != node.i)


def _reported_by(node: Token, head: Token, entities: DocEntities, lexicon: Lexicon, *, principals: bool
                 ) -> tuple[Entity, ...]:
    """The speakers of the verb of saying (or accusing) a clause hangs from, if it does."""
    if _reports(node, head, lexicon) or accusing_verb(node, lexicon) is not None or _told_that(node, head, lexicon):
        verb = head if node.dep_ in ("ccomp", "parataxis") else head.head
        return speakers_of(verb, entities, lexicon, principals=principals)
    return ()


def _reports(clause: Token, head: Token, lexicon: Lexicon) -> bool:
    """A clause under a verb of saying or believing ("said Y had", "believes Y has")."""
    return clause.dep_ in ("ccomp", "parataxis") and head.pos_ == "VERB" and \
        head.lemma_.lower() in lexicon.cues["Attribution"]


def _told_that(clause: Token, head: Token, lexicon: Lexicon) -> bool:
    """A "that" clause the parser hung on the object of a verb of saying as if it were a relative clause ("told the
    Today programme that Y's plans were inadequate"): "that" is its conjunction, not a pronoun, so the clause is
    what was said."""
    verb = head.head
    return clause.dep_ in ("acl", "relcl") and head.dep_ in ("dobj", "dative") and verb.pos_ == "VERB" and \
        verb.lemma_.lower() in lexicon.cues["Attribution"] and \
        any(c.dep_ == "mark" and c.lower_ == "that" for c in dependents(clause))


def _trailing_speakers(root: Token, predicate: Token, entities: DocEntities, lexicon: Lexicon, *,
                       principals: bool) -> tuple[Entity, ...]:
    """The speakers of a verb of saying after the predicate, beside it under the root ("..., X said")."""
    speech = lexicon.cues["Attribution"]
    for child in dependents(root):
        if child.dep_ in ("parataxis", "ccomp") and child.pos_ == "VERB" and child.lemma_.lower() in speech \
                and child.i > predicate.i and not children(child, "ccomp"):
            found = speakers_of(child, entities, lexicon, principals=principals)
            if found:
                return found
    return ()


def according_to(sentence: Span, entities: DocEntities, lexicon: Lexicon) -> Entity | None:
    """The X of "according to X" (a kg:sourcePreposition of the ontology) in a sentence."""
    tokens = entities.tokens  # its words read once: no Token made for a word that is no such preposition
    for i in range(sentence.start, sentence.end - 1):
        if (tokens.lower[i], tokens.lower[i + 1]) in lexicon.source_prepositions:
            for pobj in children(tokens[i + 1], "pobj") or children(tokens[i], "pobj"):
                found = actor(pobj, entities, lexicon)
                if found:
                    return found.entity
    return None


def speaker_of(verb: Token, entities: DocEntities, lexicon: Lexicon, *, principals: bool = True) -> Entity | None:
    """The (first) entity that is the subject of a verb of saying."""
    found = speakers_of(verb, entities, lexicon, principals=principals)
    return found[0] if found else None


def speakers_of(verb: Token, entities: DocEntities, lexicon: Lexicon, *, principals: bool = True
                ) -> tuple[Entity, ...]:
    """The entities that are the subject of a verb of saying, each one joined to it ("X and Y say"); with
    ``principals``, else none, the person an unnamed spokesman speaks for (see ``_principals``): the source of what
    the clause reports, but not the one who said the words (a comment or a quotation is the spokesman's own)."""
    tokens = _quoted_subject(verb, lexicon) or subject_tokens(verb, lexicon)[0]
    tokens = [t for t in tokens if not _record(t, entities, lexicon)]
    found = tuple(found.entity for found in actors(tokens, entities, lexicon))
    return found or (_principals(tokens, entities, lexicon) if principals else ())


def _principals(subjects: list[Token], entities: DocEntities, lexicon: Lexicon) -> tuple[Entity, ...]:
    """The persons an unnamed spokesman (kg:MouthpieceTitle) who says something is written to speak for: "his
    spokesman said", "Ana Ruiz's spokeswoman said", "a spokesman for Ana Ruiz said" report what the person says;
    a former one speaks for himself ("Ana Ruiz's former spokesman said", a word of kg:PastRole)."""
    found: dict[str, Entity] = {}
    past = lexicon.cues["PastRole"]
    for subject in subjects:
        if subject.pos_ != "NOUN" or subject.lemma_.lower() not in lexicon.cues["MouthpieceTitle"] or any(
                m.lower_ in past for m in children(subject, "amod", "compound")):
            continue
        for owner in [*children(subject, "poss"), *prep_objects([subject], "for"), *prep_objects([subject], "of")]:
            mention = entities.at(owner)
            if mention is not None and mention.entity.type == "Person":
                found.setdefault(mention.entity.id, mention.entity)
    return tuple(found.values())


def _record(subject: Token, entities: DocEntities, lexicon: Lexicon) -> bool:
    """A subject that is a record no name covers (kg:RecordNoun: "the register shows", "X's entry confirms"): what
    it says is no actor's comment, not even its owner's (a book or a report speaks for its author)."""
    return entities.at(subject) is None and subject.lemma_.lower() in lexicon.cues.get("RecordNoun", ())


def _quoted_subject(verb: Token, lexicon: Lexicon) -> list[Token]:
    """The one a verb of quoting (kg:QuotingVerb) names as the speaker of the verb of saying hung on it: the subject
    of the passive ("X was quoted in the paper saying", "X was quoted as saying", "X was heard saying"), the object
    of the active ("the paper quoted X as saying", "quoted X telling activists that ...": the paper only reports)."""
    above = verb.head.head if verb.head.dep_ == "prep" else verb.head  # "quoted as saying"
    if above.i == verb.i or above.lemma_.lower() not in lexicon.cues.get("QuotingVerb", ()):
        return []
    if children(above, "auxpass"):
        return children(above, "nsubjpass")
    return children(above, "dobj") if verb.dep_ in ("xcomp", "advcl", "pcomp") else []
