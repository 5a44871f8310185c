"""Constructions of political news that named two actors and gave nothing: a passive whose "by" phrase the parser hung
inside another phrase ("X was joined on stage by Y and Z"), "is a strong supporter / close ally / critic of B" and
sitting on a body of an organisation ("sits on the executive of the union", "who is on the party's committee"),
warning B that something may happen or about it (a briefing, no threat), a verb the parser took for a participle of
the name before it ("X, for the party, called on Y to quit"); verbs the lexicon lacked: a clash between politicians
or parties is a quarrel ("clashed with B over the levy"), voting against an actor or its plan turns it down, trusting
an actor (or not) comments on it; a light verb's noun counted by a quantity ("made a series of comments about B").
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def _found(sentence: str) -> dict[tuple[str, str, str], str]:
    return {(r.subject.label, r.relation, r.object.label): r.modality for r in extract(sentence) if not r.negated}


FOUND = [
    # the "by" phrase after a phrase of the passive verb is its agent, each of a coordination
    ("Ms Ilse Varga was joined at the podium by Tomas Reyes and Petra Lind.",
     ("Tomas Reyes", "meets", "Ilse Varga"), "asserted"),
    ("Ms Ilse Varga was joined at the podium by Tomas Reyes and Petra Lind.",
     ("Petra Lind", "meets", "Ilse Varga"), "asserted"),
    ("Tomas Reyes has been accused of misleading voters by the Harbour Party.",
     ("Harbour Party", "accuses", "Tomas Reyes"), "asserted"),
    # what "be" says its subject is: a supporter, an ally, a critic of B
    ("Senator Ilse Varga is a strong supporter of Governor Tomas Reyes.",
     ("Ilse Varga", "praises", "Tomas Reyes"), "asserted"),
    ("Senator Ilse Varga was a close ally of Governor Tomas Reyes.",
     ("Ilse Varga", "cooperatesWith", "Tomas Reyes"), "past"),
    ("Senator Ilse Varga remains a fierce critic of the Harbour Party.",
     ("Ilse Varga", "criticizes", "Harbour Party"), "asserted"),
    # a body inside an organisation: a membership of the organisation
    ("Ms Petra Lind sits on the executive of the Andean Trade Union.",
     ("Petra Lind", "memberOf", "Andean Trade Union"), "asserted"),
    ("Petra Lind, who is on the Harbour Party's ruling committee, opposed the plan.",
     ("Petra Lind", "memberOf", "Harbour Party"), "asserted"),
    ("Petra Lind, who is on the Harbour Party's National Council, opposed the plan.",
     ("Petra Lind", "memberOf", "National Council"), "asserted"),
    # the verb after a name set off by commas, which the parser hung on the name as a participle ("called")
    ("Ilse Varga, the Harbour Party's leader, called on Tomas Reyes to quit.",
     ("Ilse Varga", "appealsTo", "Tomas Reyes"), "asserted"),
    ("Tomas Reyes, for the Harbour Party, called on the Andean Trade Union to end the strike.",
     ("Tomas Reyes", "appealsTo", "Andean Trade Union"), "asserted"),
    ("Tomas Reyes, for the Greens, called on Ilse Varga to resign.",
     ("Tomas Reyes", "appealsTo", "Ilse Varga"), "asserted"),
    # ... and the phrase set off by the commas still says whom the speaker is for
    ("Tomas Reyes, for the Greens, called on Ilse Varga to resign.",
     ("Tomas Reyes", "memberOf", "Greens"), "asserted"),
    # a quarrel between politicians or parties; voting against an actor or its plan; trusting an actor
    ("The Harbour Party clashed with the Farmers Union over the new port levy.",
     ("Harbour Party", "criticizes", "Farmers Union"), "asserted"),
    ("Councillor Anna Kiel has clashed with Peter Dorn over the ferry timetable.",
     ("Anna Kiel", "criticizes", "Peter Dorn"), "asserted"),
    ("Councillor Ruth Adler voted against the Harbour Council in the budget debate.",
     ("Ruth Adler", "rejects", "Harbour Council"), "asserted"),
    ("Ruth Adler voted against Peter Dorn's ferry plans on Monday.", ("Ruth Adler", "rejects", "Peter Dorn"),
     "asserted"),
    ('Anna Kiel told reporters on the quay: "Of course I trust Peter Dorn."',
     ("Anna Kiel", "praises", "Peter Dorn"), "asserted"),
    # a light verb's noun counted by a quantity ("a series of", "a number of"): the pattern reads the noun counted
    ("Robert Dorn issued a variety of remarks about the Green Party last week.",
     ("Robert Dorn", "commentsOn", "Green Party"), "asserted"),
    ("Anna Kiel made a number of remarks about Peter Dorn at the ferry meeting.",
     ("Anna Kiel", "commentsOn", "Peter Dorn"), "asserted"),
]


@pytest.mark.parametrize(("sentence", "triple", "modality"), FOUND)
def test_construction_gives_the_relation(sentence, triple, modality):
    assert _found(sentence).get(triple) == modality


NOT_FOUND = [
    # a "by" of number or time is no agent
    ("Tomas Reyes was elected in the spring by 300 votes.", "Tomas Reyes"),
    # a "by" phrase after a phrase of time, cause or concession is the noun's, not the passive verb's agent
    ("Senator Ilse Varga was criticised after a visit by Governor Tomas Reyes.", "Tomas Reyes"),
    ("Governor Tomas Reyes was attacked over plans by the Harbour Party to close the port.", "Harbour Party"),
    # a supporter of a plan is no relation between actors
    ("Senator Ilse Varga is a strong supporter of the harbour plan.", "Ilse Varga"),
    # on a broadcaster, a list or an unnamed committee: no membership
    ("Petra Lind was on Radio Tarn this morning.", "Petra Lind"),
    ("Petra Lind sits on the committee.", "Petra Lind"),
    # chairing a party's committee leads the committee, not the party
    ("Petra Lind chairs the Harbour Party's committee.", "Petra Lind"),
    # the chief executive of a bank is a person, who does not stand for the bank
    ("The chief executive of the Harbour Bank criticised Governor Tomas Reyes.", "Harbour Bank"),
    # a participle with its "by" agent stays a participle: the agent does not call on anyone
    ("The report, backed by Ilse Varga, called on Tomas Reyes to act.", "Ilse Varga"),
    # an event set to clash with someone's speech falls at the same time: no quarrel with the speaker
    ("Anna Kiel set her harbour rally to clash with Peter Dorn's budget speech.", "Anna Kiel"),
    # a bill voted against is no actor
    ("Ruth Adler voted against the ferry bill.", "Ruth Adler"),
]


@pytest.mark.parametrize(("sentence", "subject"), NOT_FOUND)
def test_no_relation(sentence, subject):
    assert not [t for t in _found(sentence) if t[0] == subject]


@pytest.mark.parametrize(("sentence", "relation"), [
    ("Senator Ilse Varga warned Governor Tomas Reyes that the plan could fail.", "briefs"),
    ("Senator Ilse Varga warned Governor Tomas Reyes about the cost of the plan.", "briefs"),
    ("Senator Ilse Varga warned the Harbour Party on Monday that the vote could be lost.", "briefs"),
    # warned alone threatens, warned to do something appeals: neither briefs
    ("Senator Ilse Varga warned Governor Tomas Reyes.", "threatens"),
    ("Senator Ilse Varga warned Governor Tomas Reyes to leave the harbour.", "appealsTo"),
])
def test_warned_of_a_danger_is_briefed_not_threatened(sentence, relation):
    found = {t[1] for t in _found(sentence)}
    assert found == {relation}


def test_trust_denied_is_negated():
    found = extract("The Harbour Party does not trust the Farmers Union.")
    assert [(r.relation, r.negated) for r in found if r.object.label == "Farmers Union"] == [("praises", True)]
