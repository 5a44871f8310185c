"""Light verbs and nominal links between two actors, written as lexicon data: advice given or taken (briefs),
speaking to an assembly or to a meeting of one (briefs, the `assembly` actor class of senses.yaml; a budget
delivered to a legislature is a statement in its debate, commentsOn), criticism of B
from A (kg:VoicedNoun), a champion of B (supports), an advocate of B (praises); a role left ("stepped down as leader
of Y") is past, one only to be left still held; "went on to become leader of Y" takes the role. Sentences and names
of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

FOUND = [
    # a claim or a point made about an actor is a statement about it
    ("Senator Ilse Varga made a claim about Harbour Party tactics in the debate.",
     ("Ilse Varga", "commentsOn", "Harbour Party")),
    ("Senator Ilse Varga made a point about the Harbour Party's record.",
     ("Ilse Varga", "commentsOn", "Harbour Party")),
    # advice passes from the adviser to the advised; advised to do something, the advised is urged
    ("Senator Ilse Varga advised Prime Minister Lena Kask on the ferry plan.", ("Ilse Varga", "briefs", "Lena Kask")),
    ("Senator Ilse Varga advised Tomas Reyes that the toll would fail.", ("Ilse Varga", "briefs", "Tomas Reyes")),
    ("Lena Kask took advice from the Harbour Council before the vote.", ("Harbour Council", "briefs", "Lena Kask")),
    ("The Harbour Council advised Lena Kask to delay the vote.", ("Harbour Council", "appealsTo", "Lena Kask")),
    ("Lena Kask was advised by the Harbour Council on the toll.", ("Harbour Council", "briefs", "Lena Kask")),
    # a speaker addresses an assembly
    ("Senator Ilse Varga spoke to the Harbour Committee on Tuesday.", ("Ilse Varga", "briefs", "Harbour Committee")),
    ("Senator Ilse Varga talked to the National Assembly about the toll.",
     ("Ilse Varga", "briefs", "National Assembly")),
    ("Chancellor Tomas Reyes delivered his budget to the Commons on Wednesday.",
     ("Tomas Reyes", "commentsOn", "House of Commons")),
    ("The new budget was delivered to the Commons by Chancellor Tomas Reyes.",
     ("Tomas Reyes", "commentsOn", "House of Commons")),
    # a meeting, conference or rally "of" a body is the body's: speaking to or addressing it briefs the body
    ("Senator Ilse Varga told a meeting of the Harbour Authority that the fares would rise.",
     ("Ilse Varga", "briefs", "Harbour Authority")),
    ("Senator Ilse Varga addressed a meeting of the Harbour Council on Friday.",
     ("Ilse Varga", "briefs", "Harbour Council")),
    # ... but a party's conference hears a public statement, mostly of its own member (commentsOn)
    ("Senator Ilse Varga spoke to a conference of the Green Party.", ("Ilse Varga", "briefs", "Green Party")),
    ("Senator Ilse Varga addressed the Harbour Council.", ("Ilse Varga", "briefs", "Harbour Council")),
    ("Tomas Reyes spoke to the Green Party conference in Dunmere.", ("Tomas Reyes", "briefs", "Green Party")),
    ("Tomas Reyes addressed the Green Party spring conference on Saturday.",
     ("Tomas Reyes", "briefs", "Green Party")),
    ("Estonia went on to condemn Latvia at the summit.", ("Estonia", "criticizes", "Latvia")),
    # "from" names who voices a criticism, as a possessor or "by" does
    ("Criticisms of Lena Kask from the Green Party grew louder.", ("Green Party", "criticizes", "Lena Kask")),
    ("There was fierce criticism of the Harbour Council from Senator Ilse Varga.",
     ("Ilse Varga", "criticizes", "Harbour Council")),
    ("The condemnation of Latvia from Estonia was swift.", ("Estonia", "criticizes", "Latvia")),
    ("There were complaints from the Green Party about Tomas Reyes.", ("Green Party", "criticizes", "Tomas Reyes")),
    # a champion of B supports B, an advocate or proponent of B endorses it, in apposition or after "be"
    ("Senator Ilse Varga, an advocate of the Green Party, spoke at the rally.",
     ("Ilse Varga", "praises", "Green Party")),
    ("Tomas Reyes, a champion of the Harbour Council, welcomed the plan.",
     ("Tomas Reyes", "supports", "Harbour Council")),
    ("Lena Kask is a committed proponent of the Green Party.", ("Lena Kask", "praises", "Green Party")),
]

NOT_FOUND = [
    # speaking to a person or to an office is no briefing
    ("Senator Ilse Varga spoke to Tomas Reyes on Tuesday.", "briefs", None),
    ("Senator Ilse Varga spoke to the White House on Tuesday.", "briefs", None),
    ("Senator Ilse Varga spoke to the chairman of the Harbour Council on Tuesday.", "briefs", None),
    # addressing what someone said speaks of it, and addressing an assembly speaks to it: no comment on it
    ("Senator Ilse Varga addressed Tomas Reyes's remarks in her speech.", "briefs", None),
    ("Senator Ilse Varga addressed the Harbour Council.", "commentsOn", None),
    # a "from" that belongs to another noun names no critic
    ("Estonia's criticism of the withdrawal of troops from Latvia was muted.", "criticizes", "Latvia"),
    # an advocate by office supports no one
    ("Tomas Reyes, the Lord Advocate, said on Monday that the Harbour Council would appeal.", "supports", None),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_the_link_is_found(text, expected):
    assert expected in triples(extract(text))


@pytest.mark.parametrize(("text", "relation", "subject"), NOT_FOUND)
def test_no_such_link(text, relation, subject):
    assert not [r for r in extract(text) if r.relation == relation and subject in (None, r.subject.label)]



ROLE_TIMES = [
    # the parser may hang the particle of "stepped down" as an adverb: the role is left all the same
    ("Tomas Reyes stepped down as leader of the Green Party in 2003.", ("Tomas Reyes", "leaderOf", "Green Party"),
     "past"),
    ("Councillor Ruth Adler stepped down as chairman of the Harbour Council.",
     ("Ruth Adler", "leaderOf", "Harbour Council"), "past"),
    ("Councillor Ruth Adler bowed out as chairman of the Harbour Council.",
     ("Ruth Adler", "leaderOf", "Harbour Council"), "past"),
    # a leaving that is only to come leaves the role held
    ("Tomas Reyes will quit as chairman of the Harbour Council next year.",
     ("Tomas Reyes", "leaderOf", "Harbour Council"), "asserted"),
    ("Tomas Reyes is to quit as chairman of the Harbour Council.", ("Tomas Reyes", "leaderOf", "Harbour Council"),
     "asserted"),
    # what the subject went on (or rose) to become it became: no purpose, no intention (kg:SequelVerb)
    ("Tomas Reyes later went on to become chairman of the Harbour Council.",
     ("Tomas Reyes", "leaderOf", "Harbour Council"), "asserted"),
    ("Tomas Reyes rose to become leader of the Green Party.", ("Tomas Reyes", "leaderOf", "Green Party"), "asserted"),
    ("Tomas Reyes will go on to become leader of the Green Party.", ("Tomas Reyes", "leaderOf", "Green Party"),
     "future"),
]


@pytest.mark.parametrize(("text", "expected", "modality"), ROLE_TIMES)
def test_the_role_has_the_modality_its_verbs_give(text, expected, modality):
    found = {r.modality for r in extract(text) if (r.subject.label, r.relation, r.object.label) == expected}
    assert found == {modality}
