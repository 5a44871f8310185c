"""Telling or warning someone is a briefing of a counterpart (kg:briefs, CAMEO 04) only where the one told is one:
a journalist, a presenter or a film maker told something is being interviewed (senses.yaml press, named so anywhere in
the document); a broadcaster warned is warned in public; a person the police or an intelligence service tells
something is someone they question or deal with. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

NO_BRIEFING = [
    ("In the film, singer Lotta Braun tells documentary maker Karl Weiss that the mayor's ferry plans worried her.",
     ("Lotta Braun", "Karl Weiss")),
    ("Documentary maker Karl Weiss filmed the singer for a year. In the film, singer Lotta Braun tells Weiss that the "
     "mayor's ferry plans worried her.", ("Lotta Braun", "Karl Weiss")),
    ("Senator Ilse Varga told interviewer Mila Ross that the harbour plan had failed.", ("Ilse Varga", "Mila Ross")),
    ("Senator Ilse Varga warned the Kestrel Broadcasting Corporation that its coverage of the port strike would cost "
     "it viewers.", ("Ilse Varga", "Kestrel Broadcasting Corporation")),
    ("Jon Dorn says a Harbourshire Police detective told him that his van was traced to a quarry.",
     ("Harbourshire Police", "Jon Dorn")),
]

BRIEFING = [
    ("Prime Minister Lena Kask told Senator Ilse Varga that the hospital plan would go ahead.",
     ("Lena Kask", "Ilse Varga")),
    ("Harbourshire Police told the Harbour Council that the bridge would stay closed.",
     ("Harbourshire Police", "Harbour Council")),
    ("Senator Ilse Varga warned the Green Party that the harbour plan could fail.", ("Ilse Varga", "Green Party")),
]


@pytest.mark.parametrize(("text", "pair"), NO_BRIEFING, ids=[t for t, _ in NO_BRIEFING])
def test_the_press_or_someone_questioned_told_is_no_counterpart_briefed(text, pair):
    found = triples(extract(text), asserted_only=False)
    assert (pair[0], "briefs", pair[1]) not in found, found


@pytest.mark.parametrize(("text", "pair"), BRIEFING, ids=[t for t, _ in BRIEFING])
def test_a_counterpart_told_or_warned_is_briefed(text, pair):
    found = triples(extract(text))
    assert (pair[0], "briefs", pair[1]) in found, found
