"""Verbs linking two political actors that gave no record: leaving a party ends a membership, entering a
legislature or a cabinet begins one, rebutting claims "from" someone rejects that someone, criticising "the way"
someone acts criticises that someone, joining with someone cooperates, and the "by" of a passive naming verb names
the namer wherever the parser hung it; each only where the words mean it (a party's conference, a chamber or a
country is no membership, a newspaper no speaker, a passive "the way the levy was sold" no doer)."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

LEFT = [
    # leaving a party: a membership that ended (past)
    ("Councillor Ivo Marsh left the Harbour Party after the row over the levy.", ("Ivo Marsh", "Harbour Party")),
    ("Mr Bram Tolle also left the Green Party, saying Ms Adler would run it better.", ("Bram Tolle", "Green Party")),
    ("Ms Ada Pirelli had chosen to leave the Liberal Democrats in the spring.", ("Ada Pirelli", "Liberal Democrats")),
]

FOUND = [
    # entering a legislature or a cabinet: a membership that began
    ("Mr Bram Tolle entered Parliament in 1987 after two failed attempts.", ("Bram Tolle", "memberOf", "Parliament")),
    ("Ms Ada Pirelli entered the Chilean Cabinet in May when Mr Tolle was sacked.",
     ("Ada Pirelli", "memberOf", "government of Chile")),
    # rebutting claims from someone rejects that someone
    ("Mayor Ida Lund rejected claims from the Harbour Party that the levy had been wasted.",
     ("Ida Lund", "rejects", "Harbour Party")),
    ("Mr Bram Tolle denied charges from the Green Party over his expenses.", ("Bram Tolle", "rejects", "Green Party")),
    ("Ms Ada Pirelli rebutted criticism from Tom Reyes over the ferry contract.",
     ("Ada Pirelli", "rejects", "Tom Reyes")),
    # the way someone does something stands for that someone (kg:MannerNoun)
    ("Ms Ada Pirelli attacked the way the Harbour Party ran the ferry tender.",
     ("Ada Pirelli", "criticizes", "Harbour Party")),
    ("Lord Baird criticised the way Tom Reyes's government treats the island councils.",
     ("Lord Baird", "criticizes", "government led by Tom Reyes")),
    ("Ms Ada Pirelli condemned the manner in which Mr Bram Tolle handled the dock strike.",
     ("Ada Pirelli", "criticizes", "Bram Tolle")),
    # criticism echoed or repeated is criticism
    ("Ms Ada Pirelli echoed criticism of Tom Reyes over the ferry tender.", ("Ada Pirelli", "criticizes", "Tom Reyes")),
    # joining with someone is working with them (joining a party is membership: extract/roles.py)
    ("The Harbour Party joined with the Greens in opposing the ferry levy.",
     ("Harbour Party", "cooperatesWith", "Greens")),
    ("Ms Ada Pirelli joined up with Mr Bram Tolle to fight the ferry levy.",
     ("Ada Pirelli", "cooperatesWith", "Bram Tolle")),
    # the "by" of a passive naming verb, hung by the parser on the name given, still names who gave it
    ("A Harbour Council scheme to sell ferry passes online has been branded a \"shocking waste\" by the Greens.",
     ("Greens", "criticizes", "Harbour Council")),
]

NOT_FOUND = [
    # a party's meeting, building or benches is somewhere one walks out of
    ("Ms Ada Pirelli left the Labour conference early on Tuesday.", ("Ada Pirelli", "memberOf", "Labour Party")),
    ("Ms Ada Pirelli left the Green Party meeting before the vote.", ("Ada Pirelli", "memberOf", "Green Party")),
    # a country, a city or a chamber is a journey, not a seat
    ("Ms Ada Pirelli left Norland for a tour of Kenya.", ("Ada Pirelli", "memberOf", "Norland")),
    ("Ms Ada Pirelli entered Norland by the northern road.", ("Ada Pirelli", "memberOf", "Norland")),
    ("A protester entered the Commons chamber on Tuesday.", ("protester", "memberOf", "House of Commons")),
    # a party leaves nothing it is a member of by leaving its rivals behind
    ("The Green Party left the Harbour Party far behind in the polls.", ("Green Party", "memberOf", "Harbour Party")),
    # a passive clause after "the way" names what is done, not who does it
    ("Ms Ada Pirelli attacked the way the levy was sold to the Harbour Party.",
     ("Ada Pirelli", "criticizes", "Harbour Party")),
    ("Ms Ada Pirelli found a way to beat the Harbour Party.", ("Ada Pirelli", "criticizes", "Harbour Party")),
    # a newspaper said to join with a party slants its coverage: no cooperation of political actors
    ("Why is the Harbour Gazette joining up with the Greens to push their agenda?",
     ("Harbour Gazette", "cooperatesWith", "Greens")),
    # a newspaper's report is no political actor's word
    ("Mr Bram Tolle denied claims from the Harbour Gazette that he had lied.",
     ("Bram Tolle", "rejects", "Harbour Gazette")),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[f"{s} {e[1]}" for s, e in FOUND])
def test_relation_is_found(sentence, expected):
    found = triples(extract(sentence))
    assert expected in found, found


@pytest.mark.parametrize(("sentence", "unexpected"), NOT_FOUND, ids=[f"{s} {e[1]}" for s, e in NOT_FOUND])
def test_relation_is_not_invented(sentence, unexpected):
    assert unexpected not in triples(extract(sentence), asserted_only=False)


@pytest.mark.parametrize(("sentence", "pair"), LEFT, ids=[s for s, _ in LEFT])
def test_leaving_a_party_ends_the_membership(sentence, pair):
    ended = {(r.subject.label, r.object.label) for r in extract(sentence) if r.relation == "memberOf"
             and r.status == "past"}
    assert pair in ended, ended


def test_denying_a_move_is_no_leaving():
    relations = extract("Ms Ada Pirelli denied that she would leave the Green Party.")
    assert all(r.negated for r in relations if r.relation == "memberOf"), relations


def test_entering_a_legislature_holds_from_then_on_with_no_end():
    found = [r for r in extract("Mr Bram Tolle entered the Norland Senate in 1991 after two failed attempts.")
             if r.relation == "memberOf"]
    assert [(r.object.label, r.time_start, r.time_end, r.modality) for r in found] \
        == [("Norland Senate", "1991-01-01", None, "asserted")]
