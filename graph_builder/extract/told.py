"""The one a quotation is told to: 'X told Ms Reed: "You have misled the voters"' addresses Ms Reed, whom the "you"
of the quotation stands for (criticism in extract/quotes.py, demands in extract/exhortation.py)."""

from __future__ import annotations

from spacy.tokens import Token

from graph_builder.entities import DocEntities
from graph_builder.extract.arguments import Actor, actor
from graph_builder.extract.syntax import children
from graph_builder.vocab import Lexicon

_QUOTED_CLAUSES = frozenset(["ccomp", "xcomp", "parataxis", "conj"])


def told(clause: Token, entities: DocEntities, lexicon: Lexicon) -> Actor | None:
    """The person a verb of saying tells the quotation a clause of "you" opens after it ('X told Ms Reed: "You have
    misled the voters"'): the one the quotation addresses. No body told ("told the conference": a hall's "you")."""
    verb = _telling(clause, lexicon)
    found = (actor(t, entities, lexicon) for t in children(verb, "dobj", "dative")) if verb is not None else ()
    person = next((a for a in found if a is not None), None)
    return person if person is not None and person.entity.type == "Person" else None


def _telling(clause: Token, lexicon: Lexicon) -> Token | None:
    """The verb of kg:StatementVerb a quoted clause hangs under, before it with an opening quotation mark between, or
    after it with a closing one between ('"You have misled the voters," X told Ms Reed')."""
    verb = clause
    while verb.dep_ in _QUOTED_CLAUSES and verb.head.i != verb.i:
        verb = verb.head
    if verb.i == clause.i or verb.lemma_.lower() not in lexicon.cues.get("StatementVerb", ()):
        return None
    between, mark = (clause.doc[verb.i:clause.i], "``") if verb.i < clause.i else (clause.doc[clause.i:verb.i], "''")
    return verb if any(t.tag_ == mark for t in between) else None
