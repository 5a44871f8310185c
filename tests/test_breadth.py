"""Records that were lost although the lexicon has the verb: the subject or the object stood where the argument
finder did not look (a passive raising or control verb above an infinitive, a name the parser hung inside a
title's "for" phrase, two subjects from a headline run into the sentence, an owner named by "by" under the verb,
a gerund after "by" or "after", a noun the tagger took for a verb). Sentences of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

FOUND = [
    # endorsement, opposition faced, fears dismissed (lexicon patterns of the families that hold them)
    ("Finland reiterated its support for the government of Latvia.",
     ("Finland", "praises", "government of Latvia")),
    ("Senator Ilse Varga defended Tomas Reyes over the harbour deal.", ("Ilse Varga", "cooperatesWith", "Tomas Reyes")),
    ("Governor Tomas Reyes is facing opposition from the Andean Trade Union over the plan.",
     ("Andean Trade Union", "criticizes", "Tomas Reyes")),
    ("Senator Ilse Varga dismissed fears from Tomas Reyes that the deal would fail.",
     ("Ilse Varga", "rejects", "Tomas Reyes")),
    # an adjective of disapproval after "be" is the light verb's noun; a possessed failure is its owner's
    ("Senator Ilse Varga has been critical of the Ministry of Defence's failure to act.",
     ("Ilse Varga", "criticizes", "defence ministry")),
    ("Senator Ilse Varga, who has been scathing about the Green Party, resigned.",
     ("Ilse Varga", "criticizes", "Green Party")),
    # the subject of a passive above an infinitive does what the infinitive says
    ("Green leader Anna Kask is expected to attack Tomas Reyes's budget.", ("Anna Kask", "criticizes", "Tomas Reyes")),
    ("Senator Ilse Varga, who was expected to criticise Governor Tomas Reyes, stayed silent.",
     ("Ilse Varga", "criticizes", "Tomas Reyes")),
    # a name the parser hung inside the title's "for" phrase
    ("The Greens' spokesman for transport Anna Kask accused the Tories of neglect.",
     ("Anna Kask", "accuses", "Conservative Party")),
    ("Labour's deputy minister for pensions Jane Tolland accused the Lib Dems of hollow promises on pensions.",
     ("Jane Tolland", "accuses", "Liberal Democrats")),
    # two subjects for one verb (a headline run into the sentence): the one nearest the verb
    ("Harbour plan row - Varga Senator Ilse Varga has criticised Tomas Reyes over the harbour.",
     ("Ilse Varga", "criticizes", "Tomas Reyes")),
    # ... but a passive's agent does what the infinitive of purpose says ("used by X to")
    ("These are rockets that could be used by Belarus to threaten Finland.", ("Belarus", "threatens", "Finland")),
    # a title the parser split at its hyphen ("co" of "co-chairman" holds "Tory") is read whole: its holder acts,
    # as "the Tory chairman" does
    ("The Tory co-chairman derided Labour's fresh pledges as empty.",
     ("Co-chairman of the Conservative Party", "criticizes", "Labour Party")),
    # "by" under the verb names who owns a decision, ruling or plan
    ("Anna Kask has attacked the ruling by the Andean Trade Union that the strike is void.",
     ("Anna Kask", "criticizes", "Andean Trade Union")),
    ("Peru condemned the decision by Bolivia to close the border.", ("Peru", "criticizes", "Bolivia")),
    # "of" under a noun of what an actor does or says names its owner ("the work of", "the efforts of")
    ("Tom Dorn praised the work of Ivor Hatton.", ("Tom Dorn", "praises", "Ivor Hatton")),
    ("Peru welcomed the efforts of Chile at the talks.", ("Peru", "praises", "Chile")),
    ("Ana Ruiz joined Tom Dorn on the campaign trail in Lima.", ("Ana Ruiz", "meets", "Tom Dorn")),
    ("Tom Dorn challenged Ana Ruiz to publish the accounts.", ("Tom Dorn", "demands", "Ana Ruiz")),
    # subjects that act "together" are each other's partners of a "with" verb
    ("Peru and Chile worked closely together on the treaty.", ("Peru", "cooperatesWith", "Chile")),
    # an amount of money is the money of "A give B money", "B receive money from A"; not an amount in a clause
    ("Tom Dorn has given the Green Party £50,000.", ("Tom Dorn", "supports", "Green Party")),
    ("The Green Party received over £1m from Tom Dorn.", ("Tom Dorn", "supports", "Green Party")),
    ("Tom Dorn dismissed fears from Ana Ruiz that his £4bn tax cuts were too small.",
     ("Tom Dorn", "rejects", "Ana Ruiz")),
    # a gerund of time or means is done by the subject of the verb above
    ("Anna Kask responded by accusing Tomas Reyes of hiding the report.", ("Anna Kask", "accuses", "Tomas Reyes")),
    ("Anna Kask resigned the whip after criticising the Greens.", ("Anna Kask", "criticizes", "Greens")),
    ("Senator Ilse Varga was thanked after helping Governor Tomas Reyes.", ("Ilse Varga", "supports", "Tomas Reyes")),
    # a noun the tagger took for a verb keeps its modifiers
    ('The Greens criticised "reckless" Tory promises on housing.', ("Greens", "criticizes", "Conservative Party")),
    # a light verb's call whose infinitive the parser hung on the noun or on its "for"
    ("Tomas Reyes repeated calls for the mayor, Ilse Varga, to apologise.", ("Tomas Reyes", "appealsTo", "Ilse Varga")),
    ("Tomas Reyes renewed his call for Ilse Varga to resign.", ("Tomas Reyes", "appealsTo", "Ilse Varga")),
    ("Tomas Reyes issued a call for Ilse Varga to resign.", ("Tomas Reyes", "appealsTo", "Ilse Varga")),
    ("Nora Lindqvist repeated calls for the Harbour Board to publish the accounts.",
     ("Nora Lindqvist", "appealsTo", "Harbour Board")),
    ("Nora Lindqvist has renewed her calls for Ivo Marsh to resign.", ("Nora Lindqvist", "appealsTo", "Ivo Marsh")),
]

NOT_FOUND = [
    # what one is asked, urged or called on to do is no act of one's own: the request is the record (kg:Request)
    ("Finland was asked to condemn Belarus.", ("Finland", "criticizes", "Belarus")),
    ("Anna Kask urged Tomas Reyes to meet Ilse Varga.", ("Tomas Reyes", "meets", "Ilse Varga")),
    ("Anna Kask called on Finland and Estonia to sign a truce.", ("Finland", "cooperatesWith", "Estonia")),
    # a spoken endorsement is no aid: the verb's own pattern reads the noun
    ("Finland reiterated its support for the government of Latvia.", ("Finland", "supports", "government of Latvia")),
    # coordinated subjects of a symmetric verb keep its sense: joining a person is meeting, an organisation is not
    ("The Andean Trade Union and Peru are joining up to fund the school.", ("Andean Trade Union", "meets", "Peru")),
    # subjects that merely both act are no partners
    ("Peru and Chile worked hard on the treaty.", ("Peru", "cooperatesWith", "Chile")),
    # a warship joining another, named like a person, meets nobody
    ("The frigate FS Vega joined USS Dorn in the Gulf.", ("FS Vega", "meets", "USS Dorn")),
    # a challenge with no infinitive of what the object is to do demands nothing
    ("Tom Dorn will challenge Ana Ruiz in the election.", ("Tom Dorn", "demands", "Ana Ruiz")),
    # money won from someone is damages or a prize, no aid
    ("Ivor Hatton won £150,000 in damages from the Daily Courier.", ("Daily Courier", "supports", "Ivor Hatton")),
    # an owner described through someone else is not that someone ("the aide of the minister")
    ("Anna Kask criticised the bid by Tomas Reyes's aide to stay.", ("Anna Kask", "criticizes", "Tomas Reyes")),
    # a bare participle clause is passive: its doer is not the subject of the verb above
    ("Anna Kask unveiled the plan, in a move branded a retreat by the Greens.", ("Anna Kask", "criticizes", "Greens")),
    # a gerund argued against, asked for or done without is not the subject's act
    ("Anna Kask warned against attacking Tomas Reyes.", ("Anna Kask", "criticizes", "Tomas Reyes")),
    ("Anna Kask left without meeting Tomas Reyes.", ("Anna Kask", "meets", "Tomas Reyes")),
    ("Finland called for sanctioning Belarus.", ("Finland", "sanctions", "Belarus")),
    # a call with no infinitive of what someone is to do asks nothing of anyone
    ("Tomas Reyes renewed his call for an inquiry into Ilse Varga.", ("Tomas Reyes", "appealsTo", "Ilse Varga")),
    ("Tomas Reyes repeated his calls for Ilse Varga's report to be made public.",
     ("Tomas Reyes", "appealsTo", "Ilse Varga")),
    ("Anna Kask insisted on meeting Tomas Reyes.", ("Anna Kask", "meets", "Tomas Reyes")),
    # a charge nobody in the sentence makes is not a record
    ("Finland was accused of criticising Belarus's drills.", ("Finland", "criticizes", "Belarus")),
    # a title's "for" phrase names whom the title serves, not who holds it
    ("The envoy for President Tomas Reyes met Anna Kask.", ("Tomas Reyes", "meets", "Anna Kask")),
    # "by" with a verb of its own is the means, not an owner
    ("Anna Kask criticised the plan by citing Latvia.", ("Anna Kask", "criticizes", "Latvia")),
    # a place after "by" owns nothing
    ("Anna Kask criticised the decision by the river in Riga.", ("Anna Kask", "criticizes", "Riga")),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[f"{s} {e[1]}" for s, e in FOUND])
def test_argument_is_found(sentence, expected):
    found = triples(extract(sentence), asserted_only=False)
    assert expected in found, found


@pytest.mark.parametrize(("sentence", "unexpected"), NOT_FOUND, ids=[f"{s} {e[1]}" for s, e in NOT_FOUND])
def test_argument_is_not_invented(sentence, unexpected):
    assert unexpected not in triples(extract(sentence), asserted_only=False)


def test_an_expected_act_is_not_asserted():
    """The subject found above "is expected to" does not make the act a fact."""
    relations = [r for r in extract("Anna Kask is expected to condemn Tomas Reyes.") if r.relation == "criticizes"]
    assert relations and not any(r.asserted for r in relations), relations


def test_an_act_ordered_of_someone_is_still_read_and_a_request_gives_its_appeal():
    """Verbs that make the act happen are no requests: "ordered Y to release" keeps Y's act (intended)."""
    ordered = extract("Finland ordered Estonia to release the prisoners to Latvia.")
    assert ("Estonia", "yieldsTo", "Latvia") in triples(ordered, asserted_only=False), ordered
    urged = extract("Anna Kask urged Tomas Reyes to meet Ilse Varga.")
    assert ("Anna Kask", "appealsTo", "Tomas Reyes") in triples(urged), urged
