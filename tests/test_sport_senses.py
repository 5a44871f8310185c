"""Senses of sport, which are no events between actors: players and teams meet in a game ("will meet B in the
second round", "top seed A meets B", "met B's cross") and join one another on the sidelines; a meeting or a join
outside a game stays a meeting. A box-office hit is no attack. A country or a town named alone as the subject of a
verb in the plural is a team ("Wales travel to Edinburgh"), no actor; "the American" is a player, not the country; a
"second round clash" is no quarrel.

Every sentence here is written for these rules, with names of their own.
"""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

# (sentence, triple, whether the graph states it)
CASES = [
    ("Top seed Anna Petrova will meet Maria Lund in the second round.", ("Anna Petrova", "meets", "Maria Lund"), False),
    ("Karl Berg met Ned Tosh in the final at Wembley.", ("Karl Berg", "meets", "Ned Tosh"), False),
    ("Midfielder Tom Baker met Jim Hale's cross with a header.", ("Tom Baker", "meets", "Jim Hale"), False),
    ("Karl Berg joined Ned Tosh on the sidelines with a knee injury.", ("Karl Berg", "meets", "Ned Tosh"), False),
    ("Paul Dorner will join Ivan Petrak in the Nordic Indoor Championships next month.",
     ("Paul Dorner", "meets", "Ivan Petrak"), False),
    ("Lena Grove lost all four of her earlier meetings with the Danish third seed.",
     ("Lena Grove", "meets", "Denmark"), False),
    ("Senator Ilse Varga met Tomas Reyes in the capital on Monday.", ("Ilse Varga", "meets", "Tomas Reyes"), True),
    ("Ilse Varga will meet Tomas Reyes in the second round of talks.", ("Ilse Varga", "meets", "Tomas Reyes"), True),
    ("Senator Ilse Varga joined Tomas Reyes at his harbour office.", ("Ilse Varga", "meets", "Tomas Reyes"), True),
    # a past form hung on a noun with an object of its own is a noun the parser took for a verb: a hit, no attack
    ("The festival programme includes the Chilean horror hit Dark Harbour and two new comedies.",
     ("Chile", "attacks", "Dark Harbour"), False),
    ("The lineup includes the French comedy hit Lemon Tree, which took $20m in France.",
     ("France", "attacks", "Lemon Tree"), False),
    ("Chilean artillery hit rebel positions near Arica on Monday.", ("Chile", "attacks", "rebels"), True),
    # a country or a town named alone as the subject of a verb in the plural is a team, no actor.
    ("Norway have lost their first two matches, but travel to Dublin full of confidence.",
     ("Norway", "visits", "Ireland"), False),
    ("Scotland will be tested when Norway come to Glasgow next month.", ("Norway", "visits", "Glasgow"), False),
    ("Norway are still to meet Portugal in Lisbon.", ("Norway", "meets", "Portugal"), False),
    ("Wales are still to meet Croatia at the Maksimir.", ("Wales", "meets", "Croatia"), False),
    ("Chile has threatened Peru with sanctions over the river dam.", ("Chile", "threatens", "Peru"), True),
    ("Norway and Sweden travel to Brussels for the summit.", ("Norway", "visits", "Belgium"), True),
    ("The Chilean delegation have criticised Peru over the river dam.", ("Chile", "criticizes", "Peru"), True),
    ("Spain demanded that Chile send troops to Peru.", ("Chile", "deploysTo", "Peru"), True),
    # a nationality's singular word with "the" is one person named before (a player, a witness), not the country
    ("The Canadian had cast doubt on Tom Hale's claims that he had been injured.",
     ("Canada", "commentsOn", "Tom Hale"), False),
    ("The Peruvian told reporters that Ana Ruiz had lied to the committee.", ("Peru", "criticizes", "Ana Ruiz"), False),
    ("The Chilean accused Tom Hale of cheating after the race.", ("Chile", "accuses", "Tom Hale"), False),
    ("The British criticised Tom Hale over the pipeline.", ("United Kingdom", "criticizes", "Tom Hale"), True),
    # a clash or a battle of a game is play, no quarrel
    ("Ann Petrova earned a second round clash with Eva Lund by beating Lisa Holm.",
     ("Ann Petrova", "criticizes", "Eva Lund"), False),
    ("Tom Hale came through a tense five-set battle with Karl Berg.", ("Tom Hale", "criticizes", "Karl Berg"), False),
    ("Tom Hale clashed with Karl Berg in the final at Wembley.", ("Tom Hale", "criticizes", "Karl Berg"), False),
    ("Mayor Ada Brenner's clash with Tomas Reyes dragged on.", ("Ada Brenner", "criticizes", "Tomas Reyes"), True),
]


@pytest.mark.parametrize("sentence, triple, stated", CASES, ids=[s for s, _, _ in CASES])
def test_sport_is_no_event_between_actors(sentence, triple, stated):
    assert (triple in triples(extract(sentence), asserted_only=False)) is stated
